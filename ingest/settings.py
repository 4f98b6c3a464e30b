"""One settings object for the whole system, built once at the edge."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_COLLECTION = "article"


def default_home() -> Path:
    """The per-user data directory used when ARTICLEQA_HOME is not set."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "articleqa"


@dataclass(frozen=True)
class Settings:
    """Where state lives and which models answer; see README 'Configuration'."""

    home: Path
    chroma_url: str | None = None
    llm: str | None = None  # a .gguf path or an http(s):// OpenAI-compatible base URL
    llm_model: str | None = None
    llm_api_key: str | None = None
    embedding: str | None = None  # a sentence-transformers model directory
    collection: str = DEFAULT_COLLECTION
    k: int = 12  # chunks whose sentences are ranked as evidence (recall@3 on the dev sets: 87% at 4, 90% at 12)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read ARTICLEQA_* variables (the only place that reads the environment)."""
        env = os.environ if env is None else env
        home = env.get("ARTICLEQA_HOME")
        return cls(
            home=Path(home).expanduser() if home else default_home(),
            chroma_url=env.get("ARTICLEQA_CHROMA_URL") or None,
            llm=env.get("ARTICLEQA_LLM") or None,
            llm_model=env.get("ARTICLEQA_LLM_MODEL") or None,
            llm_api_key=env.get("ARTICLEQA_LLM_API_KEY") or None,
            embedding=env.get("ARTICLEQA_EMBEDDING") or None,
        )

    def with_overrides(self, **changes: object) -> Settings:
        """A copy with the given fields replaced; None values are ignored (unset CLI flags)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})  # type: ignore[arg-type]

    @property
    def chroma_dir(self) -> Path:
        """Directory of the embedded Chroma store."""
        return self.home / "chroma"


def offline_environment() -> None:
    """Keep every library off the network: no hub downloads, no telemetry."""
    for key, value in {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "ANONYMIZED_TELEMETRY": "False",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "TOKENIZERS_PARALLELISM": "false",
        "HF_HUB_DISABLE_PROGRESS_BARS": "1",
        "TRANSFORMERS_VERBOSITY": "error",
    }.items():
        os.environ.setdefault(key, value)
