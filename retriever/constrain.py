"""Constrained decoding: the model may only write a span of the evidence.

The small reader then cannot invent an answer: at each step only tokens that
continue some span of the evidence's token sequence are allowed, so whatever it
writes is verbatim and citable. The model still decides which span and where it
ends. A span never starts with a function word ("the", "to", "his"): the
model's favourite first token is "the", which opens many spans at once and
commits it to none in particular. We also bias its first step against starting
with a word of the question, since answers rarely repeat the question. How much
the model would rather have written "not stated" is measured at the first step
and used for abstention.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Sequence
from typing import Any

import numpy as np

from retriever.bm25 import STOPWORDS, tokenize
from retriever.evidence import DATED, MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS, asks_reason, asks_where
from retriever.prompt import NOT_STATED

# Chosen on the article's dev split and the Users-and-groups manual; a grid on all the dev sets,
# once spans could no longer start at a function word, kept them.
QUESTION_WORD_PENALTY = 1.5  # subtracted from first tokens that begin a word of the question
PROXIMITY_BONUS = 1.0  # added to first tokens right next to a word of the question, less further away
PROXIMITY_WORDS = 4  # no bonus this many words away or more


# Stop words that may open an answer: quantifiers and negations ("no compression", "more than 40 000").
_OPENERS = frozenset(
    "no not nor only more most all any both each few some many much other same own very too before after "
    "once again further just now said says say tell according s t".split()
)
# Articles, pronouns, prepositions, conjunctions, auxiliaries: no answer starts with one.
_FUNCTION_WORDS = STOPWORDS - _OPENERS

SPELLED_NUMBERS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen".split()
)
_SPELLED = "|".join(SPELLED_NUMBERS)  # for patterns: "one|two|...|dozen"
_NUMBER_WORDS = frozenset(
    [*SPELLED_NUMBERS, *"hundreds thousand thousands million millions billion dozens half a an several".split()]
)
_TIMES = frozenset("once twice thrice".split())  # counts too: "called exactly once for each record"
DATE_WORDS = frozenset(MONTHS + WEEKDAYS + tuple("spring summer autumn fall winter".split()))
_CODE_NOUNS = (
    r"(functions?|constants?|macros?|routines?|return (values?|codes?)|error( codes?)?|exceptions?|fields?|variables?"
    r"|header( files?)?|options?|flags?|methods?|parameters?|arguments?|director(y|ies)|paths?|decorators?)"
)
# An identifier: Z_FINISH, deflate(), zlib.h, /usr/adm, -d, EOF, ValueError, strict=False; "User-Agent"
# names an HTTP header
_CODE = re.compile(
    r"_|\w\(\)|[a-z][A-Z]|^[-/~.$]|\w[./=]\w|^[A-Z][A-Z0-9]+$|\w(Error|Exception|Warning)\b"
    r"|^[A-Z][a-z]+(-[A-Z][a-z]+)+$"
)
_CONDITION_AHEAD = (
    r"(?![^?]*, (which|what|who|whom|how|where|why|is|are|was|were|do|does|did|can|could|will|would|should|must)\b)"
)
_KINDS = [
    # "How many" asks for a number wherever it stands ("Roughly how many ...", "In all, how much ...");
    # a count is no share ("84%" does not answer "how many people").
    ("count", re.compile(r"\bhow many\b", re.I)),
    # "How long ...?" asks for a span of time or distance: "six years", "40 days", "9 minutes", "four-byte";
    # the "three" of "a father of three" is no length.
    # So does "Over what period ...?": "over five years".
    ("length", re.compile(r"\bhow long\b|\b(over|for|in) what (period|length of time|time(span| span)?)\b", re.I)),
    # "What share ...?" asks for a part of a whole: "64 per cent", "84%", "a third".
    ("share", re.compile(r"\b(what|which) (percentage|percent|share|proportion|fraction)\b", re.I)),
    # "What score did Porthkennack get?" asks for the points one side got: "87 points"
    ("number", re.compile(r"\b(what|which)\s+score\s+(did|does|do|will)\b[^?]*\b(get|receive|achieve|earn)\b", re.I)),
    # "What was the final score?", "By what score ...?" ask for a score: "27-19", not "14,382" (a crowd)
    (
        "score",
        re.compile(
            r"\b(what|which)\s+((was|is|were)\s+)?(the\s+)?([\w-]+\s+)?score\b(?!\s*(files?|cards?|boards?|lines?)\b)",
            re.I,
        ),
    ),
    # "How much ...?", "How old ...?", "How high did the river peak?" ask for a number (but "How far
    # back ...?" asks when), and so do "Which version", "In which Python version", "which minimum
    # version" and "What is the population of ...?".
    (
        "number",
        re.compile(
            r"\b(how (much|old|far(?!\s+back\b)|high|low|big|large|small|strong|fast|heavy|deep|tall|wide|hot|cold"
            r"|warm)"
            r"|(what|which)\s+(\S+\s+){0,2}?versions?"
            r"|what\s+(is|was|are|were)\s+(the\s+|its\s+|their\s+)?([\w'\u2019]+\s+)?population)\b",
            re.I,
        ),
    ),
    # A uid, a port or a size is written in digits: "a" is no answer to "What gid does the cdrom group have?";
    # "Which two ports lost out?" asks for the names of two.
    (
        "numeral",
        re.compile(
            r"\b(what|which)\s+(?!(?:two|three|four|five|both)\s)(\S+\s+){0,2}?"
            r"(uids?|gids?|ports?|sizes?|numeric values?)\b",
            re.I,
        ),
    ),
    # "What time did she record?" asks how long a race took her: "2 minutes 41 seconds"
    (
        "length",
        re.compile(
            r"\b(what|which) (winning |finishing )?time (did|does|do|has|have|had|was|were) [^?]*?"
            r"\b(record(ed)?|clock(ed)?|post(ed)?|achieve(d)?|set(?! off| out| up| the)|swim|swam)\b"
            # ... and so does "What was Elphick's winning time?"
            r"|\bwhat (was|is) [^?]*?(['\u2019]s|\bhis|\bher|\btheir) (winning |finishing |race )?time\s*\?",
            re.I,
        ),
    ),
    # "What time ...?" asks for the clock: "19:00", "7.45pm", "3 pm", "noon"; "2010" is no time.
    ("clock", re.compile(r"\b(what|which) time\b", re.I)),
    # "When a server squashes root, which user ...?" asks for a user: that "when" opens a condition.
    # "How far back do the records go?" asks for a date, and so do "From what date ...?" and "What was
    # the date of ...?" (not "What is the date format?").
    # "When can it be called?", "When should software decode its input?" ask for a condition too.
    (
        "date",
        re.compile(
            r"(^|, )\s*((by|since) )?(when" + _CONDITION_AHEAD + r"(?!\s+(can|should|must|may|might)\b)"
            r"|(in |on |from )?(what|which) (year|date|day|month|night|evening|morning|afternoon|weekend)|how far back"
            r"|what (is|was|will be) the (exact |precise )?(date|year)(?=\s+(of|when|that|on|for)\b|\s*\?))\b",
            re.I,
        ),
    ),
    # "Who ...?" has no kind: its answer is as often "reporters" or "relatives of the prisoners" as a name.
    # In technical text, "which function / constant / field / option ...?" asks for an identifier.
    # "What are functions that have no side effects called?" asks for a term, not an identifier.
    (
        "code",
        re.compile(
            r"^(?!\s*what\s+(is|are|was|were)\b.*\b(called|known as|termed)\W*$).*?\b(which|what)\s+(\S+\s+){0,2}?"
            + _CODE_NOUNS
            + r"\b",
            re.I,
        ),
    ),
    # ... and so does a product's "batch code" or "serial number": "HC2410C", not "07" of "07:45"
    ("code", re.compile(r"\b(batch|lot|serial|model|part|reference|tracking)\s+(codes?|numbers?)\b", re.I)),
]


# The kinds of answer written in figures
FIGURES = frozenset({"count", "number", "share", "length", "numeral", "clock", "date", "score"})


def expected_kind(question: str) -> str | None:
    """What an answer to `question` starts with: 'count', 'number', 'share' (a part of a whole),
    'length' (of time or distance), 'numeral' (digits), 'clock' (a time of day), 'date', 'score'
    ("27-19"), 'code' (an identifier), or None (anything)."""
    return next((kind for kind, pattern in _KINDS if pattern.search(question)), None)


def starts_kind(piece: str, kind: str | None) -> bool:
    """Whether a token's text can begin an answer of `kind`."""
    word = piece.strip().lower().rstrip(",.;:)!?\"'\u201d\u2019")
    if kind is None or not word:
        return kind is None
    if kind == "code":  # Z_FINISH, deflateInit2(), string.h, /usr/adm, -d; `piece` is the whole word here
        word = piece.strip().lstrip("\"'\u201c\u2018([")
        if _NUMBER.fullmatch(word.rstrip(",.;:!?)\"'\u201d\u2019")):
            return False  # "-1" or "1.3" is a number, no identifier
        return bool(_CODE.search(word) or _CODE.search(word.rstrip(",.;:!?)\"'\u201d\u2019")))
    if kind == "date":  # a year, a day of the month, a numeric date or a time; "84%" or "40 000" is no date
        word = re.sub(r"^(?:mid|early|late)-(?=[a-z0-9])", "", word)  # "mid-March", "late-2025"
        day = _DATE_NUMBER.match(word)
        clock = _CLOCK.match(word) or _CLOCK_WORD.fullmatch(word)  # "What time did it start?" / "06:00", "6.58pm"
        named = word in DATE_WORDS or word.removesuffix("s") in WEEKDAYS  # "Mondays" too
        return named or bool(clock or (day and (day.group(1) is None or int(day.group(1)) <= 31)))
    if kind == "score":
        return bool(_SCORE.fullmatch(word))
    if kind == "clock":  # "19:00", "7.45pm", "noon"; a bare "3" only before "pm" (see `_answers`)
        return bool(_CLOCK.match(word) or _CLOCK_WORD.fullmatch(word) or word.isdigit()) or word in _NAMED_TIMES
    if kind == "share" and word in _FRACTIONS:  # "half", "two-thirds"
        return True
    if kind == "numeral":
        return word.lstrip("([").lstrip(_CURRENCY)[:1].isdigit()
    if (kind == "count" and word.endswith("%")) or _CLOCK.match(word):
        return False  # "84%" counts nothing, nor does the "06" of "06:00"
    word = word.lstrip(_CURRENCY) or word  # "£84.5m" and "$5" are amounts
    if _ORDINAL_OR_YEAR.match(word):  # "3rd" or "2019" counts nothing ("How many hours did the talks last?")
        return False
    spelled = word.split("-")[0] in SPELLED_NUMBERS  # "eight-year-old", "ten-day"
    return word[:1].isdigit() or word in _NUMBER_WORDS or spelled or (kind == "count" and word in _TIMES)


