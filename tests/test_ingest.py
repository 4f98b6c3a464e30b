"""Ingest into a real Chroma (embedded, and a server started here) with the real embedding model."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.api import ingest_path, ingest_text, store_for
from ingest.chunk import chunk_document
from ingest.errors import CollectionError, InputError, StoreError
from ingest.load import load_file
from ingest.settings import Settings
from ingest.store import ChromaStore, http_client
from tests.servers import free_port, running


def test_reingesting_the_same_file_adds_nothing(settings: Settings, tiny_article: Path) -> None:
    chunks = len(chunk_document(load_file(tiny_article)))
    first = ingest_path(tiny_article, "bridges", settings=settings)
    again = ingest_path(tiny_article, "bridges", settings=settings)
    assert chunks == 2
    assert (first.added, first.skipped) == (2, 0)
    assert (again.added, again.skipped) == (0, 2)
    assert again.doc_id == first.doc_id
    [info] = store_for(settings).collections()
    assert (info.name, info.documents, info.chunks) == ("bridges", 1, 2)


def test_a_changed_file_replaces_its_chunks_without_orphans(settings: Settings, tiny_article: Path) -> None:
    first = ingest_path(tiny_article, "bridges", settings=settings)
    tiny_article.write_text(tiny_article.read_text("utf-8").replace("80 million", "95 million"), "utf-8")
    second = ingest_path(tiny_article, "bridges", settings=settings)
    assert second.replaced == (first.doc_id,)
    store = store_for(settings)
    chunks = store.chunks("bridges")
    assert {c.doc_id for c in chunks} == {second.doc_id}
    assert any("95 million" in c.text for c in chunks)
    assert [d.doc_id for d in store.documents("bridges")] == [second.doc_id]
    stored = store.document("bridges", second.doc_id)
    assert all(stored.text[c.start : c.end] == c.text for c in chunks)


def test_ingest_text_and_the_documents_text_is_kept(settings: Settings) -> None:
    report = ingest_text("  First fact.  Second fact.\n", source="Notes", collection="notes", settings=settings)
    assert (report.source, report.collection, report.added) == ("Notes", "notes", 1)
    assert store_for(settings).document("notes", report.doc_id).text == "First fact. Second fact."


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda s: ingest_text("", source="x", collection="notes", settings=s),
            InputError,
            "the text for 'x' is empty",
        ),
        (lambda s: ingest_text("Hi.", source=" ", settings=s), InputError, "a source name is required"),
        (
            lambda s: ingest_text("Hi.", source="x", collection="a b", settings=s),
            CollectionError,
            "invalid collection name 'a b'",
        ),
        (
            lambda s: store_for(s).documents("nope"),
            CollectionError,
            "no collection 'nope'; run 'articleqa ingest FILE --collection nope' first",
        ),
    ],
)
def test_bad_input_is_refused_and_the_store_is_unchanged(settings: Settings, call, error, message) -> None:  # type: ignore[no-untyped-def]
    ingest_text("Kept fact.", source="keep", collection="notes", settings=settings)
    with pytest.raises(error) as info:
        call(settings)
    assert str(info.value).startswith(message)
    [info_after] = store_for(settings).collections()
    assert (info_after.name, info_after.documents, info_after.chunks) == ("notes", 1, 1)


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` server on a free loopback port."""
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent))
    assert chroma, "the chroma command comes with chromadb"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    path = tmp_path_factory.mktemp("chroma-server")
    command = [chroma, "run", "--path", str(path), "--port", str(port), "--host", "127.0.0.1"]
    with running(command, lambda: bool(http_client(url).heartbeat()), f"chroma server on {url}", timeout=60):
        yield url


def test_ingest_and_ask_through_a_chroma_server(chroma_server: str, tmp_path: Path, tiny_article: Path) -> None:
    from retriever.answer import Pipeline

    settings = Settings(home=tmp_path / "home", chroma_url=chroma_server)
    report = ingest_path(tiny_article, "bridges", settings=settings)
    assert report.added == 2
    assert isinstance(store_for(settings), ChromaStore)
    assert not (tmp_path / "home" / "chroma").exists()  # nothing stored locally
    answer = Pipeline(settings).ask("Who designed the Harbor Bridge?", "bridges")
    document = store_for(settings).document("bridges", report.doc_id)
    assert answer.passages
    assert all(document.text[c.start : c.end] == c.quote for c in answer.passages + answer.citations)


def test_an_unreachable_chroma_server_is_a_clear_error(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, chroma_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(StoreError, match="cannot reach the Chroma server"):
        ingest_text("A fact.", source="x", collection="notes", settings=settings)
