"""Loaders: turn a file into one normalised `Document` whose text all offsets refer to."""

from __future__ import annotations

import hashlib
import re
import statistics
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.errors import InputError, UnsupportedFileError

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    """A normalised article: `text` is what every chunk and citation offset points into."""

    source: str
    text: str
    pages: tuple[tuple[int, int, int], ...] = ()  # (start, end, page number) for PDFs

    @property
    def doc_id(self) -> str:
        """Content hash: the same text always gets the same id."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def page_at(self, offset: int) -> int | None:
        """The PDF page holding character `offset`, or None for non-paged documents."""
        for start, end, page in self.pages:
            if start <= offset < end:
                return page
        return None


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_RUNS = re.compile(r"\n{3,}")
# A line that starts a heading, a list item ("- ", "• ", "2. ", "1.2. ", "2.2 Naming"), a quote or a table row.
_BLOCK_START = re.compile(r"^(#{1,6}\s|[-*+\u2022\u25e6\u25aa\u2023]\s|\d+(\.\d+)*[.)]\s|\d+(\.\d+)+\s+[A-Z]|>|\|)")


def normalize_text(text: str) -> str:
    """NFC, one kind of newline, single spaces, at most one blank line, stripped; idempotent."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


WRAP_WIDTH = 120  # nine lines in ten at most this long: wrapped text (an 80-column README, a PDF page)
PROSE_WIDTH = 60  # nine lines in ten shorter than this: a table or a list, not wrapped prose
FULL_LINE = 0.75  # a wrapped line fills this share of the width at least; a shorter one ends a paragraph


def unwrap_lines(text: str, wrapped: bool = False) -> str:
    """Join hard-wrapped lines inside paragraphs, so sentences are not cut at line ends.

    Text counts as hard-wrapped when nearly all its lines are short and of similar
    length, as in plain-text READMEs and PDF extracts; a long link or table row
    here and there does not change that. Articles with one paragraph per line
    are left alone. A line is joined to the next unless it is short (a heading,
    the last line of a paragraph in a PDF, which has no blank lines between them)
    or ends with a colon, or the next one starts a list item, heading or quote. A PDF page is
    `wrapped` however many of its lines are short (a page of list items still wraps its
    paragraphs).
    """
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    if len(lengths) < 4 or (statistics.median(lengths) < 40 and not wrapped):
        return text
    width = lengths[len(lengths) * 9 // 10]
    if width > WRAP_WIDTH or width < PROSE_WIDTH:
        return text
    paragraphs = []
    for block in text.split("\n\n"):
        lines: list[str] = []
        previous = ""
        for line in block.split("\n"):
            full = len(previous) >= FULL_LINE * width
            if lines and full and not _BLOCK_START.match(line) and not previous.endswith(":"):
                lines[-1] = _join_wrapped(lines[-1], line)
            else:
                lines.append(line)
            previous = line
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _join_wrapped(left: str, right: str) -> str:
    # A hyphen at a line end followed by a lower-case word is a split word.
    if left.endswith("-") and right[:1].islower() and left[-2:-1].isalpha():
        return left[:-1] + right
    return f"{left} {right}"


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise InputError(f"{path} looks like a binary file, not text; give a .txt, .md, .html or .pdf article")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path} is not UTF-8 text; convert it to UTF-8 and try again")


def _load_txt(path: Path) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    return unwrap_lines(normalize_text(_read_text(path))), ()


_MD_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^```.*$", re.M), ""),  # code fence markers (the code itself stays as text)
    (re.compile(r"^\[[^\]]+\]:\s*\S.*$", re.M), ""),  # link reference definitions: "[Node.js website]: https://..."
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> link text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links -> link text: "[Node.js website][]"
    (re.compile(r"^#{1,6}\s+", re.M), ""),  # heading markers
    (re.compile(r"^[ \t]*[-*+][ \t]+", re.M), "- "),  # bullets, unified
    (re.compile(r"^>\s?", re.M), ""),  # block quotes
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"(?<!\w)_(?![\s_])(.+?)(?<![\s_])_(?!\w)"), r"\1"),  # italics, "_Active LTS_" (not "Z_OK")
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
    (re.compile(r"^[ \t]*([-*_][ \t]*){3,}$", re.M), ""),  # horizontal rules
]


# Lines that stand on their own in Markdown: a code fence, a link reference definition, an HTML
# line, a setext underline or a rule.
_MD_OWN_LINE = re.compile(r"^(```|\[[^\]]+\]:\s|<|[-=*_]{3,}$)")


