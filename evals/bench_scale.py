"""Bench at scale: ingest throughput on a synthetic corpus, query embedding threads, retrieval on synthetic collections.

The synthetic data reuses the bundled article's text, so every size is deterministic.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from evals.bench_measure import p50, p95, progress, timed
from ingest.api import bundled_article, ingest_document
from ingest.chunk import Chunk, chunk_document, sentence_spans
from ingest.embed import Embedder
from ingest.load import Document, text_document
from ingest.settings import Settings
from ingest.store import ChromaStore, open_store
from retriever.bm25 import BM25, tokenize
from retriever.search import HybridSearcher

COLLECTION = "bench-ingest"
COPIES_PER_DOCUMENT = 20  # article copies per synthetic ingest document (about 200 chunks)
RETRIEVAL_K = Settings.k
CHUNKS_PER_DOCUMENT = 1_000  # synthetic documents in the retrieval stores
VECTOR_NOISE = 0.01  # per-dimension std of the noise that makes reused vectors distinct


# --- ingest --------------------------------------------------------------------------


def synthetic_corpus(article: Document, target_chunks: int) -> list[Document]:
    """Deterministic documents of numbered variations on the article's sentences, about `target_chunks` chunks."""
    sentences = [article.text[s:e] for s, e in sentence_spans(article.text)]
    documents: list[Document] = []
    total = 0
    while total < target_chunks:
        number = len(documents)
        copies = []
        for copy in range(COPIES_PER_DOCUMENT):
            dispatch = number * COPIES_PER_DOCUMENT + copy
            copies.append(" ".join(f"Dispatch {dispatch}-{i}: {s}" for i, s in enumerate(sentences)))
        document = text_document("\n\n".join(copies), f"synthetic-{number:03d}.txt")
        documents.append(document)
        total += len(chunk_document(document))
    return documents