_CURRENCY = "$£€¥"
_MONEY_NOUNS = frozenset("pounds dollars euros yen pence cents money".split())
_SCALES = frozenset("thousand million billion trillion".split())  # "1.2 million" begins at "1.2"
_CLOCK = re.compile(r"\d{1,2}:\d\d\b")
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)*")
_ORDINAL_OR_YEAR = re.compile(r"^(\d+(st|nd|rd|th)(-[a-z]+)?|(19|20)\d\d)$")  # "17th-century" too
# A numeric date: 3/2, 3-2-2025, 3.2.2025; "1.12" without a year is a version number.
_DATE_NUMBER = re.compile(
    r"^(?:\d{4}s?|(\d{1,2})(?:st|nd|rd|th)?|\d{1,2}[/-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4})$"
)


def has_kind(text: str, kind: str | None, question: str = "") -> bool:
    """Whether `text` holds a word that can begin an answer of `kind` (always true for no kind),
    other than a word of `question`."""
    if kind is None:
        return True
    asked = asked_words(question)
    if kind == "date" and _ASKS_WEEKDAY.search(question):  # "2021" tells no day of the week
        return any(_weekday(word) for word in text.split())
    if kind == "date" and any(not _named(m.group(1), asked) for m in _AGO.finditer(text)):
        return True  # "around 4,300 years ago"
    for start, end in _uncounted(text, kind, question):
        text = text[:start] + " " * (end - start) + text[end:]
    words = text.split()
    return any(_answers(word, kind, asked, following) for word, following in zip(words, [*words[1:], ""], strict=True))


def _answers(word: str, kind: str, asked: frozenset[str], following: str = "") -> bool:
    """Whether `word` (then the word `following` it) can begin an answer of `kind` to a question of the
    `asked` words: not a word of the question, nor a count of another unit ("10-day" of "a 10-day
    strike" counts no workers, nor does "2.9 metres" count homes, and "10 per cent" is no date). A
    year of an era is a date ("AD 180", "300 BC")."""
    if kind == "date" and ERA_YEAR.fullmatch(f"{word.strip(_EDGES)} {following.strip(_EDGES)}"):
        return not _named(word, asked)
    if not starts_kind(word, kind) or _named(word, asked):
        return False
    if word.lower() in ("a", "an") and following.strip(_EDGES).lower() not in _AFTER_A:
        return False  # "a hundred", "a third", "a mile"; not "a 38-tonne hammer" or "a double-height space"
    compound = _COMPOUND.match(word.lower())
    unit = following.strip(_EDGES).lower()
    bare = word.strip(_EDGES)
    if kind == "count" and (bare[:1] in _CURRENCY or bare.lower() in _SCALES) and not asked & _MONEY_NOUNS:
        return False  # "£210 million" counts no staff, nor does its "million"
    if kind == "clock" and bare.isdigit():  # "3 pm"; not "2025," of "4 September 2025, Chile"
        return int(bare) <= 24 and unit in _MERIDIEMS
    if kind == "share":
        # "64 per cent", "84%", "a third", "one in five", "the majority"
        return (
            word.rstrip(_EDGES).endswith("%") or word.lower() in _FRACTIONS or unit in _FRACTIONS | _PER_CENT | {"in"}
        )
    if kind == "length":  # "10-day", "four-byte"; not "three-storey"
        return (compound is not None and singular(compound.group(1)) in _LENGTHS) or unit in _LENGTHS
    if compound is not None:  # "a 10-day strike" counts days; "a 71-year-old man" answers "How old ...?"
        aged = "old" in asked and word.lower().rstrip(_EDGES).endswith("-year-old")
        measured = kind == "number" and compound.group(1) in _MEASURES  # "a 3.2-metre peak" for "How high ...?"
        return aged or measured or bool({compound.group(1), compound.group(1) + "s"} & asked)
    if kind not in ("count", "date"):
        return True
    return unit not in _MEASURES or bool({unit, unit + "s", unit.removesuffix("s")} & asked)


