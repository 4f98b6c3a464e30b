"""Pure evaluation metrics: answers, retrieval, citations, abstention and latency.

Spans everywhere are half-open character ranges [start, end) into the source document.
Two spans overlap when they share at least one character: max(s1, s2) < min(e1, e2).
"""

import math
import re
import string
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

Span = tuple[int, int]
Citation = tuple[int, int, str]

# Copied from the official SQuAD v2.0 evaluate-v2.0.py so scores are comparable with it.
_ARTICLES = re.compile(r"\b(a|an|the)\b", re.UNICODE)
_PUNCTUATION = frozenset(string.punctuation)
_YES_NO = frozenset({"yes", "no"})


@dataclass(frozen=True)
class AnswerScores:
    """Per-question answer scores, each in [0, 1]."""

    em: float
    f1: float
    containment: float


@dataclass(frozen=True)
class QuestionRecord:
    """Everything the runner observed for one gold question, as input to summarize()."""

    id: str
    type: str
    answerable: bool
    prediction: str
    abstained: bool
    answers: tuple[str, ...]
    evidence: tuple[Span, ...]
    retrieved: tuple[Span, ...]
    citations: tuple[Citation, ...]
    quote_exact: bool
    latency_s: float
    retrieval_s: float
    generation_s: float
    grounding_s: float


class AbstentionRecord(Protocol):
    """Anything with the two flags abstention scoring needs (e.g. QuestionRecord)."""

    @property
    def answerable(self) -> bool: ...

    @property
    def abstained(self) -> bool: ...


# ---------------------------------------------------------------------------
# Answer metrics


def normalize_answer(s: str) -> str:
    """SQuAD v2.0 normalize_answer: lowercase, drop punctuation/articles, squash spaces.

    Exactly the official steps, in order: lower(); remove chars in string.punctuation
    (ASCII only, so curly quotes survive); replace the whole words a/an/the by a space;
    join str.split() with single spaces.
    """
    lowered = s.lower()
    no_punct = "".join(ch for ch in lowered if ch not in _PUNCTUATION)
    no_articles = _ARTICLES.sub(" ", no_punct)
    return " ".join(no_articles.split())


def _tokens(s: str) -> list[str]:
    return normalize_answer(s).split()


def _scoring_golds(answers: Sequence[str]) -> list[str]:
    # As in the official script: golds that normalise to nothing are dropped, and an
    # empty gold list means "no answer", represented by the empty string.
    golds = [a for a in answers if normalize_answer(a)]
    return golds or [""]


def exact_match(prediction: str, answers: Sequence[str]) -> float:
    """Max over answers of [normalize_answer(prediction) == normalize_answer(answer)].

    As in SQuAD v2.0, answers normalising to "" are ignored; with none left the score
    is 1.0 iff the prediction normalises to "". The runner scores abstention separately
    (see question_scores), so that empty-gold case only mirrors the official script.
    """
    pred = normalize_answer(prediction)
    return max(float(pred == normalize_answer(gold)) for gold in _scoring_golds(answers))


def _f1_single(pred_tokens: list[str], gold_tokens: list[str]) -> float:
    if not pred_tokens or not gold_tokens:
        return float(pred_tokens == gold_tokens)
    same = sum((Counter(pred_tokens) & Counter(gold_tokens)).values())
    if same == 0:
        return 0.0
    precision = same / len(pred_tokens)
    recall = same / len(gold_tokens)
    return 2 * precision * recall / (precision + recall)


def token_f1(prediction: str, answers: Sequence[str]) -> float:
    """SQuAD v2.0 token F1, max over answers.

    Tokens = normalize_answer(s).split(); c = size of the multiset intersection of
    prediction and gold tokens; P = c / |pred|, R = c / |gold|, F1 = 2PR / (P + R),
    0.0 if c = 0. If either side has no tokens: 1.0 iff both have none. Empty-gold
    handling as in exact_match.
    """
    pred = _tokens(prediction)
    return max(_f1_single(pred, _tokens(gold)) for gold in _scoring_golds(answers))


