"""Evidence at sentence granularity: the sentences of the retrieved chunks, ranked for a question."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace

import numpy as np

from ingest.chunk import Chunk, sentence_spans
from ingest.embed import Embedder
from retriever.bm25 import tokenize
from retriever.search import Hit

MONTHS = tuple("january february march april may june july august september october november december".split())
WEEKDAYS = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
MONTH_NAMES = "|".join(month.capitalize() for month in MONTHS)  # "January|February|...", for patterns
WEEKDAY_NAMES = "|".join(day.capitalize() for day in WEEKDAYS)
# A date written out: "2 October 2018", "3rd of February", "March 2, 2025", "2025-03-02"
DATED = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES})(?:,?\s+\d{{4}})?"
    rf"|(?:{MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})\b"
)

# Weights of the sentence score; chosen on the dev sets (the article's dev split and two manuals).
LEXICAL_WEIGHT = 1.0
RANK_WEIGHT = 0.15
HEADING_WEIGHT = 0.6  # for the question's words only the sentence's section heading holds (chosen on the dev sets)
SCOPE_WEIGHT = 1.0  # for a sentence inside an entry or section the question names (chosen on the dev sets)
# A clause of RANK_CLAUSE_MIN_WORDS words or more embeds for its sentence, CLAUSE_MARGIN less (set a priori,
# then measured on the dev sets and trial sets 17-26)
RANK_CLAUSE_MIN_WORDS = 5
CLAUSE_MARGIN = 0.05


@dataclass(frozen=True)
class Sentence:
    """One candidate evidence sentence, with offsets into its document's text."""

    chunk: Chunk
    start: int
    end: int
    text: str
    score: float
    similarity: float  # cosine similarity to the question
    heading: bool = False  # a section heading added for the sentence below it


def split_hits(hits: list[Hit]) -> list[tuple[Hit, int, int, str]]:
    """Every sentence of the retrieved chunks as (hit, start, end, text), absolute offsets."""
    out = []
    for hit in hits:
        chunk = hit.chunk
        for s, e in sentence_spans(chunk.text):
            out.append((hit, chunk.start + s, chunk.start + e, chunk.text[s:e]))
    return out


def coverage(question_terms: set[str], text: str) -> float:
    """Share of `question_terms` that occur in `text` (1.0 for a question with no content words)."""
    if not question_terms:
        return 1.0
    return len(question_terms & set(tokenize(text))) / len(question_terms)