# A year of an era: "AD 180", "300 BC"
ERA_YEAR = re.compile(r"\b(?:AD|CE)\s+\d{1,4}\b|\b\d{1,4}\s+(?:BC|BCE|AD|CE)\b")
_CLOCK_WORD = re.compile(r"\d{1,2}(?:[:.]\d\d)?[ap]\.?m\.?", re.I)
_NAMED_TIMES = frozenset("noon midday midnight".split())
_MERIDIEMS = frozenset("am a.m pm p.m o'clock".split())  # edges stripped: "p.m." is "p.m"
_FRACTIONS = frozenset(
    "half halves third thirds quarter quarters fifth fifths two-thirds three-quarters majority minority".split()
)
_PER_CENT = frozenset("per percent %".split())
_COMPOUND = re.compile(rf"(?:[\d.,]*\d|(?:{_SPELLED}))-([a-z]+)")  # "10-day", "eight-year-old"
# Units of measure and time: a number before one counts that unit, not the things a question counts.
_SPANS = frozenset(
    """m metre metres meter meters km kilometre kilometres mile miles ft foot feet inch inches cm mm yard yards
    centimetre centimetres centimeter centimeters millimetre millimetres millimeter millimeters
    second seconds minute minutes hour hours day days week weeks month months year years""".split()
)
_MEASURES = _SPANS | frozenset(
    """kg kilogram kilograms g gram grams tonne tonnes ton tons lb lbs ounce ounces l litre litres liter liters
    ml gallon gallons degree degrees per percent mph knots acre acres hectare hectares""".split()
)
# What a length is counted in: time, distance, and the size of data or text.
_LENGTHS = _SPANS | frozenset(
    """night nights fortnight fortnights decade decades century centuries byte bytes bit bits character characters
    word words line lines page pages""".split()
)
# What makes "a" or "an" a figure: "a hundred", "a third", "a dozen", "a mile", "an hour"
_AFTER_A = (
    frozenset([*SPELLED_NUMBERS, *"thousand million billion trillion few couple handful score".split()])
    | _FRACTIONS
    | _LENGTHS
    | _MEASURES
)


def _uncounted(text: str, kind: str | None, question: str) -> list[tuple[int, int]]:
    """The spans of `text` whose figures answer no question of `kind`: the arguments of a call ("10, 5"
    of "itertools.count(10, 5)"); for an age, a time something lasts ("for 18 months"); for a
    count, a person's age ("Martin Okafor, 52, the union's
    secretary"), a figure naming a thing ("outside Gate 3", "on Monday 13 January"; not "Eugene 23
    seconds" for "How many seconds ...?"), a time of day ("by half past ten", "at 10am"), a score
    ("2-2") and the whole a part is counted out of
    ("212" of "47 of its 212 branches"), unless `question` asks for the whole ("How many branches
    does it have?"), a day of the month ("19 and 20 July") and a measure of another unit ("two and a
    half years" for "How many people ...?")."""
    if kind not in FIGURES:
        return []
    spans = [m.span() for m in _CALL_ARGUMENTS.finditer(text)]
    if ASKS_HOW_OLD.search(question):  # "will serve for 18 months" gives no one's age
        spans += [m.span(1) for m in DURATION.finditer(text)]
        # nor "a gestation of around 95 days": not "34 years old", "aged 18 months"
        spans += [m.span(2) for m in _NOT_OLD.finditer(text) if not m.group(1)]
    if kind == "date" and not _ASKS_END.search(question):  # "runs until 2031" says when it ends, not began
        # ... but "would not be ready until the autumn" says when it will be
        spans += [m.span(1) for m in _UNTIL.finditer(text) if not _NOT_BEFORE.search(text, 0, m.start())]
    if kind == "count":
        spans += [m.span(1) for pattern in (_AGE, _SCORE) for m in pattern.finditer(text)]
        spans += [m.span() for m in ERA_YEAR.finditer(text)]  # "built around AD 180" counts no rooms
        spans += [m.span() for m in _DAYS_OF_MONTH.finditer(text)]  # "on 19 and 20 July" counts no tours
        spans += [m.span() for m in _TIME_OF_DAY.finditer(text)]  # "by half past ten" counts no loaves
        nouns = _counted_nouns(question)  # "Eugene 23 seconds" for "How many seconds ...?" counts them
        spans += [m.span(1) for m in _LABELLED.finditer(text) if counted_next(text, m.end(1), nouns) is None]
        if not _ASKS_WHOLE.search(question):
            spans += [m.span(1) for m in _WHOLE.finditer(text)]
            if _ASKS_PART.search(question):  # "How many of the businesses ...?": "Of the 38 businesses ..., 29"
                spans += [m.span("whole") for m in _OF_THE_WHOLE.finditer(text)]
        asked = asked_words(question)  # "two and a half years" counts years: not people
        spans += [m.span(1) for m in _AND_A_PART.finditer(text) if m.group(2).lower() not in asked]
    return spans


