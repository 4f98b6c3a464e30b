"""The evaluation runner: gold questions through the public API, metrics, and report files."""

from __future__ import annotations

import functools
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from evals.gold import GoldItem, load_gold, select
from evals.metrics import QuestionRecord, question_scores, summarize
from evals.squad import collection_name, load_squad
from ingest.api import bundled_article, ingest_document, store_for
from ingest.load import Document, load_file, text_document
from ingest.settings import DEFAULT_COLLECTION, Settings
from retriever.answer import Answer, Citation, Pipeline

GOLD_DIR = Path(__file__).parent / "gold"
DEFAULT_GOLD = GOLD_DIR / "article.jsonl"

AskFn = Callable[[str, Sequence[tuple[str, str]]], Answer]  # question, earlier chat turns


@dataclass(frozen=True)
class GoldSet:
    """Gold questions together with the document they are about and its collection."""

    name: str
    document: Document
    collection: str
    items: tuple[GoldItem, ...]


def gold_sets(path: Path, collection: str | None = None) -> list[GoldSet]:
    """The gold sets in `path`: our JSON-lines format or a SQuAD v2.0 file. A JSON-lines file is
    about docs/<name>.txt beside it, where <name> is its name up to the first dot (so
    "zlib-how.followups.jsonl" asks about docs/zlib-how.txt); "article*.jsonl" in the bundled gold
    folder is about the bundled article."""
    if path.suffix == ".json":
        return [
            GoldSet(a.title, text_document(a.text, a.title), collection_name(a.title), a.items)
            for a in load_squad(path)
        ]
    items = tuple(load_gold(path))
    name = path.name.split(".")[0]
    if path.parent.resolve() == GOLD_DIR.resolve() and name == DEFAULT_GOLD.stem:
        return [GoldSet(path.stem, bundled_article(), collection or DEFAULT_COLLECTION, items)]
    document = load_file(path.parent / "docs" / f"{name}.txt")
    return [GoldSet(path.stem, document, collection or f"gold-{name}"[:60], items)]


def record_of(
    item: GoldItem, answer: Answer, document: Document, text_of: Callable[[str], str] | None = None
) -> QuestionRecord:
    """Score-ready record of one answer; quotes are checked against the stored document text.

    In a collection shared with other articles, a span of another document (whose text
    `text_of(doc_id)` gives) is never gold evidence, and its quote supports nothing.
    """

    def ours(c: Citation) -> bool:
        return c.doc_id == document.doc_id

    def exact(c: Citation) -> bool:
        text = document.text if ours(c) else text_of(c.doc_id) if text_of else ""
        return c.quote == text[c.start : c.end]

    t = answer.timings
    return QuestionRecord(
        id=item.id,
        type=item.type,
        answerable=item.answerable,
        prediction="" if answer.abstained else answer.text,
        abstained=answer.abstained,
        answers=item.answers,
        evidence=item.evidence,
        retrieved=tuple((c.start, c.end) if ours(c) else _ELSEWHERE for c in answer.passages),
        citations=tuple((c.start, c.end, c.quote) if ours(c) else (*_ELSEWHERE, "") for c in answer.citations),
        quote_exact=all(exact(c) for c in [*answer.citations, *answer.passages]),
        latency_s=t.get("total", 0.0),
        retrieval_s=t.get("retrieval", 0.0),
        generation_s=t.get("generation", 0.0),
        grounding_s=t.get("grounding", 0.0),
    )


_ELSEWHERE = (-1, -1)  # the span given to a passage of another document: it overlaps no gold span


def evaluate(
    ask: AskFn,
    gold: GoldSet,
    items: Sequence[GoldItem],
    label: str,
    text_of: Callable[[str], str] | None = None,
) -> list[tuple[QuestionRecord, Answer]]:
    """Ask every question once, with a progress bar on stderr."""
    from tqdm import tqdm

    out = []
    for item in tqdm(items, desc=f"{label}: {gold.name}", unit="q", disable=None, file=sys.stderr):
        answer = ask(item.question, item.history)
        out.append((record_of(item, answer, gold.document, text_of), answer))
    return out