def rank_sentences(
    question: str,
    hits: list[Hit],
    embedder: Embedder,
    query_vector: list[float],
    scopes: Collection[tuple[str, int, int]] = (),
    scope_words: Collection[str] = (),
    heading: Callable[[str, int], str] = lambda doc_id, start: "",
    names: Callable[[str], list[tuple[set[str], set[str]]]] = lambda doc_id: [],
    answered: tuple[str, Callable[[str], bool]] | None = None,
) -> list[Sentence]:
    """Sentences of `hits`, best first: embedding similarity, plus the share of the question's words
    the sentence holds (each weighted by how rare it is among the candidates: "Z_FINISH" counts
    more than "zlib" in a page about zlib), plus a chunk-rank prior.

    The sentences inside the `scopes` (doc_id, start, end) count SCOPE_WEIGHT more, so they come
    first, below the line that heads each: the API entries the question names and the sections it
    heads itself (see `asked_sections`). "What does shutil.copy() return?" is answered in the entry
    of copy(), and among its sentences, which are all about copy(), the question's words other than
    `scope_words` decide ("Returns the path to the newly created file."). A sentence elsewhere that
    holds far more of the question still comes first ("On Windows shutil.copyfile() uses a bigger
    default buffer size ..." for "What default buffer size does shutil.copyfile() use on Windows?").

    The words of the question that only a sentence's section `heading` (doc_id, start -> text)
    holds count too, less: "Who may change the settings of the scanning device?" / "Scanning" /
    "Members of this group may change the settings of the device and reset it".

    A sentence that holds a name the document gives a thing the question asks about holds the
    question's words for it: `names(doc_id)` are (name's words, thing's words) pairs, such as
    ({"skerrow", "bank"}, {"wind", "farm"}) of a report that opens on "the Skerrow Bank offshore wind
    farm" (see `names_given`), so "Skerrow Bank will consist of 64 turbines" holds "wind farm" for
    "How many turbines will make up the wind farm?".

    `answered` is a word of the question and what a sentence must hold to hold it: the "old" of "How
    old is the haberdasher?" is held by "Maureen Tilsley, 71, has run the haberdashery stall" and
    "a 31-year-old teacher", not by "where the old, soot-blackened panes used to be"."""
    candidates = split_hits(hits)
    if not candidates:
        return []
    vectors = embedder.encode_cached([text for _, _, _, text in candidates])
    query = np.asarray(query_vector, dtype=vectors.dtype)
    similarities = vectors @ query
    # A long sentence embeds far from a question about one of its clauses: "..., scored 87 points out of 100
    # in the final of the open community category at the Royal Concert Hall in Nottingham on Saturday 15
    # November" for "Which venue hosted the final?". A clause of it counts as the sentence, a little less.
    parts = [clauses(text, paired=False, min_words=RANK_CLAUSE_MIN_WORDS) for _, _, _, text in candidates]
    flat = list(dict.fromkeys(part for some in parts for part in some))
    if flat:
        of_part = dict(zip(flat, embedder.encode_cached(flat) @ query, strict=True))
        for i, some in enumerate(parts):
            if some:
                similarities[i] = max(similarities[i], max(of_part[part] for part in some) - CLAUSE_MARGIN)
    terms = set(tokenize(question))
    words = [set(tokenize(text)) for _, _, _, text in candidates]
    weight = {t: math.log(1 + len(words) / (1 + sum(t in w for w in words))) for t in terms}
    inside_terms = terms - set(scope_words)
    rank_of = {h.chunk.chunk_id: i for i, h in enumerate(hits)}
    ranked = []
    for (hit, start, end, text), similarity, held in zip(candidates, similarities, words, strict=True):
        held = held.union(*(thing for name, thing in names(hit.chunk.doc_id) if name <= held))
        if answered is not None:
            word, answers = answered
            held = held | {word} if answers(text) else held - {word}
        inside = any(doc == hit.chunk.doc_id and low < start < high for doc, low, high in scopes)
        asked = inside_terms if inside else terms
        total = sum(weight[t] for t in asked)
        prior = 1.0 / (1 + rank_of[hit.chunk.chunk_id])
        lexical = sum(weight[t] for t in asked & held) / total if total else 1.0
        headed = len(terms & set(tokenize(heading(hit.chunk.doc_id, start))) - held) / len(terms) if terms else 0.0
        score = float(similarity) + LEXICAL_WEIGHT * lexical + RANK_WEIGHT * prior + HEADING_WEIGHT * headed
        ranked.append(Sentence(hit.chunk, start, end, text, score + SCOPE_WEIGHT * inside, float(similarity)))
    ranked.sort(key=lambda sentence: -sentence.score)
    return ranked


def names_given(question: str, opening: str) -> list[tuple[set[str], set[str]]]:
    """The names a document's `opening` (its headline and first statement) gives things the question
    asks about by two words or more, as (name's words, words of the question it stands for): "the
    Skerrow Bank offshore wind farm" names the wind farm of "How many turbines will make up the wind
    farm?" ({"skerrow", "bank"}, {"wind", "farm"}). None that the question names itself."""
    terms = set(tokenize(question))
    out = []
    for found in _NAME_AND_THING.finditer(opening):
        name, thing = set(tokenize(found.group("name"))), tokenize(found.group("thing"))
        given = (name, terms & set(thing))
        if name and not name & terms and thing[-1:] and thing[-1] in terms and len(given[1]) >= 2 and given not in out:
            out.append(given)
    return out


# A name and the common noun after it: "Skerrow Bank [offshore wind farm]", "Castlemere High [science block]"
_NAME_AND_THING = re.compile(
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)\s+(?P<thing>(?:[a-z-]+\s+){0,2}[a-z-]+)"
)


def evidence_for(ranked: list[Sentence], most: int, answers: Callable[[Sentence], bool]) -> list[Sentence]:
    """The sentences the reader gets: the best one, plus the next ones up to the first that `answers`:
    holds an answer of the expected kind (a number for "how many", a date for "when"); fewer
    distractors help a small model."""
    chosen = ranked[:1]
    for sentence in ranked[1:most]:
        if any(answers(s) for s in chosen):
            break
        chosen.append(sentence)
    return chosen