def bench_ingest(
    settings: Settings, embedder: Embedder, workdir: Path, target_chunks: int
) -> tuple[dict[str, Any], list[str], np.ndarray[Any, Any]]:
    """Chunks/s through `ingest_document` vs. raw `SentenceTransformer.encode` on the same chunk texts.

    Also returns the texts and their unit vectors, reused to build the retrieval stores.
    """
    documents = synthetic_corpus(bundled_article(), target_chunks)
    texts = [c.text for d in documents for c in chunk_document(d)]
    store = open_store(workdir)
    embedder.embed_query("warm up")  # load the model outside the timings
    ingest_s, reports = timed(
        lambda: [ingest_document(d, COLLECTION, settings=settings, store=store, embedder=embedder) for d in documents]
    )
    added = sum(r.added for r in reports)
    if added != len(texts):
        raise RuntimeError(f"ingest added {added} chunks, expected {len(texts)}")
    encode_s, vectors = timed(functools.partial(embedder.model.encode, texts, batch_size=64))
    vectors = np.asarray(vectors, dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    result = {
        "documents": len(documents),
        "chunks": len(texts),
        "chunk_chars_mean": round(sum(map(len, texts)) / len(texts), 1),
        "ingest_s": ingest_s,
        "ingest_chunks_per_s": len(texts) / ingest_s,
        "encode_s": encode_s,
        "encode_chunks_per_s": len(texts) / encode_s,
        "ingest_over_encode_ratio": (len(texts) / ingest_s) / (len(texts) / encode_s),
    }
    return result, texts, vectors


# --- retrieval at scale -----------------------------------------------------------------


def synthetic_documents(
    size: int, texts: Sequence[str], vectors: np.ndarray[Any, Any], seed: int = 0
) -> Iterator[tuple[Document, list[Chunk], np.ndarray[Any, Any]]]:
    """`size` chunks in documents of CHUNKS_PER_DOCUMENT: texts reused with a copy number, vectors with noise."""
    rng = np.random.default_rng(seed)
    for first in range(0, size, CHUNKS_PER_DOCUMENT):
        numbers = range(first, min(first + CHUNKS_PER_DOCUMENT, size))
        pieces = [synthetic_text(i, texts) for i in numbers]
        spans, offset = [], 0
        for piece in pieces:
            spans.append((offset, offset + len(piece)))
            offset += len(piece) + 1
        document = Document(source=f"synthetic-{size}-{first // CHUNKS_PER_DOCUMENT:04d}.txt", text=" ".join(pieces))
        chunks = [
            Chunk(document.doc_id, document.source, i, s, e, piece)
            for i, ((s, e), piece) in enumerate(zip(spans, pieces, strict=True))
        ]
        noise = rng.normal(0, VECTOR_NOISE, (len(pieces), vectors.shape[1]))
        noisy = vectors[[i % len(texts) for i in numbers]] + noise
        noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
        yield document, chunks, noisy.astype(np.float32)


def build_collection(
    store: ChromaStore, name: str, size: int, texts: Sequence[str], vectors: np.ndarray[Any, Any], budget_s: float
) -> tuple[int, float]:
    """Insert up to `size` synthetic chunks through `ChromaStore.add`; stop early past `budget_s`."""
    started = time.perf_counter()
    built = 0
    for document, chunks, noisy in synthetic_documents(size, texts, vectors):
        store.add(document, chunks, noisy.tolist(), name)
        built += len(chunks)
        if time.perf_counter() - started > budget_s and built < size:
            break
    return built, time.perf_counter() - started


def bench_embed_threads(embedder: Embedder, queries: Sequence[str]) -> dict[str, Any]:
    """Single-query embedding latency with torch's default intra-op threads and with one, alternating."""
    import torch

    default = torch.get_num_threads()
    times: dict[int, list[float]] = {default: [], 1: []}
    try:
        for query in queries:
            for threads, values in times.items():
                torch.set_num_threads(threads)
                values.append(timed(embedder.embed_query, query)[0])
    finally:
        torch.set_num_threads(default)
    return {
        "torch_threads_default": default,
        "queries": len(queries),
        "embed_query_default_threads_p50_ms": p50(times[default]) * 1000.0,
        "embed_query_1_thread_p50_ms": p50(times[1]) * 1000.0,
    }


def synthetic_text(number: int, texts: Sequence[str]) -> str:
    """The text of synthetic chunk `number`: a reused text with its copy number."""
    return f"Copy {number // len(texts)}. {texts[number % len(texts)]}"


def _bm25_of(texts: Sequence[str]) -> BM25:
    return BM25([tokenize(t) for t in texts])


def measure_search(
    store: ChromaStore, embedder: Embedder, name: str, queries: Sequence[str], warmup: str, texts: Sequence[str]
) -> dict[str, Any]:
    """BM25 build time, then `HybridSearcher.search` latency and its parts over `queries`.

    If the searcher cannot build its BM25 index from the store, the error is recorded and the
    parts are still timed, with the index built directly from `texts` (the collection's chunk texts).
    """
    searcher = HybridSearcher(store, embedder)
    ms = 1000.0
    result: dict[str, Any] = {"queries": len(queries)}
    try:
        bm25_build_s, index = timed(searcher.lexical_index, name)
        bm25 = index.bm25
    except Exception as exc:  # a store failure is a finding to record, not a reason to lose the run
        result["search_error"] = f"HybridSearcher.search failed: {type(exc).__name__}: {exc}"
        result["bm25_build_from_texts_s"], bm25 = timed(_bm25_of, texts)
    else:
        result["bm25_build_s"] = bm25_build_s
        searcher.search(name, warmup, k=RETRIEVAL_K)
        search = [timed(searcher.search, name, q, RETRIEVAL_K)[0] for q in queries]
        result.update({"search_p50_ms": p50(search) * ms, "search_p95_ms": p95(search) * ms})
    store.dense_search(name, embedder.embed_query(warmup), searcher.candidates)
    embed, dense, lexical = [], [], []
    for query in queries:
        seconds, vector = timed(embedder.embed_query, query)
        embed.append(seconds)
        dense.append(timed(store.dense_search, name, vector, searcher.candidates)[0])
        lexical.append(timed(bm25.top, tokenize(query), searcher.candidates)[0])
    result.update(
        {
            "embed_query_p50_ms": p50(embed) * ms,
            "dense_p50_ms": p50(dense) * ms,
            "dense_p95_ms": p95(dense) * ms,
            "bm25_p50_ms": p50(lexical) * ms,
            "bm25_p95_ms": p95(lexical) * ms,
        }
    )
    return result


def bench_retrieval(
    embedder: Embedder,
    workdir: Path,
    sizes: Sequence[int],
    texts: Sequence[str],
    vectors: np.ndarray[Any, Any],
    queries: Sequence[str],
    warmup: str,
    budget_s: float,
) -> list[dict[str, Any]]:
    """Hybrid search latency and BM25 build time on collections of each size."""
    store = open_store(workdir)
    results: list[dict[str, Any]] = []
    rate: float | None = None  # chunks/s of the last build, to skip sizes that cannot fit
    for size in sizes:
        entry: dict[str, Any] = {"target_chunks": size}
        results.append(entry)
        if rate is not None and size / rate > budget_s:
            entry["skipped"] = (
                f"building {size} chunks would take about {size / rate:.0f} s at the {rate:.0f} chunks/s measured "
                f"for the previous size, over the {budget_s:.0f} s budget"
            )
            progress(f"retrieval {size}: skipped ({entry['skipped']})")
            continue
        name = f"bench-{size}"
        built, build_s = build_collection(store, name, size, texts, vectors, budget_s)
        rate = built / build_s
        entry.update({"chunks": built, "build_s": build_s, "insert_chunks_per_s": rate})
        progress(f"retrieval {size}: inserted {built} chunks in {build_s:.1f} s")
        if built < size:
            entry["note"] = f"stopped at {built} chunks when the {budget_s:.0f} s build budget ran out"
        entry.update(
            measure_search(store, embedder, name, queries, warmup, [synthetic_text(i, texts) for i in range(built)])
        )
        if "search_error" in entry:
            progress(f"retrieval {built}: {entry['search_error']}")
        else:
            progress(
                f"retrieval {built}: search p50 {entry['search_p50_ms']:.1f} ms, p95 {entry['search_p95_ms']:.1f} ms, "
                f"BM25 build {entry['bm25_build_s']:.2f} s"
            )
        store.delete_collection(name)
    return results
