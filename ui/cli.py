"""The `articleqa` command line: each command parses, builds settings, calls the public API, prints."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from ingest.errors import ArticleQAError, InputError
from ingest.settings import DEFAULT_COLLECTION, Settings, offline_environment

F = TypeVar("F", bound=Callable[..., Any])


def _settings(home: str | None, chroma_url: str | None, llm: str | None = None, **extra: Any) -> Settings:
    offline_environment()
    return Settings.from_env().with_overrides(
        home=Path(home).expanduser() if home else None, chroma_url=chroma_url, llm=llm, **extra
    )


def _reported(func: F) -> F:
    """Turn our errors into one line on stderr and exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ArticleQAError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


_home = click.option("--home", envvar="ARTICLEQA_HOME", help="Data directory (all state). [env: ARTICLEQA_HOME]")
_chroma = click.option(
    "--chroma-url", envvar="ARTICLEQA_CHROMA_URL", help="Use a Chroma server at this URL. [env: ARTICLEQA_CHROMA_URL]"
)
_llm = click.option(
    "--llm", envvar="ARTICLEQA_LLM", help="A .gguf path or an http(s):// OpenAI-compatible URL. [env: ARTICLEQA_LLM]"
)
_collection = click.option("--collection", "-c", default=None, help=f"Collection name. [default: {DEFAULT_COLLECTION}]")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="articleqa")
def cli() -> None:
    """Ask questions about news articles; every answer cites the exact passages it came from."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_collection
@_home
@_chroma
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON lines.")
@_reported
def ingest(
    paths: tuple[Path, ...], collection: str | None, home: str | None, chroma_url: str | None, as_json: bool
) -> None:
    """Add article files (.txt, .md, .html, .pdf) to a collection."""
    from ingest.api import ingest_path
    from ingest.load import load_file
    from ingest.store import check_collection_name

    settings = _settings(home, chroma_url)
    check_collection_name(collection or settings.collection)
    for path in paths:  # read every file first, so one bad file leaves the store untouched
        load_file(path)
    for path in paths:
        report = ingest_path(path, collection, settings=settings, progress=sys.stderr.isatty())
        if as_json:
            click.echo(json.dumps(report.to_dict()))
            continue
        line = f"{path}: {report.added} chunks added, {report.skipped} skipped -> collection '{report.collection}'"
        if report.replaced:
            line += f" (replaced the earlier version {', '.join(report.replaced)})"
        click.echo(line)


@cli.command()
@click.argument("question")
@_collection
@_home
@_chroma
@_llm
@click.option("-k", type=click.IntRange(1, 20), default=None, help="Chunks to retrieve. [default: 4]")
@click.option("--json", "as_json", is_flag=True, help="Print the Answer as JSON.")
@_reported
def ask(
    question: str,
    collection: str | None,
    home: str | None,
    chroma_url: str | None,
    llm: str | None,
    k: int | None,
    as_json: bool,
) -> None:
    """Answer QUESTION from the collection's articles, with numbered quotes."""
    from retriever.answer import ask as ask_question

    if not question.strip():
        raise InputError("the question is empty; ask something about the article")
    answer = ask_question(question, collection, settings=_settings(home, chroma_url, llm), k=k)
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(answer.text)
    quotes = answer.citations or answer.passages
    if quotes and answer.abstained:
        click.echo("\nClosest passages (not an answer):")
    for number, c in enumerate(quotes, start=1):
        page = f", page {c.page}" if c.page else ""
        click.echo(f"  [{number}] \u201c{c.quote}\u201d ({c.source}{page}, chars {c.start}-{c.end})")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=7860, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--auth", envvar="ARTICLEQA_AUTH", default=None, help="USER:PASSWORD; required off localhost. [env: ARTICLEQA_AUTH]"
)
@_home
@_chroma
@_llm
@_reported
def serve(host: str, port: int, auth: str | None, home: str | None, chroma_url: str | None, llm: str | None) -> None:
    """Start the web UI (http://127.0.0.1:7860 by default)."""
    from ingest.api import ensure_default_collection
    from ui.app import parse_auth
    from ui.app import serve as serve_app

    settings = _settings(home, chroma_url, llm)
    credentials = parse_auth(auth, host)
    if ensure_default_collection(settings, DEFAULT_COLLECTION):
        click.echo(f"Built the '{DEFAULT_COLLECTION}' collection from the bundled article.")
    serve_app(settings, host=host, port=port, auth=credentials)