_REASON_ASKED = r"(?:why\b|for what reason\b|what (?:is|was|were|are) the reasons?\b)"
_ASKS_REASON = re.compile(rf"\b{_REASON_ASKED}", re.I)
# "Why ...?", "In the simple example, why ...?", "For what reason ...?"; not "Which section discusses why ...?"
# A short phrase before the question proper: "In the simple example, why ...?", "Then, how did ...?"
LEAD_IN = r"^\s*(?:[^,?]{1,40},\s*)?"
_ASKS_WHY = re.compile(rf"{LEAD_IN}(?:and |so |but )?{_REASON_ASKED}", re.I)


_ASKS_HEADING = re.compile(r"\b(?:chapters?|sections?|headings?|headlines?|titles?|titled|parts?|pages?)\b", re.I)
_ASKS_WHERE = re.compile(r"\s*(?:and\s+|so\s+)?where\b", re.I)


def asks_where(question: str) -> bool:
    """Whether the question asks where ("Where did she die?", "And where was he born?"): a place answers it."""
    return bool(_ASKS_WHERE.match(question))


def asks_heading(question: str) -> bool:
    """Whether `question` asks about a heading, a section or a title: "Which chapter describes ...?"."""
    return bool(_ASKS_HEADING.search(question))


def asks_reason(question: str) -> bool:
    """Whether the question asks why, anywhere in it: its answer often follows the sentence that restates it."""
    return bool(_ASKS_REASON.search(question))


def asks_why(question: str) -> bool:
    """Whether the question itself asks why ("Why does ...?", "In the example, why ...?"), not one
    that only mentions a "why" ("Which section discusses why ...?")."""
    return bool(_ASKS_WHY.match(question))


SENTENCE_REACH = 2000  # characters looked through for the next sentences


def sentence_after(sentence: Sentence, text: str) -> Sentence | None:
    """The statement that follows `sentence` in its document's `text`, skipping a rhetorical question
    ("... yet we do not check it here. Why not? Well, it turns out that ..."); None at a heading."""
    for start, end in sentence_spans(text, sentence.end, min(len(text), sentence.end + SENTENCE_REACH))[:2]:
        after = replace(sentence, start=start, end=end, text=text[start:end])
        if is_heading_line(after, text):
            return None
        if not after.text.rstrip().endswith("?"):
            return after
    return None


# What opens a sentence about something named before it: "It is owned by ...", "She was 86."
ANAPHOR = re.compile(r"(?:it|its|he|his|she|her|they|their|this|these|that|those)\b", re.I)


