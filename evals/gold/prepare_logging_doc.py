"""Regenerate docs/python-logging-howto.txt from the Python 3.11 "Logging HOWTO" HTML.

Source: /usr/share/doc/python3.11/html/howto/logging.html (Debian package
python3.11-doc, pulled in by python3-doc; from the Python 3.11.2
documentation; author Vinay Sajip). Only the body (<div class="body"
role="main">) is read, with the reader of prepare_unicode_doc.py: the sidebar,
navigation and footer are dropped. The title, the "Author:" field, headings,
paragraphs, list items, "Note"/"See also" titles and the see-also entries each
become one line. "¶" permalink markers and link URLs are dropped (link text is
kept); inline code (<code>, e.g. basicConfig(), logging.lastResort) is kept as
plain text. The one image (the logging flow diagram) has no text and vanishes.

Code blocks (<pre>) are dropped, except where a sentence runs on across one:
when the prose right after a block starts with a lower-case letter (e.g.
"you’ll see: / WARNING:root:Watch out! / printed out on the console."), the
block is written inline, its whitespace squashed, and the text before, the
code and the text after are joined into one line. 11 of the 31 blocks are
inlined this way; the other 20 (whole programs, outputs that end a sentence,
the logging.conf and YAML files) are dropped.

Tables (four: "When to use logging", the levels and their use, the numeric
values of the levels, and what not to collect) become one line per body row,
each cell named by its column header and the cells joined by "; ", e.g.
"Level: DEBUG; When it’s used: Detailed information, typically of interest
only when diagnosing problems." Two paragraphs in one cell are joined by "; "
as well, and a full stop ending a cell that is not the row's last is dropped
so that no ".;" appears. The header rows are not written separately.
Licence: the page footer (dropped) says the page is licensed under the Python
Software Foundation License Version 2 (code examples also under Zero Clause
BSD); /usr/share/doc/python3.11-doc/copyright gives the Python licence stack.
Standard library only: python3 evals/gold/prepare_logging_doc.py
"""

import os

from goldtools import write_document
from prepare_unicode_doc import Extractor

SRC = "/usr/share/doc/python3.11/html/howto/logging.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs", "python-logging-howto.txt")

CODE = "\x00code "  # a dropped code block, kept as a marker block until merge()
CELL = "\x00cell "  # start of a table cell (value: "th" or "td")
ROW = "\x00row"  # start of a table row


class LoggingExtractor(Extractor):
    """The Unicode HOWTO reader, also keeping the text of each <pre> block as a marker
    and turning each table into one line per body row."""

    def __init__(self):
        super().__init__()
        self.code = None  # text of the <pre> block being read
        self.table = None  # index in `blocks` where the current table starts

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)  # flushes the line before any BREAK tag
        if not self.main:
            return
        if tag == "pre":
            self.code = []
        elif tag == "table":
            assert self.table is None, "nested table"
            self.table = len(self.blocks)
        elif tag == "tr" and self.table is not None:
            self.blocks.append(ROW)
        elif tag in ("th", "td") and self.table is not None:
            self.blocks.append(CELL + tag)

    def handle_data(self, data):
        if self.main and self.code is not None:
            self.code.append(data)
        else:
            super().handle_data(data)

    def handle_endtag(self, tag):
        main = self.main
        super().handle_endtag(tag)
        if not main:
            return
        if tag == "pre":
            self.blocks.append(CODE + " ".join("".join(self.code).split()))
            self.code = None
        elif tag == "table":
            rows = table_rows(self.blocks[self.table:])
            self.blocks[self.table:] = rows
            self.table = None


def table_rows(blocks):
    """One line per body row: 'Header: cell; Header: cell', from the marker blocks of one table."""
    rows = []  # each row: list of (tag, [paragraphs])
    for b in blocks:
        if b == ROW:
            rows.append([])
        elif b.startswith(CELL):
            rows[-1].append((b[len(CELL):], []))
        else:
            assert not b.startswith("\x00"), "code block inside a table"
            rows[-1][-1][1].append(b)
    head, body = rows[0], rows[1:]
    assert head and all(t == "th" for t, _ in head), head
    names = [" ".join(ps) for _, ps in head]
    lines = []
    for row in body:
        assert len(row) == len(names) and all(t == "td" for t, _ in row), row
        cells = ["; ".join(ps) for _, ps in row]
        cells = [c[:-1] if c.endswith(".") and i < len(cells) - 1 else c for i, c in enumerate(cells)]
        lines.append("; ".join("%s: %s" % (n, c) for n, c in zip(names, cells)))
    return lines


def merge(blocks):
    """Write a code block inline where the sentence runs on after it (the next line starts lower-case);
    drop every other code block."""
    out = []
    pending = None  # code block waiting to see what follows it
    joined = 0
    for b in blocks:
        if b.startswith(CODE):
            pending = b[len(CODE):]
            continue
        if pending is not None and b[:1].islower():
            assert out and out[-1].endswith(":"), (out[-1:], pending, b)
            out[-1] = " ".join((out[-1], pending, b))
            joined += 1
        else:
            out.append(b)
        pending = None
    return out, joined


def main():
    raw = open(SRC, encoding="utf-8").read()
    p = LoggingExtractor()
    p.feed(raw)
    p.close()
    assert sum(b.startswith(CODE) for b in p.blocks) == 31
    lines, joined = merge(p.blocks)
    assert joined == 11, joined
    # the field list "Author: Vinay Sajip <...>" is a <dt>/<dd> pair; keep it as one line
    assert lines[:3] == ["Logging HOWTO", "Author:", "Vinay Sajip <vinay_sajip at red-dove dot com>"], lines[:3]
    lines = [lines[0], "Author: " + lines[2]] + lines[3:]
    assert lines[-1] == "A logging cookbook", lines[-1]
    t = "\n".join(lines)
    assert "\x00" not in t
    assert "Level: DEBUG; When it’s used: Detailed information, typically of interest only when diagnosing problems." in lines
    assert "Level: NOTSET; Numeric value: 0" in lines
    # nothing from the dropped code blocks, the permalinks or the sidebar may leak in
    for bad in ("¶", "keys=root", "# myapp.py", "import logging.config",
                "Table of Contents", "Previous topic", "Copyright", "Last updated", "logging_flow.png"):
        assert bad not in t, bad
    write_document(lines, OUT)


if __name__ == "__main__":
    main()
