"""Shared fixtures: real models, a real Chroma in a temporary data directory, and no network."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.settings import Settings, offline_environment

offline_environment()

TINY_ARTICLE = (
    "The Harbor Bridge in Port Elwin opened on 12 May 1931 after six years of construction. "
    "It is 1,204 metres long and carries four lanes of traffic.\n"
    "The bridge was designed by the engineer Clara Voss. She later became the first woman to lead "
    "the Elwin Institute of Engineering.\n"
    "In 2019 the city council approved a repair plan costing 80 million dollars. "
    "Critics said the plan ignored cyclists.\n"
    "Traffic on the bridge has grown every year since the repairs began, and the council now expects "
    "more than forty thousand vehicles a day by the end of the decade."
)


def _loopback(address: object) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if not isinstance(host, str):
        return True  # AF_UNIX paths and the like never leave the machine
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: resolving it would already be network use


@pytest.fixture(scope="session", autouse=True)
def no_network() -> Iterator[None]:
    """Fail any test that opens a connection beyond the loopback interface."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address):
            raise OSError(f"network access attempted during tests: {address!r}")
        return real_connect(self, address)  # type: ignore[arg-type]

    socket.socket.connect = guarded  # type: ignore[method-assign]
    yield
    socket.socket.connect = real_connect  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def session_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data directory for the tests that share the bundled collection."""
    return tmp_path_factory.mktemp("articleqa-home")


@pytest.fixture(scope="session")
def session_settings(session_home: Path) -> Settings:
    """Settings whose state lives in the session's temporary directory."""
    return Settings(home=session_home)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with a fresh, empty data directory."""
    return Settings(home=tmp_path / "home")


@pytest.fixture(scope="session")
def pipeline(session_settings: Settings):  # type: ignore[no-untyped-def]
    """The real pipeline (real embedding model, real Gemma, real embedded Chroma), loaded once."""
    from retriever.answer import Pipeline

    return Pipeline(session_settings)


@pytest.fixture
def tiny_article(tmp_path: Path) -> Path:
    """A small article file with known facts."""
    path = tmp_path / "bridge.txt"
    path.write_text(TINY_ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def env_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """ARTICLEQA_HOME pointed at a fresh directory, for code that reads the environment at the edge."""
    home = tmp_path / "env-home"
    monkeypatch.setenv("ARTICLEQA_HOME", str(home))
    for key in ("ARTICLEQA_CHROMA_URL", "ARTICLEQA_LLM", "ARTICLEQA_EMBEDDING"):
        monkeypatch.delenv(key, raising=False)
    assert os.environ["ARTICLEQA_HOME"] == str(home)
    return home