CLOCK_TIME = r"\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\b\.?"  # for patterns: "3.45am", "7.30 p.m.", "10am"
_TIME_OF_DAY = re.compile(rf"\b(?:half|quarter)\s+(?:past|to)\s+(?:{_SPELLED}|\d{{1,2}})\b|\b{CLOCK_TIME}", re.I)
_CALL_ARGUMENTS = re.compile(r"(?<=\w\()[^()]*(?=\))")
_SCORE = re.compile(r"(?<![\w.,-])(\d{1,2}[-–]\d{1,2})(?![\w.,-]?\d)")  # "at 2-2", "won 3–1": a score counts nothing
_AGE = re.compile(r"\b[A-Z][\w'’-]*, (\d{1,3}),\s")
_LABELLED = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+ (\d+)\b(?![.,:]\d)")  # not a sentence's first word: "Over 200"
_FIGURE = rf"(?:\d[\d,.]*|(?:{_SPELLED})(?:-(?:{_SPELLED}))?)"  # a number in digits or in words: "212", "forty-one"
_A_FIGURE = re.compile(rf"\b{_FIGURE}\b", re.I)
_AND_A_PART = re.compile(rf"\b({_FIGURE}\s+and\s+a\s+(?:half|quarter))\s+({'|'.join(sorted(_MEASURES))})\b", re.I)
DURATION = re.compile(
    rf"\b(?:for|over|within|after)\s+(?:the\s+(?:next|past|last|first)\s+)?({_FIGURE})\s+(?:years?|months?|weeks?|days?)\b",
    re.I,
)
# A figure of a unit of time but no age ("around 95 days"), unless "aged" or "old" makes it one
_NOT_OLD = re.compile(
    rf"\b(aged\s+|age\s+of\s+)?((?:(?:about|around|approximately|roughly|nearly|almost|over|under|some)\s+)?{_FIGURE})\s+(?:years?|months?|weeks?|days?)\b"
    r"(?!\s+old\b)",
    re.I,
)
# "until 2031", "until the end of March": when something ends
_UNTIL = re.compile(
    r"\b(?:until|till)\s+([^.;:!?()]*?)(?=[.;:!?()]|,\s|\s+(?:and|but|when|while|after|before)\b|$)", re.I
)
_NOT_BEFORE = re.compile(r"(?:\bnot|n[’']t|\bnever)\b[^.;:!?]{0,40}$", re.I)  # "not be ready " before "until"
_ASKS_END = re.compile(
    r"\b(?:until|till|end|ends|ended|ending|expire|expires|expired|run|runs|last|lasts|finish|finishes|close"
    r"|closes|due|deadline|long|stop|stops|remain|remains|valid)\b",
    re.I,
)
# "4,300 years ago", "a decade ago": a figure that says when
_AGO = re.compile(
    rf"\b({_FIGURE}|an?)\s+(?:years?|decades?|centur(?:y|ies)|months?|weeks?|days?|hours?|minutes?)\s+ago\b", re.I
)
# "of its 212", "of the combined group's seven": up to two words may name whose whole it is
_OWNER = r"(?:its|the|their|his|her|our|your|all)(?:\s+[\w-]+){0,1}(?:\s+[\w-]+['\u2019]s?)?"
_WHOLE = re.compile(rf"\b{_FIGURE} of {_OWNER} ({_FIGURE})\b", re.I)
# "Of the 38 businesses operating at the time of the fire, 29 have come back": a whole, then its part,
# which "How many of the businesses ...?" asks for
_ASKS_PART = re.compile(r"\bhow\s+many\s+of\s+(?:the|its|their|his|her|our|your)\b", re.I)
_OF_THE_WHOLE = re.compile(
    rf"\b[Oo]f\s+(?:the|its|their|his|her|our|your|all)\s+(?P<whole>{_FIGURE})\s+(?P<what>[^,.;:!?]{{1,80}}),\s+"
    rf"(?P<part>{_FIGURE})\b(?!\s+(?:per\s+cent|%))",
    re.I,
)
_OF_WHOM = re.compile(rf"\b(?:of\s+whom|of\s+which|of\s+them|of\s+these)\s+(?P<part>{_FIGURE})\s+(?P<doing>[a-z]+)")
# "How many branches does it have?", "... in total?": the whole is asked for, not "47" of "47 of its 212"
_ASKS_WHOLE = re.compile(
    r"\b(?:do|does|did|will|would|can|could)\b[^?]*\bhave\b"
    r"|\b(?:own|owns|need|needs|total|altogether|in all|overall)\b",
    re.I,
)


# A question that names a time may be answered by a date: "What is the deadline?", "Which year's event ...?"
_ASKS_TIME = re.compile(
    r"\b(?:when|date|dates|day|days|year|years|year's|month|months|time|times|deadline|period|season|century"
    r"|decade|anniversary|birthday|schedule|timetable|since|until|ago)\b",
    re.I,
)
_ASKS_WEEKDAY = re.compile(r"\bday of the week\b", re.I)
ASKS_HOW_OLD = re.compile(r"\b(?:how old|what age)\b|['\u2019]s\s+age\b", re.I)  # an age is asked for
_UNPLACED = re.compile(rf"\b{_FIGURE}\b(?!\s+(?-i:[A-Z]))", re.I)  # a figure that begins no name
# A question for a name: who someone is, what something is called
_ASKS_NAME = re.compile(r"^\s*(?:who|whom|whose)\b|\b(?:called|named|the name of|what is the name)\b", re.I)


def _is_age(word: str, following: str) -> bool:
    """Whether a number `word`, then the word `following` it, can be an age: "86.", "23,", "52-year-old",
    "34 years"; not the "2" of "2 February"."""
    closed = word[-1:] in ",.;:)" or "-year" in word.lower()
    return closed or not following[:1].isalpha() or following.lower().rstrip(",.;:") in _AGE_UNITS


_AGE_UNITS = frozenset("year years month months week weeks day days".split())


def _is_figure(word: str | None) -> bool:
    """Whether `word` opens a quantity: "11,000", "forty", "more" (than 11,000), "about"."""
    word = (word or "").lower()
    return word[:1].isdigit() or word in _NUMBER_WORDS - {"a", "an"} or word in _HEDGES


_HEDGES = frozenset("more less fewer about around approximately roughly nearly almost over under some".split())


# A date or a part of one: "3rd of February", "March 2019", "March", "Monday", "2019"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAYS_OF_MONTH = re.compile(
    rf"\b{_DAY}(?:\s*(?:and|to|or|-|–)\s*{_DAY})?\s+(?:of\s+)?(?:{MONTH_NAMES})\b|\b(?:{MONTH_NAMES})\s+{_DAY}\b"
)
_DATE_SPAN = re.compile(rf"{DATED.pattern}|\b(?:(?:{MONTH_NAMES})(?:\s+\d{{4}})?|{WEEKDAY_NAMES}|(?:1[89]|20)\d\d)\b")


def figures_in(text: str) -> list[str]:
    """The figures of `text`, in digits or in words: "212", "forty-one"."""
    return _A_FIGURE.findall(text)


def counts_asked(text: str, question: str) -> bool:
    """Whether a figure of `text` counts what "How many N ...?" asks about (see `counting_figures`); never
    for people, who go by many names ("2,310 signatures" for "How many people have signed?")."""
    return not _counted_nouns(question) & _ANYONE and bool(counting_figures(text, question))


