"""Gold question sets: the GoldItem record, a strict JSON-lines loader, selection."""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_REQUIRED_KEYS = ("id", "question", "answers", "answerable", "evidence", "type")
_OPTIONAL_KEYS = ("split", "history")
_ALLOWED_KEYS = frozenset(_REQUIRED_KEYS + _OPTIONAL_KEYS)


class GoldFormatError(ValueError):
    """A gold line that is not a valid GoldItem; the message names file and line."""


@dataclass(frozen=True)
class GoldItem:
    """One gold question; evidence spans are [start, end) offsets into the source."""

    id: str
    question: str
    answers: tuple[str, ...]
    answerable: bool
    evidence: tuple[tuple[int, int], ...]
    type: str
    split: str = "test"
    history: tuple[tuple[str, str], ...] = ()  # earlier (question, answer) turns of a chat: a follow-up


def load_gold(path: Path) -> list[GoldItem]:
    """Read a JSON-lines gold file, skipping blank lines; GoldFormatError on a bad line.

    Each line needs exactly the keys id, question, answers, answerable, evidence, type
    and optionally split (default "test") and history (the [question, answer] pairs of the
    chat a follow-up question is asked in, oldest first); unknown keys, duplicate ids, and answerable
    disagreeing with answers != [] are errors too.
    """
    items: list[GoldItem] = []
    first_seen: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            item = _parse_line(line, f"{path} line {line_no}")
            if item.id in first_seen:
                raise GoldFormatError(
                    f"{path} line {line_no}: duplicate id {item.id!r} (first seen on line {first_seen[item.id]})"
                )
            first_seen[item.id] = line_no
            items.append(item)
    return items


def select(items: Iterable[GoldItem], split: str | None = None, limit: int | None = None) -> list[GoldItem]:
    """Items of `split` (any if None), in order, cut to `limit` (no cut if None)."""
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    chosen = [item for item in items if split is None or item.split == split]
    return chosen if limit is None else chosen[:limit]


def _parse_line(line: str, where: str) -> GoldItem:
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{where}: invalid JSON: {exc.msg}") from exc
    if not isinstance(record, dict):
        raise GoldFormatError(f"{where}: expected a JSON object")

    missing = [key for key in _REQUIRED_KEYS if key not in record]
    if missing:
        raise GoldFormatError(f"{where}: missing key {missing[0]!r}")
    # Unknown keys are rejected so that a typo such as "spilt" cannot silently fall back
    # to the default split.
    unknown = sorted(set(record) - _ALLOWED_KEYS)
    if unknown:
        allowed = ", ".join(_REQUIRED_KEYS + _OPTIONAL_KEYS)
        raise GoldFormatError(f"{where}: unknown key {unknown[0]!r} (allowed: {allowed})")

    item_id = _non_empty_str(record, "id", where)
    question = _non_empty_str(record, "question", where)
    item_type = _non_empty_str(record, "type", where)
    split = _non_empty_str(record, "split", where) if "split" in record else "test"

    answers = record["answers"]
    if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
        raise GoldFormatError(f"{where}: 'answers' must be a list of strings")
    if any(not a.strip() for a in answers):
        raise GoldFormatError(f"{where}: 'answers' must not contain empty strings")

    answerable = record["answerable"]
    if not isinstance(answerable, bool):
        raise GoldFormatError(f"{where}: 'answerable' must be a boolean")
    # Abstention scoring relies on these two agreeing, so a mismatch is a gold-file bug.
    if answerable and not answers:
        raise GoldFormatError(f"{where}: answerable item must have at least one answer")
    if not answerable and answers:
        raise GoldFormatError(f"{where}: unanswerable item must have no answers")

    evidence = _evidence(record["evidence"], where)
    history = _history(record.get("history", []), where)
    return GoldItem(
        id=item_id,
        question=question,
        answers=tuple(answers),
        answerable=answerable,
        evidence=evidence,
        type=item_type,
        split=split,
        history=history,
    )


def _non_empty_str(record: dict[str, Any], key: str, where: str) -> str:
    value = record[key]
    if not isinstance(value, str) or not value.strip():
        raise GoldFormatError(f"{where}: {key!r} must be a non-empty string")
    return value


def _evidence(value: Any, where: str) -> tuple[tuple[int, int], ...]:
    problem = f"{where}: 'evidence' must be a list of [start, end] integer pairs with 0 <= start < end"
    if not isinstance(value, list):
        raise GoldFormatError(problem)
    spans: list[tuple[int, int]] = []
    for pair in value:
        if not isinstance(pair, list) or len(pair) != 2:
            raise GoldFormatError(problem)
        start, end = pair
        # bool is an int subclass; true/false in a span is always a typo.
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            raise GoldFormatError(problem)
        if not 0 <= start < end:
            raise GoldFormatError(problem)
        spans.append((start, end))
    return tuple(spans)


def _history(value: Any, where: str) -> tuple[tuple[str, str], ...]:
    problem = f"{where}: 'history' must be a list of [question, answer] pairs of non-empty strings"
    if not isinstance(value, list):
        raise GoldFormatError(problem)
    turns: list[tuple[str, str]] = []
    for pair in value:
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(t, str) and t.strip() for t in pair)):
            raise GoldFormatError(problem)
        turns.append((pair[0], pair[1]))
    return tuple(turns)
