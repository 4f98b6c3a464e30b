"""Regenerate docs/users-and-groups.txt from Debian's "Users and Groups" HTML.

Source: /usr/share/doc/base-passwd/users-and-groups.html (Debian package
base-passwd). Keeps the title, authors, copyright and licence notice, chapter
headings, paragraphs and definition terms (user/group names) as one line each;
drops the table of contents. The document is GPL-2 (see README.md).
Standard library only: python3 evals/gold/prepare_users_doc.py
"""

import html.parser
import os

from goldtools import write_document

SRC = "/usr/share/doc/base-passwd/users-and-groups.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs", "users-and-groups.txt")

BLOCK = {"h1", "h2", "h3", "h4", "p", "dt", "li"}


class Extractor(html.parser.HTMLParser):
    """Collect (tag, text) for block elements, skipping <pre> and the table of contents."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.cur = None
        self.tag = None
        self.skip = 0  # depth inside <pre>/<script>/<style>
        self.div_depth = 0
        self.toc_depth = None  # div depth of <div class="TOC">, while inside it

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            self.div_depth += 1
            if (a.get("class") or "").upper() == "TOC" and self.toc_depth is None:
                self.toc_depth = self.div_depth
        elif tag in ("pre", "script", "style"):
            self.skip += 1
        elif tag in BLOCK and self.toc_depth is None:
            self.cur, self.tag = [], tag

    def handle_endtag(self, tag):
        if tag == "div":
            if self.toc_depth == self.div_depth:
                self.toc_depth = None
            self.div_depth -= 1
        elif tag in ("pre", "script", "style"):
            self.skip -= 1
        elif tag in BLOCK and self.cur is not None and tag == self.tag:
            text = " ".join("".join(self.cur).split())
            if text:
                self.blocks.append((self.tag, text))
            self.cur = None

    def handle_data(self, data):
        if self.skip or self.cur is None:
            return
        self.cur.append(data)


def main():
    raw = open(SRC, encoding="utf-8").read()
    p = Extractor()
    p.feed(raw)
    lines = [text for _tag, text in p.blocks]
    assert lines[0] == "Users and Groups in the Debian System", lines[:3]
    assert "Table of Contents" not in lines
    assert "Chapter 1. Introduction" in lines and "Chapter 2. Users and Groups" in lines
    write_document(lines, OUT)


if __name__ == "__main__":
    main()
