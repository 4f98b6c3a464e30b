"""API references: entries (a signature line and its description), the entries a question names,
and the answers read straight off one."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.api import ingest_document
from ingest.load import load_file
from retriever.answer import Pipeline
from retriever.reference import api_entries, entries_named, entry_asked, entry_description, entry_fact, entry_silent


def _ingest_reference(
    pipeline: Pipeline,
    tmp_path: Path,
    collection: str,
    intro: tuple[str, str],
    entries: list[tuple[str, list[str]]],
    after: str = "",
) -> None:
    """Ingest an HTML reference page into `collection`: a title and a paragraph, then each entry's
    signature and paragraphs as a definition list (as Sphinx writes them), then `after`."""
    items = "".join(
        f"<dt>{signature}</dt><dd>{''.join(f'<p>{p}</p>' for p in text)}</dd>" for signature, text in entries
    )
    page = tmp_path / f"{collection}.html"
    title, paragraph = intro
    page.write_text(
        f"<html><body><h1>{title}</h1><p>{paragraph}</p><dl>{items}</dl>{after}</body></html>", encoding="utf-8"
    )
    ingest_document(load_file(page), collection, store=pipeline.store, embedder=pipeline.embedder)


API_PAGE = """shutil.copyfile(src, dst)
shutil.copy(src, dst)
Copy the file src to the file or directory dst. It returns dst.
Use copyfile(src, dst) for a plain copy.
exception shutil.Error
This exception collects exceptions raised during a multi-file operation.
exception shutil.SameFileError: Raised if both are the same file. New in version 3.4.
shutil.rmtree(path)