def unwrap_markdown(text: str) -> str:
    """Join the lines of each Markdown paragraph and list item: a single line break in Markdown is a
    space, however short the line ("Node.js is available under the" / "[MIT License](...)").
    Headings, new list items, quotes, table rows, code fences and the code between them keep
    their lines."""
    out: list[str] = []
    fenced = False
    for line in text.split("\n"):
        previous = out[-1] if out else ""
        if (
            not fenced
            and line
            and previous
            and not _BLOCK_START.match(line)
            and not _MD_OWN_LINE.match(line)
            and not previous.startswith(("#", "|"))
            and not _MD_OWN_LINE.match(previous)
        ):
            out[-1] = _join_wrapped(previous, line)
        else:
            out.append(line)
        if line.startswith("```"):
            fenced = not fenced
    return "\n".join(out)


def _load_md(path: Path) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    text = normalize_text(_read_text(path))
    text = unwrap_markdown(text)
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return normalize_text(text), ()


_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "nav", "footer", "form", "iframe", "button")
_BLOCK_TAGS = (
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "blockquote", "pre", "tr", "td", "th", "dt", "dd", "figcaption", "br", "hr", "table", "ul", "ol",
)  # fmt: skip


_PERMALINKS = frozenset("\u00b6#\u00a7")  # the "¶" or "#" a heading links itself with


def html_to_text(html: str) -> str:
    """Main text of an HTML page: scripts, styles and navigation dropped, blocks on their own lines.

    Line breaks in the page's source mean nothing (a browser shows a space), except inside
    `<pre>`: a paragraph wrapped at 80 columns in the source is still one paragraph.
    """
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    # A page's own header is its masthead; an article's holds its headline, standfirst and byline.
    for header in soup("header"):
        if header.find_parent("article") is None:
            header.decompose()
    # What a browser does not show, or screen readers are told to skip: ad slots, decorations.
    for hidden in soup.select('[hidden], [aria-hidden="true"]'):
        hidden.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    root = soup.find("article") or soup.find("main") or soup.select_one("[role=main]") or soup.body or soup
    for tag in root.find_all(_is_furniture):
        tag.decompose()
    for aside in root.find_all("aside"):
        if not _is_prose(aside):
            aside.decompose()
    for block in root.find_all(["p", "ul", "ol"]):
        if not block.decomposed and (_is_promo(block) or _is_link_list(block)):
            block.decompose()
    for anchor in root.find_all("a"):
        if anchor.get_text(strip=True) in _PERMALINKS:
            anchor.decompose()
    for stamp in root.find_all("time"):
        stamp.insert_after(" ")  # "4 March 2025" then the updated date, as two words
    for text in root.find_all(string=True):
        if text.find_parent("pre") is None:
            text.replace_with(re.sub(r"\s+", " ", text))
    for table in root.find_all("table"):
        lines = _table_rows(table)
        if lines:
            table.replace_with(soup.new_string("\n" + "\n".join(lines) + "\n"))
    for term in root.find_all("dt"):
        definition = term.find_next_sibling(["dt", "dd"])
        if definition is None or definition.name != "dd":
            continue
        line = _field_line(term, definition)
        if line:
            definition.decompose()
            term.replace_with(soup.new_string("\n" + line + "\n"))
    for item in root.find_all("li"):
        # An item of a list is marked as Markdown marks it: a short one is no heading of the lines below.
        first = next((s for s in item.find_all(string=True) if s.strip()), None)
        if first is not None and item.parent is not None and item.parent.name == "ul":
            first.replace_with("- " + first.lstrip())
    for tag in root.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    # One block per line, like an article file; blank lines carry no meaning in HTML.
    return re.sub(r"\n+", "\n", normalize_text(root.get_text()))


