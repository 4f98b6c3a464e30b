"""Hand-computed checks for evals.metrics."""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pytest

from evals.metrics import (
    AnswerScores,
    QuestionRecord,
    Span,
    abstention_scores,
    answer_scores,
    citation_precision,
    citation_recall,
    citation_supports,
    contains_answer,
    exact_match,
    is_yes_no,
    ndcg_at_k,
    normalize_answer,
    percentile,
    question_scores,
    recall_at_k,
    reciprocal_rank,
    spans_overlap,
    summarize,
    token_f1,
)

INV_LOG2_3 = 1 / math.log2(3)  # gain at rank 2
INV_LOG2_5 = 1 / math.log2(5)  # gain at rank 4


# --- normalisation ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("The Cat!", "cat"),
        ("a  an the", ""),
        ("Hello, World.", "hello world"),
        ("U.S.A.", "usa"),
        ("theater", "theater"),
        ("The theater's  seats", "theaters seats"),
        ("an apple a day", "apple day"),
        ("  tabs\tand\nnewlines  ", "tabs and newlines"),
        ("40,000", "40000"),
        # Official SQuAD only strips ASCII punctuation; curly quotes survive.
        ("\u201cdangerous criminals\u201d", "\u201cdangerous criminals\u201d"),
        ("", ""),
    ],
)
def test_normalize_answer(raw: str, expected: str) -> None:
    assert normalize_answer(raw) == expected


# --- exact match / F1 / containment -------------------------------------------


def test_exact_match_takes_max_over_answers() -> None:
    assert exact_match("The Eiffel Tower", ["Paris", "eiffel tower!"]) == 1.0
    assert exact_match("Eiffel", ["Eiffel Tower"]) == 0.0


def test_exact_match_empty_gold_follows_squad() -> None:
    assert exact_match("", []) == 1.0
    assert exact_match("The", []) == 1.0
    assert exact_match("something", []) == 0.0
    # Golds normalising to "" are dropped, leaving the no-answer case.
    assert exact_match("", ["the"]) == 1.0


def test_token_f1_partial_overlap() -> None:
    # pred tokens [big, red, dog], gold [red, dog]: P = 2/3, R = 1, F1 = 0.8
    assert token_f1("the big red dog", ["red dog"]) == pytest.approx(0.8)


def test_token_f1_cases() -> None:
    assert token_f1("red dog", ["blue dog", "red dog"]) == pytest.approx(1.0)
    assert token_f1("blue cat", ["red dog"]) == 0.0
    # Multiset overlap: common = 1, P = 1/2, R = 1 -> 2/3
    assert token_f1("dog dog", ["dog"]) == pytest.approx(2 / 3)
    # P = 1/1, R = 1/3 -> 2 * (1/3) / (4/3) = 0.5
    assert token_f1("Aldrin", ["Buzz Aldrin Jr"]) == pytest.approx(0.5)
    assert token_f1("", ["red dog"]) == 0.0
    assert token_f1("", []) == 1.0
    assert token_f1("red", []) == 0.0


def test_contains_answer_on_token_boundaries() -> None:
    assert contains_answer("it can hold up to 40 000 prisoners", ["40 000"]) == 1.0
    assert contains_answer("Panamanian officials", ["Panama"]) == 0.0
    assert contains_answer("He demanded that Panama act", ["Panama"]) == 1.0
    assert contains_answer("000 40", ["40 000"]) == 0.0
    assert contains_answer("across the canal", ["Mars", "The Canal!"]) == 1.0
    assert contains_answer("anything", []) == 0.0
    assert contains_answer("anything", ["the"]) == 0.0


def test_yes_no_items_compare_first_token() -> None:
    assert is_yes_no(["Yes"])
    assert is_yes_no(["no."])
    assert not is_yes_no([])
    assert not is_yes_no(["yes sir"])
    assert answer_scores("Yes, because it was cheaper.", ["yes"]) == AnswerScores(1.0, 1.0, 1.0)
    assert answer_scores("No.", ["yes"]) == AnswerScores(0.0, 0.0, 0.0)
    assert answer_scores("Yesterday", ["yes"]) == AnswerScores(0.0, 0.0, 0.0)
    assert answer_scores("", ["no"]) == AnswerScores(0.0, 0.0, 0.0)
    # "no" later in the prediction does not count: only the first token is compared.
    assert answer_scores("Maybe, but no", ["no"]) == AnswerScores(0.0, 0.0, 0.0)


