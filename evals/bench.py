"""Performance bench: cold start, warm `ask` latency, ingest throughput, retrieval at scale, serving memory.

Everything runs in a fresh temporary data directory, so the user's collections are never touched;
only the models come from the given settings. Figures carry their unit in the key name.
`python -m evals.bench --out evals/out/bench [--quick] [--serve/--no-serve]` writes `bench.json`.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from importlib import metadata, resources
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from evals.gold import GoldItem, load_gold
from evals.metrics import percentile
from ingest.api import bundled_article, embedder_for, ensure_default_collection, ingest_document
from ingest.chunk import Chunk, chunk_document, sentence_spans
from ingest.embed import Embedder
from ingest.errors import InputError
from ingest.load import Document, text_document
from ingest.settings import DEFAULT_COLLECTION, Settings, offline_environment
from ingest.store import ChromaStore, open_store
from retriever.answer import Pipeline
from retriever.bm25 import BM25, tokenize
from retriever.search import HybridSearcher

COLD_RUNS = 3
COLLECTION = "bench-ingest"
INGEST_CHUNKS = 2_000
QUICK_INGEST_CHUNKS = 200
COPIES_PER_DOCUMENT = 20  # article copies per synthetic ingest document (about 200 chunks)
RETRIEVAL_QUERIES = 20
RETRIEVAL_K = 4
BUILD_BUDGET_S = 240.0  # per collection size, so the whole bench stays in minutes on 2 cores
CHUNKS_PER_DOCUMENT = 1_000  # synthetic documents in the retrieval stores
VECTOR_NOISE = 0.01  # per-dimension std of the noise that makes reused vectors distinct
SERVE_QUESTIONS = 5
SERVE_START_TIMEOUT_S = 300.0
RSS_INTERVAL_S = 0.2
T = TypeVar("T")


def articleqa_command() -> list[str]:
    """The installed `articleqa` console script beside this interpreter (what a user runs)."""
    script = Path(sys.executable).with_name("articleqa")
    if not script.exists():
        raise InputError(f"no articleqa command at {script}; install the project with 'pip install -e .'")
    return [str(script)]


def progress(message: str) -> None:
    """One line of progress on stderr."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _p50(values: Sequence[float]) -> float:
    return percentile(values, 50)


def _p95(values: Sequence[float]) -> float:
    return percentile(values, 95)


def _timed(func: Callable[..., T], *args: Any) -> tuple[float, T]:
    started = time.perf_counter()
    result = func(*args)
    return time.perf_counter() - started, result


# --- machine -----------------------------------------------------------------


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def machine_facts() -> dict[str, Any]:
    """CPU, memory, Python and library versions, and the date of the run."""
    import psutil
    import torch

    cpu_model = None
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    return {
        "date_utc": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "cpu_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu_model": cpu_model,
        "memory_total_mb": round(psutil.virtual_memory().total / 2**20),
        "platform": platform.platform(),
        "python_version": platform.python_version(),
        "torch_version": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "llama_cpp_version": _version("llama_cpp_python"),
        "chromadb_version": _version("chromadb"),
        "sentence_transformers_version": _version("sentence-transformers"),
        "langchain_core_version": _version("langchain-core"),
        "gradio_version": _version("gradio"),
    }


# --- questions -----------------------------------------------------------------


def gold_questions() -> list[GoldItem]:
    """The bundled article's gold questions, in file order."""
    with resources.as_file(resources.files("evals").joinpath("gold", "article.jsonl")) as path:
        return load_gold(path)


# --- cold start -------------------------------------------------------------------


