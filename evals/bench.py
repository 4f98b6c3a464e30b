"""Performance bench: cold start, warm `ask` latency, ingest throughput, retrieval at scale, serving memory.

Everything runs in a fresh temporary data directory, so the user's collections are never touched;
only the models come from the given settings. Figures carry their unit in the key name.
`python -m evals.bench --out evals/out/bench [--quick] [--serve/--no-serve]` writes `bench.json`.
This module runs the stages and measures cold start and warm `ask`; ingest and retrieval at scale are
measured in `evals.bench_scale`, serving memory in `evals.bench_serve`.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from evals.bench_command import articleqa_command, child_environment
from evals.bench_measure import p50, p95, progress, timed
from evals.bench_scale import bench_embed_threads, bench_ingest, bench_retrieval
from evals.bench_serve import SERVE_QUESTIONS, bench_serve
from evals.gold import GoldItem, load_gold
from ingest.api import embedder_for, ensure_default_collection
from ingest.settings import DEFAULT_COLLECTION, Settings, offline_environment
from retriever.answer import Pipeline

COLD_RUNS = 3
INGEST_CHUNKS = 2_000
QUICK_INGEST_CHUNKS = 200
RETRIEVAL_QUERIES = 20
BUILD_BUDGET_S = 240.0  # per collection size, so the whole bench stays in minutes on 2 cores


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
    warmup_s, _ = timed(pipeline.ask, warmup)
    walls: list[float] = []
    parts: dict[str, list[float]] = {"retrieval": [], "generation": [], "grounding": []}
    abstained = 0
    for question in questions:
        wall, answer = timed(pipeline.ask, question)
        walls.append(wall)
        abstained += answer.abstained
        for name, values in parts.items():
            values.append(float(answer.timings.get(name, 0.0)))
    return {
        "questions": len(walls),
        "warmup_s": warmup_s,
        "ask_p50_s": p50(walls),
        "ask_p95_s": p95(walls),
        "ask_max_s": max(walls),
        **{f"{name}_p50_s": p50(values) for name, values in parts.items()},
        "abstained": abstained,
    }


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
