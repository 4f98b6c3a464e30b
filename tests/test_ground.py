"""Grounding rules that need no model: when a sentence says "no" to a yes/no question."""

from __future__ import annotations

import pytest

from ingest.api import ingest_text
from retriever.answer import Pipeline
from retriever.ground import denies


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("Is the operator user still created by default?", "The operator user is no longer created by default.", True),
        ("Is Majordomo installed on new systems?", "It is not installed on new systems.", True),
        ("Can the group mount disks?", "Members of this group can't mount disks.", True),
        # Nothing negated, or the negation is the question's own: the reader decides.
        ("Is CECOT an old prison?", "CECOT is a newly built prison.", False),
        ("Is he willing to take people not convicted?", "He will only take convicted criminals.", False),
        # A negation about something else.
        ("Did Rubio thank Bukele?", "No country has ever made such an offer of friendship.", False),
    ],
)
def test_denies(question: str, sentence: str, expected: bool) -> None:
    assert denies(question, sentence) is expected


def test_a_denying_sentence_answers_no_and_is_cited(pipeline: Pipeline) -> None:
    text = "The harbour ferry no longer runs on Sundays. It was built in 1950."
    ingest_text(text, source="ferry.txt", collection="ferry", store=pipeline.store, embedder=pipeline.embedder)
    answer = pipeline.ask("Does the harbour ferry run on Sundays?", collection="ferry")
    assert answer.text == "No." and not answer.abstained
    assert [c.quote for c in answer.citations] == ["The harbour ferry no longer runs on Sundays."]
