"""Loading, chunking, embedding and storing articles."""

from ingest.api import IngestReport, bundled_article, ensure_default_collection, ingest_path, ingest_text
from ingest.chunk import Chunk
from ingest.errors import ArticleQAError, CollectionError, InputError, ModelError, StoreError, UnsupportedFileError
from ingest.load import Document
from ingest.settings import DEFAULT_COLLECTION, Settings

__all__ = [
    "DEFAULT_COLLECTION",
    "ArticleQAError",
    "Chunk",
    "CollectionError",
    "Document",
    "IngestReport",
    "InputError",
    "ModelError",
    "Settings",
    "StoreError",
    "UnsupportedFileError",
    "bundled_article",
    "ensure_default_collection",
    "ingest_path",
    "ingest_text",
]
