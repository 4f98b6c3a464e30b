"""Exact output of the UI's pure formatting functions (ui.format)."""

import pytest

from ingest.api import IngestReport
from ingest.load import Document
from ingest.store import CollectionInfo, DocumentInfo
from retriever.answer import Answer, Citation
from ui.format import (
    Span,
    answer_spans,
    article_html,
    chat_markdown,
    draft_markdown,
    error_markdown,
    escape_markdown,
    highlight_html,
    ingest_markdown,
    library_html,
    marked_html,
    paragraph_bounds,
    searched_for,
    source_card,
    sources_html,
)

TEXT = (
    "Port Ellis approved a ferry on Tuesday.\n"
    "The ferry carries 300 passengers. It runs <daily> & costs \u20ac5.\n"
    "\n"
    "Mayor Osei spoke last."
)
DOC = Document(source="ferry <news>.txt", text=TEXT)
FERRY = Citation("ferry <news>.txt", DOC.doc_id, f"{DOC.doc_id}-00000", 40, 73, "The ferry carries 300 passengers.")
DAILY = Citation("ferry <news>.txt", DOC.doc_id, f"{DOC.doc_id}-00000", 74, 101, "It runs <daily> & costs \u20ac5.")


def answer(**changes: object) -> Answer:
    fields: dict = {
        "question": "How many passengers?",
        "text": "300 passengers",
        "abstained": False,
        "citations": [FERRY],
        "passages": [FERRY, DAILY],
        "standalone_question": "How many passengers?",
        "collection": "ferries",
    }
    return Answer(**{**fields, **changes})


def test_citations_point_into_the_fixture() -> None:
    assert TEXT[FERRY.start : FERRY.end] == FERRY.quote
    assert TEXT[DAILY.start : DAILY.end] == DAILY.quote


# --- Markdown -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain words", "plain words"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('<img src=x onerror="x()">', '&lt;img src=x onerror="x()"&gt;'),
        ("a & b", "a &amp; b"),
        (
            "*bold* _it_ `code` [link](http://x) ~s~ a|b \\",
            "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](http://x) \\~s\\~ a\\|b \\\\",
        ),
        ("# not a heading", "\\# not a heading"),
        ("- not a list", "\\- not a list"),
        ("1. not a list", "1\\. not a list"),
        ("two\nlines  and\tspaces", "two lines and spaces"),
    ],
)
def test_escape_markdown(raw: str, expected: str) -> None:
    assert escape_markdown(raw) == expected


def test_chat_markdown_cited_answer_has_markers_and_quotes() -> None:
    assert chat_markdown(answer(), turn=2) == (
        "300 passengers [[1]](#cite-2-1)\n"
        "\n"
        "**Sources:**\n"
        "[[1]](#cite-2-1) \u201cThe ferry carries 300 passengers.\u201d \u2014 ferry &lt;news&gt;.txt"
    )


def test_chat_markdown_gives_an_answer_of_one_line_per_source_as_a_list() -> None:
    text = "ferry <news>.txt: The ferry carries 300 passengers.\nferry <news>.txt: It runs <daily> & costs \u20ac5."
    markdown = chat_markdown(answer(text=text, citations=[FERRY, DAILY]), turn=1)
    assert markdown.split("\n")[:2] == [
        "- ferry &lt;news&gt;.txt: The ferry carries 300 passengers. [[1]](#cite-1-1)",
        "- ferry &lt;news&gt;.txt: It runs &lt;daily&gt; &amp; costs \u20ac5. [[2]](#cite-1-2)",
    ]


def test_chat_markdown_escapes_quotes_and_shows_pages() -> None:
    paged = Citation("r.pdf", "d", "d-00000", 0, 12, "<b>x</b> & y", page=3)
    assert chat_markdown(answer(text="<b>x</b>", citations=[paged]), turn=1) == (
        "&lt;b&gt;x&lt;/b&gt; [[1]](#cite-1-1)\n"
        "\n"
        "**Sources:**\n"
        "[[1]](#cite-1-1) \u201c&lt;b&gt;x&lt;/b&gt; &amp; y\u201d \u2014 r.pdf, p. 3"
    )


