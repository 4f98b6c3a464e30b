"""SQuAD v2.0 loader: one document per article, answers re-anchored into its text.

Each context is NFC-normalised, stripped, and has every whitespace run collapsed to
one space; the paragraphs are then joined with single newlines. The result has no
tabs, no double spaces and no blank lines. We assume the project's ingestion
normalisation leaves such text unchanged, so offsets computed here stay valid once
the runner ingests `SquadArticle.text`. Nothing is imported from the rest of the
project except the GoldItem record.
"""

import hashlib
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals.gold import GoldItem

logger = logging.getLogger(__name__)

_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
_COLLECTION_PREFIX = "squad-"
_HASH_CHARS = 8
_MAX_COLLECTION_LEN = 60


class SquadFormatError(ValueError):
    """Not SQuAD-shaped JSON; the message names the file and the offending JSON path."""


@dataclass(frozen=True)
class SquadArticle:
    """One SQuAD article as a single document plus its gold items.

    skipped_answers / skipped_questions count what could not be anchored in `text`.
    """

    title: str
    text: str
    items: tuple[GoldItem, ...]
    skipped_answers: int = 0
    skipped_questions: int = 0


def load_squad(path: Path) -> list[SquadArticle]:
    """Load a SQuAD v2.0 (or v1.1) file as articles whose gold spans index their text.

    Per question: answers = unique answer texts (whitespace-collapsed, NFC) in order;
    answerable = not is_impossible; evidence = the answers' [start, end) spans in
    `text`, sorted, overlapping spans merged; type "squad", split "test". Answers whose
    text does not match the context at answer_start are skipped and counted; so is an
    answerable question left with no answers, since calling it unanswerable would be
    wrong. Raises SquadFormatError (a ValueError) naming the file if the JSON is not
    SQuAD-shaped or question ids repeat.
    """
    try:
        raw: Any = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SquadFormatError(f"{path}: not valid JSON: {exc}") from exc
    loader = _Loader(str(path))
    data = loader.field(raw, "data", list, "")
    articles = [loader.article(article, f"data[{i}]") for i, article in enumerate(data)]
    skipped_answers = sum(a.skipped_answers for a in articles)
    skipped_questions = sum(a.skipped_questions for a in articles)
    if skipped_answers or skipped_questions:
        logger.warning(
            "%s: skipped %d inconsistent answers and %d questions left without one",
            path,
            skipped_answers,
            skipped_questions,
        )
    return articles


def collection_name(title: str) -> str:
    """Chroma-safe name "squad-<slug>-<first 8 hex of sha1(title)>", at most 60 chars.

    The slug is the ASCII-folded, lowercased title with runs of other characters turned
    into "-", cut so the name fits; an empty slug gives "squad-<hash>". The result
    matches ^[a-zA-Z0-9][a-zA-Z0-9_-]{1,58}[a-zA-Z0-9]$.
    """
    digest = hashlib.sha1(title.encode("utf-8"), usedforsecurity=False).hexdigest()[:_HASH_CHARS]
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_JUNK.sub("-", ascii_title.lower()).strip("-")
    room = _MAX_COLLECTION_LEN - len(_COLLECTION_PREFIX) - len(digest) - 1
    slug = slug[:room].rstrip("-")
    # The hash keeps titles apart that slug (or truncate) to the same string.
    return f"{_COLLECTION_PREFIX}{slug}-{digest}" if slug else f"{_COLLECTION_PREFIX}{digest}"


def collapse_whitespace(text: str) -> tuple[str, list[int]]:
    """Strip text and collapse whitespace runs to one space, with an index map.

    The map gives, for each index of `text`, the index of that character in the result,
    or -1 for whitespace (which is dropped or merged into a single space).
    """
    out: list[str] = []
    index_map = [-1] * len(text)
    pending_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            # A gap only counts once output exists, which drops leading whitespace.
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            pending_space = False
        index_map[i] = len(out)
        out.append(ch)
    return "".join(out), index_map


def _nearest_occurrence(haystack: str, needle: str, around: int) -> int | None:
    best: int | None = None
    pos = haystack.find(needle)
    while pos != -1:
        if best is None or abs(pos - around) < abs(best - around):
            best = pos
        pos = haystack.find(needle, pos + 1)
    return best


@dataclass(frozen=True)
class _Paragraph:
    raw: str
    nfc: str
    text: str
    index_map: list[int]

    def locate(self, answer: str, start: int) -> tuple[int, int] | None:
        """[start, end) of the answer in self.text; None if it misses the context."""
        needle = unicodedata.normalize("NFC", answer)
        if not needle.strip():
            return None
        if self.nfc != self.raw:
            # NFC may change lengths, so raw answer_start is only a hint.
            found = _nearest_occurrence(self.nfc, needle, start)
            if found is None:
                return None
            start = found
        elif start < 0 or self.nfc[start : start + len(needle)] != needle:
            return None
        end = start + len(needle)
        # Trim whitespace so both ends land on characters that survive the collapse.
        while self.nfc[start].isspace():
            start += 1
        while self.nfc[end - 1].isspace():
            end -= 1
        return self.index_map[start], self.index_map[end - 1] + 1