def test_answer_scores_non_yes_no() -> None:
    scores = answer_scores("the big red dog", ["red dog"])
    assert scores.em == 0.0
    assert scores.f1 == pytest.approx(0.8)
    assert scores.containment == 1.0


# --- retrieval ----------------------------------------------------------------

EVIDENCE = ((100, 150), (300, 320))
# Ranks: 1 touches gold 1 only at the boundary (no shared char), 2 overlaps gold 1,
# 3 touches gold 2 at the boundary, 4 overlaps gold 2, 5 is elsewhere.
RETRIEVED = ((0, 100), (140, 200), (250, 300), (310, 400), (500, 600))


def test_spans_overlap_needs_a_shared_character() -> None:
    assert spans_overlap((0, 10), (9, 20))
    assert not spans_overlap((0, 10), (10, 20))
    assert not spans_overlap((5, 5), (0, 10))


def test_recall_at_k() -> None:
    assert recall_at_k(RETRIEVED, EVIDENCE, 1) == 0.0
    assert recall_at_k(RETRIEVED, EVIDENCE, 2) == pytest.approx(0.5)
    assert recall_at_k(RETRIEVED, EVIDENCE, 3) == pytest.approx(0.5)
    assert recall_at_k(RETRIEVED, EVIDENCE, 5) == pytest.approx(1.0)
    assert recall_at_k(RETRIEVED, EVIDENCE, 50) == pytest.approx(1.0)
    assert recall_at_k((), EVIDENCE, 5) == 0.0


def test_reciprocal_rank() -> None:
    assert reciprocal_rank(RETRIEVED, EVIDENCE) == pytest.approx(0.5)
    assert reciprocal_rank(RETRIEVED[3:], EVIDENCE) == pytest.approx(1.0)
    assert reciprocal_rank(((0, 1), (2, 3), (310, 311)), EVIDENCE) == pytest.approx(1 / 3)
    assert reciprocal_rank((), EVIDENCE) == 0.0
    assert reciprocal_rank(RETRIEVED, ()) == 0.0


def test_ndcg_at_k() -> None:
    # Relevant at ranks 2 and 4; ideal puts 2 relevant at ranks 1 and 2.
    expected = (INV_LOG2_3 + INV_LOG2_5) / (1 + INV_LOG2_3)
    assert ndcg_at_k(RETRIEVED, EVIDENCE, 5) == pytest.approx(expected)
    assert ndcg_at_k(RETRIEVED, EVIDENCE, 5) == pytest.approx(0.6509209, abs=1e-6)
    assert ndcg_at_k(RETRIEVED, EVIDENCE, 1) == 0.0
    assert ndcg_at_k(RETRIEVED, EVIDENCE, 3) == pytest.approx(INV_LOG2_3 / (1 + INV_LOG2_3))
    # k = 1 with a relevant first hit: IDCG uses min(k, |evidence|) = 1 slot.
    assert ndcg_at_k(RETRIEVED[1:], EVIDENCE, 1) == pytest.approx(1.0)


def test_ndcg_credits_each_gold_span_once() -> None:
    # One evidence span split over two chunks: the second adds nothing, nDCG stays 1.
    assert ndcg_at_k(((90, 150), (150, 210)), ((100, 200),), 5) == pytest.approx(1.0)
    # Same chunks in reverse order after a miss: only rank 2 gains.
    assert ndcg_at_k(((0, 10), (150, 210), (90, 150)), ((100, 200),), 5) == pytest.approx(INV_LOG2_3)


@pytest.mark.parametrize("metric", [recall_at_k, ndcg_at_k])
def test_retrieval_metrics_reject_bad_input(
    metric: Callable[[Sequence[Span], Sequence[Span], int], float],
) -> None:
    with pytest.raises(ValueError, match="evidence"):
        metric(RETRIEVED, (), 5)
    with pytest.raises(ValueError, match="k must be"):
        metric(RETRIEVED, EVIDENCE, 0)


# --- citations ----------------------------------------------------------------