def test_chat_markdown_abstention_lists_passages_as_not_an_answer() -> None:
    abstained = answer(text="The article does not say.", abstained=True, citations=[])
    assert chat_markdown(abstained, turn=1) == (
        "The article does not answer this question.\n"
        "\n"
        "**Closest passages (not an answer):**\n"
        "[[1]](#cite-1-1) \u201cThe ferry carries 300 passengers.\u201d \u2014 ferry &lt;news&gt;.txt\n"
        "[[2]](#cite-1-2) \u201cIt runs &lt;daily&gt; &amp; costs \u20ac5.\u201d \u2014 ferry &lt;news&gt;.txt"
    )


def test_chat_markdown_abstention_says_why() -> None:
    abstained = answer(
        text="The article does not say.", abstained=True, reason="It never mentions \u201cdocks_*\u201d."
    )
    first = chat_markdown(abstained, turn=1).split("\n")[0]
    assert first == "The article does not answer this question. It never mentions \u201cdocks\\_\\*\u201d."


def test_chat_markdown_shows_the_searched_question_of_a_follow_up() -> None:
    follow_up = answer(question="How many does it carry?", standalone_question="How many does the ferry carry?")
    assert searched_for(follow_up) == "How many does the ferry carry?"
    assert chat_markdown(follow_up, turn=3).split("\n")[:2] == ["*Searched for: How many does the ferry carry?*", ""]
    assert searched_for(answer()) is None
    assert searched_for(answer(standalone_question="")) is None


def test_draft_error_and_ingest_markdown() -> None:
    assert draft_markdown("30<0") == "30&lt;0 \u258d"
    assert error_markdown("no collection 'x_y'") == "**Could not answer:** no collection 'x\\_y'"
    report = IngestReport("a.html", "news", "abc", added=4, skipped=0)
    assert ingest_markdown(report) == "Added **a.html** to collection **news**: 4 chunks."
    replaced = IngestReport("a.html", "news", "abd", added=4, skipped=0, replaced=("abc",))
    assert (
        ingest_markdown(replaced) == "Added **a.html** to collection **news**: 4 chunks (replaced its earlier version)."
    )
    skipped = IngestReport("a.html", "news", "abc", added=0, skipped=4)
    assert ingest_markdown(skipped) == "**a.html** is already in collection **news**; nothing to add."


# --- HTML -----------------------------------------------------------------------


def test_marked_html_escapes_and_marks_spans() -> None:
    text = "a <b> c & d"
    assert marked_html(text, 0, len(text), [Span(2, 5, "hl")]) == 'a <mark class="hl">&lt;b&gt;</mark> c &amp; d'
    # overlapping spans are trimmed; spans outside the window are dropped
    assert marked_html(text, 0, 5, [Span(0, 3), Span(1, 4), Span(8, 9)]) == "<mark>a &lt;</mark><mark>b</mark>&gt;"


def test_paragraph_bounds_is_the_line_holding_the_span() -> None:
    assert paragraph_bounds(TEXT, FERRY.start, FERRY.end) == (40, 101)
    assert paragraph_bounds(TEXT, 0, 5) == (0, 39)
    assert paragraph_bounds(TEXT, len(TEXT) - 5, len(TEXT)) == (103, len(TEXT))


def test_highlight_html_marks_the_quote_inside_its_paragraph() -> None:
    assert highlight_html(TEXT, DAILY.start, DAILY.end) == (
        "The ferry carries 300 passengers. <mark>It runs &lt;daily&gt; &amp; costs \u20ac5.</mark>"
    )


def test_highlight_html_cuts_long_paragraphs_at_words() -> None:
    text = "one two three four FIVE six seven eight nine"
    start = text.index("FIVE")
    assert highlight_html(text, start, start + 4, context=9) == "\u2026four <mark>FIVE</mark> six\u2026"


def test_source_card() -> None:
    assert source_card(FERRY, DOC, turn=1, number=2) == (
        '<article class="aq-card" id="cite-1-2"><header class="aq-card-head"><span class="aq-num">2</span>'
        '<span class="aq-src">ferry &lt;news&gt;.txt</span></header><p class="aq-para">'
        "<mark>The ferry carries 300 passengers.</mark> It runs &lt;daily&gt; &amp; costs \u20ac5.</p></article>"
    )


def test_source_card_of_a_passage_with_page_and_no_document() -> None:
    paged = Citation("r.pdf", "gone", "gone-00000", 0, 5, "a<b>c", page=2)
    assert source_card(paged, None, turn=1, number=1, passage=True) == (
        '<article class="aq-card aq-passage" id="cite-1-1"><header class="aq-card-head"><span class="aq-num">1</span>'
        '<span class="aq-src">r.pdf</span><span class="aq-page">p. 2</span><span class="aq-badge">not an answer</span>'
        '</header><p class="aq-para"><mark>a&lt;b&gt;c</mark></p></article>'
    )


