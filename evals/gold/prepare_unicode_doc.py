"""Regenerate docs/python-unicode-howto.txt from the Python 3.11 "Unicode HOWTO" HTML.

Source: /usr/share/doc/python3.11/html/howto/unicode.html (Debian package
python3.11-doc, pulled in by python3-doc; release 1.12 of the HOWTO, from the
Python 3.11.2 documentation). Only the body (<div class="body" role="main">)
is read: the sidebar, navigation and footer are dropped. The title, the
"Release: 1.12" field, headings, paragraphs, list items and the one block
quote each become one line. Every code block (<div class="highlight-..."><pre>)
is dropped, along with the "¶" permalink markers and link URLs (link text is
kept). Inline code (<code>, e.g. str.encode(), U+265E) is kept as plain text.
Two sentences run across a dropped code block ("... running the following
program:" / "will produce the following output:"); they stay as two lines.
Source typos are kept ("should can just stick", "a filesystem encoding. if").
Licence: the page footer (dropped) says the page is licensed under the Python
Software Foundation License Version 2 (code examples also under Zero Clause
BSD); /usr/share/doc/python3.11-doc/copyright gives the Python licence stack.
Standard library only: python3 evals/gold/prepare_unicode_doc.py
"""

import os

from goldtools import TextBlocks, write_document

SRC = "/usr/share/doc/python3.11/html/howto/unicode.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs", "python-unicode-howto.txt")

# tags that end a line of text
BREAK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "dl", "ol", "ul",
         "blockquote", "div", "section", "pre", "table", "tr", "td", "th"}


class Extractor(TextBlocks):
    """Collect the lines of the main body, skipping <pre> blocks and headerlinks."""

    def __init__(self):
        super().__init__()
        self.main = 0  # <div> depth inside the role="main" div (0 = outside)
        self.skip = 0  # depth inside <pre>/<script>/<style>
        self.headerlink = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self.main:
                self.main += 1
            elif a.get("role") == "main":
                self.main = 1
        if not self.main:
            return
        if tag in BREAK:
            self.flush()
        if tag in ("pre", "script", "style"):
            self.skip += 1
        if tag == "a" and "headerlink" in (a.get("class") or "").split():
            self.headerlink = True

    def handle_endtag(self, tag):
        if not self.main:
            return
        if tag in ("pre", "script", "style"):
            self.skip -= 1
            self.cur = []
        elif tag == "a" and self.headerlink:
            self.headerlink = False
        elif tag in BREAK:
            self.flush()
        if tag == "div":
            self.main -= 1

    def handle_data(self, data):
        if self.main and not self.skip and not self.headerlink:
            self.cur.append(data)

    def close(self):
        super().close()
        self.flush()


def main():
    raw = open(SRC, encoding="utf-8").read()
    p = Extractor()
    p.feed(raw)
    p.close()
    lines = p.blocks
    # the field list "Release: 1.12" is a <dt>/<dd> pair; keep it as one line
    assert lines[:3] == ["Unicode HOWTO", "Release:", "1.12"], lines[:3]
    lines = [lines[0], "Release: 1.12"] + lines[3:]
    assert lines[-1].endswith("Eryk Sun, Chad Whitacre, Graham Wideman."), lines[-1]
    t = "\n".join(lines)
    # nothing from the code blocks, the permalinks or the sidebar may leak in
    for bad in ("¶", ">>>", "import unicodedata", "LATIN SMALL LETTER A", "Table of Contents",
                "Previous topic", "Copyright", "Last updated"):
        assert bad not in t, bad
    write_document(lines, OUT)


if __name__ == "__main__":
    main()