def test_citation_supports() -> None:
    evidence = ((100, 150),)
    answers = ("Neil Armstrong",)
    assert citation_supports((140, 160), "unrelated words", evidence, answers)
    assert citation_supports((0, 40), "Commander Neil Armstrong and Buzz", evidence, answers)
    assert not citation_supports((0, 40), "Commander Armstrongs", evidence, answers)
    assert not citation_supports((150, 160), "Commander Armstrong", evidence, answers)


def test_citation_supports_yes_no_only_by_overlap() -> None:
    assert not citation_supports((0, 10), "yes, it was", ((100, 150),), ("yes",))
    assert citation_supports((120, 130), "yes, it was", ((100, 150),), ("yes",))


# --- abstention ---------------------------------------------------------------


@dataclass(frozen=True)
class _Flags:
    answerable: bool
    abstained: bool


def test_abstention_scores() -> None:
    records = [
        _Flags(answerable=False, abstained=True),
        _Flags(answerable=False, abstained=False),
        _Flags(answerable=True, abstained=True),
        _Flags(answerable=True, abstained=False),
        _Flags(answerable=True, abstained=False),
    ]
    scores = abstention_scores(records)
    assert scores["precision"] == pytest.approx(0.5)
    assert scores["recall"] == pytest.approx(0.5)
    assert scores["false_abstention_rate"] == pytest.approx(1 / 3)
    assert scores["abstentions"] == 2
    assert scores["correct_abstentions"] == 1
    assert scores["false_abstentions"] == 1
    assert scores["answerable"] == 3
    assert scores["unanswerable"] == 2


def test_abstention_scores_zero_denominators() -> None:
    never = abstention_scores([_Flags(True, False), _Flags(False, False)])
    assert never["precision"] is None
    assert never["recall"] == 0.0
    assert never["false_abstention_rate"] == 0.0

    only_answerable = abstention_scores([_Flags(True, True)])
    assert only_answerable["precision"] == 0.0
    assert only_answerable["recall"] is None
    assert only_answerable["false_abstention_rate"] == 1.0

    empty = abstention_scores([])
    assert empty["precision"] is None
    assert empty["recall"] is None
    assert empty["false_abstention_rate"] is None
    assert empty["abstentions"] == 0


# --- percentile ---------------------------------------------------------------


def test_percentile_linear_interpolation() -> None:
    values = [4.0, 1.0, 3.0, 2.0]
    assert percentile(values, 50) == pytest.approx(2.5)
    assert percentile(values, 95) == pytest.approx(3.85)
    assert percentile(values, 0) == pytest.approx(1.0)
    assert percentile(values, 100) == pytest.approx(4.0)
    assert percentile([0.0, 10.0], 25) == pytest.approx(2.5)
    assert percentile([7.0], 95) == pytest.approx(7.0)
    # numpy.percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) == 9.1
    assert percentile([float(v) for v in range(1, 11)], 90) == pytest.approx(9.1)


def test_percentile_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        percentile([], 50)
    with pytest.raises(ValueError):
        percentile([1.0], 101)


# --- summarize ----------------------------------------------------------------


def _record(**overrides: object) -> QuestionRecord:
    fields: dict[str, object] = {
        "id": "q",
        "type": "factoid",
        "answerable": True,
        "prediction": "",
        "abstained": False,
        "answers": (),
        "evidence": (),
        "retrieved": (),
        "citations": (),
        "quote_exact": True,
        "latency_s": 0.0,
        "retrieval_s": 0.0,
        "generation_s": 0.0,
        "grounding_s": 0.0,
    }
    fields.update(overrides)
    return QuestionRecord(**fields)  # type: ignore[arg-type]