def counting_figures(text: str, question: str) -> list[tuple[int, int]]:
    """The spans of the figures in `text` that count what "how many" asks about in `question`: the "47"
    and "212" of "Westmoor will close 47 of its 212 branches, putting 390 jobs at risk" for "How many
    branches ...?" (a noun within three words after the figure, past "of its 212")."""
    nouns = _counted_nouns(question)
    if not nouns:
        return []
    spans = []
    for figure in _A_FIGURE.finditer(text):
        if figure.start() and text[figure.start() - 1] in _CURRENCY and not nouns & _MONEY_NOUNS:
            continue  # "£7.40 per passenger" counts no passengers
        after = _PART_OF.match(text, figure.end())
        following = re.match(r"[^,.;:!?()\[\]“”\"]*", text[after.end() if after else figure.end() :])
        words = re.findall(r"\w[\w'’-]*", following.group(0).lower() if following else "")[:3]  # "-bed" of "40-bed"
        if text.startswith("-", figure.end()):  # "8-bit bytes" counts bits, not bytes
            words = words[:1]
        if words[:1] == ["per"]:  # "7.40 per passenger" neither
            continue
        if nouns & {singular(w) for w in words}:
            spans.append(figure.span())
    return spans


def part_counted(text: str, at: int, question: str) -> bool:
    """Whether the figure at offset `at` of `text` is the part of a whole that counts what "How many of
    the N ...?" asks about: "29" of "Of the 38 businesses operating at the time of the fire, 29 have come
    back" for "How many of the businesses have returned?", or "67" of "... employs 112, of whom 67 work on
    the production floor" for "How many of the staff work on the production floor?"."""
    nouns = _counted_nouns(question) if _ASKS_PART.search(question) else set()
    if any(
        m.start("part") == at and nouns & {singular(w) for w in re.findall(r"[\w'’-]+", m.group("what").lower())}
        for m in _OF_THE_WHOLE.finditer(text)
    ):
        return True
    # "... it now employs 112, of whom 67 work on the production floor" for "How many of the staff work on
    # the production floor?": the part does what the question says they do
    asked = set(tokenize(question)) - STOPWORDS - set(tokenize(counted(question))[:1]) if nouns else set()
    return any(m.start("part") == at and set(tokenize(m.group("doing"))) & asked for m in _OF_WHOM.finditer(text))


def counted(question: str) -> str:
    """What "How many N ...?" counts, as the question words it: "evacuees" of "How many evacuees are
    staying in hotels?"; empty for another question."""
    asked = _COUNTED.search(question) or _COUNTED_BEFORE_VERB.search(question)
    return asked.group(1) if asked else ""


def counted_next(text: str, at: int, nouns: set[str]) -> int | None:
    """Where the word after offset `at` of `text` ends, if it is one of `nouns` (singular, lower case):
    "penalties" of "gave away 14 penalties" for "How many penalties ...?"; None where it is not."""
    after = _NEXT_WORD.match(text, at)
    return after.end() if after is not None and singular(after.group(1).lower()) in nouns else None


_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")


def _counted_nouns(question: str) -> set[str]:
    """The words of what "How many N ...?" counts, singular: {"yorkshire", "branch"}; none for "them"."""
    return {singular(w) for w in re.findall(r"[\w'’-]+", counted(question).lower())} - STOPWORDS - {""}


def count_end(text: str, question: str) -> int | None:
    """Where the noun ends that the first figure of `text` counts, as "How many N ...?" asks: the
    end of "214 homes" of "214 homes and 37 businesses in the town were inundated", and of "18
    single en-suite birthing rooms" (the last word of N within COUNTED_REACH words of its clause).
    None where no word of N follows the figure so."""
    nouns = _counted_nouns(question)
    figure = _A_FIGURE.search(text)
    if not nouns or figure is None:
        return None
    after = _PART_OF.match(text, figure.end())
    at = after.end() if after else figure.end()
    clause = re.match(r"[^,.;:!?()\[\]“”\"]*", text[at:])
    words = list(re.finditer(r"\w[\w'’-]*", clause.group(0) if clause else ""))[:COUNTED_REACH]
    figure_after = next((i for i, w in enumerate(words) if _A_FIGURE.fullmatch(w.group())), len(words))
    words = words[:figure_after]  # "214 homes and [37 businesses]" counts no businesses
    if text.startswith("-", at):  # "8-bit bytes" counts bits
        words = words[:1]
    return next((at + w.end() for w in reversed(words) if singular(w.group().lower()) in nouns), None)


COUNTED_REACH = 4


def counts_other(text: str, start: int, end: int, question: str) -> str | None:
    """The noun that the first figure of the answer `text[start:end]` counts, where it is not what "How
    many N ...?" asks about: "phases" of "four phases" for "How many homes will be built in the first
    phase?". None where it counts N, where no noun follows it (or a verb, after N: "more pupils
    choosing triple science, with 112 signing up"), or where either counts people, who go by many
    names ("How many residents ...?" / "8,400 people"; "How many people ...?" / "1,284 participants")."""
    nouns = _counted_nouns(question)
    figure = _A_FIGURE.search(text, start, end)
    if not nouns or figure is None:
        return None
    after = _PART_OF.match(text, figure.end())
    following = re.findall(r"[A-Za-z][\w'’-]*", text[after.end() if after else figure.end() :])[:3]
    if not following or nouns & {singular(w.lower()) for w in following}:
        return None
    noun = following[0].lower()
    if nouns & _ANYONE:  # ... but never by a measure: "61 years" for "How many people went to the show?"
        return following[0] if noun in _MEASURES else None
    unnamed = noun in STOPWORDS or noun in _MEASURES or noun in _NUMBER_WORDS or noun in _ANYONE
    # "more pupils choosing triple science, with 112 signing up", "Of those parcels, 2,310 went to ...":
    # they do something, N named before
    before = {singular(w.lower()) for w in re.findall(r"[A-Za-z][\w'’-]*", text[: figure.start()])}
    verb = (noun.endswith("ing") and len(noun) > 5) or noun in _DID  # not "45 trained volunteers"
    acting = verb and bool(nouns & before)
    return None if unnamed or acting else following[0]


_ANYONE = frozenset("people person persons individual individuals".split())
# verbs in the past that do not end in "-ed": "How many competitors [took] part?"
_IRREGULAR_PAST = "went came got left made took gave won lost sold bought ran paid saw met began spent brought built"
_DID = frozenset(f"had {_IRREGULAR_PAST}".split())


