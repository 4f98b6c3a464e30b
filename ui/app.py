"""The web UI: `build_app` lays out the page and wires its events; `serve` launches it."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from ingest.api import ensure_default_collection, ingest_document
from ingest.errors import ArticleQAError, InputError
from ingest.load import LOADERS, load_file
from ingest.settings import DEFAULT_COLLECTION, Settings, offline_environment
from ingest.store import check_collection_name
from retriever.answer import Answer, Pipeline, pipeline_for
from ui import format as fmt

EXAMPLES = ("How many prisoners can CECOT hold?", "What did Bukele offer the US?", "When did Bukele take office?")
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
ASSETS = Path(__file__).parent / "assets"
# Every event that runs the reader model shares one queue slot: llama.cpp serves one request at a time.
LLM_QUEUE = "llm"
INGEST_QUEUE = "ingest"
_PENDING = "*Reading the article\u2026*"


def parse_auth(value: str | None, host: str) -> tuple[str, str] | None:
    """`USER:PASSWORD` as a tuple; required when `host` is reachable from other machines."""
    if not value or not value.strip():
        if host not in LOCAL_HOSTS:
            raise InputError(f"--host {host} requires --auth USER:PASSWORD (or ARTICLEQA_AUTH)")
        return None
    user, _, password = value.strip().partition(":")
    if not user or not password:
        # The value is a secret, so the message names the problem, not the value.
        raise InputError("--auth must be USER:PASSWORD with both parts non-empty, e.g. --auth reader:s3cret")
    return user, password


def check_upload(path: str | Path) -> Path:
    """`path` if it is an article file the UI accepts (type and size), else `InputError` saying why."""
    path = Path(path)
    if path.suffix.lower() not in LOADERS:
        kind, kinds = path.suffix or "(none)", ", ".join(sorted(LOADERS))
        raise InputError(f"cannot add {path.name}: unsupported file type '{kind}'; use one of {kinds}")
    size = path.stat().st_size
    if size > MAX_UPLOAD_BYTES:
        raise InputError(
            f"{path.name} is {size / 2**20:.0f} MB; uploads are limited to {MAX_UPLOAD_BYTES // 2**20} MB "
            "(use 'articleqa ingest FILE' for bigger files)"
        )
    return path


class _Actions:
    """The event handlers of one app, over one pipeline."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.store = pipeline.store
        # A doc_id is a content hash, so a cached text can never go stale.
        self.document: Any = functools.lru_cache(maxsize=64)(self.store.document)

    # Collections and documents

    def collection_names(self) -> list[str]:
        names = {info.name for info in self.store.collections()}
        return sorted(names | {DEFAULT_COLLECTION})

    def document_choices(self, collection: str) -> list[tuple[str, str]]:
        if not self.store.exists(collection):
            return []
        return [(d.source, d.doc_id) for d in self.store.documents(collection)]

    def library(self) -> str:
        infos = self.store.collections()
        return fmt.library_html(infos, {i.name: self.store.documents(i.name) for i in infos})

    def article(self, collection: str, doc_id: str | None, turns: list[Answer]) -> str:
        if not doc_id:
            if collection == DEFAULT_COLLECTION and not self.store.exists(collection):
                return '<p class="aq-empty">The bundled article is added the first time you ask about it.</p>'
            return '<p class="aq-empty">No document to show; add one in the Collections tab.</p>'
        latest = next((a for a in reversed(turns) if a.collection == collection), None)
        return fmt.article_html(self.document(collection, doc_id), fmt.answer_spans(latest, doc_id))

    def select_collection(self, collection: str, turns: list[Answer]) -> tuple[Any, ...]:
        """Examples only for the bundled article; the article tab shows the first document."""
        choices = self.document_choices(collection)
        doc_id = choices[0][1] if choices else None
        return (
            gr.update(visible=collection == DEFAULT_COLLECTION),
            gr.update(choices=choices, value=doc_id),
            self.article(collection, doc_id, turns),
        )

    def refresh(self, collection: str) -> tuple[Any, ...]:
        names = self.collection_names()
        return gr.update(choices=names, value=collection), gr.update(choices=names), self.library()

    # Asking

    def add_question(self, question: str, messages: list[dict[str, Any]]) -> tuple[Any, ...]:
        """Show the question at once (even while the model is busy with someone else)."""
        if not question or not question.strip():
            return gr.skip(), gr.skip(), ""
        messages = [
            *messages,
            {"role": "user", "content": fmt.escape_markdown(question)},
            {"role": "assistant", "content": _PENDING},
        ]
        return "", messages, question.strip()

    def respond(
        self, question: str, collection: str, messages: list[dict[str, Any]], turns: list[Answer]
    ) -> Iterator[tuple[Any, ...]]:
        """Stream the answer into the last chat message, then show its sources and highlight the article."""
        if not question:
            return
        history = [(a.standalone_question or a.question, a.text) for a in turns if a.collection == collection]
        draft, answer = "", None
        try:
            for item in self.pipeline.stream(question, collection, history):
                if isinstance(item, str):
                    draft += item
                    if draft.strip():
                        messages[-1] = {"role": "assistant", "content": fmt.draft_markdown(draft)}
                        yield messages, gr.skip(), gr.skip(), gr.skip(), gr.skip()
                    continue
                answer = item
        except ArticleQAError as exc:
            messages[-1] = {"role": "assistant", "content": fmt.error_markdown(str(exc))}
            yield messages, gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        except Exception:
            # A bug, not a bad request: say so in the chat instead of a message stuck "reading", then let it surface.
            messages[-1] = {"role": "assistant", "content": fmt.error_markdown("internal error; see the server log")}
            yield messages, gr.skip(), gr.skip(), gr.skip(), gr.skip()
            raise
        if answer is None:
            raise RuntimeError("Pipeline.stream ended without an Answer")
        turns = [*turns, answer]
        messages[-1] = {"role": "assistant", "content": fmt.chat_markdown(answer, len(turns))}
        quotes = fmt.quotes_of(answer)
        documents = {c.doc_id: self.document(a.collection, c.doc_id) for a in turns for c in fmt.quotes_of(a)}
        doc_id = quotes[0].doc_id if quotes else None
        yield (
            messages,
            turns,
            fmt.sources_html(turns, documents),
            gr.update(choices=self.document_choices(collection), value=doc_id),
            self.article(collection, doc_id, turns),
        )

    def api_ask(self, question: str, collection: str | None = None) -> dict[str, Any]:
        try:
            return self.pipeline.ask(question, collection or None).to_dict()
        except ArticleQAError as exc:
            raise gr.Error(str(exc)) from exc

    # Adding articles

    def upload(
        self,
        file: str | None,
        target: str | None,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 -- Gradio's idiom
    ) -> tuple[Any, ...]:
        try:
            if not file:
                raise InputError("choose a .txt, .md, .html or .pdf file first")
            path = check_upload(file)
            collection = check_collection_name((target or "").strip())
            progress(0.1, desc=f"Reading {path.name}")
            document = load_file(path)
            progress(0.4, desc=f"Embedding {len(document.text):,} characters")
            report = ingest_document(
                document, collection, settings=self.pipeline.settings, store=self.store, embedder=self.pipeline.embedder
            )
            progress(1.0, desc="Stored")
        except ArticleQAError as exc:
            return f"**Could not add the file:** {fmt.escape_markdown(str(exc))}", gr.skip(), gr.skip(), gr.skip()
        names = self.collection_names()
        return (
            fmt.ingest_markdown(report),
            gr.update(choices=names, value=collection),
            gr.update(choices=names, value=collection),
            self.library(),
        )