def sentence_before(sentence: Sentence, text: str) -> Sentence | None:
    """The sentence that comes right before `sentence` on its line of the document's `text` (or on the
    line above, past blank lines); None at the start of the text or under a heading."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if not text[line_start : sentence.start].strip():  # the sentence opens its line: look at the line above
        above = text[:line_start].rstrip()
        if not above:
            return None
        line_start = above.rfind("\n") + 1
        spans = sentence_spans(text, line_start, len(above))
    else:
        spans = [s for s in sentence_spans(text, line_start, sentence.start) if s[1] <= sentence.start]
    if not spans:
        return None
    start, end = spans[-1]
    before = replace(sentence, start=start, end=end, text=text[start:end])
    return None if is_heading_line(before, text) else before


QUOTATION_WORDS = 4  # a shorter quotation is a phrase of the sentence ("a “mega-prison”")
_QUOTATION = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")
FRAME_WORDS = 3


def without_quotations(text: str) -> str | None:
    """The words of `text` around its quotations of QUOTATION_WORDS words or more: who said it, and
    in what role ("said Councillor Denise Arkwright, leader of the district council"). None for a
    text without such a quotation, or with fewer than FRAME_WORDS words around it."""
    if not any(len(q.split()) >= QUOTATION_WORDS for q in _QUOTATION.findall(text)):
        return None
    framed = " ".join(_QUOTATION.sub(" ", text).split()).strip(" ,.")
    return framed if len(framed.split()) >= FRAME_WORDS else None


CLAUSE_MIN_WORDS = 3
_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+[\u2013\u2014-]\s+")


def clauses(text: str, paired: bool = True, min_words: int = CLAUSE_MIN_WORDS) -> list[str]:
    """The parts of `text` between commas, semicolons, colons and dashes, each with the part after it
    (unless not `paired`), of `min_words` words or more ("Martin Okafor, 52, the union's regional
    secretary, told reporters ..." gives "52 the union's regional secretary", "the union's regional
    secretary told reporters ...", ...); none for a text of one part."""
    parts = [p for p in _CLAUSE_BREAK.split(text.strip().rstrip(".!?")) if p]
    if len(parts) < 2:
        return []
    pieces = [" ".join(parts[i : i + 2]) for i in range(len(parts))] if paired else parts
    return [p for p in pieces if len(p.split()) >= min_words]


def context_of(sentences: list[Sentence]) -> str:
    """The evidence as the model reads it: sentences in document order, one paragraph, a heading as a label."""
    ordered = sorted(sentences, key=lambda s: (s.chunk.doc_id, s.start))
    return " ".join(s.text + ":" if s.heading else s.text for s in ordered)


HEADING_MAX_CHARS = 80
HEADLINE_MAX_CHARS = 120  # a document's first line: a report's headline runs longer than a section's title
HEADING_LINES_BACK = 4  # how far above a sentence its heading is looked for
_NUMBERING = re.compile(
    r"\s*((chapter|section|part|appendix)\s+)?([0-9]{1,2}(\.[0-9]+)*\.?|([ivxlc]+|[a-z])\.)\s+", re.I
)


_BULLET = re.compile(r"[-*\u2022\u2013]\s")  # an item of a list ("- Iron and Silk tickets: £14 adults") heads nothing
# A label of up to three words without digits, then ": " and a value: "Author: Gordon McMillan", "Level: INFO; ...".
_FIELD = re.compile(r"[^\W\d_]([^\W\d]|['’])*( ([^\W\d]|['’])+){0,2}: \S")

# How a byline opens, before the names: "By Jane Doe, ...", "Posted on 4 March 2025 by Priya Natarajan",
# "Field report by Alice Mercer, science writer."
BYLINE_START = (
    r"(?:By|Written by|Words by|Reported by|Authors?:|(?:Posted|Published|Updated)\b[^.\n]*?\sby"
    r"|(?:[A-Z][a-z]+\s+)?(?i:report|story|reporting|analysis|feature|interview|review|text|photos|pictures)\s+by)\s+"
)
_BYLINE_LINE = re.compile(BYLINE_START + r"[A-Z]")


def is_heading(line: str, first: bool = False) -> bool:
    """Whether a line reads as a title: short, mostly letters (no line of code), no sentence
    punctuation at its end, no label-and-value line ("Author: Gordon McMillan"), which is a
    statement of its own ("Chapter 2: Users" is a title), no item of a list, and no byline ("By
    Fiona Threlkeld, Transport Correspondent" heads no paragraph of the report under it). The
    `first` line of a document may be a longer headline ("Ferry operator to axe winter sailings on
    Torsay route as islanders warn of being 'cut adrift'")."""
    line = line.strip()
    letters = sum(c.isalpha() for c in line)
    return (
        0 < len(line) <= (HEADLINE_MAX_CHARS if first else HEADING_MAX_CHARS)
        and 2 * letters >= len(line.replace(" ", ""))
        and line[-1] not in ".!?:;,"
        and not _FIELD.match(line)
        and not _BYLINE_LINE.match(line)
        and not _BULLET.match(line)
    )


def heading_of(start: int, text: str) -> tuple[int, int] | None:
    """Offsets of the heading that the sentence starting at `start` stands under in `text`, if any.

    The heading is the nearest of the few lines above the sentence's line that
    reads as a title. Sections of manuals and web pages often name their subject
    only there ("dialout", then "Members of this group can ..."); the reader
    needs that line to answer.
    """
    end = text.rfind("\n", 0, start)
    lines = 0
    while lines < HEADING_LINES_BACK:
        if end < 0:
            return None
        line_start = text.rfind("\n", 0, end) + 1
        if is_heading(text[line_start:end], first=line_start == 0):
            return _title(text, line_start, end)
        lines += bool(text[line_start:end].strip())  # blank lines between paragraphs do not count
        end = line_start - 1
    return None


def _title(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a heading line without its numbering: "Chapter 1. " or "2.5. " is never the answer,
    and often a distractor for "which version" questions."""
    line = text[start:end]
    numbering = _NUMBERING.match(line)
    lead = numbering.end() if numbering and line[numbering.end() :].strip() else 0
    lead += len(line[lead:]) - len(line[lead:].lstrip())
    return start + lead, start + len(line.rstrip())


def with_headings(evidence: list[Sentence], text_of: Callable[[str], str]) -> list[Sentence]:
    """The evidence grouped under the headings its sentences stand under; `text_of(doc_id)` is a document's text.

    A heading is a `Sentence` with `heading=True`, always followed by sentences under it; groups keep
    the order of their best sentence. A heading ranked as evidence itself ("gdm" for "What does GDM
    stand for?") brings the first sentence under it.
    """
    groups: dict[tuple[str, int, int] | None, list[Sentence]] = {}
    headings: dict[tuple[str, int, int] | None, Sentence] = {}
    for sentence in evidence:
        doc_id = sentence.chunk.doc_id
        text = text_of(doc_id)
        if is_heading_line(sentence, text):
            below = sentence_under(sentence, text)
            if below is None:  # a title with nothing under it is just a line
                groups.setdefault(None, []).append(sentence)
                continue
            span: tuple[int, int] | None = _title(text, sentence.start, sentence.end)
            member = below
        else:
            span = heading_of(sentence.start, text)
            member = sentence
        key = (doc_id, span[0], span[1]) if span else None
        if span and key not in headings:
            headings[key] = replace(sentence, start=span[0], end=span[1], text=text[span[0] : span[1]], heading=True)
        group = groups.setdefault(key, [])
        if all(m.start != member.start or m.chunk.doc_id != doc_id for m in group):
            group.append(member)
    out: list[Sentence] = []
    for key, members in groups.items():
        if key is not None:
            out.append(headings[key])
        out.extend(members)
    return out


def sentence_under(heading: Sentence, text: str) -> Sentence | None:
    """The first sentence under `heading` in its document's `text`, where it is a heading line (see
    `with_headings`); None for a sentence of prose, or a title with nothing under it."""
    if not is_heading_line(heading, text):
        return None
    body = _first_sentence_below(heading.end, text)
    return None if body is None else replace(heading, start=body[0], end=body[1], text=text[body[0] : body[1]])


LIST_ITEMS = 8  # the most items of a list a sentence introducing it brings to the reader
# An item of a list, after the spaces and line breaks before it: "\n\n- Gold in the sourdough category ..."
_ITEM = re.compile(r"(?P<gap>[ \n]*)(?P<item>(?:[-*\u2022\u2013]|\d{1,2}[.)])\s+\S[^\n]*)")


def items_introduced(sentence: Sentence, text: str) -> list[Sentence]:
    """The items of the list that `sentence` introduces with a colon ending its line, in its document's
    `text`: "The bakery also won two other medals on the night:" brings "- Gold in the sourdough
    category ...", "- Silver for its Yorkshire curd tart" and so on (LIST_ITEMS at most); none for
    a sentence that introduces no list."""
    line_end = text.find("\n", sentence.end)
    if not sentence.text.rstrip().endswith(":") or text[sentence.end : len(text) if line_end < 0 else line_end].strip():
        return []
    items: list[Sentence] = []
    at = sentence.end
    while len(items) < LIST_ITEMS:
        found = _ITEM.match(text, at)
        if found is None or (items and "\n\n" in found.group("gap")):  # a blank line ends the list ...
            break
        if not items and found.group("gap").count("\n") > 2:  # ... that starts right under its sentence
            break
        start, end = found.span("item")
        items.append(replace(sentence, start=start, end=end, text=found.group("item"), heading=False))
        at = end
    return items


def is_heading_line(sentence: Sentence, text: str) -> bool:
    """Whether `sentence` is a whole line of its document's `text` that reads as a heading (see `is_heading`)."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip() == sentence.text.strip() and is_heading(line, first=line_start == 0)


def _first_sentence_below(end: int, text: str) -> tuple[int, int] | None:
    """The first sentence of the line after `end` (past blank lines, a byline and a date line: a
    report's headline stands over "By Rachel Donnelly, Courts Reporter" and "Friday 21 June 2024",
    then its first paragraph), unless that line is a heading too."""
    line_end = end
    while True:
        line_start = text.find("\n", line_end) + 1
        if line_start == 0:
            return None
        while text.startswith("\n", line_start):
            line_start += 1
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        byline = _BYLINE_LINE.match(line) and not _FIELD.match(line)  # "Author: Vinay Sajip" is a line to read
        if not (byline or _DATE_LINE.match(line)):
            break
    if is_heading(line):
        return None
    spans = sentence_spans(text, line_start, line_end)
    return spans[0] if spans else None


_MONTH = f"(?:{MONTH_NAMES})"
# A line that is only a date: "Friday 21 June 2024", "June 21, 2024", "21 June 2024, 10:42"
_DATE_LINE = re.compile(
    rf"\s*(?:[A-Z][a-z]+day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)"
    r"\s+\d{4}(?:,?\s+\d{1,2}[:.]\d\d(?:\s*[ap]m)?)?\s*$"
)


LEAD_MIN_WORDS = 6  # shorter lines at the top are titles, bylines and dates


def first_sentence(
    chunks: list[Chunk],
    accepts: Callable[[str], bool],
    similarity: float = 0.0,
    within: int | None = None,
    after: int = 0,
) -> Sentence | None:
    """The first sentence of a document, given its chunks, that `accepts` takes (among its first
    `within` sentences, if given), starting at or `after` an offset."""
    seen = 0
    for chunk in sorted(chunks, key=lambda c: c.index):
        for start, end in sentence_spans(chunk.text):
            if chunk.start + start < after:
                continue
            seen += 1
            if within is not None and seen > within:
                return None
            text = chunk.text[start:end]
            if accepts(text):
                return Sentence(chunk, chunk.start + start, chunk.start + end, text, 0.0, similarity)
    return None


def lead_sentence(chunks: list[Chunk]) -> Sentence | None:
    """The first statement of a document: what a news report's opening sentence is for, the gist of
    the story. Titles, headings, "Author: ..." lines, bylines ("By Priya Raman, Business
    Correspondent, 7 November 2024"), date lines, questions and lines that introduce a list are
    skipped, and so is a plain text's first line where it reads as a headline, however long
    ("Ribbleford Rovers clear £212,000 debt but leaking clubhouse roof still threatens future")."""
    lead = first_sentence(chunks, _is_statement)
    if lead is not None and lead.start == 0 and is_heading(lead.text, first=True):
        return first_sentence(chunks, _is_statement, after=lead.end)
    return lead


def _is_statement(text: str) -> bool:
    return (
        len(text.split()) >= LEAD_MIN_WORDS
        and text.rstrip()[-1] not in "?:"
        and not is_heading(text)
        and not _FIELD.match(text)
        and not _BYLINE_LINE.match(text)
        and not _DATE_LINE.match(text)
    )


SECTION_QUESTION_WORDS = 3  # "Why not?" in a text is no heading of a section that answers it


def asked_sections(question: str, text: str) -> list[tuple[int, int]]:
    """The sections of `text` headed by the question itself, as a line of its own ("What is libffi?"
    in a README or a FAQ): from that line to the next heading. A question of fewer than
    SECTION_QUESTION_WORDS words heads none."""
    words = re.findall(r"[^\W_]+", question)
    if len(words) < SECTION_QUESTION_WORDS:
        return []
    apart = r"(?:[^\w\n]|_)"  # anything but a letter, digit or line break
    heading = re.compile(rf"^{apart}*" + rf"{apart}+".join(map(re.escape, words)) + rf"{apart}*$", re.I | re.M)
    sections = []
    for line in heading.finditer(text):
        end = line.end()
        for below in re.finditer(r"^.+$", text[line.end() :], re.M):
            if is_heading(below.group()) or below.group().rstrip().endswith("?"):
                break
            end = line.end() + below.end()
        sections.append((line.start(), end))
    return sections