# The words after "how many", up to its verb: "How many [Yorkshire branches] are closing?"
_PREPOSITION = r"(?:about|of|in|on|at|for|from|with|by|to|into|over|under|per|since|during|across|after|before)"
_AUXILIARY = r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|must|may|might)\b"
_PAST = "(?:" + _IRREGULAR_PAST.replace(" ", "|") + ")"
_NO_NOUN = rf"(?!{_AUXILIARY})"  # no noun at all: "How many [did] he lose?", "How many [are] there?"
# A verb in the present, after its subject: "How many [people] live in Oakshaw?", "How many [pupils]
# attend the school?" (a word not ending in "s" before a preposition other than "of", an article or "there")
_NO_VERB = (
    r"(?![\w'’-]*[^\Ws]\s+(?:(?!of\b)" + _PREPOSITION + r"|the|a|an|there|here|this|that|these|those|its|their)\b)"
)
_COUNTED = re.compile(
    rf"\bhow many\s+{_NO_NOUN}(?:of\s+(?:the|its|their|his|her|our|your)\s+)?"
    rf"([\w'’-]+(?:\s+(?![\w'’-]+ed\b|{_PAST}\b){_NO_VERB}[\w'’-]+){{0,2}}?)"
    rf"(?=\s+{_AUXILIARY}|\s*\?|$)",
    re.I,
)
# ... or its first two words, where the verb is no auxiliary: "How many [dock workers] walked out?",
# but one where the second is that verb, in the past: "How many [people] attended in 2024?" (nor
# does the count above end at one: "How many [homes] flooded?")
_COUNTED_BEFORE_VERB = re.compile(
    rf"\bhow many\s+{_NO_NOUN}(?:of\s+(?:the|its|their|his|her|our|your)\s+)?"
    # not "[complaints] about ...", nor a verb before its object: "How many attended the festival?" counts no noun
    rf"((?![\w'’-]+ed\s+(?:the|a|an|his|her|its|their|this|that|these|those)\b)"
    rf"[\w'’-]+(?:\s+(?![\w'’-]+ed\b|{_PAST}\b|{_PREPOSITION}\b){_NO_VERB}[\w'’-]+)?)",
    re.I,
)
_PART_OF = re.compile(rf"\s+of\s+{_OWNER}\s+{_FIGURE}\b", re.I)


def singular(word: str) -> str:
    """`word` without a plural's "s" ("penalties" gives "penaltie"), as every word it is weighed against."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# Where a clause ends: "The temperature reached 103 degrees at 3 p.m., relative humidity fell to 7 per
# cent, and gusts reached 48 mph"; "1,183 letters of objection and 41 letters of support"
# not the colon of a time ("00:01"), nor the comma of a number
_CLAUSE_BREAK = re.compile(r",\s|[;()\[\]\n–—]|:(?!\d)|\s-\s|\b(?:and|but|while|whereas|compared with)\b")


_APPOSITIVE = re.compile(r",\s+an?\s+(?!\d)")  # ", an outdoor equipment shop in Keswick"


def _clause_terms(text: str, pieces: list[str], question: str) -> list[int]:
    """For each token piece of `text` (their join), how many of the question's words the clause it
    stands in holds: a figure answers the question whose words stand beside it."""
    terms = set(tokenize(question))
    breaks = [0, *(m.start() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    clauses = [(start, end, len(terms & set(tokenize(text[start:end])))) for start, end in itertools.pairwise(breaks)]
    # an appositive says what the clause before it names: "£5,000 from Fellside Gear, [an outdoor
    # equipment shop in Keswick], and £1,340 collected by ..." for "How much did the outdoor shop donate?"
    for i in range(len(clauses) - 1, 0, -1):
        start, end, n = clauses[i]
        if _APPOSITIVE.match(text, start):
            before = clauses[i - 1]
            clauses[i - 1] = (before[0], end, before[2] + n)
            del clauses[i]
    out, at = [], 0
    for piece in pieces:
        first = at + len(piece) - len(piece.lstrip())
        out.append(next((n for start, end, n in clauses if start <= first < end), 0))
        at += len(piece)
    return out


def _narrowed(allowed: list[bool], keep: Iterable[bool]) -> list[bool]:
    """`allowed`, less the places `keep` rules out, unless that leaves none: a rule gives way where it
    would leave the reader nothing to write."""
    narrowed = [ok and kept for ok, kept in zip(allowed, keep, strict=True)]
    return narrowed if any(narrowed) else allowed


def _in_spans(pieces: list[str], spans: list[tuple[int, int]]) -> list[bool]:
    """For each token piece, whether its text (after any spaces) starts inside one of `spans` of the
    pieces' joined text."""
    out, at = [], 0
    for piece in pieces:
        first = at + len(piece) - len(piece.lstrip())
        out.append(any(start <= first < end for start, end in spans))
        at += len(piece)
    return out


def asked_words(question: str) -> frozenset[str]:
    """The words of `question` and their parts, in lower case without brackets, quotes or punctuation at
    their ends: "inflate" (of "inflate()"), "32-bit", "32", "bit".
    A number or identifier the question names is not its answer ("How many bytes does a 32-bit
    code unit take?", "Which inflate() return value ...?")."""
    words = {w.strip(_EDGES).lower() for w in question.split()}
    return frozenset(words | calls(question) | {part.lower() for part in re.findall(r"\w+", question)}) - {""}


_CALL = re.compile(r"[\w.]+\(\)")  # "sorted()", "list.sort()"


def calls(text: str) -> set[str]:
    """The calls `text` writes, in lower case: "sorted()", "list.sort()"."""
    return {call.lower() for call in _CALL.findall(text)}


def names_call(call: str, named: Collection[str]) -> bool:
    """Whether the calls (and words) `named` name `call`, with or without its module: "methodcaller()"
    is "operator.methodcaller()"."""
    call = call.lower()
    return any(name == call or name.endswith("." + call) or call.endswith("." + name) for name in named)


_EDGES = "\"'\u201c\u201d\u2018\u2019([{)]},.;:!?"
_CLOSING = frozenset(",.;:")  # what clean_draft takes off the end of an answer


def _named(word: str, asked: frozenset[str]) -> bool:
    """Whether the question names `word`. A call is named only as a call: "sorted()" answers "Which
    built-in function builds a new sorted list?"."""
    call = _CALL.fullmatch(word.lstrip(_EDGES).rstrip(",.;:!?\"'\u201d\u2019"))
    if call is not None:
        return names_call(call.group(), [name for name in asked if name.endswith("()")])
    return word.strip(_EDGES).lower() in asked


