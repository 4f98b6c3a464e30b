"""Helpers for tests that start a real server process on the loopback interface."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running(
    command: Sequence[str], ready: Callable[[], bool], what: str, timeout: float = 120, log: Path | None = None
) -> Iterator[None]:
    """Run `command` until the block ends; enter once `ready()` is true, fail the test if it never is.

    The command's standard output goes to `log` when given.
    """
    out = open(log, "w", encoding="utf-8") if log else subprocess.DEVNULL  # noqa: SIM115 -- closed below
    proc = subprocess.Popen(list(command), stdout=out, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                if ready():
                    break
            except Exception:
                pass  # not listening yet
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail(f"{what} did not start")
            time.sleep(0.3)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        if log:
            out.close()