Delete an entire directory tree."""


@pytest.mark.parametrize(
    ("name", "signature", "first"),
    [
        # Signatures of one entry stand together: copyfile is described by the sentence under both.
        ("copyfile", "shutil.copyfile(src, dst)", "Copy the file src to the file or directory dst."),
        ("copy", "shutil.copy(src, dst)", "Copy the file src to the file or directory dst."),
        ("Error", "exception shutil.Error", "This exception collects exceptions raised during a multi-file operation."),
        ("SameFileError", "exception shutil.SameFileError", "Raised if both are the same file."),  # one line
        ("rmtree", "shutil.rmtree(path)", "Delete an entire directory tree."),  # past a blank line
        ("move", None, None),  # no entry
        ("shutil", None, None),  # a module name is no entry's name
    ],
)
def test_entry_description(name: str, signature: str | None, first: str | None) -> None:
    found = entry_description(name, API_PAGE)
    assert (found and tuple(API_PAGE[s:e] for s, e in found)) == ((signature, first) if signature else None)


def test_api_entries_run_from_one_signature_to_the_next() -> None:
    entries = api_entries(API_PAGE)
    assert list(entries) == ["copyfile", "copy", "Error", "SameFileError", "rmtree"]
    start, end = entries["copy"]
    assert API_PAGE[start:end].splitlines()[0] == "shutil.copy(src, dst)"
    assert API_PAGE[end:].startswith("exception shutil.Error")
    assert entries["rmtree"][1] == len(API_PAGE)
    assert api_entries("The loop calls deflate(). It ends there.\nSummary") == {}  # prose, not signatures
    assert api_entries("TSC (Technical Steering Committee)\nThe TSC governs the project.") == {}  # a title


def test_an_api_entry_ends_at_a_section_title_but_not_at_a_note() -> None:
    text = (
        "logging.Formatter.__init__(fmt=None, datefmt=None)\nThe default date format is ISO 8601.\n"
        "Note\nThe style may be %, { or $.\nFilters\nFilters decide which records to output."
    )
    start, end = api_entries(text)["__init__"]
    assert text[start:end].endswith("The style may be %, { or $.\n")


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("What does shutil.copy() return?", ["copy"]),
        ("Is shutil.rmtree thread-safe?", ["rmtree"]),
        ("When is SameFileError raised by copyfile()?", ["SameFileError", "copyfile"]),
        ("How do I copy a file?", []),  # a plain word is just a word
        ("What does shutil.move() return?", []),  # no entry of the page
    ],
)
def test_entries_named(question: str, named: list[str]) -> None:
    assert entries_named(question, api_entries(API_PAGE)) == named


def test_a_question_naming_an_api_entry_is_answered_from_that_entry(pipeline: Pipeline, tmp_path: Path) -> None:
    entries = [
        (
            "files.copy(src, dst)",
            ["Copies the file src to the file or directory dst.", "It returns the path to the newly created file."],
        ),
        (
            "files.copyfile(src, dst)",
            [
                "Copy the contents of the file src to dst.",
                "The copy() function returns only once the copy is complete, with its return value.",
            ],
        ),
    ]
    _ingest_reference(pipeline, tmp_path, "api-copy", ("files", "These functions copy files."), entries)
    state = pipeline.start("What does files.copy() return?", "api-copy", None, None)
    ranked = pipeline.retrieve(state)
    assert ranked[0].text == "It returns the path to the newly created file."


def test_a_sentence_outside_the_entry_named_that_holds_the_whole_question_ranks_first(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    entries = [("files.copyfile(src, dst)", ["Copy the contents of the file src to dst.", "It returns dst."])]
    notes = "<h2>Platform notes</h2><p>On Windows files.copyfile() uses a bigger default buffer size of 1 MiB.</p>"
    _ingest_reference(pipeline, tmp_path, "api-notes", ("files", "These functions copy files."), entries, notes)
    state = pipeline.start("What default buffer size does files.copyfile() use on Windows?", "api-notes", None, None)
    ranked = pipeline.retrieve(state)
    assert ranked[0].text == "On Windows files.copyfile() uses a bigger default buffer size of 1 MiB."
    state = pipeline.start("What does files.copyfile() return?", "api-notes", None, None)
    assert pipeline.retrieve(state)[0].text == "It returns dst."  # inside the entry, as before


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What does shutil.copyfile() do?", "copyfile"),
        ("What does copyfile do?", "copyfile"),
        ("What is SameFileError?", "SameFileError"),
        ("What is the copytree() function used for?", "copytree"),
        ("What is shutil.COPY_BUFSIZE for?", "COPY_BUFSIZE"),
        ("What is Rubio?", None),  # no name of code
        ("What does it do?", None),
        ("What does the article say?", None),
        ("What does copyfile() return?", None),  # a question about one thing it does, not what it is for
    ],
)
def test_entry_asked(question: str, expected: str | None) -> None:
    assert entry_asked(question) == expected


def test_what_an_api_entry_does_is_the_sentence_under_its_signature(pipeline: Pipeline, tmp_path: Path) -> None:
    entries = [
        ("shutil.copyfileobj(fsrc, fdst[, length])", ["Copy the contents of the file-like object."]),
        (
            "shutil.copyfile(src, dst, *, follow_symlinks=True)",
            [
                "Copy the contents of the file named src to a file named dst. It returns dst.",
                "The destination must be writable.",
            ],
        ),
        ("exception shutil.SameFileError", ["This exception is raised if both are the same file."]),
    ]
    examples = "<h2>Examples</h2><p>The copyfile() function is used below to copy a file.</p>"
    _ingest_reference(
        pipeline, tmp_path, "api-entries", ("shutil", "These functions copy and remove files."), entries, examples
    )
    answer = pipeline.ask("What does shutil.copyfile() do?", collection="api-entries")
    assert answer.text == "Copy the contents of the file named src to a file named dst."
    assert [c.quote for c in answer.citations] == [
        "shutil.copyfile(src, dst, *, follow_symlinks=True)",
        "Copy the contents of the file named src to a file named dst.",
    ]
    assert pipeline.ask("What is SameFileError?", collection="api-entries").text.startswith("This exception is raised")


ENTRY = """shutil.copytree(src, dst, symlinks=False, ignore=None, dirs_exist_ok=False)
Recursively copy an entire directory tree rooted at src.
The ignore callable (which defaults to None) is called once per directory.
Changed in version 3.3: Copy metadata when symlinks is false.
New in version 3.8: The dirs_exist_ok parameter.
shutil.which(cmd, mode=os.F_OK | os.X_OK, path=None)
New in version 3.3.
Availability: Unix, Windows."""


@pytest.mark.parametrize(
    ("question", "name", "expected"),
    [
        ("What is the default value of copytree()'s dirs_exist_ok parameter?", "copytree", "False"),
        ("What does ignore default to in copytree()?", "copytree", "None"),  # said in the text
        ("What is the default mode of shutil.which()?", "which", "os.F_OK | os.X_OK"),  # to the comma
        ("What is the default of which()'s cmd?", "which", None),  # a parameter with no default
        ("In which Python version was the dirs_exist_ok parameter of copytree() added?", "copytree", "3.8"),
        ("In which version were symlinks of copytree() changed?", "copytree", "3.3"),
        ("Since which Python version is there shutil.which()?", "which", "3.3"),
        ("In which version was the path parameter of which() added?", "which", None),  # no note names it
        ("What does copytree() return?", "copytree", None),  # asks neither a default nor a version
        ("On which platforms is which() available?", "which", "Unix, Windows"),
        ("On which platforms is copytree() available?", "copytree", None),
    ],
)
def test_entry_fact(question: str, name: str, expected: str | None) -> None:
    start = ENTRY.index(f"shutil.{name}(")
    end = ENTRY.find("\nshutil.", start + 1)
    found = entry_fact(question, ENTRY, start, len(ENTRY) if end < 0 else end)
    assert (ENTRY[found[0] : found[1]] if found else None) == expected


RETURNING = """os.path.basename(path)
Return the base name of pathname path. This is the second element of the pair.
os.path.exists(path)
Return True if path refers to an existing path. Returns False for broken symbolic links.
shutil.copytree(src, dst)
Recursively copy an entire directory tree rooted at src and return the destination directory.
shutil.rmtree(path, onerror=None)
Delete an entire directory tree. If onerror is given, it is called; if it returns true, rmtree stops.
shutil.copy2(src, dst)
Identical to copy(). The return value is that of copy()."""


@pytest.mark.parametrize(
    ("question", "name", "expected"),
    [
        ("What does os.path.basename() return?", "basename", "the base name of pathname path"),
        ("What does exists() return?", "exists", "True if path refers to an existing path"),  # the first that says
        ("What does shutil.copytree() return?", "copytree", "the destination directory"),  # "... and return ..."
        ("What value does copytree() return?", "copytree", "the destination directory"),
        ("What does rmtree() return?", "rmtree", None),  # "if it returns true": the callable's value, not rmtree's
        ("What does copy2() return?", "copy2", None),  # "The return value is that of copy()": not read off
        ("What does copytree() return if dst exists?", "copytree", None),  # asks more than what it returns
    ],
)
def test_what_an_api_entry_returns(question: str, name: str, expected: str | None) -> None:
    found = entry_fact(question, RETURNING, *api_entries(RETURNING)[name])
    assert (RETURNING[found[0] : found[1]] if found else None) == expected


def test_a_word_of_the_entry_name_is_no_parameter_asked() -> None:
    text = "os.path.realpath(path, *, strict=False)\nReturn the canonical path of the specified filename."
    found = entry_fact("What is the default value of strict in os.path.realpath()?", text, 0, len(text))
    assert found and text[found[0] : found[1]] == "False"  # "path" of "os.path" is not the parameter path


@pytest.mark.parametrize(
    ("question", "name", "silent"),
    [
        ("What is the default of copytree()'s symlinks?", "copytree", False),  # symlinks=False
        ("What is the default of which()'s cmd?", "which", True),  # none, and no line says one
        ("What is the default value of copytree()'s dst?", "copytree", True),
        ("In which version was which() added?", "which", False),  # New in version 3.3.
        ("In which version was the path parameter of which() added?", "which", True),
        ("By default, does which() take a cmd?", "which", False),  # a yes/no question asks no value
        ("What does which() return?", "which", False),
    ],
)
def test_entry_silent(question: str, name: str, silent: bool) -> None:
    start = ENTRY.index(f"shutil.{name}(")
    end = ENTRY.find("\nshutil.", start + 1)
    assert entry_silent(question, ENTRY, start, len(ENTRY) if end < 0 else end) is silent


def test_an_api_entry_gives_its_defaults_and_versions(pipeline: Pipeline, tmp_path: Path) -> None:
    entries = [
        (
            "tree.copytree(src, dst, dirs_exist_ok=False)",
            [
                "Recursively copy a directory tree and return the destination directory.",
                "New in version 3.8: The dirs_exist_ok parameter.",
            ],
        ),
        ("exception tree.TreeError", ["Raised when a tree cannot be copied.", "New in version 3.4."]),
    ]
    _ingest_reference(pipeline, tmp_path, "api-tree", ("tree", "Copying trees."), entries)
    answer = pipeline.ask("What is the default of copytree()'s dirs_exist_ok?", collection="api-tree")
    assert answer.text == "False"
    assert [c.quote for c in answer.citations] == ["tree.copytree(src, dst, dirs_exist_ok=False)"]
    answer = pipeline.ask("In which version was tree.TreeError added?", collection="api-tree")
    assert (answer.text, [c.quote for c in answer.citations]) == ("3.4", ["New in version 3.4."])
    answer = pipeline.ask("What does tree.copytree() return?", collection="api-tree")
    assert (answer.text, [c.quote for c in answer.citations]) == (
        "the destination directory",
        ["Recursively copy a directory tree and return the destination directory."],
    )
    # The signature gives dst no default, and no line of the entry speaks of one.
    assert pipeline.ask("What is the default value of copytree()'s dst?", collection="api-tree").abstained


def test_a_long_signature_heads_its_entry_too(pipeline: Pipeline, tmp_path: Path) -> None:
    long_signature = (
        "codec.dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, indent=None)"
    )
    entries = [
        (
            long_signature,
            ["Serialize obj to a formatted str using the conversion table.", "Keys of the output are always strings."],
        ),
        (
            "class codec.Decoder(*, object_hook=None, parse_float=None, parse_int=None, strict=True)",
            ["Simple decoder.", "It performs the following translations by default."],
        ),
    ]
    _ingest_reference(pipeline, tmp_path, "api-codec", ("codec", "Encoders and decoders."), entries)
    answer = pipeline.ask("Which function serializes obj to a formatted str?", collection="api-codec")
    assert answer.text == "codec.dumps"
    assert [c.quote for c in answer.citations] == [
        long_signature,
        "Serialize obj to a formatted str using the conversion table.",
    ]
