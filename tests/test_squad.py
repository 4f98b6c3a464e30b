"""Tests for evals.squad (SQuAD v2.0 loading) and evals.gold (JSON-lines gold)."""

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from evals.gold import GoldFormatError, GoldItem, load_gold, select
from evals.squad import (
    SquadArticle,
    SquadFormatError,
    collapse_whitespace,
    collection_name,
    load_squad,
)

FIXTURE = Path(__file__).parent / "fixtures" / "squad_tiny.json"
CHROMA_NAME = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_-]{1,58}[a-zA-Z0-9]$")

APOLLO_TEXT = (
    "Apollo 11 was the spaceflight that first landed humans on the Moon. "
    "Commander Neil Armstrong and lunar module pilot Buzz Aldrin landed the lunar "
    "module Eagle on July 20, 1969.\n"
    "Armstrong became the first person to step onto the lunar surface six hours "
    "later. Aldrin joined him 19 minutes later."
)
PANAMA_TEXT = (
    "The Panama Canal is an artificial 82 km waterway in Panama that connects the "
    "Atlantic Ocean with the Pacific Ocean.\n"
    "France began work on the canal in 1881, but stopped because of engineering "
    "problems and a high worker mortality rate."
)


@pytest.fixture(scope="module")
def articles() -> list[SquadArticle]:
    return load_squad(FIXTURE)