def child_environment(settings: Settings) -> dict[str, str]:
    """The environment for an `articleqa` subprocess that uses `settings` (embedded store only)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARTICLEQA_")}
    env["ARTICLEQA_HOME"] = str(settings.home)
    for key, value in {
        "ARTICLEQA_LLM": settings.llm,
        "ARTICLEQA_LLM_MODEL": settings.llm_model,
        "ARTICLEQA_LLM_API_KEY": settings.llm_api_key,
        "ARTICLEQA_EMBEDDING": settings.embedding,
    }.items():
        if value:
            env[key] = value
    return env


def bench_cold_start(settings: Settings, question: str, runs: int) -> dict[str, Any]:
    """Wall time of whole `articleqa ask QUESTION --json` processes against a ready collection."""
    command = [*articleqa_command(), "ask", question, "--json"]
    walls: list[float] = []
    answer_totals: list[float] = []
    for run in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            command, env=child_environment(settings), cwd=settings.home, capture_output=True, text=True, check=False
        )
        walls.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise RuntimeError(f"'articleqa ask' exited with {done.returncode}: {done.stderr.strip()[-2000:]}")
        answer_totals.append(float(json.loads(done.stdout)["timings"]["total"]))
        progress(f"cold start {run + 1}/{runs}: {walls[-1]:.2f} s")
    return {
        "question": question,
        "runs": runs,
        "cold_start_s": walls,
        "cold_start_median_s": statistics.median(walls),
        "answer_total_s": answer_totals,  # the answer's own timing, model loads included (they are lazy)
        "startup_median_s": statistics.median(w - a for w, a in zip(walls, answer_totals, strict=True)),
    }


# --- warm ask ----------------------------------------------------------------------


def bench_warm_ask(settings: Settings, questions: Sequence[str], warmup: str) -> dict[str, Any]:
    """In-process `Pipeline.ask` latency after one warm-up question, with the parts it reports."""
    pipeline = Pipeline(settings)
    warmup_s, _ = _timed(pipeline.ask, warmup)
    walls: list[float] = []
    parts: dict[str, list[float]] = {"retrieval": [], "generation": [], "grounding": []}
    abstained = 0
    for question in questions:
        wall, answer = _timed(pipeline.ask, question)
        walls.append(wall)
        abstained += answer.abstained
        for name, values in parts.items():
            values.append(float(answer.timings.get(name, 0.0)))
    return {
        "questions": len(walls),
        "warmup_s": warmup_s,
        "ask_p50_s": _p50(walls),
        "ask_p95_s": _p95(walls),
        "ask_max_s": max(walls),
        **{f"{name}_p50_s": _p50(values) for name, values in parts.items()},
        "abstained": abstained,
    }


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
    ingest_s, reports = _timed(
        lambda: [ingest_document(d, COLLECTION, settings=settings, store=store, embedder=embedder) for d in documents]
    )
    added = sum(r.added for r in reports)
    if added != len(texts):
        raise RuntimeError(f"ingest added {added} chunks, expected {len(texts)}")
    encode_s, vectors = _timed(functools.partial(embedder.model.encode, texts, batch_size=64))
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
                values.append(_timed(embedder.embed_query, query)[0])
    finally:
        torch.set_num_threads(default)
    return {
        "torch_threads_default": default,
        "queries": len(queries),
        "embed_query_default_threads_p50_ms": _p50(times[default]) * 1000.0,
        "embed_query_1_thread_p50_ms": _p50(times[1]) * 1000.0,
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
        bm25_build_s, index = _timed(searcher.lexical_index, name)
        bm25 = index.bm25
    except Exception as exc:  # a store failure is a finding to record, not a reason to lose the run
        result["search_error"] = f"HybridSearcher.search failed: {type(exc).__name__}: {exc}"
        result["bm25_build_from_texts_s"], bm25 = _timed(_bm25_of, texts)
    else:
        result["bm25_build_s"] = bm25_build_s
        searcher.search(name, warmup, k=RETRIEVAL_K)
        search = [_timed(searcher.search, name, q, RETRIEVAL_K)[0] for q in queries]
        result.update({"search_p50_ms": _p50(search) * ms, "search_p95_ms": _p95(search) * ms})
    store.dense_search(name, embedder.embed_query(warmup), searcher.candidates)
    embed, dense, lexical = [], [], []
    for query in queries:
        seconds, vector = _timed(embedder.embed_query, query)
        embed.append(seconds)
        dense.append(_timed(store.dense_search, name, vector, searcher.candidates)[0])
        lexical.append(_timed(bm25.top, tokenize(query), searcher.candidates)[0])
    result.update(
        {
            "embed_query_p50_ms": _p50(embed) * ms,
            "dense_p50_ms": _p50(dense) * ms,
            "dense_p95_ms": _p95(dense) * ms,
            "bm25_p50_ms": _p50(lexical) * ms,
            "bm25_p95_ms": _p95(lexical) * ms,
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


# --- serving memory -----------------------------------------------------------------------


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (0 once it is gone)."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += process.memory_info().rss
    return total


class RssSampler:
    """Samples a process tree's RSS every RSS_INTERVAL_S in a background thread."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self.last = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.last = tree_rss(self.pid)
            self.peak = max(self.peak, self.last)
            self.samples += 1
            self._stop.wait(RSS_INTERVAL_S)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_page(url: str, process: subprocess.Popen[bytes], timeout_s: float) -> float:
    """Seconds until `url` answers HTTP 200; RuntimeError if the server dies or the time runs out."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout_s:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode} before serving {url}")
        with (
            contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError),
            urllib.request.urlopen(url, timeout=5) as response,
        ):
            if response.status == 200:
                return time.perf_counter() - started
        time.sleep(0.2)
    raise RuntimeError(f"no HTTP 200 from {url} within {timeout_s:.0f} s")


def stop_process_tree(process: subprocess.Popen[bytes]) -> None:
    """Terminate a process we started and its descendants; kill whatever lingers."""
    import psutil

    try:
        children = psutil.Process(process.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        children = []
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)
    for child in children:
        with contextlib.suppress(psutil.NoSuchProcess):
            child.kill()


def bench_serve(settings: Settings, questions: Sequence[str], workdir: Path) -> dict[str, Any]:
    """Peak RSS of `articleqa serve` (process tree) from start through SERVE_QUESTIONS asks on /ask."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    log_path = workdir / "serve.log"
    command = [*articleqa_command(), "serve", "--port", str(port)]
    result: dict[str, Any] = {"port": port}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command, env=child_environment(settings), cwd=settings.home, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            with RssSampler(process.pid) as sampler:
                try:
                    result["page_ready_s"] = wait_for_page(url, process, SERVE_START_TIMEOUT_S)
                except RuntimeError as exc:
                    tail = log_path.read_text(errors="replace")[-1500:]
                    result.update({"mode": "failed", "error": f"{exc}; the server's output ends: {tail}"})
                else:
                    result["rss_after_page_mb"] = sampler.last / 2**20
                    result.update(_ask_through_client(url, questions))
        finally:
            stop_process_tree(process)
    result.update({"peak_rss_mb": sampler.peak / 2**20, "rss_samples": sampler.samples})
    return result


