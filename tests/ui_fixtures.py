"""Fixtures the UI tests import: the real app (real models, real Chroma) over a temporary data directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.settings import Settings, offline_environment
from tests.servers import free_port


@pytest.fixture(scope="module")
def ui_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings over an empty data directory of this test module (the bundled article is added on first use)."""
    offline_environment()
    return Settings(home=tmp_path_factory.mktemp("articleqa-home"))


@pytest.fixture(scope="module")
def app_url(ui_settings: Settings) -> Iterator[str]:
    """One running app server per test module, on a free port."""
    from ui.app import build_app, launch_options

    demo = build_app(ui_settings)
    _, url, _ = demo.launch(
        prevent_thread_lock=True, server_name="127.0.0.1", server_port=free_port(), quiet=True, **launch_options()
    )
    try:
        yield url
    finally:
        demo.close()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """Where the browser tests save screenshots (gitignored)."""
    path = Path(__file__).resolve().parent.parent / "test-output" / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path
