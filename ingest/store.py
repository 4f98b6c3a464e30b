"""The Chroma store: chunks with their vectors, and the full normalised text of every document."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

from ingest.chunk import Chunk
from ingest.errors import CollectionError, StoreError
from ingest.load import Document

_PAGE = 5000
DOCUMENTS = "articleqa.documents"  # holds full texts; the "." keeps it apart from user names
_NAME = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_-]{1,58}[a-zA-Z0-9]$")


def check_collection_name(name: str) -> str:
    """Return `name` if it is a valid collection name, else raise `CollectionError` saying why."""
    if not _NAME.match(name or ""):
        raise CollectionError(
            f"invalid collection name {name!r}: use 3-60 letters, digits, '-' or '_', "
            "starting and ending with a letter or digit"
        )
    return name


@dataclass(frozen=True)
class DocumentInfo:
    """One stored document of a collection."""

    collection: str
    doc_id: str
    source: str
    chunks: int
    chars: int


@dataclass(frozen=True)
class CollectionInfo:
    """A collection with its document and chunk counts."""

    name: str
    documents: int
    chunks: int


class Store(Protocol):
    """What ingest and retrieval need from a vector store."""

    def collections(self) -> list[CollectionInfo]: ...
    def exists(self, collection: str) -> bool: ...
    def documents(self, collection: str) -> list[DocumentInfo]: ...
    def document(self, collection: str, doc_id: str) -> Document: ...
    def chunks(self, collection: str) -> list[Chunk]: ...
    def add(
        self, document: Document, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]], collection: str
    ) -> None: ...
    def delete_document(self, collection: str, doc_id: str) -> None: ...
    def delete_collection(self, collection: str) -> None: ...
    def dense_search(self, collection: str, vector: Sequence[float], k: int) -> list[tuple[Chunk, float]]: ...
    def revision(self, collection: str) -> str: ...


def chroma_settings() -> Any:
    """Chroma client settings with telemetry off."""
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def embedded_client(path: Path) -> Any:
    """A Chroma `PersistentClient` under `path`."""
    import chromadb

    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings())


def http_client(url: str) -> Any:
    """A Chroma `HttpClient` for a server at `url` (e.g. http://127.0.0.1:8000)."""
    import chromadb

    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise StoreError(f"invalid Chroma URL {url!r}; use http://HOST:PORT, e.g. http://127.0.0.1:8000")
    port = parsed.port or (443 if parsed.scheme == "https" else 8000)
    try:
        return chromadb.HttpClient(
            host=parsed.hostname, port=port, ssl=parsed.scheme == "https", settings=chroma_settings()
        )
    except Exception as exc:  # chromadb raises plain exceptions when the server is down
        raise StoreError(
            f"cannot reach the Chroma server at {url} ({exc}); start it with 'chroma run --path DIR --port {port}'"
        ) from exc


def _chunk_from(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    page = meta.get("page")
    return Chunk(
        doc_id=str(meta["doc_id"]),
        source=str(meta["source"]),
        index=int(meta["index"]),
        start=int(meta["start"]),
        end=int(meta["end"]),
        text=text,
        page=int(page) if page is not None else None,
    )


class ChromaStore:
    """The `Store` over one Chroma client, embedded or server."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def _names(self) -> list[str]:
        return sorted(c if isinstance(c, str) else c.name for c in self.client.list_collections())

    def _chunk_collection(self, name: str, create: bool = False) -> Any:
        if create:
            return self.client.get_or_create_collection(name, metadata={"hnsw:space": "cosine", "revision": "0"})
        if name not in self._names():
            raise CollectionError(f"no collection {name!r}; run 'articleqa ingest FILE --collection {name}' first")
        return self.client.get_collection(name)

    def _documents(self) -> Any:
        return self.client.get_or_create_collection(DOCUMENTS)

    def collections(self) -> list[CollectionInfo]:
        """Every user collection with its counts."""
        docs = self._documents().get(include=["metadatas"])
        per_collection: dict[str, int] = {}
        for meta in docs["metadatas"] or []:
            per_collection[str(meta["collection"])] = per_collection.get(str(meta["collection"]), 0) + 1
        return [
            CollectionInfo(name, per_collection.get(name, 0), self.client.get_collection(name).count())
            for name in self._names()
            if name != DOCUMENTS
        ]

    def exists(self, collection: str) -> bool:
        """Whether the collection exists and holds at least one chunk."""
        return collection in self._names() and self.client.get_collection(collection).count() > 0

    def documents(self, collection: str) -> list[DocumentInfo]:
        """The documents stored in `collection`, by source name."""
        self._chunk_collection(collection)
        got = self._documents().get(where={"collection": collection}, include=["metadatas", "documents"])
        infos = [
            DocumentInfo(collection, str(m["doc_id"]), str(m["source"]), int(m["chunks"]), len(text or ""))
            for m, text in zip(got["metadatas"] or [], got["documents"] or [], strict=True)
        ]
        return sorted(infos, key=lambda d: d.source)

    def document(self, collection: str, doc_id: str) -> Document:
        """The full normalised text of one stored document."""
        got = self._documents().get(ids=[f"{collection}:{doc_id}"], include=["metadatas", "documents"])
        if not got["ids"]:
            raise CollectionError(f"no document {doc_id!r} in collection {collection!r}")
        meta = got["metadatas"][0]
        pages = tuple(tuple(p) for p in json.loads(str(meta.get("pages", "[]"))))
        return Document(source=str(meta["source"]), text=got["documents"][0], pages=pages)  # type: ignore[arg-type]

    def chunks(self, collection: str) -> list[Chunk]:
        """Every chunk of `collection`, in document and position order."""
        target = self._chunk_collection(collection)
        chunks: list[Chunk] = []
        # In pages: one get() of more than ~32k records exceeds SQLite's variable limit.
        for offset in range(0, target.count(), _PAGE):
            got = target.get(include=["documents", "metadatas"], limit=_PAGE, offset=offset)
            chunks += [
                _chunk_from(i, t, m)
                for i, t, m in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True)
            ]
        return sorted(chunks, key=lambda c: (c.doc_id, c.index))

    def add(
        self, document: Document, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]], collection: str
    ) -> None:
        """Store a document's text and its chunks with their vectors."""
        target = self._chunk_collection(collection, create=True)
        self._documents().upsert(
            ids=[f"{collection}:{document.doc_id}"],
            documents=[document.text],
            embeddings=[[0.0]],  # texts are looked up by id, never by vector
            metadatas=[
                {
                    "collection": collection,
                    "doc_id": document.doc_id,
                    "source": document.source,
                    "chunks": len(chunks),
                    "pages": json.dumps(document.pages),
                    "added": time.time(),
                }
            ],
        )
        for batch in range(0, len(chunks), 1000):
            part = chunks[batch : batch + 1000]
            target.upsert(
                ids=[c.chunk_id for c in part],
                documents=[c.text for c in part],
                embeddings=[list(v) for v in vectors[batch : batch + 1000]],
                metadatas=[_chunk_metadata(c) for c in part],
            )
        self._bump(target)

    def delete_document(self, collection: str, doc_id: str) -> None:
        """Remove a document and all its chunks."""
        target = self._chunk_collection(collection)
        target.delete(where={"doc_id": doc_id})
        self._documents().delete(ids=[f"{collection}:{doc_id}"])
        self._bump(target)

    def delete_collection(self, collection: str) -> None:
        """Remove a collection and the texts of its documents."""
        self._chunk_collection(collection)
        self._documents().delete(where={"collection": collection})
        self.client.delete_collection(collection)

    def dense_search(self, collection: str, vector: Sequence[float], k: int) -> list[tuple[Chunk, float]]:
        """The `k` chunks nearest to `vector`, with cosine similarity."""
        target = self._chunk_collection(collection)
        got = target.query(
            query_embeddings=[list(vector)], n_results=k, include=["documents", "metadatas", "distances"]
        )
        return [
            (_chunk_from(i, t, m), 1.0 - float(d))
            for i, t, m, d in zip(
                got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0], strict=True
            )
        ]

    def revision(self, collection: str) -> str:
        """Changes whenever the collection's content changes (for caches built on it)."""
        meta = self._chunk_collection(collection).metadata or {}
        return str(meta.get("revision", "0"))

    def _bump(self, target: Any) -> None:
        meta = dict(target.metadata or {})
        meta["revision"] = str(time.time_ns())
        meta.pop("hnsw:space", None)  # fixed at creation; Chroma refuses to modify it
        target.modify(metadata=meta)


def _chunk_metadata(chunk: Chunk) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "doc_id": chunk.doc_id,
        "source": chunk.source,
        "index": chunk.index,
        "start": chunk.start,
        "end": chunk.end,
    }
    if chunk.page is not None:
        meta["page"] = chunk.page
    return meta


def open_store(home: Path, chroma_url: str | None = None) -> ChromaStore:
    """The configured store: a Chroma server when `chroma_url` is set, else embedded under `home`."""
    client = http_client(chroma_url) if chroma_url else embedded_client(home / "chroma")
    return ChromaStore(client)