def _write(tmp_path: Path, payload: Any, name: str = "squad.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(payload), encoding="utf-8")
    return path


def _one_paragraph(context: str, qas: list[dict[str, Any]], title: str = "T") -> dict[str, Any]:
    return {"data": [{"title": title, "paragraphs": [{"context": context, "qas": qas}]}]}


# --- fixture ------------------------------------------------------------------


def test_fixture_texts_are_joined_and_normalised(articles: list[SquadArticle]) -> None:
    assert [a.title for a in articles] == ["Apollo 11", "Panamá Canal (history)"]
    assert articles[0].text == APOLLO_TEXT
    assert articles[1].text == PANAMA_TEXT
    for article in articles:
        assert "\n\n" not in article.text
        assert "  " not in article.text
        assert "\t" not in article.text
        assert article.text == article.text.strip()
        assert unicodedata.is_normalized("NFC", article.text)


def test_fixture_items(articles: list[SquadArticle]) -> None:
    apollo, panama = articles
    assert apollo.items == (
        GoldItem(
            id="q1",
            question="Who was the commander of Apollo 11?",
            answers=("Neil Armstrong", "Armstrong"),
            answerable=True,
            # Raw start 79 -> 78 (double space collapsed); "Armstrong" lies inside.
            evidence=((78, 92),),
            type="squad",
            split="test",
        ),
        GoldItem(
            id="q2",
            question="How long after Armstrong did Aldrin step onto the surface?",
            answers=("19 minutes",),
            answerable=True,
            # 176-char first paragraph + "\n"; raw 103 in paragraph 2 loses 2 leading
            # spaces and one char of "\n\n": 176 + 100 = 276.
            evidence=((276, 286),),
            type="squad",
            split="test",
        ),
        GoldItem(
            id="q3",
            question="Who was the first person to step onto Mars?",
            answers=(),
            answerable=False,
            evidence=(),
            type="squad",
            split="test",
        ),
    )
    assert [(i.id, i.answers, i.answerable, i.evidence) for i in panama.items] == [
        ("q4", ("82 km",), True, ((34, 39),)),
        ("q5", (), False, ()),
    ]


def test_fixture_offsets_read_back(articles: list[SquadArticle]) -> None:
    apollo, panama = articles
    assert apollo.text[78:92] == "Neil Armstrong"
    assert apollo.text[83:92] == "Armstrong"
    assert apollo.text[276:286] == "19 minutes"
    assert panama.text[34:39] == "82 km"
    for article in articles:
        for item in article.items:
            for answer in item.answers:
                assert any(answer in article.text[s:e] for s, e in item.evidence)


def test_fixture_counts(articles: list[SquadArticle]) -> None:
    items = [item for article in articles for item in article.items]
    assert len(articles) == 2
    assert len(items) == 5
    assert sum(not item.answerable for item in items) == 2
    assert all(a.skipped_answers == 0 and a.skipped_questions == 0 for a in articles)


# --- collection names ---------------------------------------------------------


def test_collection_names_for_fixture(articles: list[SquadArticle]) -> None:
    names = [collection_name(a.title) for a in articles]
    assert all(CHROMA_NAME.match(name) for name in names)
    assert names[0].startswith("squad-apollo-11-")
    assert names[1].startswith("squad-panama-canal-history-")
    assert len(set(names)) == 2


@pytest.mark.parametrize(
    "title",
    ["", "!!!", "Ω", "x", "a" * 300, "Über-long title " * 10, "trailing-", "_under_"],
)
def test_collection_name_always_valid(title: str) -> None:
    name = collection_name(title)
    assert CHROMA_NAME.match(name), name
    assert 3 <= len(name) <= 60
    assert collection_name(title) == name


def test_collection_name_distinguishes_titles_with_the_same_slug() -> None:
    assert collection_name("A/B") != collection_name("A B")
    assert collection_name("a" * 100) != collection_name("a" * 101)


# --- normalisation and re-anchoring -------------------------------------------


def test_collapse_whitespace_index_map() -> None:
    text, index_map = collapse_whitespace("  ab \n\t c ")
    assert text == "ab c"
    assert index_map == [-1, -1, 0, 1, -1, -1, -1, -1, 3, -1]


def test_nfc_context_relocates_answers(tmp_path: Path) -> None:
    # Decomposed "é" (e + U+0301) loses a char under NFC; "Paris" occurs twice and the
    # occurrence nearest the raw offset must win.
    context = "Paris is nice. Cafe\u0301  culture in Paris."
    second = context.index("Paris", 1)
    path = _write(
        tmp_path,
        _one_paragraph(
            context,
            [
                {
                    "id": "a",
                    "question": "Where?",
                    "answers": [{"text": "Paris", "answer_start": second}],
                },
                {
                    "id": "b",
                    "question": "What?",
                    "answers": [{"text": "Cafe\u0301", "answer_start": 15}],
                },
            ],
        ),
    )
    (article,) = load_squad(path)
    assert article.text == "Paris is nice. Caf\u00e9 culture in Paris."
    where, what = article.items
    # "Paris is nice. " (15) + "Café" (4) + " culture in " (12) = 31.
    assert where.evidence == ((31, 36),)
    assert article.text[31:36] == "Paris"
    assert what.answers == ("Caf\u00e9",)
    assert what.evidence == ((15, 19),)


def test_inconsistent_answers_are_skipped_and_counted(tmp_path: Path) -> None:
    context = "Buzz Aldrin walked on the Moon."
    qas = [
        {
            "id": "partly-bad",
            "question": "Who?",
            "answers": [
                {"text": "Buzz Aldrin", "answer_start": 0},
                {"text": "Buzz Aldrin", "answer_start": 3},
                {"text": "Armstrong", "answer_start": 0},
            ],
        },
        {
            "id": "all-bad",
            "question": "Where?",
            "answers": [{"text": "Mars", "answer_start": 26}],
        },
        {
            "id": "out-of-range",
            "question": "?",
            "answers": [{"text": "Moon", "answer_start": 999}],
        },
    ]
    (article,) = load_squad(_write(tmp_path, _one_paragraph(context, qas)))
    assert [item.id for item in article.items] == ["partly-bad"]
    assert article.items[0].answers == ("Buzz Aldrin",)
    assert article.items[0].evidence == ((0, 11),)
    assert article.skipped_answers == 4
    assert article.skipped_questions == 2


def test_answer_whitespace_is_trimmed_and_overlapping_spans_merge(
    tmp_path: Path,
) -> None:
    context = "The  Denver Broncos won."
    qas = [
        {
            "id": "w",
            "question": "Who won?",
            "answers": [
                {"text": " Denver Broncos", "answer_start": 4},
                {"text": "Broncos", "answer_start": 12},
                {"text": "The  Denver", "answer_start": 0},
            ],
        }
    ]
    (article,) = load_squad(_write(tmp_path, _one_paragraph(context, qas)))
    assert article.text == "The Denver Broncos won."
    (item,) = article.items
    assert item.answers == ("Denver Broncos", "Broncos", "The Denver")
    assert item.evidence == ((0, 18),)


def test_squad_v1_without_is_impossible(tmp_path: Path) -> None:
    qas = [
        {
            "id": "v1",
            "question": "Who?",
            "answers": [{"text": "Ada", "answer_start": 0}],
        }
    ]
    (article,) = load_squad(_write(tmp_path, _one_paragraph("Ada wrote it.", qas)))
    assert article.items[0].answerable


# --- format errors ------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "problem"),
    [
        ([1, 2, 3], "expected an object"),
        ({"rows": []}, "missing key 'data'"),
        ({"data": {}}, "data: expected list"),
        ({"data": [{"title": "T"}]}, "missing key 'paragraphs'"),
        (
            {"data": [{"title": "T", "paragraphs": [{"qas": []}]}]},
            "missing key 'context'",
        ),
        (
            _one_paragraph("x y", [{"id": "1", "question": "?", "answers": [{"text": "x"}]}]),
            "missing key 'answer_start'",
        ),
        (
            _one_paragraph(
                "x y",
                [
                    {
                        "id": "1",
                        "question": "?",
                        "answers": [{"text": "x", "answer_start": True}],
                    }
                ],
            ),
            "answer_start: expected int",
        ),
        (
            _one_paragraph("x", [{"id": "1", "question": "?", "answers": [], "is_impossible": 1}]),
            "is_impossible: expected bool",
        ),
        (
            _one_paragraph(
                "x",
                [
                    {"id": "1", "question": "?", "answers": [], "is_impossible": True},
                    {"id": "1", "question": "?", "answers": [], "is_impossible": True},
                ],
            ),
            "duplicate question id '1'",
        ),
    ],
)
def test_non_squad_json_raises(tmp_path: Path, payload: Any, problem: str) -> None:
    path = _write(tmp_path, payload, name="not_squad.json")
    with pytest.raises(ValueError, match=re.escape(problem)) as excinfo:
        load_squad(path)
    assert isinstance(excinfo.value, SquadFormatError)
    assert "not_squad.json" in str(excinfo.value)


