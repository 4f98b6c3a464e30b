"""Each loader on a small fixture of its format, and clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import InputError, UnsupportedFileError
from ingest.load import load_file, normalize_text, unwrap_lines
from retriever.evidence import is_heading


def test_txt_is_normalised_nfc_and_whitespace(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Cafe\u0301  opens\ttoday.\r\n\r\n\r\n\r\nIt  is   new. \n".encode())
    doc = load_file(path)
    assert doc.text == "Café opens today.\n\nIt is new."
    assert doc.source == "a.txt"
    assert doc.doc_id == load_file(path).doc_id


def test_hard_wrapped_paragraphs_are_unwrapped() -> None:
    wrapped = (
        "This is a long paragraph of a plain text README that was wrapped\n"
        "by an editor at a fixed width, so sentences run across the line\n"
        "ends and must be joined again before we split sentences.\n\n"
        "A second paragraph, also wrapped by the same editor at the same\n"
        "width as the first one was.\n"
    )
    text = unwrap_lines(normalize_text(wrapped))
    assert (
        text.split("\n\n")[1]
        == "A second paragraph, also wrapped by the same editor at the same width as the first one was."
    )
    assert "\n" not in text.split("\n\n")[0]


def test_a_long_line_here_and_there_does_not_stop_unwrapping(tmp_path: Path) -> None:
    # Node.js's SECURITY.md: wrapped at 80 columns, with a link line of 117 characters.
    line = "The project runs an official bug bounty program for security researchers and for"
    path = tmp_path / "SECURITY.md"
    path.write_text(
        f"# Security\n\n{line}\nresponsible public disclosures.\n\n"
        + f"{line}\nthose who report.\n\n" * 4
        + "[Security Incident Response Plan](https://github.com/nodejs/security-wg/blob/main/INCIDENT_RESPONSE_PLAN_FOR_ALL.md).\n",
        "utf-8",
    )
    assert f"{line} responsible public disclosures." in load_file(path).text.split("\n")


def test_lines_of_a_pdf_page_are_joined_into_its_paragraphs_and_items() -> None:
    # A page as pypdf extracts it: lines wrapped at about 100 characters, no blank lines between
    # paragraphs, bullets and numbered headings.
    page = (
        "This is version 0.21 of the Shared MIME-info Database specification, last updated 2 October 2018.\n"
        "1.2. What is this spec?\n"
        "Many programs and desktops use the MIME system to represent the types of files. Frequently, it is\n"
        "necessary to work out the correct MIME type for a file.\n"
        "Short closing line.\n"
        "• magic elements contain a list of match elements, any of which may match, and an optional priority\n"
        "attribute for all of the contained rules. The default priority value is 50, and the maximum is\n"
        "100.\n"
        "• A glob-deleteall element, which indicates that patterns from previously parsed directories must\n"
        "be discarded.\n"
    )
    assert unwrap_lines(page.strip()).split("\n") == [
        "This is version 0.21 of the Shared MIME-info Database specification, last updated 2 October 2018.",
        "1.2. What is this spec?",
        "Many programs and desktops use the MIME system to represent the types of files. Frequently, it is "
        "necessary to work out the correct MIME type for a file.",
        "Short closing line.",
        "• magic elements contain a list of match elements, any of which may match, and an optional priority "
        "attribute for all of the contained rules. The default priority value is 50, and the maximum is 100.",
        "• A glob-deleteall element, which indicates that patterns from previously parsed directories must "
        "be discarded.",
    ]


def test_a_pdf_page_of_short_list_lines_still_has_its_paragraphs_joined() -> None:
    # libtasn1.pdf, page 3: a list of types, most lines short, around two wrapped paragraphs.
    items = [f"\u2022 {name};" for name in "INTEGER BOOLEAN NULL SEQUENCE SET CHOICE ANY UTCTime BMPString".split()]
    page = "\n".join(
        [
            "2.1 ASN.1 syntax",
            "The parser is case sensitive. The comments begin with -- and end either with another --,",
            "or at the end of the respective line, whichever comes first. The C-style /*, */ comments",
            "are not supported.",
            *items,
            "This version doesn\u2019t handle the REAL type. It doesn\u2019t support the AUTOMATIC TAGS",
            "option, and the EXPORT and IMPORT sections, either.",
            "2.2 Naming",
            "Consider this definition:",
        ]
    )
    lines = unwrap_lines(page, wrapped=True).split("\n")
    assert lines[1].endswith("The C-style /*, */ comments are not supported.")
    assert lines[2:11] == items
    assert lines[11:] == [
        "This version doesn\u2019t handle the REAL type. It doesn\u2019t support the AUTOMATIC TAGS option, and the "
        "EXPORT and IMPORT sections, either.",
        "2.2 Naming",
        "Consider this definition:",
    ]
    assert unwrap_lines(page) == page  # other text of mostly short lines is left alone
    table = "\n".join(["LiteralEntry:", "4 CARD32 LITERAL_OFFSET", "4 CARD32 MIME_TYPE_OFFSET", "4 CARD32 WEIGHT"])
    assert unwrap_lines(table, wrapped=True) == table  # no line as wide as prose: a table


def test_markdown_keeps_text_and_drops_markup(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Title\n\nSome **bold** and *italic* text with a [link](http://x.y).\n\n- item one\n", "utf-8")
    assert load_file(path).text == "Title\n\nSome bold and italic text with a link.\n\n- item one"


def test_markdown_joins_the_lines_of_a_paragraph_however_short(tmp_path: Path) -> None:
    # Node.js's README: a short line before a link, list items wrapped onto indented lines,
    # reference links and their definitions, underscores for italics, and a code block.
    path = tmp_path / "README.md"
    path.write_text(
        "# Node.js\n\nNode.js is available under the\n[MIT License](https://opensource.org/licenses/MIT).\n"
        "See the [Node.js website][] for more.\n\n"
        "* **LTS**: Releases that receive Long Term Support. They get 12 months of _Active LTS_\n"
        "  support.\n* **Nightly**: Built every day.\n\n"
        "```console\n$ make\n$ make install\n```\n\n"
        "[Node.js website]: https://nodejs.org/\n",
        "utf-8",
    )
    assert load_file(path).text.split("\n") == [
        "Node.js",
        "",
        "Node.js is available under the MIT License. See the Node.js website for more.",
        "",
        "- LTS: Releases that receive Long Term Support. They get 12 months of Active LTS support.",
        "- Nightly: Built every day.",
        "",
        "$ make",
        "$ make install",
    ]


def _html_text(tmp_path: Path, html: str) -> str:
    path = tmp_path / "a.html"
    path.write_text(html, "utf-8")
    return load_file(path).text


def test_html_keeps_main_text_only(tmp_path: Path) -> None:
    text = _html_text(
        tmp_path,
        "<html><head><title>T</title><style>p{color:red}</style><script>var x=1;</script></head><body>"
        "<nav>Home | About</nav><article><h1>Big news</h1><p>The mayor <b>resigned</b> today.</p>"
        "<p>Elections follow &amp; soon.</p></article><footer>Copyright</footer></body></html>",
    )
    assert text == "Big news\nThe mayor resigned today.\nElections follow & soon."


def test_html_keeps_prose_asides_and_drops_link_boxes(tmp_path: Path) -> None:
    text = _html_text(
        tmp_path,
        "<html><body><aside><p>Site menu text</p></aside><article><h1>Socket HOWTO</h1>"
        '<aside class="topic"><p class="topic-title">Abstract</p><p>Sockets are used nearly everywhere.</p></aside>'
        "<p>Here is the body.</p>"
        '<aside><p><a href="/a">Read more: a story</a></p><ul><li><a href="/b">Another story</a></li></ul></aside>'
        "<aside><span>Share</span></aside></article></body></html>",
    )
    assert text == "Socket HOWTO\nAbstract\nSockets are used nearly everywhere.\nHere is the body."


def test_html_news_page_keeps_the_article_header_and_drops_page_furniture(tmp_path: Path) -> None:
    text = _html_text(
        tmp_path,
        '<html><body><header class="masthead">Meridian News <a href="/">Home</a></header><main><article>'
        "<header><h1>Ferry approved</h1><p>Councillors back three boats.</p>"
        '<p>Posted on <time class="published">4 March</time><time class="updated">5 March</time></p>'
        '<div>By <a href="/jane">Jane Doe</a>, Transport correspondent <time>12 March 2025</time></div>'
        '<ul><li><a href="https://x.com/share">Share on X</a></li><li><button>Copy link</button></li></ul></header>'
        "<p>The council approved the ferry on Wednesday.</p>"
        '<blockquote class="mn-pullquote"><p>“The council approved the ferry”</p><cite>A. Clerk</cite></blockquote>'
        '<p>Read more: <a href="https://news.example/bridge">Why the bridge keeps closing</a></p>'
        '<div aria-hidden="true"><span>Advertisement</span></div><p hidden>Old draft text.</p>'
        '<p>It will cost <a href="/budget">£84.5m</a>, the council said in a statement on Wednesday.</p>'
        '<ul><li><a href="https://news.example/t/ferries">Ferries</a></li>'
        '<li><a href="https://news.example/t/council">Local government</a></li></ul>'
        # A manual's list of functions links within it, and a section's id is its title: they stay.
        '<section id="advanced-topics"><ul><li><a href="../library/inspect.html#inspect.stack">inspect.stack()</a>'
        "</li></ul></section>"
        # Furniture by its class name: comments, newsletter box.
        '<section class="mn-comments"><h3>Comments</h3><p>Comments are closed on this article.</p></section>'
        '<div class="newsletter-box"><p>Get our morning briefing at 6am every day.</p></div>'
        '<div class="jp-relatedposts"><h3>Related</h3><p>Bridge to close for repairs</p></div>'
        "</article></main></body></html>",
    )
    assert text == (
        "Ferry approved\nCouncillors back three boats.\nPosted on 4 March 5 March\nBy Jane Doe, Transport correspondent 12 March 2025\n"
        "The council approved the ferry on Wednesday.\n"
        "It will cost £84.5m, the council said in a statement on Wednesday.\n- inspect.stack()"
    )


def test_html_list_items_are_marked_as_items_not_headings(tmp_path: Path) -> None:
    text = _html_text(
        tmp_path,
        "<html><body><article><h2>What the building contains</h2><ul><li>eight laboratories</li>"
        "<li><p>solar panels supplying <b>40 per cent</b> of its power</p></li></ul>"
        "<ol><li>First step</li></ol><p>Headteacher Dan Ash said it was long.</p></article></body></html>",
    )
    assert text == (
        "What the building contains\n- eight laboratories\n- solar panels supplying 40 per cent of its power\n"
        "First step\nHeadteacher Dan Ash said it was long."
    )
    assert not is_heading("- eight laboratories")  # so no item heads the paragraph after the list


def test_html_source_line_breaks_are_spaces_except_in_pre(tmp_path: Path) -> None:
    text = _html_text(
        tmp_path,
        "<html><body><div class='sidebar'>Contents</div><div role='main'>"
        '<h2>Sorting basics<a class="headerlink" href="#basics">\u00b6</a></h2>'
        "<p>The value of the key parameter should be a function\n   that takes a single argument.</p>"
        "<pre>x = sorted(\n    data)</pre></div></body></html>",
    )
    assert text == (
        "Sorting basics\nThe value of the key parameter should be a function that takes a single argument.\n"
        "x = sorted(\ndata)"
    )


def test_html_table_rows_read_as_lines_named_by_their_headers(tmp_path: Path) -> None:
    text = _html_text(
        tmp_path,
        "<html><body><p>The levels:</p><table><thead><tr><th><p>Level</p></th><th><p>Numeric value</p></th></tr>"
        "</thead><tbody><tr><td><p>ERROR</p></td><td><p>40</p></td></tr><tr><td>DEBUG</td><td>10</td></tr>"
        "</tbody></table><table><tr><td>no</td><td>header</td></tr></table></body></html>",
    )
    assert text == "The levels:\nLevel: ERROR; Numeric value: 40\nLevel: DEBUG; Numeric value: 10\nno | header"


def test_html_field_list_terms_share_a_line_with_short_definitions(tmp_path: Path) -> None:
    text = _html_text(
        tmp_path,
        "<html><body><h1>Socket Programming HOWTO</h1><dl class='field-list simple'>"
        "<dt class='field-odd'>Author<span class='colon'>:</span></dt><dd class='field-odd'><p>Gordon McMillan &lt;<a href='mailto:x'>gm<span>&#64;</span>example<span>.</span>org</a>&gt;</p></dd>"
        "<dt>Release</dt><dd><p>0.<b>1</b></p></dd></dl>"
        "<dl class='py function'><dt>socket.create_connection(address)</dt>"
        "<dd><p>Connect to a TCP service.</p><p>Return the socket object.</p></dd></dl></body></html>",
    )
    assert text == (
        "Socket Programming HOWTO\nAuthor: Gordon McMillan <gm@example.org>\nRelease: 0.1\n"
        "socket.create_connection(address)\nConnect to a TCP service.\nReturn the socket object."
    )


def test_pdf_keeps_page_numbers(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "a.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 800, "The first page talks about bridges.")
    pdf.showPage()
    pdf.drawString(72, 800, "The second page talks about tunnels.")
    pdf.save()
    doc = load_file(path)
    assert doc.text == "The first page talks about bridges.\n\nThe second page talks about tunnels."
    assert doc.page_at(doc.text.index("bridges")) == 1
    assert doc.page_at(doc.text.index("tunnels")) == 2


@pytest.mark.parametrize(
    ("name", "content", "error", "message"),
    [
        ("missing.txt", None, InputError, "no such file: {path}"),
        ("a.docx", b"PK\x03\x04", UnsupportedFileError, "cannot read {path}: unsupported file type '.docx'"),
        ("empty.txt", b"", InputError, "{path} is empty; nothing to ingest"),
        ("bin.txt", b"\x00\x01\x02binary", InputError, "{path} looks like a binary file"),
        ("blank.md", b"   \n\n  ", InputError, "{path} has no readable text"),
        ("bad.pdf", b"%PDF-1.4 not really", InputError, "{path} is not a readable PDF"),
    ],
)
def test_bad_files_raise_clear_errors(
    tmp_path: Path, name: str, content: bytes | None, error: type[Exception], message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error) as info:
        load_file(path)
    assert str(info.value).startswith(message.format(path=path))


NEWS_PAGE = Path(__file__).parent / "fixtures" / "news-page.html"  # a saved page of a made-up news site


def test_a_saved_news_page_reads_as_its_article() -> None:
    lines = load_file(NEWS_PAGE).text.split("\n")
    assert lines[:3] == [
        "Havenmouth approves £84.5m electric harbour ferry after six-year row",
        "Councillors back three battery-powered boats to link Old Quay and Skerry Point — but the first sailing "
        "has slipped to 2028.",
        "By Jane Doe, Transport correspondent 12 March 2025, 18:42 GMT Updated 21:05 GMT Comments (214)",
    ]
    assert lines[-1].startswith("Ms Pryce said she understood residents’ frustration at the delay.")
    text = "\n".join(lines)
    # The page around the article: consent banner, ticker, share bar, promos, ads, pull quote, topics,
    # comments, "Most read", related stories, newsletter box, footer.
    for furniture in (
        "cookies",
        "Breaking",
        "Share on X",
        "Read more:",
        "Advertisement",
        "Related topics",
        "Comments are closed",
        "Most read",
        "morning briefing",
        "Copyright",
    ):
        assert furniture not in text, furniture
    assert text.count("We weren’t against the ferry") == 1  # the pull quote repeated it
