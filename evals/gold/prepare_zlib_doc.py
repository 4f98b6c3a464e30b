"""Regenerate docs/zlib-how.txt from Mark Adler's "zlib Usage Example" HTML.

Source: /usr/share/doc/zlib1g-dev/examples/zlib_how.html (Debian package
zlib1g-dev, source package zlib). The page has no <p> around most of its
prose: paragraphs are runs of body text between <p>, <pre>, <h2>, <hr> and
<br>. Keeps the title (the <h2>), the prose paragraphs and the footer
(copyright and "Last modified" lines) as one line each; drops the <head>, the
HTML comments and every <pre> code block (the whole program zpipe.c). Inline
<tt>/<em>/<a> words are kept as plain text, so sentences stay whole. See
README.md for the licence.
Standard library only: python3 evals/gold/prepare_zlib_doc.py
"""

import os

from goldtools import TextBlocks, write_document

SRC = "/usr/share/doc/zlib1g-dev/examples/zlib_how.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs", "zlib-how.txt")

BREAK = {"p", "pre", "h1", "h2", "h3", "hr", "br", "body"}  # tags that end a paragraph
SKIP = {"pre", "head", "script", "style"}


class Extractor(TextBlocks):
    """Collect paragraphs of body text, split at BREAK tags, skipping SKIP elements."""

    def __init__(self):
        super().__init__()
        self.skip = 0  # depth inside <pre>/<head>/<script>/<style>

    def handle_starttag(self, tag, attrs):
        if tag in BREAK:
            self.flush()
        if tag in SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
            self.cur = []
        elif tag in BREAK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def close(self):
        super().close()
        self.flush()


def main():
    raw = open(SRC, encoding="ascii").read()  # declared ISO-8859-1, but the file is pure ASCII
    p = Extractor()
    p.feed(raw)
    p.close()
    lines = p.blocks
    assert lines[0] == "zlib Usage Example", lines[:3]
    assert lines[-2:] == ["Copyright (c) 2004, 2005 by Mark Adler", "Last modified 11 December 2005"], lines[-2:]
    t = "\n".join(lines)
    # nothing from the code blocks may leak in
    for code in ("#include", "#define", "strm.zalloc =", "/*", "{", "Version history"):
        assert code not in t, code
    # the one shell example with bare "<" / ">" must survive the HTML parser
    assert "zpipe < foo.txt > foo.txt.z" in t
    write_document(lines, OUT)


if __name__ == "__main__":
    main()
