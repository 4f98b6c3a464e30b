"""API references: the entries a reference page is made of (a signature line, then its description),
the entries a question names, and what can be read straight off one: what it does, the default of a
parameter, the platforms it is available on, the version that brought it, and the entry that
answers "Which function ...?"."""

from __future__ import annotations

import itertools
import re

from ingest.chunk import sentence_spans
from retriever.bm25 import STOPWORDS, tokenize
from retriever.evidence import Sentence, is_heading
from retriever.ground import Located, is_yes_no_question, kind_asked

# What Sphinx writes before a name: "class logging.Formatter(...)", "exception shutil.Error", "async ..."
_ENTRY_KEYWORDS = (
    r"(?:(?:class|exception|async|classmethod|staticmethod|abstractmethod|awaitable|property|attribute|data) +)*"
)
_ANY_SIGNATURE = re.compile(rf"{_ENTRY_KEYWORDS}[\w.]+\(.*\) *(?:->.*)?")


def entry_description(name: str, text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where an API reference in `text` describes `name`: the offsets of the signature that heads its
    entry ("shutil.copyfile(src, dst, *, follow_symlinks=True)", "exception shutil.Error") and of
    the first sentence of its description. That sentence follows the signature on its line after
    ": " (a short entry: "exception shutil.Error: This exception ...") or is the first of the next
    line that is no signature too. None where no line of `text` starts with such a signature."""
    signature = re.compile(
        rf"^(?P<signature>{_ENTRY_KEYWORDS}(?:[\w.]+\.)?{re.escape(name)}(?:\(.*?\) *(?:->[^:]*)?)?)"
        rf"(?<![.!?:;,])(?:: (?P<description>\S.*))?$",
        re.M,
    )
    for line in signature.finditer(text):
        if line.group("description"):
            return line.span("signature"), sentence_spans(text, line.start("description"), line.end())[0]
        start = line.end()
        while start < len(text):
            start += 1  # past the newline
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            below = text[start:end]
            if below.strip() and not _ANY_SIGNATURE.fullmatch(below.strip()):
                return line.span("signature"), sentence_spans(text, start, end)[0]
            start = end
    return None


_SIGNATURE_LINE = re.compile(
    rf"^{_ENTRY_KEYWORDS}(?:[\w.]+\.)?(?P<name>[A-Za-z_]\w*)\(.*\) *(?:->.*)?(?<![.!?:;,])(?:$|: \S)"
    r"|^(?:class|exception) (?:[\w.]+\.)?(?P<type>[A-Za-z_]\w*)(?:$|: \S)",
    re.M,
)


# Titles of notes inside an entry ("Note", "See also"): they head no section of their own.
ADMONITIONS = frozenset("note notes warning see also tip hint important caution attention danger".split())


def api_entries(text: str) -> dict[str, tuple[int, int]]:
    """The entries of an API reference in `text`, by name: from the line of a signature
    ("shutil.copy(src, dst, *, follow_symlinks=True)", "exception shutil.Error") to the next one,
    or to the next section title ("Archiving operations"), whichever comes first. The first entry
    of a name is kept. Empty for a text with no such lines."""
    lines = list(_SIGNATURE_LINE.finditer(text))
    entries: dict[str, tuple[int, int]] = {}
    for i, line in enumerate(lines):
        end = lines[i + 1].start() if i + 1 < len(lines) else len(text)
        for below in re.finditer(r"^.+$", text[line.end() : end], re.M):
            title = below.group().strip()
            if is_heading(title) and not set(title.lower().split()) <= ADMONITIONS:
                end = line.end() + below.start()
                break
        entries.setdefault(line.group("name") or line.group("type"), (line.start(), end))
    return entries


_CALLED_OR_DOTTED = re.compile(r"[A-Za-z_][\w.]*\(\)|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")  # "copy()", "shutil.copy"
_CODE_MENTION = re.compile(rf"{_CALLED_OR_DOTTED.pattern}|\b\w*(?:_\w|[a-z][A-Z])\w*")  # and "dirs_exist_ok"


def entries_named(question: str, entries: dict[str, tuple[int, int]]) -> list[str]:
    """The names of `entries` the question writes as code: "copy()", "shutil.copy", "dirs_exist_ok",
    "SameFileError" (a plain "copy" or "which" is just a word)."""
    named = (m.group().removesuffix("()").rsplit(".", 1)[-1] for m in _CODE_MENTION.finditer(question))
    return [name for name in dict.fromkeys(named) if name in entries]


def code_words(question: str) -> set[str]:
    """The words of the names the question writes as code ("shutil", "copy" of "shutil.copy()"): every
    sentence of the entry it names is about them, so inside it they tell no sentence from another."""
    return set(tokenize(" ".join(m.group() for m in _CODE_MENTION.finditer(question))))


_ASKS_CALLABLE = frozenset("function functions method methods class classes routine routines call calls".split())
_ASKS_EXCEPTION = frozenset("exception exceptions error errors".split())
# "shutil.rmtree(path, ...)", "class logging.Formatter(...)", "exception shutil.Error"; "TSC (Technical ...)" is none
_SIGNATURE = re.compile(r"(?:(?P<keyword>class|exception)\s+)?(?P<name>[A-Za-z_][\w.]*)(?P<call>\()?")


def signature_named(question: str, evidence: list[Sentence]) -> Located | None:
    """Where "Which function / method / class / exception ...?" is answered by the signature an API
    reference heads an entry with: the name of the first signature heading in the evidence that has
    a sentence under it there ("Which function removes a directory tree?" / "shutil.rmtree(path,
    ...)" / "Delete an entire directory tree; ..."; "Which exception is raised if ...?" /
    "exception shutil.SameFileError"). Not a name the question gives itself. None anywhere else."""
    kind = kind_asked(question)
    if kind not in _ASKS_CALLABLE | _ASKS_EXCEPTION:
        return None
    for heading, below in itertools.pairwise(evidence):
        signature = _SIGNATURE.match(heading.text) if heading.heading and not below.heading else None
        if signature is None or not _entry_of_kind(signature, heading.text, kind in _ASKS_EXCEPTION):
            continue
        name = signature.group("name")
        if name.split(".")[-1].lower() in question.lower():
            return None
        return Located(heading, heading.start + signature.start("name"), heading.start + signature.end("name"))
    return None


def _entry_of_kind(signature: re.Match[str], line: str, exception: bool) -> bool:
    """Whether a heading that starts like a signature is the entry of a callable ("shutil.rmtree(...)",
    "class Formatter(...)") or, for `exception`, of an exception ("exception shutil.Error"): not a
    word that merely opens a title ("Introduction")."""
    if exception:
        return signature.group("keyword") == "exception" and signature.end("name") == len(line.rstrip())
    return signature.group("call") is not None


# "What does shutil.copyfile() do?", "What is SameFileError?", "What is copytree() used for?"
_ASKS_ENTRY = re.compile(
    r"^\s*what\s+(?:does|do|is|are)\s+(?:the\s+)?(?P<name>[A-Za-z_][\w.]*(?:\(\))?)"
    r"(?:\s+(?:function|method|class|exception|attribute|constant))?(?:\s+(?:do|for|used\s+for|mean))?\s*\??\s*$",
    re.I,
)
_CODE_NAME = re.compile(r"\(\)$|\w\.\w|_|[a-z][A-Z]")  # "copyfile()", "shutil.rmtree", "COPY_BUFSIZE", "SameFileError"


def entry_asked(question: str) -> str | None:
    """The name of the API entry a question asks about ("copyfile" for "What does shutil.copyfile()
    do?"), without module or brackets; None for a question about anything else, or about a name
    that reads neither as code nor as a lower-case word ("What is Rubio?", "What is it?")."""
    asked = _ASKS_ENTRY.match(question)
    name = asked.group("name") if asked else ""
    if not _CODE_NAME.search(name) and not (name.islower() and name not in STOPWORDS):
        return None
    return name.removesuffix("()").rsplit(".", 1)[-1]


# "What is the default value of copytree()'s dirs_exist_ok parameter?"; "In which version was SameFileError added?"
_ASKS_DEFAULT = re.compile(r"\bdefaults?\b", re.I)
_ASKS_VERSION = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?version\b", re.I)
_PARAMETER = re.compile(r"[(\[,]\s*\**(?P<name>[A-Za-z_]\w*)\s*(?P<default>=)?")
_ASKS_PLATFORMS = re.compile(r"\b(?:which|what)\s+(?:platforms?|operating\s+systems?|systems?|OS)\b", re.I)
_AVAILABILITY = re.compile(r"^Availability: (?P<platforms>.+?)\.?$", re.M)
# "What does shutil.copy() return?", "What value does os.path.getsize() return?"; not "... return if ...?"
_ASKS_RETURN = re.compile(r"^\s*what\s+(?:\w+\s+)?(?:does|do|will|would)\s+\S.*\breturn\s*\??\s*$", re.I)
# The entry's own verb: "Return the base name of ...", "... and return the destination directory",
# "It returns ..."; not "if func returns true" nor "the return value".
_RETURNS = re.compile(
    r"(?:^|\band |, )(?:(?:it|this \w+|the \w+) )?(?:[Rr]eturns?|[Rr]eturning) "
    r"(?!(?:value|code|type)s?\b)(?P<what>[^;]+?)\.?$"
)
_VERSION_NOTE = re.compile(
    r"^(?P<kind>New|Added|Changed) in version (?P<version>\d+(?:\.\d+)*)(?::\s*(?P<what>.*)|\.)?$", re.M
)


def entry_fact(question: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the API entry `text[start:end]` (its signature line first) states what the question asks
    of it, as offsets into `text`: the default of a parameter the question names ("dirs_exist_ok=False"
    in the signature, "fallback defaults to (80, 24)" in the text), the platforms it is available on
    ("Availability: Unix, Windows."), or the version that brought the entry ("New in version 3.4.")
    or the parameter ("New in version 3.8: The dirs_exist_ok parameter."), or what it returns ("the
    destination directory" of "... and return the destination directory."). None for any other
    question, or where the entry does not say."""
    if is_yes_no_question(question):  # "By default, does copy() follow symbolic links?" asks no value
        return None
    line_end, parameters, named = _entry_parts(question, text, start, end)
    if _ASKS_DEFAULT.search(question) and named:
        name = named[-1]
        stated = re.compile(
            rf"\b{name}\b(?: \(which)? defaults to (?P<value>\([^)]*\)|[^\s,;()]+?)(?=[\s,;)]|\.?$)"
            rf"|\b{name} is (?P<flag>\w+) \(the default\)",
            re.M,
        ).search(text, line_end, end)
        if stated is not None:
            return stated.span("value") if stated.group("value") else stated.span("flag")
        given = parameters[name]
        return _default_value(text, given.end(), line_end) if given.group("default") else None
    if _ASKS_PLATFORMS.search(question):
        availability = _AVAILABILITY.search(text, line_end, end)
        return availability.span("platforms") if availability else None
    if _ASKS_VERSION.search(question):
        notes = list(_VERSION_NOTE.finditer(text, line_end, end))
        if named:
            asked = re.compile(rf"\b{named[-1]}\b")
            notes = [note for note in notes if asked.search(note.group("what") or "")]
        else:
            notes = [note for note in notes if note.group("kind") != "Changed"]
        return notes[0].span("version") if notes else None
    if _ASKS_RETURN.match(question):
        for a, b in sentence_spans(text, line_end, end):  # each line's sentences
            returns = _RETURNS.search(text[a:b])
            if returns is not None:
                return a + returns.start("what"), a + returns.end("what")
    return None


def entry_silent(question: str, text: str, start: int, end: int) -> bool:
    """Whether the question asks the API entry `text[start:end]` for a default or a version that it
    does not give: `entry_fact` finds none, and no line of the entry speaks of the parameter asked
    about and of defaults or versions at all. "What is the default of make_archive()'s dry_run?",
    where the signature has "[, dry_run" and the text only "If dry_run is true, ..."."""
    if is_yes_no_question(question):
        return False
    line_end, _, named = _entry_parts(question, text, start, end)
    asks = (
        "default" if _ASKS_DEFAULT.search(question) and named else "version" if _ASKS_VERSION.search(question) else None
    )
    if asks is None or entry_fact(question, text, start, end) is not None:
        return False
    about = re.compile(rf"\b{named[-1]}\b" if named else r"\bversion\b")
    lines = text[line_end:end].splitlines()
    return not any(about.search(line) and re.search(rf"\b{asks}", line, re.I) for line in lines)


def _entry_parts(question: str, text: str, start: int, end: int) -> tuple[int, dict[str, re.Match[str]], list[str]]:
    """The end of an entry's signature line, its parameters by name, and those the question names."""
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    parameters = {m.group("name"): m for m in _PARAMETER.finditer(text, start, line_end)}
    asked = _CALLED_OR_DOTTED.sub(" ", question)  # "path" of "os.path.realpath()" names no parameter
    named = [word for word in dict.fromkeys(re.findall(r"[A-Za-z_]\w*", asked)) if word in parameters]
    return line_end, parameters, named


def _default_value(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a parameter's default in a signature, from `start` (after its "=") to the comma or
    bracket that closes it: "os.F_OK | os.X_OK" of "mode=os.F_OK | os.X_OK, path=None)"."""
    depth = 0
    for i in range(start, end):
        char = text[i]
        if char in "([{":
            depth += 1
        elif char in ")]}" and depth:
            depth -= 1
        elif char in ",)]" and not depth:
            value = text[start:i].strip()
            return (text.index(value, start), text.index(value, start) + len(value)) if value else None
    return None