class SpanConstraint:
    """A llama-cpp-python logits processor allowing only spans of the evidence."""

    def __init__(
        self,
        llama: Any,
        evidence: str | list[str],
        question: str,
        labels: Sequence[bool] = (),
    ) -> None:
        """`labels` marks the pieces of `evidence` that are section headings, not sentences."""
        # Each piece of evidence (a sentence, a heading) is tokenized alone; a span never crosses two.
        segments = [evidence] if isinstance(evidence, str) else evidence
        self.evidence: list[int] = []
        for segment in segments:
            self.evidence += [*_tokens(llama, " " + segment), _SEPARATOR]
        self.not_stated = _tokens(llama, " " + NOT_STATED)
        pieces = [llama.detokenize([t]).decode("utf-8", "ignore") if t != _SEPARATOR else "\n" for t in self.evidence]
        # A span may start where a word starts, and end before a space or punctuation.
        starts = word_starts(pieces)
        # Answers of an expected kind ("How many ...?" wants a number) start where such a word starts.
        kind = expected_kind(question)
        # A word of a kind is judged whole: "deflateInit2()" is one token of many, and "4.5%" (no
        # count) begins with the token "4".
        words = _whole_words(pieces) if kind is not None else [(word or "", "") for word in starts]
        asked = asked_words(question)
        joined = "".join(pieces)
        uncounted = _in_spans(pieces, _uncounted(joined, kind, question))
        typed = [
            start is not None and kind is not None and _answers(word, kind, asked, following) and not skipped
            for start, (word, following), skipped in zip(starts, words, uncounted, strict=True)
        ]
        if ASKS_HOW_OLD.search(question):  # an age stands alone ("She was 86.", "Finch, 23,"), not "2 February"
            typed = _narrowed(typed, (_is_age(word, following) for word, following in words))
        elif kind in FIGURES - {"date"}:  # "How low did the humidity drop?": "humidity fell to 7 per cent"
            # a figure, not the "A" of "A once-a-month injection reduced ... by 47 per cent"; a time of
            # day too: "the last sailing from Torsay will leave at 4.15pm" for "the last departure"
            # nor one of a headline (see below), which would leave the reader no figure where only it holds a
            # word of the question ("three-year" of "... returns after three-year absence" for "How long was
            # this year's course?")
            labelled = [_is_label(labels, piece) for piece in _pieces(self.evidence)]
            figures = [
                ok and word.lower() not in ("a", "an") and not label
                for ok, (word, _), label in zip(typed, words, labelled, strict=True)
            ]
            held = _clause_terms(joined, pieces, question)
            most = max((n for ok, n in zip(figures, held, strict=True) if ok), default=0)
            if most:
                typed = [ok and n == most for ok, n in zip(figures, held, strict=True)]
        if kind == "date":  # "4,300" of "around 4,300 years ago" says when
            ago = _in_spans(pieces, [m.span(1) for m in _AGO.finditer(joined)])
            typed = [ok or (start is not None and at) for ok, start, at in zip(typed, starts, ago, strict=True)]
        if kind == "date" and _ASKS_WEEKDAY.search(question):  # "Mondays", not "8 January 2023"
            typed = _narrowed(typed, (_weekday(word) for word, _ in words))
        if kind == "count":  # "How many branches ...?": "47 of its 212 branches", not "390 jobs", if it is there
            typed = _narrowed(typed, _in_spans(pieces, counting_figures(joined, question)))
        if kind in FIGURES:  # a headline's figures sum up the report ("14 months late" counts no beds)
            typed = [
                ok and not _is_label(labels, piece) for ok, piece in zip(typed, _pieces(self.evidence), strict=True)
            ]
        allowed = typed if any(typed) else [start is not None for start in starts]
        if kind is None and (asks_where(question) or not _ASKS_TIME.search(question)):
            # "What would the charge achieve?" is answered by no date: not "3rd of February", nor is
            # "Where is the pressing day taking place?": not "12 October" of "on Saturday 12 October, ...",
            # nor by a time of day: "What did she use to splint the leg?": not "2.52pm" of "dialled 999 at 2.52pm"
            spans = [m.span() for pattern in (_DATE_SPAN, _CLOCK_WORD, _CLOCK) for m in pattern.finditer(joined)]
            dated = _in_spans(pieces, spans)
            allowed = _narrowed(allowed, (not in_date for in_date in dated))
        if kind is None and _ASKS_NAME.search(question):
            # "Who ...?", "What is the new centre called?" are answered by a name: not "11,000 signatures"
            allowed = _narrowed(allowed, (not _is_figure(word) for word in starts))
            # nor by the words of a headline in capitals ("... FROM ABERDEENSHIRE BACK GARDEN")
            shouted = [_shouted(segment) for segment in segments]
            allowed = _narrowed(allowed, (not shouted[piece] for piece in _pieces(self.evidence)))
        if kind is None and asks_where(question):
            # "Where did she die?" is answered by a place: not the "86" of "Dies at 86" (but "10 Downing Street")
            unplaced = _in_spans(pieces, [m.span() for m in _UNPLACED.finditer(joined)])
            allowed = _narrowed(allowed, (not figure for figure in unplaced))
        # ... and not at a function word ("the" of "the prison corridors"), unless nothing else is left.
        opening = _narrowed(allowed, ((word or "").lower() not in _FUNCTION_WORDS for word in starts))
        if asks_reason(question) and len(segments) > 1:
            opening = _reasons_only(opening, segments, labels, self.evidence, question)
        self.word_start = opening
        # Every token a span could start with, of any kind: what "not stated" is weighed against.
        self.any_first = sorted({t for t, word in zip(self.evidence, starts, strict=True) if word is not None})
        self.boundary = [p[:1] in _BOUNDARY for p in pieces]
        self.stops = {_tokens(llama, "\n")[0], int(llama.token_eos())}
        # A word of the evidence that extends a word of the question is no echo: "HTTPError" for
        # "Which exception is raised for HTTP URLs?" starts with the same token as "HTTP".
        content = tuple(asked - STOPWORDS)
        extended = {
            token
            for token, word in zip(self.evidence, starts, strict=True)
            if word and not _named(word, asked) and word.lower().startswith(content)
        }
        self.question_firsts = _first_tokens(llama, question) - extended
        self.proximity = _proximity(self.evidence, starts, self.word_start, question)
        self.prompt_length: int | None = None
        self.not_stated_margin = 0.0  # log P(first token of "not stated") - log P(best first token of a span)
        self.token_logprobs: list[float] = []
        self.stop_logprob = float("-inf")
        self._stop_logprobs: list[float] = []  # log P(stop) after each number of tokens written
        self._written: list[int] = []
        self._closing = {t for t, piece in zip(self.evidence, pieces, strict=True) if piece.strip() in _CLOSING}
        self._previous: dict[int, float] = {}

    def allowed(self, generated: list[int]) -> set[int]:
        """Tokens that may follow `generated`: spans start and end on word boundaries."""
        allowed: set[int] = set()
        n = len(generated)
        evidence = self.evidence
        for i in range(len(evidence) - max(n, 1) + 1):
            if not self.word_start[i]:  # a span continues only from where one may start
                continue
            if evidence[i : i + n] != generated:
                continue
            if i + n < len(evidence) and evidence[i + n] != _SEPARATOR:
                allowed.add(evidence[i + n])
            if n and (i + n == len(evidence) or self.boundary[i + n]):
                allowed |= self.stops
        return allowed

    def draft(self, generated: list[int], limit: int) -> list[int]:
        """Up to `limit` tokens that must follow `generated` if the span goes on: where one token alone
        may continue it. The model checks them all in one batch (see `LlamaCppLLM`), and may stop first."""
        drafted: list[int] = []
        while len(drafted) < limit:
            following = self.allowed(generated + drafted) - self.stops
            if len(following) != 1:
                break
            drafted += following
        return drafted

    def __call__(self, input_ids: np.ndarray[Any, Any], scores: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        if self.prompt_length is None:
            self.prompt_length = len(input_ids)
        generated = [int(t) for t in input_ids[self.prompt_length :]]
        allowed = sorted(self.allowed(generated))
        logits = scores.astype(np.float64)
        log_z = float(np.log(np.exp(logits - logits.max()).sum()) + logits.max())
        if generated:
            self.token_logprobs.append(self._previous[generated[-1]])
        self._previous = {t: float(logits[t]) - log_z for t in allowed}
        self.stop_logprob = max((self._previous.get(t, -np.inf) for t in self.stops), default=-np.inf)
        self._stop_logprobs.append(self.stop_logprob)
        self._written = generated
        out = np.full_like(scores, -np.inf)
        out[allowed] = scores[allowed]
        if not generated:
            self._bias_first_step(out, scores)
        return out

    @property
    def confidence(self) -> float:
        """Mean log-probability (unconstrained) of the tokens written, the final stop included. The
        answer is what the reader wrote before any comma or full stop it ended on: "February" of
        "February," is as sure as "February" then a stop, however unlikely a stop after the comma."""
        if not self.token_logprobs:
            return float("-inf")
        n = len(self.token_logprobs)
        while n > 1 and self._written[n - 1] in self._closing and np.isfinite(self._stop_logprobs[n - 1]):
            n -= 1
        stop = self._stop_logprobs[n] if n < len(self._stop_logprobs) else self.stop_logprob
        return float(np.mean([*self.token_logprobs[:n], stop]))

    def _bias_first_step(self, out: np.ndarray[Any, Any], scores: np.ndarray[Any, Any]) -> None:
        not_token = self.not_stated[0]
        for token in self.question_firsts:
            if np.isfinite(out[token]) and token != not_token:
                out[token] -= QUESTION_WORD_PENALTY
        for token, bonus in self.proximity.items():
            if np.isfinite(out[token]) and token != not_token:
                out[token] += bonus
        logits = scores.astype(np.float64)
        finite = np.isfinite(out)
        finite[not_token] = False
        best_span = float(out[finite].max()) if finite.any() else -np.inf
        # A span of any kind counts: only typed spans may be written ("How many ...?" wants a
        # number), but that restriction is ours and should not make the model look unsure.
        others = [t for t in self.any_first if t != not_token]
        if others:
            penalty = QUESTION_WORD_PENALTY * np.isin(others, sorted(self.question_firsts))
            best_span = max(best_span, float((logits[others] - penalty).max()))
        self.not_stated_margin = float(logits[not_token]) - best_span


_SEPARATOR = -1  # between pieces of evidence; never a token
_OPENING = frozenset("([“‘\"'")
_BOUNDARY = frozenset(" ,.;:)!?”’\n")


def word_starts(pieces: list[str]) -> list[str | None]:
    """For each token piece, the word a span starting there begins with, or None where no word starts.

    A word starts at a piece beginning with a space (digits are single tokens in
    Gemma, so " " before "4", "0" counts), or right after an opening bracket or
    quote ("(" then "Centre", "“" then "the").
    """
    text = "".join(pieces)
    out: list[str | None] = []
    at = 0
    for piece in pieces:
        match = _WORD.match(text, at)
        after_opening = at > 0 and text[at - 1] in _OPENING
        starts = match is not None and (piece[:1] == " " or after_opening)
        out.append(match.group(1) if starts and match else None)
        at += len(piece)
    return out


def _whole_words(pieces: list[str]) -> list[tuple[str, str]]:
    """For each token piece, the run of non-space characters from its first non-space character, and
    the run after that one (empty at the end)."""
    text = "".join(pieces)
    out, at = [], 0
    for piece in pieces:
        runs = text[at:].split(None, 2)
        out.append((runs[0] if runs else "", runs[1] if len(runs) > 1 else ""))
        at += len(piece)
    return out


_WORD = re.compile(r"\s*[(\[“‘\"']*([$£€/~.-]*\w[\w%]*)")  # "/bin/sync", "-n", ".profile" are words too


def _proximity(evidence: list[int], starts: list[str | None], allowed: list[bool], question: str) -> dict[int, float]:
    """A bonus for each first token, by how near its word is to a word of the question: answers sit
    next to what the question names ("Rubio told reporters", "his hardline approach")."""
    if not PROXIMITY_BONUS:
        return {}
    terms = set(tokenize(question))
    word_of, words, asked = [], -1, []
    for token, word in zip(evidence, starts, strict=True):
        if word is not None or token == _SEPARATOR:
            words += 1 if token != _SEPARATOR else PROXIMITY_WORDS  # no bonus across pieces of evidence
            if word is not None and set(tokenize(word)) & terms:
                asked.append(words)
        word_of.append(words)
    bonus: dict[int, float] = {}
    for token, word, start, at in zip(evidence, starts, allowed, word_of, strict=True):
        if not start or not asked or (word is not None and set(tokenize(word)) & terms):
            continue
        distance = min(abs(at - q) for q in asked)
        value = PROXIMITY_BONUS * max(0.0, 1 - (distance - 1) / PROXIMITY_WORDS)
        bonus[token] = max(bonus.get(token, 0.0), value)
    return bonus


_CAUSAL = frozenset("because since so as".split())


def _reasons_only(
    opening: list[bool],
    segments: list[str],
    labels: Sequence[bool],
    evidence: list[int],
    question: str,
) -> list[bool]:
    """`opening` without headings, and without the piece of evidence that restates a "why" question
    (the one holding most of its words) unless it gives a reason itself ("... so they can write
    their high score files"): otherwise the reason is in a piece beside it; a title gives none."""
    terms = set(tokenize(question))
    held = [-1 if _is_label(labels, i) else len(terms & set(tokenize(text))) for i, text in enumerate(segments)]
    restating = held.index(max(held))
    closed = {i for i in range(len(segments)) if _is_label(labels, i)}
    if not _CAUSAL & set(re.findall(r"\w+", segments[restating].lower())):
        closed.add(restating)
    out = [ok and piece not in closed for ok, piece in zip(opening, _pieces(evidence), strict=True)]
    return out if any(out) else opening


def _weekday(word: str) -> bool:
    """Whether `word` names a day of the week: "Tuesday", "Mondays"."""
    return word.strip(_EDGES).lower().removesuffix("s") in WEEKDAYS


def _shouted(text: str) -> bool:
    """Whether `text` is a line in capitals, as headlines are: its words are no names."""
    return len(text.split()) >= 3 and text.isupper()


def _pieces(evidence: list[int]) -> list[int]:
    """For each token of `evidence`, the index of the piece (sentence or heading) it belongs to."""
    out, piece = [], 0
    for token in evidence:
        out.append(piece)
        piece += token == _SEPARATOR
    return out


def _is_label(labels: Sequence[bool], piece: int) -> bool:
    return piece < len(labels) and labels[piece]


def _tokens(llama: Any, text: str) -> list[int]:
    return [int(t) for t in llama.tokenize(text.encode("utf-8"), add_bos=False, special=False)]


def _first_tokens(llama: Any, question: str) -> set[int]:
    words: Iterable[str] = {w for w in question.replace("?", " ").split() if tokenize(w)}
    firsts = set()
    for word in words:
        for variant in (word, word.lower(), word.capitalize()):
            firsts.add(_tokens(llama, " " + variant)[0])
    return firsts
