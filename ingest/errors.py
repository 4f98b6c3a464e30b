"""Errors that say what happened, the offending value, and what to do."""

from __future__ import annotations


class ArticleQAError(Exception):
    """Base of every error articleqa raises on purpose; the CLI prints it as one line."""


class InputError(ArticleQAError):
    """A file, text or question that cannot be used as given."""


class UnsupportedFileError(InputError):
    """A file type no loader reads."""


class CollectionError(ArticleQAError):
    """A collection name that is invalid or that does not exist."""


class StoreError(ArticleQAError):
    """The vector store cannot be reached or used."""


class ModelError(ArticleQAError):
    """A model (embedding or LLM) cannot be loaded or called."""
