"""The app served for real: the `/ask` API through gradio_client, and the app's own checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr
import pytest
from gradio_client import Client

from ingest.api import store_for
from ingest.errors import InputError
from ingest.settings import Settings
from retriever.answer import Answer
from tests.ui_fixtures import app_url, ui_settings
from ui.app import LLM_QUEUE, build_app, check_upload, parse_auth

__all__ = ["app_url", "ui_settings"]  # fixtures used below

ANSWER_FIELDS = set(Answer.__dataclass_fields__)


@pytest.fixture(scope="module")
def client(app_url: str) -> Client:
    return Client(app_url, verbose=False)


def _assert_exact_quotes(result: dict[str, Any], settings: Settings) -> None:
    store = store_for(settings)
    for quote in result["citations"] + result["passages"]:
        text = store.document(result["collection"], quote["doc_id"]).text
        assert quote["quote"] == text[quote["start"] : quote["end"]]


def test_ask_endpoint_returns_the_answer_json(client: Client, ui_settings: Settings) -> None:
    result = client.predict(question="Where was Rubio's first stop?", collection="article", api_name="/ask")
    assert set(result) == ANSWER_FIELDS
    assert result["question"] == "Where was Rubio's first stop?"
    assert result["collection"] == "article"
    assert isinstance(result["text"], str) and result["text"]
    assert isinstance(result["abstained"], bool)
    assert result["citations"] or result["passages"]
    if not result["abstained"]:
        assert result["citations"]
    _assert_exact_quotes(result, ui_settings)


def test_ask_endpoint_defaults_to_the_bundled_article(client: Client, ui_settings: Settings) -> None:
    result = client.predict(question="What did Bukele offer the US?", api_name="/ask")
    assert result["collection"] == "article"
    assert {c["source"] for c in result["citations"] + result["passages"]} == {"article.txt"}
    _assert_exact_quotes(result, ui_settings)


@pytest.mark.parametrize(
    ("question", "collection", "message"),
    [
        ("   ", "article", "the question is empty; ask something about the article"),
        ("Who?", "no-such-collection", "no collection 'no-such-collection'"),
    ],
)
def test_ask_endpoint_errors_carry_the_message(client: Client, question: str, collection: str, message: str) -> None:
    with pytest.raises(Exception, match=message):
        client.predict(question=question, collection=collection, api_name="/ask")


def test_ask_is_the_only_public_endpoint(client: Client) -> None:
    api = client.view_api(print_info=False, return_format="dict")
    assert isinstance(api, dict)
    assert set(api["named_endpoints"]) == {"/ask"}
    assert [p["parameter_name"] for p in api["named_endpoints"]["/ask"]["parameters"]] == ["question", "collection"]


def test_model_events_share_one_queue_slot(ui_settings: Settings) -> None:
    demo = build_app(ui_settings)
    by_name = {fn.name: fn for fn in demo.fns.values()}
    for name in ("respond", "ask"):
        assert by_name[name].concurrency_id == LLM_QUEUE
        assert by_name[name].concurrency_limit == 1
    # page loads and other light events never wait behind the model
    assert by_name["refresh"].concurrency_limit is None
    assert demo.enable_queue
    assert isinstance(demo, gr.Blocks)


@pytest.mark.parametrize(
    ("value", "host", "expected"),
    [
        (None, "127.0.0.1", None),
        ("", "localhost", None),
        (None, "::1", None),
        ("reader:s3cret", "0.0.0.0", ("reader", "s3cret")),
        ("reader:with:colons", "127.0.0.1", ("reader", "with:colons")),
    ],
)
def test_parse_auth(value: str | None, host: str, expected: tuple[str, str] | None) -> None:
    assert parse_auth(value, host) == expected


@pytest.mark.parametrize(
    ("value", "host", "message"),
    [
        (None, "0.0.0.0", "--host 0.0.0.0 requires --auth USER:PASSWORD (or ARTICLEQA_AUTH)"),
        ("  ", "192.168.1.5", "--host 192.168.1.5 requires --auth USER:PASSWORD (or ARTICLEQA_AUTH)"),
        ("no-colon", "0.0.0.0", "--auth must be USER:PASSWORD with both parts non-empty, e.g. --auth reader:s3cret"),
        (":pw", "127.0.0.1", "--auth must be USER:PASSWORD with both parts non-empty, e.g. --auth reader:s3cret"),
        ("user:", "127.0.0.1", "--auth must be USER:PASSWORD with both parts non-empty, e.g. --auth reader:s3cret"),
    ],
)
def test_parse_auth_refuses(value: str | None, host: str, message: str) -> None:
    with pytest.raises(InputError) as error:
        parse_auth(value, host)
    assert str(error.value) == message


def test_check_upload(tmp_path: Path) -> None:
    good = tmp_path / "news.HTML"
    good.write_text("<p>Hello</p>", "utf-8")
    assert check_upload(good) == good
    word = tmp_path / "notes.docx"
    word.write_bytes(b"PK")
    with pytest.raises(InputError) as error:
        check_upload(word)
    assert str(error.value) == (
        "cannot add notes.docx: unsupported file type '.docx'; use one of .htm, .html, .markdown, .md, .pdf, .text, .txt"
    )
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    with pytest.raises(InputError) as error:
        check_upload(big)
    assert str(error.value) == (
        "big.txt is 21 MB; uploads are limited to 20 MB (use 'articleqa ingest FILE' for bigger files)"
    )
