"""The `articleqa` command line: each command parses, builds settings, calls the public API, prints."""

from __future__ import annotations

import json
import os
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ingest.errors import ArticleQAError, InputError
from ingest.settings import DEFAULT_COLLECTION, Settings, offline_environment

if TYPE_CHECKING:
    from retriever.answer import Answer


class _Group(click.Group):
    """The command group: our errors become one line on stderr and exit code 2, for every command."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ArticleQAError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(2)


_collection = click.option("--collection", "-c", default=None, help=f"Collection name. [default: {DEFAULT_COLLECTION}]")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="articleqa")
@click.option("--home", envvar="ARTICLEQA_HOME", help="Data directory (all state). [env: ARTICLEQA_HOME]")
@click.option(
    "--chroma-url", envvar="ARTICLEQA_CHROMA_URL", help="Use a Chroma server at this URL. [env: ARTICLEQA_CHROMA_URL]"
)
@click.option(
    "--llm", envvar="ARTICLEQA_LLM", help="A .gguf path or an http(s):// OpenAI-compatible URL. [env: ARTICLEQA_LLM]"
)
@click.pass_context
def cli(ctx: click.Context, home: str | None, chroma_url: str | None, llm: str | None) -> None:
    """Ask questions about news articles; every answer cites the exact passages it came from."""
    offline_environment()  # before any model library loads
    ctx.obj = Settings.from_env().with_overrides(
        home=Path(home).expanduser() if home else None, chroma_url=chroma_url, llm=llm
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_collection
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON lines.")
@click.pass_obj
def ingest(settings: Settings, paths: tuple[Path, ...], collection: str | None, as_json: bool) -> None:
    """Add article files (.txt, .md, .html, .pdf) to a collection."""
    from ingest.api import ingest_path
    from ingest.load import load_file
    from ingest.store import check_collection_name

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
@click.option("-k", type=click.IntRange(1, 20), default=None, help=f"Chunks to retrieve. [default: {Settings.k}]")
@click.option("--json", "as_json", is_flag=True, help="Print the Answer as JSON.")
@click.pass_obj
def ask(settings: Settings, question: str, collection: str | None, k: int | None, as_json: bool) -> None:
    """Answer QUESTION from the collection's articles, with numbered quotes."""
    from retriever.answer import ask as ask_question
    from retriever.answer import checked_question

    checked_question(question)  # before the models load
    answer = ask_question(question, collection, settings=settings, k=k)
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    _print_answer(answer)


@cli.command()
@_collection
@click.option("-k", type=click.IntRange(1, 20), default=None, help=f"Chunks to retrieve. [default: {Settings.k}]")
@click.pass_obj
def chat(settings: Settings, collection: str | None, k: int | None) -> None:
    """Ask one question per line (from the keyboard or a pipe); follow-ups may say "it" or "he".

    The models load once, so every answer after the first is quick. An empty line is
    skipped; "exit", "quit" or end of input (Ctrl+D) ends the chat.
    """
    from retriever.answer import ask as ask_question
    from ui.format import searched_for

    interactive = sys.stdin.isatty()
    if interactive:
        click.echo('Ask about the article; "exit" or Ctrl+D ends.')
    history: list[tuple[str, str]] = []
    while True:
        line = _read_question(interactive)
        if line is None or line.strip().lower() in ("exit", "quit"):
            return
        if not line.strip():
            continue
        try:
            answer = ask_question(line, collection, history, settings=settings, k=k)
        except InputError as exc:  # one bad question does not end the chat
            click.echo(f"Error: {exc}", err=True)
            continue
        if not interactive:
            click.echo(f"> {line.strip()}")
        standalone = searched_for(answer)
        if standalone:
            click.echo(f"(searched for: {standalone})")
        _print_answer(answer)
        click.echo()
        history.append((answer.standalone_question or answer.question, answer.text))


def _read_question(interactive: bool) -> str | None:
    """The next line of input without its newline; None at end of input."""
    try:
        if interactive:
            return str(click.prompt("?", prompt_suffix=" ", default="", show_default=False))
        line = sys.stdin.readline()
    except (EOFError, click.Abort):
        click.echo()
        return None
    return line.rstrip("\n") if line else None


def _print_answer(answer: Answer) -> None:
    """The answer, then its numbered quotes (or the closest passages, marked, when it abstains)."""
    click.echo(f"{answer.text} {answer.reason}".rstrip())
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
@click.pass_obj
def serve(settings: Settings, host: str, port: int, auth: str | None) -> None:
    """Start the web UI (http://127.0.0.1:7860 by default); builds the default collection if needed."""
    from ui.app import parse_auth
    from ui.app import serve as serve_app

    serve_app(settings, host=host, port=port, auth=parse_auth(auth, host))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def collections(settings: Settings, as_json: bool) -> None:
    """List collections with their document and chunk counts."""
    from ingest.api import store_for

    store = store_for(settings)
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
@click.pass_obj
def delete(settings: Settings, collection: str, source: str | None) -> None:
    """Delete a collection, or one document of it."""
    from ingest.api import store_for

    store = store_for(settings)
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


def _add_plugin_commands() -> None:
    """Commands other packages offer (`articleqa eval`, `articleqa bench` from evals), found by entry
    point, so that ui imports nothing from them."""
    for entry in entry_points(group="articleqa.commands"):
        cli.add_command(entry.load(), name=entry.name)


_add_plugin_commands()


def main() -> None:
    """Console-script entry point."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    cli()


if __name__ == "__main__":
    main()
