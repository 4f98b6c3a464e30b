"""The LLM backends: the bundled GGUF by path, and an OpenAI-compatible llama.cpp server started here."""

from __future__ import annotations

import subprocess
import sys
import threading
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from ingest.api import bundled_article
from ingest.errors import ModelError
from ingest.settings import Settings
from retriever.answer import Pipeline
from retriever.constrain import SpanConstraint
from retriever.llm import LlamaCppLLM, default_gguf, load_llm
from retriever.prompt import ANSWER_PROMPT
from tests.servers import free_port, running


def _answers(url: str) -> bool:
    with urllib.request.urlopen(f"{url}/models", timeout=2) as response:
        return bool(response.status == 200)


@pytest.fixture(scope="module")
def llm_server() -> Iterator[str]:
    """`python -m llama_cpp.server` serving the bundled Gemma on a free loopback port."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/v1"
    command = [
        *(sys.executable, "-m", "llama_cpp.server", "--model", str(default_gguf()), "--model_alias", "gemma"),
        *("--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048"),
    ]
    with running(command, lambda: _answers(url), f"llama_cpp.server on {url}"):
        yield url


def test_loading_the_model_prints_nothing() -> None:
    # llama.cpp logs a note at error level on every load; it goes to the "llama_cpp.native" logger.
    code = "from retriever.llm import default_gguf, load_llama; load_llama(str(default_gguf()))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert (done.stdout, done.stderr) == ("", "")


def _warm_up(pipeline: Pipeline) -> None:
    pipeline.warm_up_in_background()
    for thread in threading.enumerate():
        if thread.name == "articleqa-llm-warm-up":
            thread.join(timeout=60)


def test_the_reader_loads_in_the_background(session_settings: Settings) -> None:
    pipeline = Pipeline(session_settings)
    _warm_up(pipeline)
    llm = pipeline._llm
    assert isinstance(llm, LlamaCppLLM)
    assert llm.llama.n_tokens == 288  # the few-shot prefix's first 288 tokens (9 x 32) are evaluated


def test_a_reader_that_fails_to_load_in_the_background_fails_the_first_question(
    session_settings: Settings, capfd: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace

    pipeline = Pipeline(replace(session_settings, llm="/nowhere/model.gguf"))
    _warm_up(pipeline)
    assert capfd.readouterr() == ("", "")  # nothing raised, nothing printed
    with pytest.raises(ModelError, match=r"no GGUF model at /nowhere/model\.gguf"):
        pipeline.ask("How many prisoners can CECOT hold?")


def test_a_gguf_path_selects_llama_cpp(tmp_path: Path) -> None:
    llm = load_llm(Settings(home=tmp_path, llm=str(default_gguf())))
    assert isinstance(llm, LlamaCppLLM)
    assert llm.model_path == str(default_gguf())


def _first_step_scores(llm: LlamaCppLLM, prompt: str) -> np.ndarray:  # type: ignore[type-arg]
    from llama_cpp import LogitsProcessorList

    seen = []

    def record(input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:  # type: ignore[type-arg]
        seen.append(scores.copy())
        return scores

    llm.invoke(prompt, max_tokens=1, logits_processor=LogitsProcessorList([record]))
    return seen[0]


def test_an_answer_does_not_depend_on_the_prompt_before_it(session_settings: Settings) -> None:
    # llama.cpp by itself reuses the longest cached start of a prompt, so the logits after a prompt
    # with the same evidence differed from those after another one, by up to 0.5.
    llm = load_llm(session_settings)
    assert isinstance(llm, LlamaCppLLM)
    context = "The bridge opened in 1932 after six years of work. It carries eight lanes of traffic."
    prompt = ANSWER_PROMPT.format(context=context, question="How many lanes does the bridge carry?")
    first = _first_step_scores(llm, prompt)
    for before in (
        ANSWER_PROMPT.format(context=context, question="When did the bridge open?"),
        ANSWER_PROMPT.format(context="Something else entirely.", question="Who?"),
        "A prompt without the examples.",
    ):
        llm.invoke(before, max_tokens=2)
        assert np.array_equal(_first_step_scores(llm, prompt), first)
    whole = LlamaCppLLM(model_path=llm.model_path)  # no cached prefix: every prompt is evaluated whole
    assert np.array_equal(_first_step_scores(whole, prompt), first)


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("/nowhere/model.gguf", "no GGUF model at /nowhere/model.gguf; set ARTICLEQA_LLM to a .gguf file"),
        ("model.bin", "ARTICLEQA_LLM='model.bin' is neither a .gguf file nor an http(s):// URL"),
        (
            str(Path(__file__).parent / "fixtures" / "not-a-model.gguf"),
            "{target} is not a GGUF model llama.cpp can load",
        ),
    ],
)
def test_bad_llm_settings_are_clear_errors(session_settings: Settings, target: str, message: str) -> None:
    from dataclasses import replace

    pipeline = Pipeline(replace(session_settings, llm=target))
    with pytest.raises(ModelError) as info:
        pipeline.ask("How many prisoners can CECOT hold?")
    assert str(info.value).startswith(message.format(target=target))


def test_answers_through_an_openai_compatible_server(llm_server: str, session_settings: Settings) -> None:
    from dataclasses import replace

    from langchain_openai import OpenAI

    pipeline = Pipeline(replace(session_settings, llm=llm_server, llm_model="gemma"))
    assert isinstance(pipeline.llm, OpenAI)
    answer = pipeline.ask("How many prisoners can CECOT hold?")
    text = bundled_article().text
    assert answer.passages
    for c in answer.citations + answer.passages:
        assert c.quote == text[c.start : c.end]
    if not answer.abstained:  # unconstrained: whatever it says must have been found in the evidence
        assert any(answer.text in c.quote for c in answer.citations)


def test_an_unreachable_server_is_a_clear_error(session_settings: Settings) -> None:
    from dataclasses import replace

    pipeline = Pipeline(replace(session_settings, llm=f"http://127.0.0.1:{free_port()}/v1"))
    with pytest.raises(ModelError, match=r"the LLM failed .*check that the server named by ARTICLEQA_LLM is running"):
        pipeline.ask("How many prisoners can CECOT hold?")


Draft = Callable[[list[int], int], list[int]]


def _constrained(
    llm: LlamaCppLLM, context: list[str], question: str, draft: Callable[[SpanConstraint], Draft] | None = None
) -> tuple[str, SpanConstraint]:
    """The answer to `question` written under a span constraint, drafted by `draft(constraint)` if given."""
    from llama_cpp import LogitsProcessorList

    constraint = SpanConstraint(llm.llama, context, question)
    kwargs = {"draft": draft(constraint)} if draft else {}
    prompt = ANSWER_PROMPT.format(context=" ".join(context), question=question)
    text = llm.invoke(prompt, stop=["\n"], logits_processor=LogitsProcessorList([constraint]), **kwargs)
    return text, constraint


_BRIDGE = [
    "The Harbour Bridge opened in 1932 after six years of work by 1,400 men.",
    "It carries eight lanes of road traffic, two railway lines and a footway across the harbour.",
]


def _nothing(constraint: SpanConstraint) -> Draft:
    return lambda written, n: []


@pytest.mark.parametrize(
    "question",
    ["When did the bridge open?", "What does the bridge carry?", "Who built the bridge?", "How many men built it?"],
)
def test_decoding_without_a_draft_is_llama_cpp_s_own(session_settings: Settings, question: str) -> None:
    # the decoding loop that checks drafts, given none, writes what `create_completion` writes,
    # with the same log-probabilities to the bit
    llm = load_llm(session_settings)
    assert isinstance(llm, LlamaCppLLM)
    own, constraint = _constrained(llm, _BRIDGE, question)
    text, undrafted = _constrained(llm, _BRIDGE, question, draft=_nothing)
    assert text == own
    assert undrafted.token_logprobs == constraint.token_logprobs
    assert undrafted.stop_logprob == constraint.stop_logprob


def test_a_long_answer_is_checked_in_batches(session_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    llm = load_llm(session_settings)
    assert isinstance(llm, LlamaCppLLM)
    context = type(llm.llama._ctx)
    decode, batches = context.decode, []

    def counted(ctx: Any, batch: Any) -> None:
        batches.append(batch.n_tokens)
        decode(ctx, batch)

    monkeypatch.setattr(context, "decode", counted)
    text, constraint = _constrained(llm, _BRIDGE, "What does the bridge carry?", draft=lambda c: c.draft)
    assert text.strip().startswith("eight lanes of road traffic, two railway lines")
    assert len(batches) - 1 < len(constraint.token_logprobs) / 2  # after the prompt, far fewer batches than tokens


def test_a_wrong_draft_changes_nothing(session_settings: Settings) -> None:
    # the model takes a drafted token only where it would have chosen it itself; what it did not
    # take leaves the cache
    llm = load_llm(session_settings)
    assert isinstance(llm, LlamaCppLLM)
    wrong = [int(t) for t in llm.llama.tokenize(b" banana split with cream on top", add_bos=False)]

    def all_wrong(constraint: SpanConstraint) -> Draft:
        return lambda written, n: wrong[:n]

    def right_then_wrong(constraint: SpanConstraint) -> Draft:
        return lambda written, n: (constraint.draft(written, n)[: n // 2] + wrong)[:n]

    question = "What does the bridge carry?"
    answers = {_constrained(llm, _BRIDGE, question, draft)[0] for draft in (None, all_wrong, right_then_wrong)}
    assert len(answers) == 1
