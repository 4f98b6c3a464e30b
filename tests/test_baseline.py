"""The tutorial-style baseline on real components: MiniLM embeddings, Chroma and Gemma 3 270M."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from langchain_core.language_models import BaseLLM

from evals.baseline import (
    CHUNK_SIZE,
    TOP_K,
    BaselinePipeline,
    first_paragraph,
    says_unknown,
)
from ingest.api import bundled_article
from ingest.embed import Embedder
from ingest.errors import InputError
from ingest.settings import Settings
from retriever.answer import Answer
from retriever.llm import load_llm

TINY_ARTICLE = (
    "The Harbour Bridge in Veltmark was opened on 14 March 1932 by Mayor Ilse Brandt. "
    "It cost 4.2 million guilders and took six years to build. "
    "About 12,000 cars cross it every day. "
    "A second bridge is planned for 2031."
)


@pytest.fixture(scope="module")
def llm(tmp_path_factory: pytest.TempPathFactory) -> BaseLLM:
    return load_llm(Settings(home=tmp_path_factory.mktemp("home")))


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory, llm: BaseLLM, embedder: Embedder) -> BaselinePipeline:
    return BaselinePipeline(TINY_ARTICLE, "bridge.txt", llm, embedder, tmp_path_factory.mktemp("tiny"))


def test_tiny_article_is_one_chunk(tiny: BaselinePipeline) -> None:
    assert [(d.page_content, d.metadata) for d in tiny.splits] == [
        (TINY_ARTICLE, {"source": "bridge.txt", "start_index": 0})
    ]


def test_ask_returns_an_answer_citing_exact_slices(tiny: BaselinePipeline) -> None:
    answer = tiny.ask("When was the Harbour Bridge opened?")
    assert isinstance(answer, Answer)
    assert answer.question == "When was the Harbour Bridge opened?"
    assert answer.collection == "baseline"
    assert answer.abstained == says_unknown(answer.text)
    assert [(c.source, c.chunk_id, c.start, c.end) for c in answer.passages] == [
        ("bridge.txt", "baseline-0", 0, len(TINY_ARTICLE))
    ]
    assert answer.citations == ([] if answer.abstained else answer.passages)
    for c in answer.passages:
        assert c.quote == TINY_ARTICLE[c.start : c.end]
        assert c.doc_id == tiny.doc_id
    assert set(answer.timings) == {"retrieval", "generation", "grounding", "total"}
    assert answer.timings["grounding"] == 0.0
    assert answer.timings["total"] >= answer.timings["retrieval"] + answer.timings["generation"] - 1e-6


def test_longer_article_chunks_overlap_and_are_exact(tmp_path: Path, llm: BaseLLM, embedder: Embedder) -> None:
    article = bundled_article()
    pipeline = BaselinePipeline(article.text, article.source, llm, embedder, tmp_path)
    assert [d.metadata["start_index"] for d in pipeline.splits] == [0, 652, 1423, 2140]
    for doc in pipeline.splits:
        start = doc.metadata["start_index"]
        assert len(doc.page_content) <= CHUNK_SIZE
        assert article.text[start : start + len(doc.page_content)] == doc.page_content
    hits = pipeline.retrieve("Which waterway was at the centre of Rubio's demands in Panama?")
    assert len(hits) <= TOP_K
    assert hits[0].id == "baseline-3"
    assert "Panama Canal" in hits[0].page_content
    citations = [pipeline.citation(doc) for doc in hits]
    assert all(c.quote == article.text[c.start : c.end] for c in citations)


def test_reusing_a_workdir_replaces_the_earlier_document(tmp_path: Path, llm: BaseLLM, embedder: Embedder) -> None:
    BaselinePipeline(bundled_article().text, "article.txt", llm, embedder, tmp_path)
    pipeline = BaselinePipeline(TINY_ARTICLE, "bridge.txt", llm, embedder, tmp_path)
    assert [d.id for d in pipeline.retrieve("How many cars cross the bridge?")] == ["baseline-0"]


def test_empty_text_is_refused(tmp_path: Path, llm: BaseLLM, embedder: Embedder) -> None:
    message = "the text for 'empty.txt' is empty; the baseline needs a document to search"
    with pytest.raises(InputError, match=f"^{re.escape(message)}$"):
        BaselinePipeline("", "empty.txt", llm, embedder, tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I don't know.", True),
        ("I DON'T KNOW the answer.", True),
        ("I don\u2019t know.", True),
        ("We do not know yet.", True),
        ("The answer is not provided in the context.", True),
        ("There is no information about the toll.", True),
        ("I cannot answer that from the context.", True),
        ("The opening date is not mentioned.", True),
        ("", True),
        ("  \n ", True),
        ("The bridge opened on 14 March 1932.", False),
        ("He knows the answer: 84%.", False),
        ("I can answer: 4.2 million guilders.", False),
    ],
)
def test_says_unknown(text: str, expected: bool) -> None:
    assert says_unknown(text) is expected


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        (" On 14 March 1932.\n\nQuestion: Who built it?", "On 14 March 1932."),
        ("\nQuestion: x\nContext: y", "Question: x\nContext: y"),
        ("\n\n\n", ""),
        ("One line", "One line"),
    ],
)
def test_first_paragraph(output: str, expected: str) -> None:
    assert first_paragraph(output) == expected