def _ask_through_client(url: str, questions: Sequence[str]) -> dict[str, Any]:
    from gradio_client import Client

    try:
        client = Client(url, verbose=False, analytics_enabled=False, download_files=False)
        seconds = [_timed(functools.partial(client.predict, question=q, api_name="/ask"))[0] for q in questions]
    except Exception as exc:  # the /ask endpoint may not exist yet; measure the idle page instead
        time.sleep(3.0)  # a few more samples of the loaded page
        return {"mode": "page_load_only", "note": f"asking through /ask failed ({type(exc).__name__}: {exc})"}
    return {"mode": "ask", "questions": len(seconds), "ask_p50_s": _p50(seconds), "ask_max_s": max(seconds)}


# --- the whole bench ---------------------------------------------------------------------


def run_bench(
    settings: Settings,
    out_dir: Path,
    sizes: Sequence[int] = (1_000, 10_000, 100_000),
    questions: int = 20,
    *,
    quick: bool = False,
    serve: bool | None = None,
    build_budget_s: float = BUILD_BUDGET_S,
) -> dict[str, Any]:
    """Run every measurement and write `out_dir/bench.json`; `quick` is a small smoke version for tests.

    Only the model settings are used: all data lives in a temporary directory removed at the end.
    `serve` (default: not `quick`) measures the web server's memory.
    """
    offline_environment()
    if quick:
        sizes, questions = (200,), 3
    serve = not quick if serve is None else serve
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    gold = gold_questions()
    timed_questions = [g.question for g in gold[:questions]]
    warmup = gold[-1].question  # outside the timed set, so no prompt cache helps the first timed question
    cold_question = next(g.question for g in gold if g.answerable)
    report: dict[str, Any] = {
        "machine": machine_facts(),
        "config": {
            "quick": quick,
            "sizes_chunks": list(sizes),
            "questions": len(timed_questions),
            "serve": serve,
            "build_budget_s": build_budget_s,
            "llm": settings.llm or "default GGUF (Gemma 3 270M Q4_K_M)",
            "embedding": settings.embedding or "default (all-MiniLM-L6-v2)",
        },
        "notes": [
            "cold start: whole 'articleqa ask --json' processes on a prepared home; the OS page cache is warm",
            "startup_median_s = process wall time minus the answer's own total (which includes lazy model loads)",
            "retrieval: texts reused from the ingest corpus with a copy number, vectors with small Gaussian noise; "
            "search_*_ms includes embedding the query; the first search after a change also pays bm25_build_s; "
            "search_error: HybridSearcher.search failed at that size, so only its parts are timed",
            "embed_threads: one query embedded alternately with torch's default threads and with one thread",
            "load_avg_1m: the machine's 1-minute load average as each stage began; above cpu_count means "
            "other processes competed for the CPUs and the timings are pessimistic",
        ],
        "load_avg_1m": {},
        "complete": False,
    }
    path = out_dir / "bench.json"

    def stage(name: str, message: str) -> None:
        # Saving what is done so far keeps the finished stages if a later one fails.
        path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        report["load_avg_1m"][name] = os.getloadavg()[0]
        progress(message)

    with tempfile.TemporaryDirectory(prefix="articleqa-bench-") as tmp:
        work = Path(tmp)
        settings = replace(settings, home=work / "home", chroma_url=None, collection=DEFAULT_COLLECTION)
        settings.home.mkdir(parents=True)
        stage("prepare", f"preparing a data directory with the '{DEFAULT_COLLECTION}' collection")
        embedder = embedder_for(settings)
        ensure_default_collection(settings, DEFAULT_COLLECTION, embedder=embedder)

        stage("cold_start", "cold start of 'articleqa ask --json'")
        report["cold_start"] = bench_cold_start(settings, cold_question, 1 if quick else COLD_RUNS)

        stage("warm_ask", f"warm ask over {len(timed_questions)} questions")
        report["warm_ask"] = bench_warm_ask(settings, timed_questions, warmup)
        progress(f"warm ask p50 {report['warm_ask']['ask_p50_s']:.2f} s, p95 {report['warm_ask']['ask_p95_s']:.2f} s")

        target = QUICK_INGEST_CHUNKS if quick else INGEST_CHUNKS
        stage("ingest", f"ingest throughput on about {target} chunks")
        report["ingest"], texts, vectors = bench_ingest(settings, embedder, work / "ingest", target)
        progress(
            f"ingest {report['ingest']['ingest_chunks_per_s']:.0f} chunks/s, "
            f"encode {report['ingest']['encode_chunks_per_s']:.0f} chunks/s"
        )

        search_queries = [g.question for g in gold[:RETRIEVAL_QUERIES]]
        stage("embed_threads", "query embedding latency with default and one torch thread")
        report["embed_threads"] = bench_embed_threads(embedder, search_queries)
        progress(
            f"embed query p50 {report['embed_threads']['embed_query_default_threads_p50_ms']:.1f} ms with "
            f"{report['embed_threads']['torch_threads_default']} threads, "
            f"{report['embed_threads']['embed_query_1_thread_p50_ms']:.1f} ms with 1"
        )

        stage("retrieval", f"retrieval latency at {', '.join(map(str, sizes))} chunks")
        report["retrieval"] = bench_retrieval(
            embedder, work / "retrieval", sizes, texts, vectors, search_queries, warmup, build_budget_s
        )

        if serve:
            stage("serve", "serving memory of 'articleqa serve'")
            report["serve"] = bench_serve(settings, [g.question for g in gold[:SERVE_QUESTIONS]], work)
            if "peak_rss_mb" in report["serve"]:
                progress(f"serve peak RSS {report['serve']['peak_rss_mb']:.0f} MB ({report['serve']['mode']})")
        else:
            report["serve"] = {"mode": "skipped"}
    report["load_avg_1m"]["end"] = os.getloadavg()[0]
    report["complete"] = True
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    progress(f"wrote {path}")
    return report


def main(argv: Sequence[str] | None = None) -> None:
    """Command-line entry: `python -m evals.bench --out DIR [--quick] [--serve/--no-serve]`."""
    parser = argparse.ArgumentParser(prog="python -m evals.bench", description=run_bench.__doc__)
    parser.add_argument("--out", type=Path, default=Path("evals/out/bench"), help="Directory for bench.json.")
    parser.add_argument("--quick", action="store_true", help="A small smoke run (seconds, not minutes).")
    parser.add_argument("--questions", type=int, default=20, help="Questions for the warm ask latency.")
    parser.add_argument(
        "--sizes", type=lambda s: tuple(int(x) for x in s.split(",")), default=(1_000, 10_000, 100_000),
        help="Comma-separated collection sizes in chunks.",
    )  # fmt: skip
    parser.add_argument("--serve", action=argparse.BooleanOptionalAction, default=None, help="Measure serve RSS.")
    args = parser.parse_args(argv)
    run_bench(Settings.from_env(), args.out, args.sizes, args.questions, quick=args.quick, serve=args.serve)


if __name__ == "__main__":
    main()