def test_invalid_json_raises(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(SquadFormatError, match=r"broken\.json"):
        load_squad(path)


# --- gold JSON lines (evals.gold) ---------------------------------------------

GOOD_LINE = {
    "id": "g1",
    "question": "How many prisoners can CECOT hold?",
    "answers": ["40 000"],
    "answerable": True,
    "evidence": [[10, 20], [30, 45]],
    "type": "factoid",
}


def _gold_file(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold_and_select(tmp_path: Path) -> None:
    unanswerable = {
        **GOOD_LINE,
        "id": "g2",
        "answers": [],
        "answerable": False,
        "evidence": [],
        "type": "unanswerable",
        "split": "dev",
    }
    third = {**GOOD_LINE, "id": "g3", "history": [["What is CECOT?", "a prison"]]}
    path = _gold_file(tmp_path, json.dumps(GOOD_LINE), "", json.dumps(unanswerable), json.dumps(third))
    items = load_gold(path)
    assert items[0] == GoldItem(
        id="g1",
        question="How many prisoners can CECOT hold?",
        answers=("40 000",),
        answerable=True,
        evidence=((10, 20), (30, 45)),
        type="factoid",
        split="test",
    )
    assert items[1].split == "dev"
    assert items[0].history == () and items[2].history == (("What is CECOT?", "a prison"),)
    assert [i.id for i in select(items, "test", None)] == ["g1", "g3"]
    assert [i.id for i in select(items, None, 2)] == ["g1", "g2"]
    assert [i.id for i in select(items, "test", 1)] == ["g1"]
    assert select(items, "train", None) == []
    assert select(items, None, 0) == []
    with pytest.raises(ValueError):
        select(items, None, -1)


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"answers": "40 000"}, "'answers' must be a list of strings"),
        ({"answers": [40000]}, "'answers' must be a list of strings"),
        ({"answers": []}, "answerable item must have at least one answer"),
        ({"answerable": False}, "unanswerable item must have no answers"),
        ({"answerable": "yes"}, "'answerable' must be a boolean"),
        ({"evidence": [[20, 10]]}, "'evidence' must be a list of [start, end]"),
        ({"evidence": [[1, True]]}, "'evidence' must be a list of [start, end]"),
        ({"id": ""}, "'id' must be a non-empty string"),
        ({"spilt": "dev"}, "unknown key 'spilt'"),
        ({"history": ["What is CECOT?"]}, "'history' must be a list of [question, answer] pairs"),
        ({"history": [["What is CECOT?", ""]]}, "'history' must be a list of [question, answer] pairs"),
        ({"history": {"q": "a"}}, "'history' must be a list of [question, answer] pairs"),
    ],
)
def test_load_gold_reports_file_and_line(tmp_path: Path, overrides: dict[str, Any], problem: str) -> None:
    bad = {**GOOD_LINE, "id": "g2", **overrides}
    path = _gold_file(tmp_path, json.dumps(GOOD_LINE), json.dumps(bad))
    with pytest.raises(GoldFormatError, match=re.escape(f"{path} line 2: {problem}")):
        load_gold(path)


def test_load_gold_structural_errors(tmp_path: Path) -> None:
    missing = {k: v for k, v in GOOD_LINE.items() if k != "type"}
    cases = [
        ("{oops", "line 1: invalid JSON"),
        ("[1, 2]", "line 1: expected a JSON object"),
        (json.dumps(missing), "line 1: missing key 'type'"),
    ]
    for line, problem in cases:
        with pytest.raises(GoldFormatError, match=re.escape(problem)):
            load_gold(_gold_file(tmp_path, line))
    duplicate = _gold_file(tmp_path, json.dumps(GOOD_LINE), json.dumps(GOOD_LINE))
    with pytest.raises(GoldFormatError, match=r"line 2: duplicate id 'g1' \(first seen on line 1\)"):
        load_gold(duplicate)
