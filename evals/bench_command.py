"""The installed `articleqa` command and the environment the bench runs it in as a child process."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ingest.errors import InputError
from ingest.settings import Settings


def articleqa_command() -> list[str]:
    """The installed `articleqa` console script beside this interpreter (what a user runs)."""
    script = Path(sys.executable).with_name("articleqa")
    if not script.exists():
        raise InputError(f"no articleqa command at {script}; install the project with 'pip install -e .'")
    return [str(script)]


def child_environment(settings: Settings) -> dict[str, str]:
    """The environment for an `articleqa` subprocess that uses `settings` (embedded store only)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARTICLEQA_")}
    env["ARTICLEQA_HOME"] = str(settings.home)
    for key, value in {
        "ARTICLEQA_LLM": settings.llm,
        "ARTICLEQA_LLM_MODEL": settings.llm_model,
        "ARTICLEQA_LLM_API_KEY": settings.llm_api_key,
        "ARTICLEQA_EMBEDDING": settings.embedding,
    }.items():
        if value:
            env[key] = value
    return env