def build_app(settings: Settings, pipeline: Pipeline | None = None) -> gr.Blocks:
    """The articleqa page (chat, sources, article, collections) and the `/ask` API; not launched."""
    actions = _Actions(pipeline or pipeline_for(settings))
    light: dict[str, Any] = {"concurrency_limit": None, "api_visibility": "private"}
    llm: dict[str, Any] = {"concurrency_limit": 1, "concurrency_id": LLM_QUEUE, "api_visibility": "private"}
    with gr.Blocks(title="articleqa", analytics_enabled=False) as demo:
        turns = gr.State([])
        pending = gr.State("")
        with gr.Row(elem_id="aq-header"):
            gr.Markdown(
                "# articleqa\nAsk about a news article. Every answer quotes the exact passage it comes from.",
                elem_id="aq-title",
            )
            collection = gr.Dropdown(
                sorted({DEFAULT_COLLECTION, settings.collection}),
                value=settings.collection,
                label="Collection",
                scale=0,
                min_width=220,
                elem_id="aq-collection",
            )
        with gr.Tabs():
            with gr.Tab("Ask", id="ask"), gr.Row(elem_id="aq-main"):
                with gr.Column(scale=3, min_width=320):
                    chatbot = gr.Chatbot(
                        elem_id="aq-chat",
                        show_label=False,
                        height=480,
                        buttons=["copy", "copy_all"],
                        feedback_options=None,
                        latex_delimiters=[],
                        allow_tags=False,
                        layout="bubble",
                        placeholder="Ask a question about the article. Click a marker like **[1]** to see its quote.",
                    )
                    question = gr.Textbox(
                        show_label=False,
                        placeholder="Ask about the article\u2026",
                        submit_btn="Ask",
                        max_length=1000,
                        elem_id="aq-question",
                    )
                    with gr.Row(elem_id="aq-actions"):
                        with gr.Row(elem_id="aq-examples") as examples:
                            example_buttons = [gr.Button(q, size="sm", variant="secondary") for q in EXAMPLES]
                        clear = gr.Button("Clear", size="sm", variant="secondary", scale=0, elem_id="aq-clear")
                with gr.Column(scale=2, min_width=320):
                    gr.Markdown("### Sources")
                    sources = gr.HTML(fmt.sources_html([], {}), elem_id="aq-sources", js_on_load=None)
            with gr.Tab("Article", id="article"):
                article_doc = gr.Dropdown(label="Document", choices=[], elem_id="aq-article-doc")
                article_view = gr.HTML(elem_id="aq-article", js_on_load=None)
            with gr.Tab("Collections", id="collections"), gr.Row():
                with gr.Column(min_width=320):
                    upload_file = gr.File(
                        label="Article (.txt, .md, .html or .pdf, up to 20 MB)",
                        file_types=sorted(LOADERS),
                        elem_id="aq-upload",
                    )
                    target = gr.Dropdown(
                        sorted({DEFAULT_COLLECTION, settings.collection}),
                        value=settings.collection,
                        allow_custom_value=True,
                        label="Into collection",
                        info="Pick one, or type a new name (3-60 letters, digits, - or _)",
                        elem_id="aq-target",
                    )
                    add = gr.Button("Add article", variant="primary", elem_id="aq-add")
                    status = gr.Markdown(elem_id="aq-status")
                with gr.Column(min_width=320):
                    gr.Markdown("### Stored collections")
                    library = gr.HTML(elem_id="aq-library", js_on_load=None)

        answer_outputs = [chatbot, turns, sources, article_doc, article_view]
        ask_inputs = [pending, collection, chatbot, turns]
        asks = []
        for trigger, source in [(question.submit, question), *((b.click, b) for b in example_buttons)]:
            event = trigger(actions.add_question, [source, chatbot], [question, chatbot, pending], **light)
            asks.append(event.then(actions.respond, ask_inputs, answer_outputs, show_progress="minimal", **llm))

        def reset(collection: str) -> tuple[Any, ...]:
            return [], [], fmt.sources_html([], {}), *actions.select_collection(collection, [])[1:]

        for listener in (clear.click, chatbot.clear):
            listener(reset, [collection], [chatbot, turns, sources, article_doc, article_view], cancels=asks, **light)
        collection_outputs = [examples, article_doc, article_view]
        collection.change(actions.select_collection, [collection, turns], collection_outputs, **light)
        article_doc.change(actions.article, [collection, article_doc, turns], [article_view], **light)
        add.click(
            actions.upload,
            [upload_file, target],
            [status, collection, target, library],
            concurrency_limit=1,
            concurrency_id=INGEST_QUEUE,
            api_visibility="private",
        )
        demo.load(actions.refresh, [collection], [collection, target, library], **light).then(
            actions.select_collection, [collection, turns], collection_outputs, **light
        )

        def ask(question: str, collection: str | None = None) -> dict[str, Any]:
            """Answer `question` from `collection` (default: the bundled article), as `articleqa ask --json` does."""
            return actions.api_ask(question, collection)

        gr.api(ask, api_name="ask", concurrency_limit=1, concurrency_id=LLM_QUEUE)
    demo.queue(default_concurrency_limit=1)
    return demo


