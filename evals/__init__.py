"""Evaluation harness for articleqa: gold data, metrics and dataset loaders."""

__all__: list[str] = []
