"""Pure formatting for the web UI: answers as chat Markdown, citations and articles as escaped HTML.

Every piece of article or user text goes through `html.escape` (and, for Markdown,
`escape_markdown`) before it reaches the page, so an article can never inject markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ingest.api import IngestReport
from ingest.load import Document
from ingest.store import CollectionInfo, DocumentInfo
from retriever.answer import Answer, Citation

NOT_ANSWERED = "The article does not answer this question."
NOT_AN_ANSWER = "not an answer"
CONTEXT_CHARS = 320  # of a long paragraph, keep this much text on each side of the quote
EMPTY_SOURCES = "Ask a question: the passages the answer rests on appear here, highlighted in their paragraph."

_MD_SPECIAL = re.compile(r"[\\`*_\[\]~|]")
_MD_BLOCK_START = re.compile(r"^(?:[#=+-]|\d+(?=[.)]))")


@dataclass(frozen=True)
class Span:
    """A stretch of a document to wrap in `<mark class=css>`."""

    start: int
    end: int
    css: str = ""
    anchor: str = ""  # element id of the mark, for links into the article


# --- chat Markdown ---------------------------------------------------------------


def escape_markdown(text: str) -> str:
    """`text` as one line of inert Markdown: HTML escaped, Markdown syntax characters backslash-escaped."""
    text = html.escape(" ".join(text.split()), quote=False)
    text = _MD_SPECIAL.sub(lambda m: "\\" + m.group(), text)
    return _MD_BLOCK_START.sub(lambda m: m.group() + "\\" if m.group().isdigit() else "\\" + m.group(), text)


def card_id(turn: int, number: int) -> str:
    """Element id of source card `number` of chat turn `turn` (both from 1)."""
    return f"cite-{turn}-{number}"


def marker(turn: int, number: int) -> str:
    """A citation marker `[n]` that links to its source card."""
    return f"[[{number}]](#{card_id(turn, number)})"


def source_label(citation: Citation) -> str:
    """The source name, with the page for PDFs."""
    return f"{citation.source}, p. {citation.page}" if citation.page else citation.source


def searched_for(answer: Answer) -> str | None:
    """The standalone question actually searched, when it differs from the one typed."""
    standalone = answer.standalone_question.strip()
    return standalone if standalone and standalone != answer.question.strip() else None


def chat_markdown(answer: Answer, turn: int) -> str:
    """The assistant message for `answer`: the answer with markers, then its quotes (what the copy button copies)."""
    lines = []
    standalone = searched_for(answer)
    if standalone:
        lines += [f"*Searched for: {escape_markdown(standalone)}*", ""]
    if answer.abstained:
        quotes, heading = answer.passages, f"**Closest passages ({NOT_AN_ANSWER}):**"
        lines.append(f"{NOT_ANSWERED} {escape_markdown(answer.reason)}".rstrip())
    else:
        quotes, heading = answer.citations, "**Sources:**"
        parts = answer.text.split("\n")
        if len(parts) > 1 and len(parts) == len(quotes):  # one line per source ("what are these articles about?")
            lines += [f"- {escape_markdown(part)} {marker(turn, n)}" for n, part in enumerate(parts, start=1)]
        else:
            markers = " ".join(marker(turn, n) for n in range(1, len(quotes) + 1))
            lines.append(f"{escape_markdown(answer.text)} {markers}".rstrip())
    if quotes:
        lines += ["", heading]
        lines += [
            f"{marker(turn, n)} \u201c{escape_markdown(c.quote)}\u201d \u2014 {escape_markdown(source_label(c))}"
            for n, c in enumerate(quotes, start=1)
        ]
    return "\n".join(lines)


def draft_markdown(draft: str) -> str:
    """The model's answer while it streams in."""
    return f"{escape_markdown(draft)} \u258d"


def error_markdown(message: str) -> str:
    """An error shown in place of an answer."""
    return f"**Could not answer:** {escape_markdown(message)}"