@cli.command()
@_home
@_chroma
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_reported
def collections(home: str | None, chroma_url: str | None, as_json: bool) -> None:
    """List collections with their document and chunk counts."""
    from ingest.api import store_for

    store = store_for(_settings(home, chroma_url))
    infos = store.collections()
    if as_json:
        docs = {i.name: [d.source for d in store.documents(i.name)] for i in infos}
        click.echo(json.dumps([{**vars(i), "sources": docs[i.name]} for i in infos], indent=2))
        return
    if not infos:
        click.echo("No collections yet; run 'articleqa ingest FILE' or 'articleqa ask QUESTION'.")
    for info in infos:
        click.echo(f"{info.name}: {info.documents} documents, {info.chunks} chunks")
        for doc in store.documents(info.name):
            click.echo(f"  - {doc.source} ({doc.chunks} chunks, {doc.chars} chars, id {doc.doc_id})")


@cli.command()
@click.option("--collection", "-c", required=True, help="Collection to delete from.")
@click.option("--source", default=None, help="Delete only the document with this source name.")
@_home
@_chroma
@_reported
def delete(collection: str, source: str | None, home: str | None, chroma_url: str | None) -> None:
    """Delete a collection, or one document of it."""
    from ingest.api import store_for

    store = store_for(_settings(home, chroma_url))
    docs = store.documents(collection)
    if source is None:
        store.delete_collection(collection)
        click.echo(f"Deleted collection '{collection}' ({len(docs)} documents).")
        return
    matching = [d for d in docs if d.source == source]
    if not matching:
        names = ", ".join(d.source for d in docs) or "none"
        raise InputError(f"no document with source {source!r} in collection '{collection}'; it has: {names}")
    for doc in matching:
        store.delete_document(collection, doc.doc_id)
    click.echo(f"Deleted '{source}' from collection '{collection}'.")


@cli.command(name="eval")
@click.option("--gold", type=click.Path(path_type=Path), default=None, help="Gold file (.jsonl, or SQuAD v2 .json).")
@_collection
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first N questions.")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="all", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=Path("evals/out"), show_default=True)
@click.option("--baseline", is_flag=True, help="Also run the naive LangChain-tutorial pipeline, side by side.")
@_home
@_chroma
@_llm
@_reported
def eval_command(
    gold: Path | None,
    collection: str | None,
    limit: int | None,
    split: str,
    out: Path,
    baseline: bool,
    home: str | None,
    chroma_url: str | None,
    llm: str | None,
) -> None:
    """Evaluate answers, citations, abstention and retrieval on a gold set; write report.json/.md/.png."""
    from evals.run import DEFAULT_GOLD, METRIC_ROWS, fmt, run_eval

    gold = gold or DEFAULT_GOLD
    if not gold.is_file():
        raise InputError(f"no gold file at {gold}; pass --gold FILE (.jsonl or SQuAD .json)")
    report = run_eval(
        _settings(home, chroma_url, llm),
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


@cli.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("evals/out/bench"), show_default=True)
@click.option("--quick", is_flag=True, help="Small sizes, for a smoke run.")
@_home
@_chroma
@_llm
@_reported
def bench(out: Path, quick: bool, home: str | None, chroma_url: str | None, llm: str | None) -> None:
    """Measure cold start, warm latency, ingest throughput, retrieval at scale and memory; write bench.json."""
    from evals.bench import run_bench

    results = run_bench(_settings(home, chroma_url, llm), out, quick=quick)
    click.echo(json.dumps(results, indent=2))
    click.echo(f"\nWritten: {out / 'bench.json'}")


def main() -> None:
    """Console-script entry point."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    cli()


if __name__ == "__main__":
    main()