def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def launch_options() -> dict[str, Any]:
    """Keyword arguments for `Blocks.launch`: look (Gradio 6 takes theme, CSS and head there) and safety."""
    theme = gr.themes.Default(
        font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],  # no web fonts: works offline
        font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "monospace"],
    )
    return {
        "theme": theme,
        "css_paths": [ASSETS / "app.css"],
        "head": f"<style>{_asset('page.css')}</style><script>{_asset('app.js')}</script>",
        "share": False,
        "max_file_size": MAX_UPLOAD_BYTES,
        "ssr_mode": False,
        "mcp_server": False,
        "enable_monitoring": False,
    }


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860, auth: tuple[str, str] | None = None) -> None:
    """Load the models and the bundled article, then serve the UI until interrupted."""
    offline_environment()
    pipeline = pipeline_for(settings)
    built = ensure_default_collection(settings, settings.collection, pipeline.store, pipeline.embedder)
    if built is not None:
        print(f"Built the {built.collection!r} collection from the bundled article ({built.added} chunks).", flush=True)
    pipeline.llm  # noqa: B018 -- load the model now, not on the first question
    app = build_app(settings, pipeline)
    # quiet: Gradio would suggest "share=True", which we never allow; say where we serve instead.
    app.launch(server_name=host, server_port=port, auth=auth, quiet=True, prevent_thread_lock=True, **launch_options())
    print(f"articleqa is serving on http://{host}:{port} (Ctrl+C to stop)", flush=True)
    app.block_thread()