def ingest_markdown(report: IngestReport) -> str:
    """What an upload did, in one line."""
    source, collection = escape_markdown(report.source), escape_markdown(report.collection)
    if not report.added:
        return f"**{source}** is already in collection **{collection}**; nothing to add."
    replaced = " (replaced its earlier version)" if report.replaced else ""
    return f"Added **{source}** to collection **{collection}**: {report.added} chunks{replaced}."


# --- HTML ------------------------------------------------------------------------


def marked_html(text: str, start: int, end: int, spans: Sequence[Span]) -> str:
    """`text[start:end]` escaped, with the parts covered by `spans` wrapped in `<mark>` (overlaps trimmed)."""
    out, position = [], start
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        left, right = max(span.start, position), min(span.end, end)
        if left >= right:
            continue
        attributes = "".join(
            f' {name}="{html.escape(value)}"' for name, value in (("class", span.css), ("id", span.anchor)) if value
        )
        out += [html.escape(text[position:left]), f"<mark{attributes}>{html.escape(text[left:right])}</mark>"]
        position = right
    out.append(html.escape(text[position:end]))
    return "".join(out)


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (a paragraph of the normalised text) or lines holding `text[start:end]`."""
    stop = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if stop == -1 else stop


def highlight_html(
    text: str, start: int, end: int, context: int = CONTEXT_CHARS, emphasis: tuple[int, int] | None = None
) -> str:
    """The paragraph around `text[start:end]`, escaped, the span in `<mark>`; long paragraphs cut at words.

    `emphasis`, a span inside the marked one (the answer within its sentence), is also set in `<strong>`.
    """
    begin, stop = paragraph_bounds(text, start, end)
    prefix = suffix = ""
    if start - begin > context:
        space = text.find(" ", start - context, start)
        begin, prefix = (space + 1 if space != -1 else start - context), "\u2026"
    if stop - end > context:
        space = text.rfind(" ", end + 1, end + context)
        stop, suffix = (space if space != -1 else end + context), "\u2026"
    body = marked_html(text, begin, stop, [Span(start, end)])
    if emphasis and start <= emphasis[0] < emphasis[1] <= end:
        a, b = emphasis
        inner = (
            f'{html.escape(text[start:a])}<strong class="aq-answer">{html.escape(text[a:b])}</strong>'
            f"{html.escape(text[b:end])}"
        )
        body = f"{html.escape(text[begin:start])}<mark>{inner}</mark>{html.escape(text[end:stop])}"
    return prefix + body.replace("\n", "<br>") + suffix


def _quote_html(citation: Citation, document: Document | None, answer_text: str = "") -> str:
    if document is None or document.text[citation.start : citation.end] != citation.quote:
        return f"<mark>{html.escape(citation.quote)}</mark>"  # the document changed or is gone
    at = citation.quote.find(answer_text) if answer_text else -1
    emphasis = (citation.start + at, citation.start + at + len(answer_text)) if at >= 0 else None
    return highlight_html(document.text, citation.start, citation.end, emphasis=emphasis)


def source_card(
    citation: Citation, document: Document | None, turn: int, number: int, passage: bool = False, answer_text: str = ""
) -> str:
    """One citation: number, source, page and the quote highlighted in its paragraph, the answer in bold."""
    page = f'<span class="aq-page">p. {citation.page}</span>' if citation.page else ""
    badge = f'<span class="aq-badge">{NOT_AN_ANSWER}</span>' if passage else ""
    css = "aq-card aq-passage" if passage else "aq-card"
    return (
        f'<article class="{css}" id="{card_id(turn, number)}">'
        f'<header class="aq-card-head"><span class="aq-num">{number}</span>'
        f'<span class="aq-src">{html.escape(citation.source)}</span>{page}{badge}</header>'
        f'<p class="aq-para">{_quote_html(citation, document, answer_text)}</p></article>'
    )


def quotes_of(answer: Answer) -> list[Citation]:
    """What an answer shows as its sources: its citations, or on abstention the passages it read."""
    return answer.passages if answer.abstained else answer.citations


def turn_html(answer: Answer, documents: Mapping[str, Document], turn: int, latest: bool = True) -> str:
    """The sources of one chat turn: a collapsible section titled by its question."""
    quotes = quotes_of(answer)
    note = f'<p class="aq-note">{NOT_ANSWERED} The closest passages:</p>' if answer.abstained else ""
    if not quotes:
        note = f'<p class="aq-note">{NOT_ANSWERED} No passage came close.</p>' if answer.abstained else ""
    cards = "".join(
        source_card(c, documents.get(c.doc_id), turn, n, answer.abstained, "" if answer.abstained else answer.text)
        for n, c in enumerate(quotes, 1)
    )
    return (
        f'<details class="aq-turn"{" open" if latest else ""}>'
        f'<summary><span class="aq-turn-n">{turn}</span>{html.escape(answer.question)}</summary>'
        f"{note}{cards}</details>"
    )


def sources_html(turns: Sequence[Answer], documents: Mapping[str, Document]) -> str:
    """The sources panel: every turn's citations, newest first and open."""
    if not turns:
        return f'<p class="aq-empty">{EMPTY_SOURCES}</p>'
    sections = [turn_html(a, documents, t, latest=t == len(turns)) for t, a in reversed(list(enumerate(turns, 1)))]
    return f'<div class="aq-sources">{"".join(sections)}</div>'


