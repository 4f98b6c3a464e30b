"""Regenerate docs/python-shutil.txt from the Python 3.11 "shutil — High-level file operations" HTML.

Source: /usr/share/doc/python3.11/html/library/shutil.html (Debian package
python3.11-doc, pulled in by python3-doc; from the Python 3.11.2
documentation). Only the body (<div class="body" role="main">) is read, with
the reader of prepare_logging_doc.py (itself the reader of
prepare_unicode_doc.py): the sidebar, navigation and footer are dropped.

The title, the "Source code: Lib/shutil.py" line, headings, paragraphs, list
items, admonition titles ("Warning", "Note"), and the "Changed in version",
"New in version", "Availability" and "See also" paragraphs each become one
line. Each API entry's signature (the <dt> of a <dl class="py function">,
"py exception" or "py attribute", e.g. "shutil.copyfile(src, dst, *,
follow_symlinks=True)" or "exception shutil.SameFileError") is its own line,
right above the lines of its description. "¶" permalink markers and link URLs
are dropped (link text is kept); inline code (<code>, e.g. copy2(),
os.supports_follow_symlinks) is kept as plain text.

Code blocks (<pre>) are dropped, except where a sentence runs on across one
(the prose right after a block starts with a lower-case letter), which would
be written inline as prepare_logging_doc.py does. On this page no sentence
does: all 9 blocks (the which() example on Windows, the three copytree/rmtree
examples, the two archiving examples and their two shell listings, and the
tree listing) are dropped, so the sentences that introduce them end in ":"
("For example, on Windows:", "Therefore we use the following:"). The one
block followed by a lower-case line is followed by the heading "rmtree
example", not by prose, so headings never count as a run-on (the merge() of
prepare_logging_doc.py would have joined it; it is not used here). The page has
no tables and no images.

Some lines occur more than once on the page (e.g. "New in version 3.3.",
"Raises an auditing event shutil.copyfile with arguments src, dst.", the
"Changed in version 3.8: Platform-specific fast-copy syscalls ..." line, the
format lists "gztar: gzip’ed tar-file (if the zlib module is available).");
they are kept, each under its own entry.
Licence: the page footer (dropped) says the page is licensed under the Python
Software Foundation License Version 2 (code examples also under Zero Clause
BSD); /usr/share/doc/python3.11-doc/copyright gives the Python licence stack.
Standard library only: python3 evals/gold/prepare_shutil_doc.py
"""

import os

from goldtools import write_document
from prepare_logging_doc import CODE, LoggingExtractor

SRC = "/usr/share/doc/python3.11/html/library/shutil.html"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs", "python-shutil.txt")

# every API entry of the page, as its signature line must read
SIGNATURES = [
    "shutil.copyfileobj(fsrc, fdst[, length])",
    "shutil.copyfile(src, dst, *, follow_symlinks=True)",
    "exception shutil.SameFileError",
    "shutil.copymode(src, dst, *, follow_symlinks=True)",
    "shutil.copystat(src, dst, *, follow_symlinks=True)",
    "shutil.copy(src, dst, *, follow_symlinks=True)",
    "shutil.copy2(src, dst, *, follow_symlinks=True)",
    "shutil.ignore_patterns(*patterns)",
    "shutil.copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False, dirs_exist_ok=False)",
    "shutil.rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None)",
    "rmtree.avoids_symlink_attacks",
    "shutil.move(src, dst, copy_function=copy2)",
    "shutil.disk_usage(path)",
    "shutil.chown(path, user=None, group=None)",
    "shutil.which(cmd, mode=os.F_OK | os.X_OK, path=None)",
    "exception shutil.Error",
    "shutil.make_archive(base_name, format[, root_dir[, base_dir[, verbose[, dry_run[, owner[, group[, logger]]]]]]])",
    "shutil.get_archive_formats()",
    "shutil.register_archive_format(name, function[, extra_args[, description]])",
    "shutil.unregister_archive_format(name)",
    "shutil.unpack_archive(filename[, extract_dir[, format]])",
    "shutil.register_unpack_format(name, extensions, function[, extra_args[, description]])",
    "shutil.unregister_unpack_format(name)",
    "shutil.get_unpack_formats()",
    "shutil.get_terminal_size(fallback=(columns, lines))",
]

HEADINGS = [
    "shutil — High-level file operations",
    "Directory and files operations",
    "Platform-dependent efficient copy operations",
    "copytree example",
    "rmtree example",
    "Archiving operations",
    "Archiving example",
    "Archiving example with base_dir",
    "Querying the size of the output terminal",
]


class SignatureExtractor(LoggingExtractor):
    """The Logging HOWTO reader, also noting which blocks are signatures (<dt>) and headings."""

    def __init__(self):
        super().__init__()
        self.dts = []  # index in `blocks` of each <dt> line
        self.headings = set()  # index in `blocks` of each heading line

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)  # flushes the line before any BREAK tag
        if self.main and tag == "dt":
            self.dts.append(len(self.blocks))  # the <dt> text becomes the next block
        if self.main and tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.add(len(self.blocks))


def drop_code(blocks, headings):
    """Drop the code blocks, checking that no sentence runs on across one: the line after a block
    is a heading or starts with no lower-case letter (else it would have to be written inline)."""
    out = []
    for i, b in enumerate(blocks):
        if b.startswith(CODE):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else ""
            assert i + 1 in headings or not nxt[:1].islower(), ("sentence runs on across a code block", nxt)
            continue
        out.append(b)
    return out


def main():
    raw = open(SRC, encoding="utf-8").read()
    p = SignatureExtractor()
    p.feed(raw)
    p.close()
    assert [p.blocks[i] for i in p.dts] == SIGNATURES, [p.blocks[i] for i in p.dts]
    assert all(not p.blocks[i + 1].startswith("\x00") for i in p.dts), "a signature not followed by its description"
    assert sum(b.startswith(CODE) for b in p.blocks) == 9
    assert sorted(p.blocks[i] for i in p.headings) == sorted(HEADINGS), [p.blocks[i] for i in p.headings]
    lines = drop_code(p.blocks, p.headings)
    assert lines[0] == "shutil — High-level file operations", lines[0]
    assert lines[1] == "Source code: Lib/shutil.py", lines[1]
    assert lines[-1] == "Changed in version 3.11: The fallback values are also used if os.get_terminal_size() returns zeroes.", lines[-1]
    t = "\n".join(lines)
    assert "\x00" not in t
    for s in SIGNATURES:
        assert s in lines, s
    # nothing from the dropped code blocks, the permalinks or the sidebar may leak in
    for bad in ("¶", ">>>", "from shutil import", "/Users/tarek", "structure/content", "tar -tzvf",
                "os.chmod(path, stat.S_IWRITE)", "https://", "Table of Contents", "Previous topic",
                "Copyright", "Last updated"):
        assert bad not in t, bad
    write_document(lines, OUT)


if __name__ == "__main__":
    main()
