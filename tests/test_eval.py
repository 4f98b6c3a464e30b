"""The evaluation runner end to end on a small slice, through the public API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.gold import GoldItem, load_gold
from evals.metrics import citation_precision
from evals.run import DEFAULT_GOLD, GOLD_DIR, gold_sets, record_of, run_eval
from ingest.load import Document, text_document
from ingest.settings import Settings
from retriever.answer import Answer, Citation, Pipeline


def test_eval_writes_reports_for_a_five_question_slice(
    pipeline: Pipeline, session_settings: Settings, tmp_path: Path
) -> None:
    report = run_eval(session_settings, DEFAULT_GOLD, limit=5, split="dev", out_dir=tmp_path, pipeline=pipeline)
    summary = report["summary"]["articleqa"]
    assert summary["n"] == 5
    assert summary["quote_exactness"] == 1.0
    assert len(report["questions"]["articleqa"]) == 5
    assert json.loads((tmp_path / "report.json").read_text("utf-8"))["summary"] == report["summary"]
    markdown = (tmp_path / "report.md").read_text("utf-8")
    assert "| answerable: answer containment |" in markdown and "## Worst misses (articleqa)" in markdown
    reasons = {row["reason"] for row in report["questions"]["articleqa"] if row["abstained"]}
    assert "" not in reasons  # every abstention says why, and the report counts the reasons
    assert all(f"| {reason} |" in markdown for reason in reasons if "\u201c" not in reason)
    png = (tmp_path / "report.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


@pytest.mark.parametrize(
    "name", ["debian-python-policy", "users-and-groups", "zlib-how", "python-unicode-howto", "python-logging-howto"]
)
def test_gold_sets_pair_each_file_with_its_document(name: str) -> None:
    [article] = gold_sets(DEFAULT_GOLD)
    assert (article.name, article.collection, article.document.source) == ("article", "article", "article.txt")
    [gold] = gold_sets(GOLD_DIR / f"{name}.jsonl")
    assert gold.collection == f"gold-{name}"
    # Loading must leave the gold document as written, or the evidence offsets would drift.
    assert gold.document.text == (GOLD_DIR / "docs" / f"{name}.txt").read_text("utf-8")
    for item in gold.items:
        for start, end in item.evidence:
            assert gold.document.text[start:end].strip() == gold.document.text[start:end]


def test_a_follow_up_gold_item_is_asked_in_its_chat(
    pipeline: Pipeline, session_settings: Settings, tmp_path: Path
) -> None:
    # "it" means the ferry only with the chat before it; the report shows the question as it was searched.
    (tmp_path / "docs").mkdir()
    text = "The harbour ferry leaves the north pier every hour. The ferry was built in 1950 in Bergen."
    (tmp_path / "docs" / "ferry.txt").write_text(text, "utf-8")
    row = {
        "id": "f1",
        "question": "When was it built?",
        "answers": ["1950"],
        "answerable": True,
        "evidence": [[text.index("The ferry"), len(text)]],
        "type": "pronoun",
        "history": [["Where does the harbour ferry leave from?", "the north pier"]],
    }
    gold = tmp_path / "ferry.followups.jsonl"
    gold.write_text(json.dumps(row) + "\n", "utf-8")
    report = run_eval(session_settings, gold, out_dir=tmp_path / "out", pipeline=pipeline)
    [question] = report["questions"]["articleqa"]
    assert question["standalone_question"] == "When was the harbour ferry built?"
    assert question["text"] == "1950" and report["summary"]["articleqa"]["answerable_containment"] == 1.0


def test_follow_up_gold_sets_ask_about_their_documents_in_a_chat() -> None:
    [article] = gold_sets(GOLD_DIR / "article.followups.jsonl")
    [policy] = gold_sets(GOLD_DIR / "debian-python-policy.followups.jsonl")
    assert (article.collection, article.document.source) == ("article", "article.txt")
    assert policy.collection == "gold-debian-python-policy"
    for gold in (article, policy):
        assert len(gold.items) >= 30 and all(item.history for item in gold.items)
        assert 3 * sum(not item.answerable for item in gold.items) >= len(gold.items)
        for item in gold.items:
            for start, end in item.evidence:
                assert gold.document.text[start:end].strip() == gold.document.text[start:end]


def test_gold_split_is_balanced_and_large_enough() -> None:
    items = load_gold(DEFAULT_GOLD)
    assert len(items) >= 80
    assert sum(not i.answerable for i in items) >= 25
    assert {i.split for i in items} == {"dev", "test"}
    assert len(load_gold(GOLD_DIR / "debian-python-policy.jsonl")) >= 40
    for name in ("users-and-groups", "zlib-how", "python-unicode-howto", "python-logging-howto"):
        tuning = load_gold(GOLD_DIR / f"{name}.jsonl")
        assert len(tuning) >= 40 and {i.split for i in tuning} == {"dev"}


def test_a_passage_of_another_article_in_a_shared_collection_is_no_gold_evidence() -> None:
    # Two articles in one collection: a citation of the other one at the gold offsets is not the gold
    # evidence, and its quote is checked against its own document's text.
    gold_doc, other = (
        text_document("The bridge opened in 1932.", "a.txt"),
        text_document("The tower fell in 1932.", "b.txt"),
    )
    item = GoldItem("q1", "When did the bridge open?", ("1932",), True, ((0, 26),), "date", "dev")

    def answer(doc: Document) -> Answer:
        cite = Citation(doc.source, doc.doc_id, "c0", 0, len(doc.text), doc.text)
        return Answer(item.question, "1932", False, citations=[cite], passages=[cite])

    texts = {d.doc_id: d.text for d in (gold_doc, other)}
    ours, theirs = (record_of(item, answer(d), gold_doc, texts.__getitem__) for d in (gold_doc, other))
    assert ours.retrieved == ((0, 26),) and theirs.retrieved == ((-1, -1),)
    assert citation_precision([ours]) == 1.0 and citation_precision([theirs]) == 0.0
    assert ours.quote_exact and theirs.quote_exact
    assert not record_of(item, answer(other), gold_doc).quote_exact  # the other text unknown: not checked as exact