def answer_spans(answer: Answer | None, doc_id: str) -> list[Span]:
    """The spans of `answer` in document `doc_id`: its citations, or on abstention its passages."""
    if answer is None:
        return []
    css = "aq-hl-passage" if answer.abstained else "aq-hl-cite"
    return [Span(c.start, c.end, css, f"art-{n}") for n, c in enumerate(quotes_of(answer), 1) if c.doc_id == doc_id]


def article_html(document: Document, spans: Sequence[Span] = ()) -> str:
    """The whole document, one `<p>` per line, `spans` highlighted and PDF page numbers shown."""
    pages = sorted((start, number) for start, _, number in document.pages)
    links = " ".join(f'<a href="#{s.anchor}">[{s.anchor.removeprefix("art-")}]</a>' for s in spans if s.anchor)
    parts = [
        '<div class="aq-article">',
        f'<header class="aq-article-head"><strong>{html.escape(document.source)}</strong>'
        f"<span>{_count(len(document.text), 'character')}</span>"
        + (f"<span>{len(document.pages)} pages</span>" if document.pages else "")
        + (f'<span class="aq-jump">Highlighted: {links}</span>' if links else "")
        + "</header>",
    ]
    offset = 0
    for line in document.text.split("\n"):
        end = offset + len(line)
        while pages and pages[0][0] <= end:
            parts.append(f'<div class="aq-page-mark">Page {pages.pop(0)[1]}</div>')
        if line.strip():
            parts.append(f"<p>{marked_html(document.text, offset, end, spans)}</p>")
        offset = end + 1
    parts.append("</div>")
    return "".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def library_html(collections: Sequence[CollectionInfo], documents: Mapping[str, Sequence[DocumentInfo]]) -> str:
    """Every collection with its documents."""
    if not collections:
        return (
            '<p class="aq-empty">No collections yet. The bundled article becomes the collection '
            "\u201carticle\u201d the first time you ask about it.</p>"
        )
    blocks = []
    for info in collections:
        items = "".join(
            f'<li><span class="aq-src">{html.escape(d.source)}</span>'
            f'<span class="aq-meta">{_count(d.chunks, "chunk")} \u00b7 {_count(d.chars, "character")}</span></li>'
            for d in documents.get(info.name, ())
        )
        counts = f"{_count(info.documents, 'document')} \u00b7 {_count(info.chunks, 'chunk')}"
        blocks.append(
            f'<section class="aq-collection"><h4>{html.escape(info.name)}<span class="aq-meta">{counts}</span></h4>'
            f"<ul>{items}</ul></section>"
        )
    return f'<div class="aq-library">{"".join(blocks)}</div>'