def _paragraph(context: str) -> _Paragraph:
    nfc = unicodedata.normalize("NFC", context)
    text, index_map = collapse_whitespace(nfc)
    return _Paragraph(raw=context, nfc=nfc, text=text, index_map=index_map)


def _merge_spans(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


class _Loader:
    def __init__(self, path: str) -> None:
        self.path = path
        self.seen_ids: set[str] = set()

    def error(self, where: str, problem: str) -> SquadFormatError:
        location = f" at {where}" if where else ""
        return SquadFormatError(f"{self.path}: not SQuAD v2.0 JSON{location}: {problem}")

    def field(self, obj: Any, key: str, kind: type, where: str) -> Any:
        if not isinstance(obj, dict):
            raise self.error(where, "expected an object")
        if key not in obj:
            raise self.error(where, f"missing key {key!r}")
        value = obj[key]
        # bool is an int subclass; reject it where an int offset is expected.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.error(f"{where}.{key}".lstrip("."), f"expected {kind.__name__}")
        return value

    def article(self, article: Any, where: str) -> SquadArticle:
        title = self.field(article, "title", str, where)
        paragraphs_raw = self.field(article, "paragraphs", list, where)
        pieces: list[str] = []
        items: list[GoldItem] = []
        anchored: list[tuple[int, int, str]] = []
        skipped_answers = skipped_questions = 0
        offset = 0
        for p_idx, paragraph_raw in enumerate(paragraphs_raw):
            p_where = f"{where}.paragraphs[{p_idx}]"
            paragraph = _paragraph(self.field(paragraph_raw, "context", str, p_where))
            qas = self.field(paragraph_raw, "qas", list, p_where)
            for q_idx, qa in enumerate(qas):
                q_where = f"{p_where}.qas[{q_idx}]"
                item, skipped = self.question(qa, paragraph, offset, q_where, anchored)
                skipped_answers += skipped
                if item is None:
                    skipped_questions += 1
                else:
                    items.append(item)
            # Empty contexts are left out of the join so it never contains a blank line.
            if paragraph.text:
                pieces.append(paragraph.text)
                offset += len(paragraph.text) + 1
        text = "\n".join(pieces)
        self.verify(text, anchored, where)
        return SquadArticle(
            title=title,
            text=text,
            items=tuple(items),
            skipped_answers=skipped_answers,
            skipped_questions=skipped_questions,
        )

    def question(
        self,
        qa: Any,
        paragraph: _Paragraph,
        offset: int,
        where: str,
        anchored: list[tuple[int, int, str]],
    ) -> tuple[GoldItem | None, int]:
        qid = self.field(qa, "id", str, where)
        question = self.field(qa, "question", str, where)
        answers_raw = self.field(qa, "answers", list, where)
        impossible = qa.get("is_impossible", False)
        if not isinstance(impossible, bool):
            raise self.error(f"{where}.is_impossible", "expected bool")
        if qid in self.seen_ids:
            raise self.error(where, f"duplicate question id {qid!r}")
        self.seen_ids.add(qid)

        texts: list[str] = []
        spans: list[tuple[int, int]] = []
        skipped = 0
        if not impossible:
            for a_idx, answer in enumerate(answers_raw):
                a_where = f"{where}.answers[{a_idx}]"
                answer_text = self.field(answer, "text", str, a_where)
                answer_start = self.field(answer, "answer_start", int, a_where)
                located = paragraph.locate(answer_text, answer_start)
                if located is None:
                    skipped += 1
                    continue
                normalised = paragraph.text[located[0] : located[1]]
                # Collapsing inner whitespace is the only change the mapping may make.
                if normalised != " ".join(unicodedata.normalize("NFC", answer_text).split()):
                    skipped += 1
                    continue
                start, end = located[0] + offset, located[1] + offset
                spans.append((start, end))
                anchored.append((start, end, normalised))
                if normalised not in texts:
                    texts.append(normalised)
            if not texts:
                return None, skipped
        item = GoldItem(
            id=qid,
            question=question.strip(),
            answers=tuple(texts),
            answerable=not impossible,
            evidence=_merge_spans(spans),
            type="squad",
            split="test",
        )
        return item, skipped

    def verify(self, text: str, anchored: list[tuple[int, int, str]], where: str) -> None:
        # Guards the offset arithmetic: each answer must read back from the joined text.
        for start, end, answer in anchored:
            if text[start:end] != answer:
                raise RuntimeError(
                    f"{self.path} {where}: answer {answer!r} re-anchored to "
                    f"[{start}, {end}), which reads {text[start:end]!r}"
                )
