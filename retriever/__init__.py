"""Hybrid retrieval, the answer chain, grounding and the `ask()` API."""

from retriever.answer import Answer, Citation, Pipeline, ask, pipeline_for
from retriever.search import Hit, HybridRetriever, HybridSearcher

__all__ = ["Answer", "Citation", "Hit", "HybridRetriever", "HybridSearcher", "Pipeline", "ask", "pipeline_for"]
