"""The public ingest functions: file or text in, chunks and vectors stored, a report out."""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ingest.chunk import DEFAULT_CHUNK_CHARS, chunk_document
from ingest.embed import Embedder
from ingest.errors import InputError
from ingest.load import Document, load_file, text_document
from ingest.settings import DEFAULT_COLLECTION, Settings
from ingest.store import Store, check_collection_name, open_store

BUNDLED_SOURCE = "article.txt"
_EMBED_BATCH = 64


@dataclass(frozen=True)
class IngestReport:
    """What one ingest did: chunks added, chunks skipped as already stored, documents replaced."""

    source: str
    collection: str
    doc_id: str
    added: int
    skipped: int
    replaced: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


@functools.lru_cache(maxsize=8)
def _cached_store(home: Path, chroma_url: str | None) -> Store:
    return open_store(home, chroma_url)


def store_for(settings: Settings) -> Store:
    """The store these settings point at (one client per process and location)."""
    return _cached_store(settings.home, settings.chroma_url)


def embedder_for(settings: Settings) -> Embedder:
    """The embedding model these settings name."""
    return Embedder(settings.embedding)


def ingest_document(
    document: Document,
    collection: str | None = None,
    *,
    settings: Settings | None = None,
    store: Store | None = None,
    embedder: Embedder | None = None,
    progress: bool = False,
    max_chars: int = DEFAULT_CHUNK_CHARS,
) -> IngestReport:
    """Chunk, embed and store `document`; same content is skipped, a changed source replaced."""
    settings = settings or Settings.from_env()
    collection = check_collection_name(collection or settings.collection)
    store = store or store_for(settings)
    chunks = chunk_document(document, max_chars=max_chars)
    stored = store.documents(collection) if store.exists(collection) else []
    if any(d.doc_id == document.doc_id for d in stored):
        return IngestReport(document.source, collection, document.doc_id, added=0, skipped=len(chunks))
    embedder = embedder or embedder_for(settings)
    vectors = _embed(embedder, [c.text for c in chunks], progress, document.source)
    store.add(document, chunks, vectors, collection)
    # Replace only after the new version is safely stored, so a failure loses nothing.
    replaced = tuple(d.doc_id for d in stored if d.source == document.source)
    for doc_id in replaced:
        store.delete_document(collection, doc_id)
    return IngestReport(document.source, collection, document.doc_id, len(chunks), 0, replaced)


def _embed(embedder: Embedder, texts: list[str], progress: bool, label: str) -> list[list[float]]:
    batches = range(0, len(texts), _EMBED_BATCH)
    if progress and len(texts) > _EMBED_BATCH:
        from tqdm import tqdm

        batches = tqdm(batches, desc=f"embedding {label}", unit="batch", leave=False)  # type: ignore[assignment]
    return [v for i in batches for v in embedder.embed_documents(texts[i : i + _EMBED_BATCH])]


def ingest_path(
    path: str | Path,
    collection: str | None = None,
    *,
    source: str | None = None,
    settings: Settings | None = None,
    store: Store | None = None,
    embedder: Embedder | None = None,
    progress: bool = False,
) -> IngestReport:
    """Ingest one .txt, .md, .html or .pdf file into `collection`."""
    settings = settings or Settings.from_env()
    check_collection_name(collection or settings.collection)
    document = load_file(Path(path), source=source)
    return ingest_document(document, collection, settings=settings, store=store, embedder=embedder, progress=progress)


def ingest_text(
    text: str,
    source: str,
    collection: str | None = None,
    *,
    settings: Settings | None = None,
    store: Store | None = None,
    embedder: Embedder | None = None,
) -> IngestReport:
    """Ingest text already in memory under the name `source`."""
    if not isinstance(text, str):
        raise InputError(f"ingest_text needs a str, got {type(text).__name__}")
    return ingest_document(text_document(text, source), collection, settings=settings, store=store, embedder=embedder)


def bundled_article() -> Document:
    """The article that ships with articleqa."""
    text = resources.files("ingest").joinpath("data", "article.txt").read_text(encoding="utf-8")
    return text_document(text, BUNDLED_SOURCE)


def ensure_default_collection(
    settings: Settings, collection: str, store: Store | None = None, embedder: Embedder | None = None
) -> IngestReport | None:
    """Build the default collection from the bundled article when `collection` is it and it is empty."""
    store = store or store_for(settings)
    if collection != DEFAULT_COLLECTION or store.exists(DEFAULT_COLLECTION):
        return None
    return ingest_document(bundled_article(), DEFAULT_COLLECTION, settings=settings, store=store, embedder=embedder)
