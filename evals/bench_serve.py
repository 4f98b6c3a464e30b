"""Serving memory: the resident memory of an `articleqa serve` process tree as it starts and answers on /ask."""

from __future__ import annotations

import contextlib
import functools
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evals.bench_command import articleqa_command, child_environment
from evals.bench_measure import p50, timed
from ingest.settings import Settings

SERVE_QUESTIONS = 5
SERVE_START_TIMEOUT_S = 300.0
RSS_INTERVAL_S = 0.2


# --- serving memory -----------------------------------------------------------------------


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (0 once it is gone)."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += process.memory_info().rss
    return total


class RssSampler:
    """Samples a process tree's RSS every RSS_INTERVAL_S in a background thread."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self.last = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.last = tree_rss(self.pid)
            self.peak = max(self.peak, self.last)
            self.samples += 1
            self._stop.wait(RSS_INTERVAL_S)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_page(url: str, process: subprocess.Popen[bytes], timeout_s: float) -> float:
    """Seconds until `url` answers HTTP 200; RuntimeError if the server dies or the time runs out."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout_s:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode} before serving {url}")
        with (
            contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError),
            urllib.request.urlopen(url, timeout=5) as response,
        ):
            if response.status == 200:
                return time.perf_counter() - started
        time.sleep(0.2)
    raise RuntimeError(f"no HTTP 200 from {url} within {timeout_s:.0f} s")


def stop_process_tree(process: subprocess.Popen[bytes]) -> None:
    """Terminate a process we started and its descendants; kill whatever lingers."""
    import psutil

    try:
        children = psutil.Process(process.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        children = []
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)
    for child in children:
        with contextlib.suppress(psutil.NoSuchProcess):
            child.kill()


def bench_serve(settings: Settings, questions: Sequence[str], workdir: Path) -> dict[str, Any]:
    """Peak RSS of `articleqa serve` (process tree) from start through SERVE_QUESTIONS asks on /ask."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    log_path = workdir / "serve.log"
    command = [*articleqa_command(), "serve", "--port", str(port)]
    result: dict[str, Any] = {"port": port}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command, env=child_environment(settings), cwd=settings.home, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            with RssSampler(process.pid) as sampler:
                try:
                    result["page_ready_s"] = wait_for_page(url, process, SERVE_START_TIMEOUT_S)
                except RuntimeError as exc:
                    tail = log_path.read_text(errors="replace")[-1500:]
                    result.update({"mode": "failed", "error": f"{exc}; the server's output ends: {tail}"})
                else:
                    result["rss_after_page_mb"] = sampler.last / 2**20
                    result.update(_ask_through_client(url, questions))
        finally:
            stop_process_tree(process)
    result.update({"peak_rss_mb": sampler.peak / 2**20, "rss_samples": sampler.samples})
    return result


def _ask_through_client(url: str, questions: Sequence[str]) -> dict[str, Any]:
    from gradio_client import Client

    try:
        client = Client(url, verbose=False, analytics_enabled=False, download_files=False)
        seconds = [timed(functools.partial(client.predict, question=q, api_name="/ask"))[0] for q in questions]
    except Exception as exc:  # the /ask endpoint may not exist yet; measure the idle page instead
        time.sleep(3.0)  # a few more samples of the loaded page
        return {"mode": "page_load_only", "note": f"asking through /ask failed ({type(exc).__name__}: {exc})"}
    return {"mode": "ask", "questions": len(seconds), "ask_p50_s": p50(seconds), "ask_max_s": max(seconds)}