LINK_SHARE = 0.5  # a block whose text is mostly link text points to other pages


def _is_prose(aside: Any) -> bool:
    """Whether an `<aside>` belongs to the text: paragraphs, not mostly links. A documentation page's
    abstract is an aside ("Sockets are used nearly everywhere ..."); so are a news page's "Read
    more" boxes, which are dropped."""
    return aside.find("p") is not None and not _mostly_links(aside)


# Words of the class or id of a page's furniture, as news sites name it (after Readability's
# "unlikely candidates"): comments, share bars, related links, newsletter boxes, ad slots, and
# pull quotes, which repeat a sentence of the text.
_FURNITURE = frozenset(
    """comment comments share sharing social related promo newsletter advert advertisement ad ads sponsor
    sponsored cookie consent breadcrumb breadcrumbs paywall subscribe topics tags recommended pullquote""".split()
)


# A long furniture word may open a compound: "relatedposts", "sharedaddy", "commentlist".
_FURNITURE_STEMS = tuple(sorted(word for word in _FURNITURE if len(word) >= 5))


def _is_furniture(tag: Any) -> bool:
    """Whether a section, div, aside or quote is named as page furniture by its class ("mn-comments",
    "share-bar", "jp-relatedposts"). The words are whole, or open a compound: "topic" (a manual's
    abstract box) is none of them, nor is "adjacent" an ad. Ids are not read: a manual's sections
    take theirs from their titles ("advanced-topics")."""
    if tag.name not in ("section", "div", "aside", "blockquote", "figure") or tag.attrs is None:
        return False
    words = [w for w in re.split(r"[^a-z]+", " ".join(tag.get("class", [])).lower()) if w]
    return any(w in _FURNITURE or w.startswith(_FURNITURE_STEMS) for w in words)


def _is_promo(paragraph: Any) -> bool:
    """Whether a paragraph of its own (not a table cell's, a list item's or a definition's) is
    mostly a link to another site or page: "Read more: Why the bridge keeps closing". A manual's
    cross-references ("For major changes, see ...") are relative links, and stay."""
    links = paragraph.find_all("a")
    return (
        paragraph.name == "p"
        and paragraph.find_parent(["td", "th", "li", "dd", "dt"]) is None
        and bool(links)
        and all(_ELSEWHERE.match(a.get("href", "")) for a in links)
        and _mostly_links(paragraph)
    )


_ELSEWHERE = re.compile(r"^(https?:|mailto:)", re.I)


def _is_link_list(items: Any) -> bool:
    """Whether a list holds nothing but links to other sites or pages (and items left empty):
    share buttons, "Related topics". A manual's lists of functions link within it, by relative links."""
    entries = items.find_all("li", recursive=False)
    links = items.find_all("a")
    return (
        bool(entries and links)
        and all(_ELSEWHERE.match(a.get("href", "")) for a in links)
        and all(
            entry.get_text(strip=True) == "".join(a.get_text(strip=True) for a in entry.find_all("a"))
            for entry in entries
        )
    )


def _mostly_links(tag: Any) -> bool:
    """Whether LINK_SHARE of the text of `tag` or more is link text (or it has no text)."""
    text = tag.get_text(" ", strip=True)
    links = sum(len(a.get_text(" ", strip=True)) for a in tag.find_all("a"))
    return links >= LINK_SHARE * len(text)


def _table_rows(table: Any) -> list[str]:
    """A simple table as one line per row, each cell named by its column's header ("Level: ERROR;
    Numeric value: 40"), so a row reads as a sentence on its own; [] for a table holding lists,
    code or other tables, which stays as blocks."""
    if table.find(["table", "ul", "ol", "pre"]):
        return []
    rows = [[_inline_text(cell) for cell in row.find_all(["th", "td"])] for row in table.find_all("tr")]
    rows = [row for row in rows if any(row)]
    header = rows[0] if rows and table.find("tr").find("th") else None
    lines = []
    for row in rows[1:] if header else rows:
        if header and len(header) == len(row):
            named = [f"{name}: {value}" if name else value for name, value in zip(header, row, strict=True) if value]
            lines.append("; ".join(named))
        else:
            lines.append(" | ".join(value for value in row if value))
    return lines


