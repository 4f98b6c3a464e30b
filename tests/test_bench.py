"""The bench's quick mode end to end (real models, real Chroma, a real `articleqa ask` process)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evals.bench import run_bench
from evals.bench_scale import CHUNKS_PER_DOCUMENT, synthetic_corpus, synthetic_documents
from ingest.api import bundled_article
from ingest.chunk import chunk_document
from ingest.settings import Settings

UNITS = ("_s", "_ms", "_mb", "_per_s", "_ratio")
MACHINE = {
    "date_utc", "cpu_count", "cpu_usable", "cpu_model", "memory_total_mb", "platform", "python_version",
    "torch_version", "torch_threads", "llama_cpp_version", "chromadb_version", "sentence_transformers_version",
    "langchain_core_version", "gradio_version",
}  # fmt: skip
COLD_START = {"question", "runs", "cold_start_s", "cold_start_median_s", "answer_total_s", "startup_median_s"}
WARM_ASK = {
    "questions", "warmup_s", "ask_p50_s", "ask_p95_s", "ask_max_s",
    "retrieval_p50_s", "generation_p50_s", "grounding_p50_s", "abstained",
}  # fmt: skip
INGEST = {
    "documents", "chunks", "chunk_chars_mean", "ingest_s", "ingest_chunks_per_s",
    "encode_s", "encode_chunks_per_s", "ingest_over_encode_ratio",
}  # fmt: skip
RETRIEVAL = {
    "target_chunks", "chunks", "build_s", "insert_chunks_per_s", "bm25_build_s", "queries",
    "search_p50_ms", "search_p95_ms", "embed_query_p50_ms",
    "dense_p50_ms", "dense_p95_ms", "bm25_p50_ms", "bm25_p95_ms",
}  # fmt: skip


def _figures_positive(section: dict[str, Any]) -> None:
    for key, value in section.items():
        if key.endswith(UNITS):
            values = value if isinstance(value, list) else [value]
            assert values and all(isinstance(v, float | int) and v > 0 for v in values), (key, value)


@pytest.mark.slow
def test_quick_bench_writes_every_figure(tmp_path: Path) -> None:
    report = run_bench(Settings(home=tmp_path / "unused"), tmp_path / "out", quick=True)

    assert json.loads((tmp_path / "out" / "bench.json").read_text()) == report
    assert set(report) == {
        "machine",
        "config",
        "notes",
        "load_avg_1m",
        "cold_start",
        "warm_ask",
        "ingest",
        "embed_threads",
        "retrieval",
        "serve",
        "complete",
    }
    assert report["complete"] is True
    assert set(report["machine"]) == MACHINE
    assert report["config"]["quick"] is True
    assert set(report["load_avg_1m"]) == {
        "prepare",
        "cold_start",
        "warm_ask",
        "ingest",
        "embed_threads",
        "retrieval",
        "end",
    }

    assert set(report["cold_start"]) == COLD_START
    assert report["cold_start"]["runs"] == len(report["cold_start"]["cold_start_s"]) == 1
    assert set(report["warm_ask"]) == WARM_ASK
    assert report["warm_ask"]["questions"] == 3
    assert set(report["ingest"]) == INGEST
    assert report["ingest"]["chunks"] >= 200
    assert [set(entry) for entry in report["retrieval"]] == [RETRIEVAL]
    assert report["retrieval"][0]["chunks"] == report["retrieval"][0]["target_chunks"] == 200
    assert report["serve"] == {"mode": "skipped"}
    assert set(report["embed_threads"]) == {
        "torch_threads_default",
        "queries",
        "embed_query_default_threads_p50_ms",
        "embed_query_1_thread_p50_ms",
    }
    for section in ("cold_start", "warm_ask", "ingest", "embed_threads"):
        _figures_positive(report[section])
    _figures_positive(report["retrieval"][0])
    assert not (tmp_path / "unused").exists()  # the bench never writes to the given home


def test_synthetic_corpus_is_deterministic_and_reaches_the_target() -> None:
    article = bundled_article()
    first, again = synthetic_corpus(article, 250), synthetic_corpus(article, 250)
    assert [d.text for d in first] == [d.text for d in again]
    assert len({d.doc_id for d in first}) == len(first) == 2
    chunks = [c for d in first for c in chunk_document(d)]
    assert len(chunks) >= 250
    assert len({c.text for c in chunks}) == len(chunks)
    assert first[0].text.startswith("Dispatch 0-0: El Salvador on Monday")


def test_synthetic_documents_have_exact_offsets_and_unit_vectors() -> None:
    import numpy as np

    texts = ["alpha beta.", "gamma delta epsilon."]
    vectors = np.eye(2, 4, dtype=np.float32)
    parts = list(synthetic_documents(CHUNKS_PER_DOCUMENT + 3, texts, vectors))
    assert [len(chunks) for _, chunks, _ in parts] == [CHUNKS_PER_DOCUMENT, 3]
    document, chunks, noisy = parts[1]
    assert [c.text for c in chunks] == [
        f"Copy {CHUNKS_PER_DOCUMENT // 2}. alpha beta.",
        f"Copy {CHUNKS_PER_DOCUMENT // 2}. gamma delta epsilon.",
        f"Copy {CHUNKS_PER_DOCUMENT // 2 + 1}. alpha beta.",
    ]
    assert all(document.text[c.start : c.end] == c.text and c.doc_id == document.doc_id for c in chunks)
    assert np.allclose(np.linalg.norm(noisy, axis=1), 1.0, atol=1e-5)
    assert all(float(noisy[i] @ vectors[i % 2]) > 0.95 for i in range(3))
