"""Hybrid search: dense (Chroma) and BM25 rankings fused by reciprocal rank."""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever

from ingest.chunk import Chunk
from ingest.embed import Embedder
from ingest.store import Store
from retriever.bm25 import BM25, Vocabulary, identifiers, tokenize

RRF_K = 60  # the constant of Cormack et al. (2009); damps the weight of top ranks


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score and the evidence behind it."""

    chunk: Chunk
    score: float
    dense: float | None = None  # cosine similarity, when dense search found it
    lexical: float | None = None  # BM25 score, when BM25 found it


class _LexicalIndex:
    def __init__(self, chunks: list[Chunk]) -> None:
        self.chunks = chunks
        self.bm25 = BM25([tokenize(c.text) for c in chunks])
        self.vocabulary = _vocabulary(chunks, self.bm25)
        self._documents: dict[str, Vocabulary] = {}

    @functools.cached_property
    def _by_document(self) -> dict[str, list[Chunk]]:
        by_document: dict[str, list[Chunk]] = {}
        for chunk in self.chunks:
            by_document.setdefault(chunk.doc_id, []).append(chunk)
        return by_document

    def documents(self) -> list[str]:
        """The ids of the collection's documents, in the order the store lists their chunks."""
        return list(self._by_document)

    def document_chunks(self, doc_id: str) -> list[Chunk]:
        """One document's chunks (none for a document the collection does not hold)."""
        return self._by_document.get(doc_id, [])

    def document_vocabulary(self, doc_id: str) -> Vocabulary:
        """The vocabulary of one document's chunks, built on first use (the collection's, if it is the only one)."""
        if doc_id not in self._documents:
            chunks = self.document_chunks(doc_id)
            alone = len(chunks) == len(self.chunks)
            self._documents[doc_id] = (
                self.vocabulary if alone else _vocabulary(chunks, BM25([tokenize(c.text) for c in chunks]))
            )
        return self._documents[doc_id]


def _vocabulary(chunks: list[Chunk], bm25: BM25) -> Vocabulary:
    counts = {term: len(postings) for term, postings in bm25.postings.items()}
    return Vocabulary(counts.keys(), set().union(*(identifiers(c.text) for c in chunks)), counts)


class HybridSearcher:
    """Searches one store; BM25 indexes are rebuilt from the store when its revision changes."""

    def __init__(self, store: Store, embedder: Embedder, candidates: int = 20) -> None:
        self.store = store
        self.embedder = embedder
        self.candidates = candidates
        self._indexes: dict[str, tuple[str, _LexicalIndex]] = {}
        self._lock = threading.Lock()

    def lexical_index(self, collection: str) -> _LexicalIndex:
        """The BM25 index of `collection`, rebuilt only when the collection changed."""
        revision = self.store.revision(collection)
        with self._lock:
            cached = self._indexes.get(collection)
            if cached is None or cached[0] != revision:
                cached = (revision, _LexicalIndex(self.store.chunks(collection)))
                self._indexes[collection] = cached
            return cached[1]

    def vocabulary(self, collection: str, doc_id: str | None = None) -> Vocabulary:
        """The terms of the collection's chunks, or of one of its documents' (rebuilt with the BM25 index)."""
        index = self.lexical_index(collection)
        return index.vocabulary if doc_id is None else index.document_vocabulary(doc_id)

    def documents(self, collection: str) -> list[str]:
        """The ids of the collection's documents (from the BM25 index's copy of the store)."""
        return self.lexical_index(collection).documents()

    def document_chunks(self, collection: str, doc_id: str) -> list[Chunk]:
        """The chunks of one document of the collection (from the BM25 index's copy of the store)."""
        return self.lexical_index(collection).document_chunks(doc_id)

    def search(self, collection: str, query: str, k: int = 4, vector: list[float] | None = None) -> list[Hit]:
        """The `k` best chunks for `query` by reciprocal-rank fusion of dense and BM25 rankings."""
        vector = vector if vector is not None else self.embedder.embed_query(query)
        dense = self.store.dense_search(collection, vector, self.candidates)
        index = self.lexical_index(collection)
        lexical = [(index.chunks[i], s) for i, s in index.bm25.top(tokenize(query), self.candidates)]
        fused: dict[str, dict[str, Any]] = {}
        for rank, (chunk, similarity) in enumerate(dense, start=1):
            entry = fused.setdefault(chunk.chunk_id, {"chunk": chunk, "score": 0.0})
            entry["score"] += 1.0 / (RRF_K + rank)
            entry["dense"] = similarity
        for rank, (chunk, score) in enumerate(lexical, start=1):
            entry = fused.setdefault(chunk.chunk_id, {"chunk": chunk, "score": 0.0})
            entry["score"] += 1.0 / (RRF_K + rank)
            entry["lexical"] = score
        hits = [Hit(e["chunk"], e["score"], e.get("dense"), e.get("lexical")) for e in fused.values()]
        hits.sort(key=lambda h: (-h.score, h.chunk.doc_id, h.chunk.index))
        return hits[:k]


class HybridRetriever(BaseRetriever):
    """The hybrid search as a LangChain retriever, for use in any LangChain chain."""

    searcher: Any
    collection: str
    k: int = 4

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        return [
            LCDocument(
                page_content=h.chunk.text,
                id=h.chunk.chunk_id,
                metadata={
                    "source": h.chunk.source,
                    "doc_id": h.chunk.doc_id,
                    "start": h.chunk.start,
                    "end": h.chunk.end,
                    "score": h.score,
                },
            )
            for h in self.searcher.search(self.collection, query, self.k)
        ]