def run_eval(
    settings: Settings,
    gold_path: Path = DEFAULT_GOLD,
    *,
    collection: str | None = None,
    limit: int | None = None,
    split: str | None = None,
    out_dir: Path = Path("evals/out"),
    baseline: bool = False,
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """Evaluate our pipeline (and optionally the baseline) and write report.json, report.md, report.png."""
    pipeline = pipeline or Pipeline(settings)
    store = store_for(settings)
    systems: dict[str, list[tuple[QuestionRecord, Answer]]] = {"articleqa": []}
    if baseline:
        systems["baseline"] = []
    for gold in gold_sets(gold_path, collection):
        items = select(list(gold.items), split, limit)
        ingest_document(gold.document, gold.collection, settings=settings, store=store, embedder=pipeline.embedder)
        pipeline.ask("warm-up question", gold.collection)  # loads models; not measured
        systems["articleqa"] += evaluate(
            functools.partial(_ask_in, pipeline, gold.collection),
            gold,
            items,
            "articleqa",
            functools.partial(pipeline.document_text, gold.collection),
        )
        if baseline:
            from evals.baseline import BaselinePipeline

            base = BaselinePipeline(
                gold.document.text, gold.document.source, pipeline.llm, pipeline.embedder, out_dir / "baseline-store"
            )
            base.ask("warm-up question")
            # The tutorial pipeline has no chat memory: it gets the follow-up question alone.
            systems["baseline"] += evaluate(_without_history(base.ask), gold, items, "baseline")
    report = {
        "gold": str(gold_path),
        "split": split or "all",
        "limit": limit,
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
        "summary": {name: summarize([r for r, _ in rows]) for name, rows in systems.items()},
        "by_type": {name: _by_type([r for r, _ in rows]) for name, rows in systems.items()},
        "questions": {name: [_row(r, a) for r, a in rows] for name, rows in systems.items()},
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    (out_dir / "report.md").write_text(markdown_report(report, systems), encoding="utf-8")
    from evals.plot import plot_report

    plot_report(report, out_dir / "report.png")
    return report


def _ask_in(pipeline: Pipeline, collection: str, question: str, history: Sequence[tuple[str, str]]) -> Answer:
    return pipeline.ask(question, collection, history)


def _without_history(ask: Callable[[str], Answer]) -> AskFn:
    return lambda question, _history: ask(question)


def _by_type(records: list[QuestionRecord]) -> dict[str, dict[str, float | int | None]]:
    types = sorted({r.type for r in records})
    return {t: summarize([r for r in records if r.type == t]) for t in types}


def _row(record: QuestionRecord, answer: Answer) -> dict[str, Any]:
    scores = question_scores(record)
    return {
        **asdict(record),
        "question": answer.question,
        "standalone_question": answer.standalone_question,
        "text": answer.text,
        "reason": answer.reason,
        **asdict(scores),
    }


METRIC_ROWS = [
    ("answerable_containment", "answerable: answer containment", True),
    ("answerable_f1", "answerable: token F1", True),
    ("answerable_em", "answerable: exact match", True),
    ("unanswerable_abstention", "unanswerable: correct abstention", True),
    ("false_abstention_rate", "answerable: false abstention", False),
    ("abstention_precision", "abstention precision", True),
    ("overall_f1", "overall F1", True),
    ("overall_em", "overall EM", True),
    ("citation_precision", "citation precision", True),
    ("citation_recall", "citation recall", True),
    ("quote_exactness", "quote exactness", True),
    ("recall_at_1", "retrieval recall@1", True),
    ("recall_at_3", "retrieval recall@3", True),
    ("recall_at_5", "retrieval recall@5", True),
    ("mrr", "retrieval MRR", True),
    ("ndcg_at_5", "retrieval nDCG@5", True),
    ("latency_p50", "latency p50 (s)", False),
    ("latency_p95", "latency p95 (s)", False),
    ("retrieval_p50", "retrieval p50 (s)", False),
    ("generation_p50", "generation p50 (s)", False),
    ("grounding_p50", "grounding p50 (s)", False),
]
_PERCENT = {"latency_p50", "latency_p95", "retrieval_p50", "generation_p50", "grounding_p50"}


def fmt(key: str, value: float | int | None) -> str:
    """A metric as printed in reports: percentages for rates, seconds for latencies."""
    if value is None:
        return "n/a"
    if key in _PERCENT:
        return f"{value:.3f}"
    if key == "answerable_f1" or key == "overall_f1":
        return f"{100 * value:.1f}"
    return f"{100 * value:.1f}%"


def markdown_report(report: dict[str, Any], systems: dict[str, list[tuple[QuestionRecord, Answer]]]) -> str:
    """The report as Markdown: a metric table (a column per system) and the worst misses."""
    names = list(report["summary"])
    first = report["summary"][names[0]]
    lines = [
        f"# articleqa evaluation — {report['gold']} (split: {report['split']})",
        "",
        f"{first['n']} questions ({first['n_answerable']} answerable, {first['n_unanswerable']} unanswerable); "
        f"run {report['date']}.",
        "",
        "| metric | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for key, label, _ in METRIC_ROWS:
        lines.append(f"| {label} | " + " | ".join(fmt(key, report["summary"][n].get(key)) for n in names) + " |")
    lines += [
        "",
        "## By question type (articleqa)",
        "",
        "| type | n | containment / abstention | F1 |",
        "|---|---|---|---|",
    ]
    for qtype, s in report["by_type"]["articleqa"].items():
        main = s["unanswerable_abstention"] if qtype == "unanswerable" else s["answerable_containment"]
        lines.append(f"| {qtype} | {s['n']} | {fmt('x', main)} | {fmt('answerable_f1', s['answerable_f1'])} |")
    lines += [
        "",
        "## Why it abstained (articleqa)",
        "",
        "| reason | unanswerable (right) | answerable (wrong) |",
        "|---|---|---|",
    ]
    for reason, (right, wrong) in abstentions_by_reason(systems["articleqa"]).items():
        lines.append(f"| {reason} | {right} | {wrong} |")
    lines += ["", "## Worst misses (articleqa)", ""]
    for record, answer in worst_misses(systems["articleqa"], 10):
        expected = " / ".join(record.answers) if record.answerable else "(not in the article: abstain)"
        lines.append(f"- **{record.id}** {answer.question}  ")
        if answer.standalone_question != answer.question:
            lines.append(f"  asked as: {answer.standalone_question}  ")
        lines.append(f"  expected: {expected}  ")
        lines.append(f"  got: {answer.text} {answer.reason}".rstrip() + "  ")
        for c in answer.citations:
            lines.append(f"  cited [{c.start}:{c.end}]: “{c.quote}”  ")
    return "\n".join(lines) + "\n"


_QUOTED_WORD = re.compile(r"\u201c[^\u201d]*\u201d")


def abstentions_by_reason(rows: list[tuple[QuestionRecord, Answer]]) -> dict[str, tuple[int, int]]:
    """How often each reason for abstaining was given, on unanswerable and on answerable questions
    (most frequent first); the words a reason quotes are left out ("never mentions “…”")."""
    counts: dict[str, list[int]] = {}
    for record, answer in rows:
        if record.abstained:
            reason = _QUOTED_WORD.sub("\u201c\u2026\u201d", answer.reason) or "(none given)"
            counts.setdefault(reason, [0, 0])[record.answerable] += 1
    ordered = sorted(counts.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    return {reason: (right, wrong) for reason, (right, wrong) in ordered}


def worst_misses(rows: list[tuple[QuestionRecord, Answer]], n: int) -> list[tuple[QuestionRecord, Answer]]:
    """The `n` questions scored worst (lowest F1 first; wrong answers before false abstentions)."""
    misses = [(r, a) for r, a in rows if question_scores(r).f1 < 1.0]
    misses.sort(key=lambda ra: (question_scores(ra[0]).f1, ra[0].abstained, ra[0].id))
    return misses[:n]
