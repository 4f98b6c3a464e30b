"""Sentence-aware chunking that keeps character offsets into the normalised text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.load import Document

DEFAULT_CHUNK_CHARS = 400

# Words that end with a period without ending a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr vs etc eg ie al inc ltd co corp gen gov sen rep col lt sgt capt
    cmdr adm rev hon pres no nos vol fig figs approx dept univ est jan feb mar apr jun jul aug sep
    sept oct nov dec mt ft e.g i.e u.s u.k u.n a.m p.m""".split()
)
# A sentence ends at . ! ? (or …), then optional closing quotes/brackets, then white space.
_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s)")
_NEXT_STARTS_SENTENCE = re.compile(r"\s+[\"'\u201c\u2018(\[]*[A-Z0-9\u00c0-\u00de]")
_LIST_NUMBER = re.compile(r"\(?\d{1,3}[.)]\s+(?=\S)")  # the number of a numbered list's item


@dataclass(frozen=True)
class Chunk:
    """A run of whole sentences of one document; `text == document.text[start:end]`."""

    doc_id: str
    source: str
    index: int
    start: int
    end: int
    text: str
    page: int | None = None

    @property
    def chunk_id(self) -> str:
        """Stable id: the document's content hash and the chunk's position."""
        return f"{self.doc_id}-{self.index:05d}"


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end]; line breaks always end a sentence."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end == -1 else line_end
        spans.extend(_line_sentences(text, line_start, line_end))
        line_start = line_end + 1
    return spans


def _line_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    sentence_start = _skip_space(text, start, end)
    numbered = _LIST_NUMBER.match(text, sentence_start, end)
    if numbered is not None:  # "5. If it is still there, ...": the sentence, not "5."
        sentence_start = numbered.end()
    for match in _END.finditer(text, start, end):
        cut = match.end()
        if not _NEXT_STARTS_SENTENCE.match(text, cut, end) or _is_abbreviation(text, sentence_start, match.start()):
            continue
        if cut > sentence_start:
            yield sentence_start, cut
        sentence_start = _skip_space(text, cut, end)
    tail_end = end
    while tail_end > sentence_start and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > sentence_start:
        yield sentence_start, tail_end


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _is_abbreviation(text: str, sentence_start: int, period: int) -> bool:
    if text[period] != ".":
        return False
    word_start = period
    while word_start > sentence_start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:period].lstrip("\"'(\u201c\u2018").lower()
    # Single letters are initials ("J. Smith"); "U.S." style words are abbreviations.
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bool(re.fullmatch(r"(\w\.)+\w", word))


def _split_long(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """Cut one over-long sentence at word boundaries into pieces of at most `limit` chars."""
    while end - start > limit:
        cut = text.rfind(" ", start + 1, start + limit + 1)
        cut = start + limit if cut <= start else cut
        yield start, cut
        start = _skip_space(text, cut, end)
    if end > start:
        yield start, end


def chunk_document(document: Document, max_chars: int = DEFAULT_CHUNK_CHARS) -> list[Chunk]:
    """Greedy-pack whole sentences into chunks of at most `max_chars` characters."""
    text = document.text
    pieces = [p for s, e in sentence_spans(text) for p in _split_long(text, s, e, max_chars)]
    groups: list[tuple[int, int]] = []
    for start, end in pieces:
        if groups and end - groups[-1][0] <= max_chars:
            groups[-1] = (groups[-1][0], end)
        else:
            groups.append((start, end))
    doc_id = document.doc_id
    return [Chunk(doc_id, document.source, i, s, e, text[s:e], document.page_at(s)) for i, (s, e) in enumerate(groups)]