RECORDS = [
    # Partial answer; gold found at rank 2 (rank 3 re-hits the same gold span);
    # one of two citations supports (by overlap).
    _record(
        id="r1",
        prediction="the big red dog",
        answers=("red dog",),
        evidence=((100, 150),),
        retrieved=((0, 50), (120, 130), (140, 160)),
        citations=((120, 130, "a red dog barked"), (0, 50, "nothing here")),
        latency_s=1.0,
        retrieval_s=0.1,
        generation_s=0.8,
        grounding_s=0.1,
    ),
    # Yes/no answered correctly; its only citation misses the evidence and "yes" in the
    # quote must not count; quote not exact.
    _record(
        id="r2",
        type="yesno",
        prediction="Yes, it did.",
        answers=("yes",),
        evidence=((200, 220),),
        retrieved=((200, 210),),
        citations=((300, 310, "yes indeed"),),
        quote_exact=False,
        latency_s=2.0,
        retrieval_s=0.2,
        generation_s=1.5,
        grounding_s=0.3,
    ),
    # False abstention on an answerable question; retrieval missed.
    _record(
        id="r3",
        abstained=True,
        answers=("Neil Armstrong",),
        evidence=((400, 414),),
        retrieved=((0, 100),),
        latency_s=0.5,
        retrieval_s=0.1,
        generation_s=0.3,
        grounding_s=0.1,
    ),
    # Correct abstention; its citation is ignored because the question is unanswerable.
    _record(
        id="r4",
        type="unanswerable",
        answerable=False,
        abstained=True,
        retrieved=((0, 10),),
        citations=((0, 10, "whatever"),),
        latency_s=3.0,
        retrieval_s=0.3,
        generation_s=2.5,
        grounding_s=0.2,
    ),
]


def test_question_scores() -> None:
    assert question_scores(RECORDS[2]) == AnswerScores(0.0, 0.0, 0.0)
    assert question_scores(RECORDS[3]) == AnswerScores(1.0, 1.0, 1.0)
    assert question_scores(_record(answerable=False, prediction="x")) == AnswerScores(0, 0, 0)


def test_citation_aggregates() -> None:
    assert citation_precision(RECORDS) == pytest.approx(1 / 3)
    assert citation_recall(RECORDS) == pytest.approx(0.5)
    assert citation_precision(RECORDS[2:]) is None
    assert citation_recall(RECORDS[2:]) is None


def test_summarize_every_key() -> None:
    expected = {
        "n": 4,
        "n_answerable": 3,
        "n_unanswerable": 1,
        "answerable_em": 1 / 3,  # (0 + 1 + 0) / 3
        "answerable_f1": 0.6,  # (0.8 + 1 + 0) / 3
        "answerable_containment": 2 / 3,  # (1 + 1 + 0) / 3
        "unanswerable_abstention": 1.0,
        "overall_em": 0.5,  # (0 + 1 + 0 + 1) / 4
        "overall_f1": 0.7,  # (0.8 + 1 + 0 + 1) / 4
        "abstention_precision": 0.5,  # r4 correct, r3 false
        "abstention_recall": 1.0,
        "false_abstention_rate": 1 / 3,
        "recall_at_1": 1 / 3,  # (0 + 1 + 0) / 3
        "recall_at_3": 2 / 3,
        "recall_at_5": 2 / 3,
        "mrr": 0.5,  # (1/2 + 1 + 0) / 3
        "ndcg_at_5": (INV_LOG2_3 + 1.0 + 0.0) / 3,
        "citation_precision": 1 / 3,  # supporting: r1's first citation only
        "citation_recall": 0.5,  # r1 yes, r2 no
        "quote_exactness": 0.75,
        "latency_p50": 1.5,  # sorted [0.5, 1, 2, 3]
        "latency_p95": 2.85,
        "retrieval_p50": 0.15,  # sorted [0.1, 0.1, 0.2, 0.3]
        "generation_p50": 1.15,  # sorted [0.3, 0.8, 1.5, 2.5]
        "grounding_p50": 0.15,
    }
    summary = summarize(RECORDS)
    assert set(summary) == set(expected)
    for key, value in expected.items():
        assert summary[key] == pytest.approx(value), key
    assert isinstance(summary["n"], int)


def test_summarize_empty_and_degenerate() -> None:
    empty = summarize([])
    assert (empty["n"], empty["n_answerable"], empty["n_unanswerable"]) == (0, 0, 0)
    assert all(v is None for k, v in empty.items() if not k.startswith("n"))

    only_unanswerable = summarize([RECORDS[3]])
    assert only_unanswerable["answerable_em"] is None
    assert only_unanswerable["recall_at_5"] is None
    assert only_unanswerable["overall_em"] == 1.0
    assert only_unanswerable["false_abstention_rate"] is None
    assert only_unanswerable["latency_p95"] == pytest.approx(3.0)
