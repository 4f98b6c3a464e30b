"""`articleqa eval` and `articleqa bench`: commands the CLI finds through the articleqa.commands entry point."""

from __future__ import annotations

import json
from pathlib import Path

import click

from evals.run import DEFAULT_GOLD, METRIC_ROWS, fmt, run_eval
from ingest.errors import InputError
from ingest.settings import Settings


@click.command(name="eval")
@click.option("--gold", type=click.Path(path_type=Path), default=None, help="Gold file (.jsonl, or SQuAD v2 .json).")
@click.option("--collection", "-c", default=None, help="Collection to ask (default: the gold set's own).")
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N questions.")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="all", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=Path("evals/out"), show_default=True)
@click.option("--baseline", is_flag=True, help="Also run the naive LangChain-tutorial pipeline, side by side.")
@click.pass_obj
def eval_command(
    settings: Settings,
    gold: Path | None,
    collection: str | None,
    limit: int | None,
    split: str,
    out: Path,
    baseline: bool,
) -> None:
    """Evaluate answers, citations, abstention and retrieval on a gold set; write report.json/.md/.png."""
    gold = gold or DEFAULT_GOLD
    if not gold.is_file():
        raise InputError(f"no gold file at {gold}; pass --gold FILE (.jsonl or SQuAD .json)")
    report = run_eval(
        settings,
        gold,
        collection=collection,
        limit=limit,
        split=None if split == "all" else split,
        out_dir=out,
        baseline=baseline,
    )
    names = list(report["summary"])
    click.echo("metric".ljust(36) + "".join(n.rjust(12) for n in names))
    for key, label, _ in METRIC_ROWS:
        click.echo(label.ljust(36) + "".join(fmt(key, report["summary"][n].get(key)).rjust(12) for n in names))
    click.echo(f"\nReports: {out / 'report.md'}, {out / 'report.json'}, {out / 'report.png'}")


@click.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("evals/out/bench"), show_default=True)
@click.option("--quick", is_flag=True, help="Small sizes, for a smoke run.")
@click.pass_obj
def bench(settings: Settings, out: Path, quick: bool) -> None:
    """Measure cold start, warm latency, ingest throughput, retrieval at scale and memory; write bench.json."""
    from evals.bench import run_bench

    results = run_bench(settings, out, quick=quick)
    click.echo(json.dumps(results, indent=2))
    click.echo(f"\nWritten: {out / 'bench.json'}")