def _contains_tokens(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    width = len(needle)
    if width == 0:
        return False
    return any(list(haystack[i : i + width]) == list(needle) for i in range(len(haystack) - width + 1))


def contains_answer(prediction: str, answers: Sequence[str]) -> float:
    """1.0 if some answer's tokens occur contiguously in the prediction's, else 0.0.

    Tokens as in token_f1, so containment respects word boundaries: "40 000 prisoners"
    contains "40 000" but "Panamanian" does not contain "Panama". Answers normalising to
    "" never match, so an empty answer list scores 0.0.
    """
    pred = _tokens(prediction)
    return float(any(_contains_tokens(pred, _tokens(gold)) for gold in answers))


def is_yes_no(answers: Sequence[str]) -> bool:
    """True if the first gold answer normalises to exactly "yes" or "no"."""
    return bool(answers) and normalize_answer(answers[0]) in _YES_NO


def answer_scores(prediction: str, answers: Sequence[str]) -> AnswerScores:
    """EM, F1 and containment of one prediction; yes/no items compare the first token.

    For yes/no items (is_yes_no(answers)) all three scores are 1.0 if the first token
    of normalize_answer(prediction) equals normalize_answer(answers[0]), else 0.0, so
    "Yes, because ..." is a correct "yes" and later answers (supporting phrases) are
    ignored. Otherwise: exact_match, token_f1 and contains_answer.
    """
    if is_yes_no(answers):
        pred = _tokens(prediction)
        hit = float(bool(pred) and pred[0] == normalize_answer(answers[0]))
        return AnswerScores(em=hit, f1=hit, containment=hit)
    return AnswerScores(
        em=exact_match(prediction, answers),
        f1=token_f1(prediction, answers),
        containment=contains_answer(prediction, answers),
    )


# ---------------------------------------------------------------------------
# Retrieval metrics


def spans_overlap(a: Span, b: Span) -> bool:
    """True if spans a and b share at least one character: max(a0, b0) < min(a1, b1)."""
    return max(a[0], b[0]) < min(a[1], b[1])


def _is_relevant(span: Span, evidence: Sequence[Span]) -> bool:
    return any(spans_overlap(span, gold) for gold in evidence)


def _check_k_and_evidence(k: int, evidence: Sequence[Span]) -> None:
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    # Without gold evidence recall/nDCG are undefined; callers filter such questions.
    if not evidence:
        raise ValueError("evidence must contain at least one gold span")


def recall_at_k(retrieved: Sequence[Span], evidence: Sequence[Span], k: int) -> float:
    """Share of gold evidence spans overlapped by at least one top-k retrieved span.

    recall@k = |{g in evidence : some r in retrieved[:k] overlaps g}| / |evidence|.
    Raises ValueError if evidence is empty or k < 1.
    """
    _check_k_and_evidence(k, evidence)
    top = retrieved[:k]
    found = sum(1 for gold in evidence if any(spans_overlap(span, gold) for span in top))
    return found / len(evidence)


def reciprocal_rank(retrieved: Sequence[Span], evidence: Sequence[Span]) -> float:
    """1/r for the first (1-based) rank r overlapping any evidence span; 0.0 if none."""
    for rank, span in enumerate(retrieved, start=1):
        if _is_relevant(span, evidence):
            return 1.0 / rank
    return 0.0


def ndcg_at_k(retrieved: Sequence[Span], evidence: Sequence[Span], k: int) -> float:
    """nDCG@k with binary gains, counted against gold evidence spans.

    DCG = sum_{i=1..k} rel_i / log2(i + 1), where rel_i = 1 if retrieved[i-1] overlaps
    some gold span that no higher-ranked retrieved span (ranks 1..i-1) overlaps, else 0.
    IDCG = sum_{i=1..min(k, |evidence|)} 1 / log2(i + 1); nDCG@k = DCG / IDCG.
    Crediting each gold span once keeps nDCG in [0, 1] when one evidence span is split
    over several chunks; with one chunk per gold span it is plain binary relevance.
    Raises ValueError if evidence is empty or k < 1.
    """
    _check_k_and_evidence(k, evidence)
    covered = [False] * len(evidence)
    dcg = 0.0
    for i, span in enumerate(retrieved[:k], start=1):
        new = [j for j, gold in enumerate(evidence) if not covered[j] and spans_overlap(span, gold)]
        if new:
            dcg += 1.0 / math.log2(i + 1)
            for j in new:
                covered[j] = True
    idcg = sum(1.0 / math.log2(i + 1) for i in range(1, min(k, len(evidence)) + 1))
    return dcg / idcg


# ---------------------------------------------------------------------------
# Citation metrics


def citation_supports(cite_span: Span, quote: str, evidence: Sequence[Span], answers: Sequence[str]) -> bool:
    """True if cite_span overlaps a gold evidence span or the quote contains an answer.

    Containment is on normalised token sequences as in contains_answer. Answers that
    normalise to "yes" or "no" never count by containment (too many quotes contain
    them); supporting phrases listed after them still do.
    """
    if _is_relevant(cite_span, evidence):
        return True
    quote_tokens = _tokens(quote)
    return any(
        _contains_tokens(quote_tokens, _tokens(gold)) for gold in answers if normalize_answer(gold) not in _YES_NO
    )


def _answered_answerable(records: Iterable[QuestionRecord]) -> list[QuestionRecord]:
    return [r for r in records if r.answerable and not r.abstained]


def _supporting(record: QuestionRecord) -> list[bool]:
    return [
        citation_supports((start, end), quote, record.evidence, record.answers)
        for start, end, quote in record.citations
    ]


def citation_precision(records: Sequence[QuestionRecord]) -> float | None:
    """Supporting / all citations, pooled over answered answerable records.

    "Answered answerable" = answerable and not abstained; support per citation_supports.
    None if those records carry no citations.
    """
    flags = [ok for record in _answered_answerable(records) for ok in _supporting(record)]
    return sum(flags) / len(flags) if flags else None


def citation_recall(records: Sequence[QuestionRecord]) -> float | None:
    """Share of answered answerable records with at least one supporting citation.

    None if no record is answerable and not abstained.
    """
    answered = _answered_answerable(records)
    if not answered:
        return None
    return sum(1 for record in answered if any(_supporting(record))) / len(answered)


# ---------------------------------------------------------------------------
# Abstention metrics


def abstention_scores(
    records: Iterable[AbstentionRecord],
) -> dict[str, float | int | None]:
    """Precision/recall of abstaining as a detector of unanswerable questions.

    precision = correct abstentions (on unanswerable) / all abstentions;
    recall = correct abstentions / unanswerable questions;
    false_abstention_rate = abstentions on answerable / answerable questions.
    A rate whose denominator is 0 is None (not 0, so "no data" is not read as "bad").
    Also returns the counts abstentions, correct_abstentions, false_abstentions,
    answerable and unanswerable.
    """
    answerable = unanswerable = correct = false = 0
    for record in records:
        if record.answerable:
            answerable += 1
            false += int(record.abstained)
        else:
            unanswerable += 1
            correct += int(record.abstained)
    abstentions = correct + false
    return {
        "precision": _ratio(correct, abstentions),
        "recall": _ratio(correct, unanswerable),
        "false_abstention_rate": _ratio(false, answerable),
        "abstentions": abstentions,
        "correct_abstentions": correct,
        "false_abstentions": false,
        "answerable": answerable,
        "unanswerable": unanswerable,
    }


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


# ---------------------------------------------------------------------------
# Latency


def percentile(values: Sequence[float], q: float) -> float:
    """q-th percentile (q in 0..100) by linear interpolation, like numpy's default.

    With v sorted ascending, h = (n - 1) * q / 100 and j = floor(h):
    v[j] + (h - j) * (v[j + 1] - v[j]) (v[j] when j = n - 1).
    Raises ValueError on empty values or q outside [0, 100].
    """
    if not values:
        raise ValueError("percentile of an empty sequence")
    if not 0 <= q <= 100:
        raise ValueError(f"q must be in [0, 100], got {q}")
    ordered = sorted(values)
    h = (len(ordered) - 1) * q / 100
    lo = math.floor(h)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (h - lo) * (ordered[hi] - ordered[lo])


# ---------------------------------------------------------------------------
# Summary


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _maybe_percentile(values: Sequence[float], q: float) -> float | None:
    return percentile(values, q) if values else None


def question_scores(record: QuestionRecord) -> AnswerScores:
    """Per-question scores used by summarize, with abstention folded in.

    Answerable: answer_scores(prediction, answers), or all 0.0 if abstained.
    Unanswerable: all 1.0 if abstained, else all 0.0 (whatever the prediction).
    """
    if not record.answerable:
        hit = float(record.abstained)
        return AnswerScores(em=hit, f1=hit, containment=hit)
    if record.abstained:
        return AnswerScores(em=0.0, f1=0.0, containment=0.0)
    return answer_scores(record.prediction, record.answers)


def summarize(records: Sequence[QuestionRecord]) -> dict[str, float | int | None]:
    """Aggregate metrics over per-question records; a mean over zero items is None.

    n, n_answerable, n_unanswerable: counts.
    answerable_em/_f1/_containment: means of question_scores over answerable records
    (abstaining scores 0). overall_em/_f1: means of question_scores over all records
    (unanswerable: 1 if abstained else 0). unanswerable_abstention equals
    abstention_recall; abstention_precision/_recall and false_abstention_rate are from
    abstention_scores. recall_at_1/3/5, mrr, ndcg_at_5: means over answerable records
    with non-empty evidence (abstained ones included: retrieval still ran).
    citation_precision/_recall: see the functions of those names. quote_exactness:
    share of all records with quote_exact. latency_p50/_p95, retrieval_p50,
    generation_p50, grounding_p50: percentile() of the per-record seconds.
    """
    answerable = [r for r in records if r.answerable]
    # Paired by position, not id, so duplicate ids cannot silently drop records.
    scored = [(r, question_scores(r)) for r in records]
    answerable_scores = [s for r, s in scored if r.answerable]
    all_scores = [s for _, s in scored]
    with_evidence = [r for r in answerable if r.evidence]
    abstention = abstention_scores(records)

    return {
        "n": len(records),
        "n_answerable": len(answerable),
        "n_unanswerable": len(records) - len(answerable),
        "answerable_em": _mean([s.em for s in answerable_scores]),
        "answerable_f1": _mean([s.f1 for s in answerable_scores]),
        "answerable_containment": _mean([s.containment for s in answerable_scores]),
        "unanswerable_abstention": abstention["recall"],
        "overall_em": _mean([s.em for s in all_scores]),
        "overall_f1": _mean([s.f1 for s in all_scores]),
        "abstention_precision": abstention["precision"],
        "abstention_recall": abstention["recall"],
        "false_abstention_rate": abstention["false_abstention_rate"],
        "recall_at_1": _mean([recall_at_k(r.retrieved, r.evidence, 1) for r in with_evidence]),
        "recall_at_3": _mean([recall_at_k(r.retrieved, r.evidence, 3) for r in with_evidence]),
        "recall_at_5": _mean([recall_at_k(r.retrieved, r.evidence, 5) for r in with_evidence]),
        "mrr": _mean([reciprocal_rank(r.retrieved, r.evidence) for r in with_evidence]),
        "ndcg_at_5": _mean([ndcg_at_k(r.retrieved, r.evidence, 5) for r in with_evidence]),
        "citation_precision": citation_precision(records),
        "citation_recall": citation_recall(records),
        "quote_exactness": _mean([float(r.quote_exact) for r in records]),
        "latency_p50": _maybe_percentile([r.latency_s for r in records], 50),
        "latency_p95": _maybe_percentile([r.latency_s for r in records], 95),
        "retrieval_p50": _maybe_percentile([r.retrieval_s for r in records], 50),
        "generation_p50": _maybe_percentile([r.generation_s for r in records], 50),
        "grounding_p50": _maybe_percentile([r.grounding_s for r in records], 50),
    }
