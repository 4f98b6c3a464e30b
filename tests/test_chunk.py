"""Sentence splitting and chunking keep exact character offsets."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.chunk import chunk_document, sentence_spans
from ingest.load import Document, normalize_text


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_sentences_respect_abbreviations_initials_and_quotes() -> None:
    text = "Mr. Smith met J. Doe in the U.S. on Monday. “It went well,” he said. Then he left!\nNew line here"
    assert sentences(text) == [
        "Mr. Smith met J. Doe in the U.S. on Monday.",
        "“It went well,” he said.",
        "Then he left!",
        "New line here",
    ]


def test_decimal_numbers_do_not_end_sentences() -> None:
    assert sentences("Prices rose 3.5 percent. Wages did not.") == ["Prices rose 3.5 percent.", "Wages did not."]


def test_the_number_of_a_numbered_list_item_is_no_sentence() -> None:
    text = "It went in stages:\n5. If it is still there, a spectrum is taken. It was.\nWe counted to 5. Then we left."
    assert sentences(text) == [
        "It went in stages:",
        "If it is still there, a spectrum is taken.",
        "It was.",
        "We counted to 5.",
        "Then we left.",
    ]


def test_chunks_hold_whole_sentences_within_the_limit() -> None:
    doc = Document("s", "One two three. Four five six. Seven eight nine. Ten eleven twelve.")
    chunks = chunk_document(doc, max_chars=30)
    assert [c.text for c in chunks] == ["One two three. Four five six.", "Seven eight nine.", "Ten eleven twelve."]
    assert [c.index for c in chunks] == [0, 1, 2]
    assert chunks[0].chunk_id == f"{doc.doc_id}-00000"


def test_an_over_long_sentence_is_cut_at_word_boundaries() -> None:
    doc = Document("s", "alpha beta gamma delta epsilon zeta eta theta")
    chunks = chunk_document(doc, max_chars=12)
    assert [c.text for c in chunks] == ["alpha beta", "gamma delta", "epsilon zeta", "eta theta"]


_words = st.text(alphabet=st.sampled_from(list("abcXYZ .!?\n“”’,0123456789")), min_size=0, max_size=400)


@settings(max_examples=300, deadline=None)
@given(raw=_words, limit=st.integers(min_value=5, max_value=200))
def test_offsets_always_slice_the_source(raw: str, limit: int) -> None:
    text = normalize_text(raw)
    doc = Document("p", text)
    chunks = chunk_document(doc, max_chars=limit)
    previous_end = 0
    for chunk in chunks:
        assert text[chunk.start : chunk.end] == chunk.text
        assert chunk.start >= previous_end
        assert 0 < len(chunk.text) <= limit
        assert chunk.text == chunk.text.strip()
        previous_end = chunk.end
    covered = "".join(c.text for c in chunks)
    # no non-space character is lost, but the number that opens a numbered list's item ("5. If ...")
    listed = re.sub(r"(?m)^([^\S\n]*)\(?\d{1,3}[.)][^\S\n]+(?=\S)", r"\1", text)
    assert "".join(covered.split()) == "".join(listed.split())


@settings(max_examples=200, deadline=None)
@given(raw=st.text(max_size=300))
def test_normalisation_is_idempotent(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once