def test_sources_html_newest_turn_first_and_open() -> None:
    first, second = answer(question="<first>"), answer(question="second", citations=[])
    html = sources_html([first, second], {DOC.doc_id: DOC})
    assert html.index("second") < html.index("&lt;first&gt;")
    assert html.count("<details") == 2
    assert html.count('<details class="aq-turn" open>') == 1
    assert '<details class="aq-turn" open><summary><span class="aq-turn-n">2</span>second</summary></details>' in html
    assert 'id="cite-1-1"' in html
    assert sources_html([], {}) == (
        '<p class="aq-empty">Ask a question: the passages the answer rests on appear here, '
        "highlighted in their paragraph.</p>"
    )


def test_sources_html_abstention_says_so_and_marks_passages() -> None:
    html = sources_html([answer(abstained=True, citations=[])], {DOC.doc_id: DOC})
    assert '<p class="aq-note">The article does not answer this question. The closest passages:</p>' in html
    assert html.count('<span class="aq-badge">not an answer</span>') == 2
    assert html.count("<mark>") == 2


def test_article_html_highlights_answer_spans() -> None:
    spans = answer_spans(answer(), DOC.doc_id)
    assert spans == [Span(40, 73, "aq-hl-cite", "art-1")]
    assert article_html(DOC, spans) == (
        '<div class="aq-article"><header class="aq-article-head"><strong>ferry &lt;news&gt;.txt</strong>'
        '<span>125 characters</span><span class="aq-jump">Highlighted: <a href="#art-1">[1]</a></span></header>'
        "<p>Port Ellis approved a ferry on Tuesday.</p>"
        '<p><mark class="aq-hl-cite" id="art-1">The ferry carries 300 passengers.</mark>'
        " It runs &lt;daily&gt; &amp; costs \u20ac5.</p>"
        "<p>Mayor Osei spoke last.</p></div>"
    )


def test_answer_spans_of_an_abstention_are_its_passages() -> None:
    spans = answer_spans(answer(abstained=True), DOC.doc_id)
    assert [(s.start, s.css) for s in spans] == [(40, "aq-hl-passage"), (74, "aq-hl-passage")]
    assert answer_spans(answer(), "another-doc") == []
    assert answer_spans(None, DOC.doc_id) == []


def test_article_html_shows_pdf_pages() -> None:
    paged = Document(source="r.pdf", text="Page one.\n\nPage two.", pages=((0, 9, 1), (11, 20, 2)))
    assert article_html(paged) == (
        '<div class="aq-article"><header class="aq-article-head"><strong>r.pdf</strong>'
        "<span>20 characters</span><span>2 pages</span></header>"
        '<div class="aq-page-mark">Page 1</div><p>Page one.</p>'
        '<div class="aq-page-mark">Page 2</div><p>Page two.</p></div>'
    )


def test_library_html() -> None:
    infos = [CollectionInfo("news", 2, 4)]
    docs = {"news": [DocumentInfo("news", "abc", "<a>.html", 3, 1200), DocumentInfo("news", "abd", "b.txt", 1, 1)]}
    assert library_html(infos, docs) == (
        '<div class="aq-library"><section class="aq-collection"><h4>news'
        '<span class="aq-meta">2 documents \u00b7 4 chunks</span></h4><ul>'
        '<li><span class="aq-src">&lt;a&gt;.html</span><span class="aq-meta">3 chunks \u00b7 1,200 characters</span></li>'
        '<li><span class="aq-src">b.txt</span><span class="aq-meta">1 chunk \u00b7 1 character</span></li>'
        "</ul></section></div>"
    )
    assert "No collections yet" in library_html([], {})


def test_the_answer_is_emphasised_inside_its_highlighted_sentence() -> None:
    from ui.format import highlight_html

    text = "Intro line.\nThe prison can hold 40 000 <people>. More text."
    start = text.index("The prison")
    end = text.index(" More")
    answer = text.index("40 000")
    assert highlight_html(text, start, end, emphasis=(answer, answer + len("40 000 <people>"))) == (
        '<mark>The prison can hold <strong class="aq-answer">40 000 &lt;people&gt;</strong>.</mark> More text.'
    )
