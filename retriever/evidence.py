"""Evidence at sentence granularity: the sentences of the retrieved chunks, ranked for a question."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ingest.chunk import Chunk, sentence_spans
from ingest.embed import Embedder
from retriever.bm25 import tokenize
from retriever.search import Hit

# Weights of the sentence score; chosen on the dev split of the bundled gold set.
LEXICAL_WEIGHT = 0.35
RANK_WEIGHT = 0.15


@dataclass(frozen=True)
class Sentence:
    """One candidate evidence sentence, with offsets into its document's text."""

    chunk: Chunk
    start: int
    end: int
    text: str
    score: float
    similarity: float  # cosine similarity to the question
    coverage: float  # share of the question's content words found in the sentence


def split_hits(hits: list[Hit]) -> list[tuple[Hit, int, int, str]]:
    """Every sentence of the retrieved chunks as (hit, start, end, text), absolute offsets."""
    out = []
    for hit in hits:
        chunk = hit.chunk
        for s, e in sentence_spans(chunk.text):
            out.append((hit, chunk.start + s, chunk.start + e, chunk.text[s:e]))
    return out


def coverage(question_terms: set[str], text: str) -> float:
    """Share of `question_terms` that occur in `text` (1.0 for a question with no content words)."""
    if not question_terms:
        return 1.0
    return len(question_terms & set(tokenize(text))) / len(question_terms)


def rank_sentences(question: str, hits: list[Hit], embedder: Embedder, query_vector: list[float]) -> list[Sentence]:
    """Sentences of `hits`, best first: embedding similarity plus word overlap plus a chunk-rank prior."""
    candidates = split_hits(hits)
    if not candidates:
        return []
    vectors = embedder.encode([text for _, _, _, text in candidates])
    similarities = vectors @ np.asarray(query_vector, dtype=vectors.dtype)
    terms = set(tokenize(question))
    rank_of = {h.chunk.chunk_id: i for i, h in enumerate(hits)}
    ranked = []
    for (hit, start, end, text), similarity in zip(candidates, similarities, strict=True):
        cover = coverage(terms, text)
        prior = 1.0 / (1 + rank_of[hit.chunk.chunk_id])
        score = float(similarity) + LEXICAL_WEIGHT * cover + RANK_WEIGHT * prior
        ranked.append(Sentence(hit.chunk, start, end, text, score, float(similarity), cover))
    ranked.sort(key=lambda s: -s.score)
    return ranked


def evidence_for(ranked: list[Sentence], most: int, has_kind: Callable[[str], bool]) -> list[Sentence]:
    """The sentences the reader gets: the best one, plus the next ones up to the first holding an answer of
    the expected kind (a number for "how many", a date for "when"); fewer distractors help a small model."""
    chosen = ranked[:1]
    for sentence in ranked[1:most]:
        if any(has_kind(s.text) for s in chosen):
            break
        chosen.append(sentence)
    return chosen


def context_of(sentences: list[Sentence]) -> str:
    """The evidence as the model reads it: sentences in document order, one paragraph."""
    ordered = sorted(sentences, key=lambda s: (s.chunk.doc_id, s.start))
    return " ".join(s.text for s in ordered)
