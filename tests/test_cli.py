"""The command line end to end with CliRunner: real store, real models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ui.cli import cli


@pytest.fixture
def run(env_home: Path):  # type: ignore[no-untyped-def]
    runner = CliRunner()

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


def test_ingest_ask_collections_delete(run, tiny_article: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("ingest", str(tiny_article), "--collection", "bridges")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{tiny_article}: 2 chunks added, 0 skipped -> collection 'bridges'\n"
    again = run("ingest", str(tiny_article), "--collection", "bridges")
    assert again.stdout == f"{tiny_article}: 0 chunks added, 2 skipped -> collection 'bridges'\n"

    asked = run("ask", "In which year did the city council approve a repair plan?", "-c", "bridges", "--json")
    assert asked.exit_code == 0, asked.output
    answer = json.loads(asked.stdout)
    assert set(answer) >= {"text", "abstained", "citations", "passages", "standalone_question", "timings"}
    text = tiny_article.read_text("utf-8")
    for c in answer["citations"] + answer["passages"]:
        assert c["quote"] == text[c["start"] : c["end"]]
        assert c["source"] == "bridge.txt"

    listed = run("collections")
    assert listed.stdout.splitlines()[0] == "bridges: 1 documents, 2 chunks"
    assert run("delete", "--collection", "bridges", "--source", "bridge.txt").exit_code == 0
    assert run("collections").stdout.splitlines()[0] == "bridges: 0 documents, 0 chunks"


def test_ask_prints_the_answer_and_numbered_quotes(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ask", "How many prisoners can CECOT hold?")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "40 000" in lines[0]
    assert lines[1].startswith("  [1] “") and "up to 40 000 prisoners" in lines[1]
    assert "(article.txt, chars " in lines[1]


def test_ask_says_why_it_abstains(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ask", "Did Rubio visit Docker?")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "The article does not say. The article never mentions \u201cDocker\u201d."
    assert lines[2] == "Closest passages (not an answer):"


def test_chat_answers_each_line_and_resolves_follow_ups(env_home: Path) -> None:
    questions = "How many prisoners can CECOT hold?\n\nWhat is CECOT?\nHow many prisoners can it hold?\n"
    result = CliRunner().invoke(cli, ["chat"], input=questions, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    blocks = result.stdout.strip().split("\n\n> ")
    assert len(blocks) == 3  # the empty line is skipped
    first = blocks[0].splitlines()
    assert first[0] == "> How many prisoners can CECOT hold?" and "40 000" in first[1]
    assert first[2].startswith("  [1] “") and "(article.txt, chars " in first[2]
    follow = blocks[2].splitlines()
    assert follow[:2] == ["How many prisoners can it hold?", "(searched for: How many prisoners can CECOT hold?)"]
    assert "40 000" in follow[2]


def test_chat_reports_a_bad_question_and_goes_on(env_home: Path) -> None:
    questions = "x" * 1001 + "\nHow many prisoners can CECOT hold?\nexit\nWhen did Bukele take office?\n"
    result = CliRunner().invoke(cli, ["chat"], input=questions, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stderr == "Error: the question is 1001 characters long; the limit is 1000\n"
    asked = [line for line in result.stdout.splitlines() if line.startswith("> ")]
    assert asked == ["> How many prisoners can CECOT hold?"]  # nothing after "exit" is asked


def test_chat_in_a_missing_collection_exits_2(env_home: Path) -> None:
    result = CliRunner().invoke(cli, ["chat", "-c", "nowhere"], input="Who?\n")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and "nowhere" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest", "{tmp}/missing.txt"], "Error: no such file: {tmp}/missing.txt\n"),
        (["ingest", "{tmp}/a.docx"], "Error: cannot read {tmp}/a.docx: unsupported file type '.docx'; use one of"),
        (["ingest", "{tmp}/empty.txt"], "Error: {tmp}/empty.txt is empty; nothing to ingest\n"),
        (["ingest", "{tmp}/bin.txt"], "Error: {tmp}/bin.txt looks like a binary file, not text"),
        (["ingest", "{tmp}/empty.txt", "-c", "x y"], "Error: invalid collection name 'x y'"),
        (["ask", "  "], "Error: the question is empty; ask something about the article\n"),
        (["ask", "..."], "Error: the question '...' has no words; ask something about the article\n"),
        (
            ["ask", "Why?", "-c", "nothere"],
            "Error: no collection 'nothere'; run 'articleqa ingest FILE --collection nothere' first\n",
        ),
        (
            ["delete", "-c", "nothere"],
            "Error: no collection 'nothere'; run 'articleqa ingest FILE --collection nothere' first\n",
        ),
        (["eval", "--gold", "{tmp}/none.jsonl"], "Error: no gold file at {tmp}/none.jsonl; pass --gold FILE"),
        (["serve", "--host", "0.0.0.0"], "Error: --host 0.0.0.0 requires --auth USER:PASSWORD (or ARTICLEQA_AUTH)"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(run, tmp_path: Path, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.docx").write_bytes(b"PK")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    result = run(*[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(message.format(tmp=tmp_path))
    assert result.stderr.count("\n") == 1


def test_a_bad_file_among_good_ones_leaves_the_store_unchanged(run, tiny_article: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    result = run("ingest", str(tiny_article), str(bad), "-c", "bridges")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {bad} is not a readable PDF")
    assert "bridges" not in run("collections").output


def test_help_lists_every_command(run) -> None:  # type: ignore[no-untyped-def]
    output = run("--help").output
    for command in ("ingest", "ask", "chat", "serve", "collections", "delete", "eval", "bench"):
        assert f"  {command} " in output


def test_serve_builds_the_bundled_collection_and_says_where_it_serves(tmp_path: Path) -> None:
    import sys
    import urllib.request

    from tests.servers import free_port, running

    port, log = free_port(), tmp_path / "serve.log"
    articleqa = str(Path(sys.executable).parent / "articleqa")
    command = [articleqa, "--home", str(tmp_path / "home"), "serve", "--port", str(port)]

    def ready() -> bool:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as page:
            return page.status == 200 and "serving on" in log.read_text("utf-8")

    with running(command, ready, "articleqa serve", log=log):
        lines = log.read_text("utf-8").splitlines()
    assert lines[:2] == [
        "Built the 'article' collection from the bundled article (9 chunks).",
        f"articleqa is serving on http://127.0.0.1:{port} (Ctrl+C to stop)",
    ]