def _inline_text(tag: Any) -> str:
    """The text of `tag` on one line as a browser shows it: inline elements run on as written
    ("amk<span>@</span>amk" is "amk@amk", not "amk @ amk"), blocks and line breaks stand apart."""
    pieces = []
    for node in tag.descendants:
        if isinstance(node, str):
            pieces.append(str(node))
        elif node.name in _BLOCK_TAGS:
            pieces.append(" ")
    return " ".join("".join(pieces).split())


FIELD_MAX_CHARS = 200  # a definition this short reads as one line with its term


def _field_line(term: Any, definition: Any) -> str | None:
    """A term and its short, plain definition as one line ("Author: Gordon McMillan"), as a
    document's field list shows them; None for a long or structured definition, which stays as blocks.
    Apart, the name would stand on a line of its own and read as a section heading."""
    if definition.find(["ul", "ol", "pre", "table", "dl"]) or len(definition.find_all("p")) > 1:
        return None
    name = _inline_text(term).rstrip(":").strip()
    value = _inline_text(definition)
    if not name or not value or len(value) > FIELD_MAX_CHARS:
        return None
    return f"{name}: {value}"


def _load_html(path: Path) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    return html_to_text(_read_text(path)), ()


def _load_pdf(path: Path) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        page_texts = [unwrap_lines(normalize_text(page.extract_text() or ""), wrapped=True) for page in reader.pages]
    except (PdfReadError, ValueError, OSError) as exc:
        raise InputError(f"{path} is not a readable PDF ({exc}); check the file or export it again") from exc
    parts: list[str] = []
    pages: list[tuple[int, int, int]] = []
    offset = 0
    for number, page_text in enumerate(page_texts, start=1):
        if not page_text:
            continue
        if parts:
            offset += 2  # the "\n\n" that joins pages
        pages.append((offset, offset + len(page_text), number))
        parts.append(page_text)
        offset += len(page_text)
    return "\n\n".join(parts), tuple(pages)


LOADERS: dict[str, Callable[[Path], tuple[str, tuple[tuple[int, int, int], ...]]]] = {
    ".txt": _load_txt,
    ".text": _load_txt,
    ".md": _load_md,
    ".markdown": _load_md,
    ".html": _load_html,
    ".htm": _load_html,
    ".pdf": _load_pdf,
}


def load_file(path: Path, source: str | None = None) -> Document:
    """Read one article file into a `Document`; raise `InputError` with the fix on bad input."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"no such file: {path}")
    if path.is_dir():
        raise InputError(f"{path} is a directory; give the article files inside it")
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        kinds = ", ".join(sorted(LOADERS))
        raise UnsupportedFileError(
            f"cannot read {path}: unsupported file type '{path.suffix or '(none)'}'; use one of {kinds}"
        )
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path} is empty; nothing to ingest")
    if size > MAX_FILE_BYTES:
        raise InputError(f"{path} is {size // 1_000_000} MB; the limit is {MAX_FILE_BYTES // 1_000_000} MB")
    text, pages = loader(path)
    if not text:
        raise InputError(f"{path} has no readable text; nothing to ingest")
    return Document(source=source or path.name, text=text, pages=pages)


def text_document(text: str, source: str) -> Document:
    """A `Document` from text already in memory (normalised here, like files)."""
    if not source or not source.strip():
        raise InputError("a source name is required for ingest_text, e.g. source='My article'")
    normalized = unwrap_lines(normalize_text(text))
    if not normalized:
        raise InputError(f"the text for '{source}' is empty; nothing to ingest")
    return Document(source=source.strip(), text=normalized)
