"""Regenerate docs/debian-python-policy.txt from the Debian Python Policy HTML.

Source: /usr/share/doc/python3/python-policy.html (Debian package python3 /
python3-dev, source package python3-defaults). Keeps headings, paragraphs and
list items as one line each, drops navigation, code blocks (<pre>) and
everything after section 4.3 ("Module Package Names").
Standard library only: python3 evals/gold/prepare_doc.py
"""

import html.parser
import os

from goldtools import write_document

SRC = "/usr/share/doc/python3/python-policy.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs", "debian-python-policy.txt")
STOP_HEADING = "4.4. Specifying Supported Versions"

BLOCK = {"h1", "h2", "h3", "h4", "p", "dt"}


class Extractor(html.parser.HTMLParser):
    """Collect (tag, text) for block elements, skipping <pre> and permalink anchors."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.cur = None
        self.tag = None
        self.skip = 0  # depth inside <pre>/<script>/<style>
        self.in_headerlink = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and "headerlink" in (a.get("class") or ""):
            self.in_headerlink = True
        elif tag in ("pre", "script", "style"):
            self.skip += 1
        elif tag in BLOCK:
            self.cur, self.tag = [], tag

    def handle_endtag(self, tag):
        if tag == "a" and self.in_headerlink:
            self.in_headerlink = False
        elif tag in ("pre", "script", "style"):
            self.skip -= 1
        elif tag in BLOCK and self.cur is not None:
            text = " ".join("".join(self.cur).split())
            if text:
                self.blocks.append((self.tag, text))
            self.cur = None

    def handle_data(self, data):
        if self.skip or self.in_headerlink or self.cur is None:
            return
        self.cur.append(data)


def main():
    raw = open(SRC, encoding="utf-8").read()
    p = Extractor()
    p.feed(raw)
    lines = []
    started = False
    for tag, text in p.blocks:
        if tag.startswith("h") and text == "Abstract":
            started = True
        if not started:
            continue
        if text in ("Contents", "Navigation"):
            continue
        if text == STOP_HEADING:
            break
        lines.append(text)
    t = "\n".join(lines)
    # the only dropped <pre> block that sits inside a sentence ("import foo"):
    # render it inline so the sentence stays whole
    assert "the Python statement\nshould import" in t
    t = t.replace("the Python statement\nshould import", "the Python statement import foo should import")
    write_document(t.split("\n"), OUT)


if __name__ == "__main__":
    main()
