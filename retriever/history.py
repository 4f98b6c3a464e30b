"""Follow-up questions: make a standalone question from the chat history before retrieval."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from retriever.bm25 import STOPWORDS
from retriever.constrain import DATE_WORDS, SPELLED_NUMBERS, expected_kind, starts_kind
from retriever.evidence import MONTH_NAMES, WEEKDAY_NAMES
from retriever.ground import ASKS_PLACE_KIND, ASKS_WHICH_DESCRIBED, is_refusal

_AUXILIARIES = "is|are|was|were|do|does|did|can|could|will|would|should|must|may|might|has|have|had"
_PRONOUN = re.compile(r"\b(?:it|they|them|he|him|she|its|their|his|her)\b", re.I)
_DEMONSTRATIVE = re.compile(r"\b(?:this|that)\b", re.I)
_AFTER_AUXILIARY = re.compile(rf"\b(?:{_AUXILIARIES})\s+$", re.I)
_BEFORE_END = re.compile(r"\s*(?:[?,.]|to\b|$)", re.I)
_BEFORE_PARTICIPLE = re.compile(r"\s+[a-z]+(?:ed|en)\b")
_POSSESSIVE = {"its", "their", "his"}
_PERSONAL = {"he", "him", "she", "his", "her"}
# Participles that do not end in "-ed" or "-en"
_IRREGULAR = (
    "born|built|held|found|made|sold|paid|told|caught|hit|hurt|shut|set|put|cut|spent|lost|seen"
    "|brought|bought|led|left|kept|won|run|begun|sent|lent|meant|read|heard|struck|hung|dug|shot"
)
# "What is X?", "Where is X?", "Where is X stored?", "What is X used for?" (a participle after X, and
# its preposition, are no part of it: "Where were [the hives] kept?").
_DEFINITION = re.compile(
    r"^\s*(?:what|who|where)\s+(?:is|are|was|were)\s+(?:the\s+)?(.+?)"
    rf"(?:\s+(?-i:[a-z]+ed|{_IRREGULAR})(?:\s+(?:for|by|with|in|to|of|as|on|from|at))?)?\s*\??\s*$",
    re.I,
)
_ASKS_WHO = re.compile(r"^\s*(who|whom|whose)\b", re.I)
_NAME_WORD = r"(?:No\.\s+\d+\b|[A-Z][\w\u2019'-]*)"  # "No. 2" of "No. 2 furnace" is one word
_NAME = re.compile(rf"\b{_NAME_WORD}(?:\s+(?:of|for|the|de|del|la|van|von)?\s*{_NAME_WORD})*")
_QUESTION_WORDS = {
    "What",
    "Who",
    "Whom",
    "Whose",
    "Where",
    "When",
    "Why",
    "How",
    "Which",
    "Did",
    "Does",
    "Do",
    "Is",
    "Are",
    "Was",
    "Were",
    "Can",
}


def _subject(question: str, places: bool = True) -> str | None:
    """What `question` is about: what a "What is X?" defines, else its first name (not one after "in",
    "to", "at" ... unless `places`)."""
    definition = _DEFINITION.match(question)
    # not "Where were [they kept]?"; "the" kept before a common noun: "Which company developed [the new migraine drug]?"
    if definition and not _no_noun(definition.group(1).split()[0]):
        the = re.search(r"\b(?i:the)\s+$", question[: definition.start(1)]) and definition.group(1)[0].islower()
        return ("the " if the else "") + definition.group(1)
    names = [m for m in _names_in(question) if places or not _AFTER_PLACE_WORD.search(question, 0, m.start())]
    if not names:
        return None
    owned = _OWNED_TO_THE_END.match(question, names[0].end())
    asks_do = _ASKS_DO.match(question)
    if (
        owned is not None
        and (asks_do is None or asks_do.group("be"))
        and not _BREAK & set(owned.group(1).split())
        and not any(
            _PARTICIPLE.fullmatch(word) for word in owned.group(1).split()
        )  # "What are Velasco's officers [tracing]?"
    ):
        return names[0].group() + owned.group(0).rstrip(" ?")  # "Kelverton's market hall", not "Kelverton's"
    return names[0].group()


# what a possessive name owns, where it ends the question: "Who designed Kelverton's [market hall]?"
_OWNED_TO_THE_END = re.compile(r"(?<=['\u2019]s)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*\?\s*$")


def _no_noun(word: str) -> bool:
    """Whether `word`, opening what a question is about, starts no noun phrase: a pronoun ("When was [it]
    seen?"), or an adverb or predicate ("What was [partly to blame] for the rise?")."""
    word = word.lower()
    return word in _PRONOUNS | _PREDICATES or (word.endswith("ly") and len(word) > 5 and word not in _LY_NOUNS)


_PREDICATES = frozenset("to due responsible behind said known thought".split())
_LY_NOUNS = frozenset("family assembly supply butterfly monopoly anomaly homily melancholy".split())


def _topic(question: str) -> str | None:
    """What "it" or "they" after `question` stands for: its subject (see `_subject`), else the noun
    phrase before its main verb ("Where does the harbour ferry leave from?" gives "the harbour ferry")."""
    return _subject(question) or _noun_phrase(question)


# "Where does", "How many prisoners can", "Why did": a question word, then the first auxiliary verb;
# a lead-in clause may come first ("According to the tip, when should ...").
_ASKS_DO = re.compile(
    r"^\s*(?:[^,?]*,\s*)?(?:what|which|who|whom|where|when|why|how)\b[^?]*?\b(?:do|does|did|can|could|will"
    r"|would|should|may"
    r"|might|must|shall|(?P<be>is|are|was|were))\s+(?P<rest>[^?]+)",
    re.I,
)
_BREAK = frozenset(
    """on in at for during after before by from to with since until of about into over under through between
    against without within towards toward across around behind beyond among upon onto near per via
    and or but that which who whom whose if when where while because than as not
    the a an this these those its their his her it they he she
    then now there here today out up down off away back one ones them us him me""".split()
)  # and what follows a main verb: "... will [the bank] have then?", "How did [staff] find out ...?"
_BE = frozenset({"be", "been", "being"})  # a verb of its own, before a participle or an adjective
NOUN_PHRASE_WORDS = 5
_ASKER = frozenset({"i", "we", "you", "one"})  # "Why might you cache its result?": "its" is not yours
_PRONOUNS = frozenset({"it", "they", "them", "he", "him", "she", "her"})  # "When was [it] seen?" names nothing


def _noun_phrase(question: str, copula: bool = True) -> str | None:
    """The subject of a question with an auxiliary "do" or modal: the words after it up to the main
    verb, the last word before a preposition or the end ("When did [the prison] open?", "What does
    [the operator user] do?", "How long does [the ferry] take to cross?"); with "is", "was" ...
    the words before a participle, else (when `copula`) up to a preposition or the end (see
    `_before_participle`). None where there is none."""
    match = _ASKS_DO.match(question)
    if not match:
        return None
    words = re.findall(r"[\w\u2019'-]+|[^\w\s]", match.group("rest"))
    run: list[str] = []
    for word in words:
        if not word[0].isalnum() or (run and word.lower() in _BREAK):
            break
        run.append(word)
        if word.lower() in _BE:  # "Where will [the public meeting] be held?"
            break
    if match.group("be"):
        phrase = _before_participle(run)
        if not copula and phrase == run:  # "What is [the name] of its binary?": no subject of a verb
            return None
    else:
        phrase = run[:-1]  # the last word of the run is the main verb
    if (
        not phrase
        or len(phrase) > NOUN_PHRASE_WORDS
        or phrase[-1].lower() in _BREAK
        or phrase[0].lower() in _ASKER
        or _no_noun(phrase[0])
    ):
        return None  # "Where can [you] read more?" is about no thing
    return " ".join(phrase)


# "When was [the fire] first spotted?", "Where is [the library] now housed?": adverbs that may stand
# between a passive's subject and its participle
_ADVERBS = frozenset("first last originally initially finally ever never still already also now once then".split())
_PARTICIPLE = re.compile(
    r"(?!(?:kitchen|garden|children|women|citizen|chicken|oven|heaven|hundred)$)[a-z]+(?<!e)(?:ed|en)|[a-z]+ing"
    rf"|{_IRREGULAR}"
)


def _before_participle(run: list[str]) -> list[str]:
    """The subject of a question with "is", "was" ... (see `_noun_phrase`): the run of words up to
    a participle and the adverbs before it ("When was [the fire] first spotted?"), or the whole run
    where it has none ("How tall is [the tower]?")."""
    if run and _PARTICIPLE.fullmatch(run[-1]):
        run = run[:-1]
        while run and run[-1].lower() in _ADVERBS:
            run = run[:-1]
    return run


def _names_in(question: str) -> list[re.Match[str]]:
    """The capitalised names of `question`, its question word ("What", "Did") left out, and so is a
    first word that only has its capital for standing first ("In which country did Rubio stop?",
    "And how many ...?", "Has Rubio left?", "Roughly how many ...?")."""
    first = re.match(r"\s*(\w+)(?=\s+(\w+))?", question)
    opener = first is not None and (
        first.group(1).lower() in STOPWORDS
        or first.group(1).lower() in _LEAD_WORDS
        or (first.group(2) or "").capitalize() in _QUESTION_WORDS  # "Roughly how many ...?"
    )
    return [
        m
        for m in _NAME.finditer(question, first.end() if first and opener else 0)
        if m.group().split()[0] not in _QUESTION_WORDS and not _CALENDAR.fullmatch(m.group())
    ]


# A day or a month names no one "she" or "it" stands for: "the Friday change", "the May elections"
_CALENDAR = re.compile(rf"(?:{WEEKDAY_NAMES}|{MONTH_NAMES})s?")


_LEAD_WORDS = frozenset("apart besides since given unlike like".split())  # "Apart from X, ...", "Besides X, ..."


def _is_name(answer: str) -> bool:
    words = answer.strip(" .").split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _person(question: str, answer: str) -> str | None:
    """Whom a "he" or "she" after the turn (question, answer) means: the person a "Who is X?" asks
    about, the answer to any other "who" question when it is a name, or the name after the role it
    opens with ("architect Sofia Lindqvist of the Leeds-based practice ..."; None otherwise: "he"
    after an unanswered "Who rules X?" is whoever that is, not X), else the first name the question
    holds ("Where did Rubio go first?" / "El Salvador": "he" is still Rubio) that is no place
    ("How long is the bus journey to Ashbury?") and not the kind a "which" asks for ("Which Wolves
    forward was hurt?"). The name a woman, man or animal is called by is whom they mean too
    ("What is the female leopard called?" / "Anya")."""
    definition = _DEFINITION.match(question)
    if definition and _is_name(definition.group(1)):
        return definition.group(1)
    if _ASKS_WHO.match(question):  # not a headline's words in capitals ("NEW COMET FROM ABERDEENSHIRE BACK GARDEN")
        *_, answer = answer.split(", ")  # "Mayor of Ashcombe, Councillor Derek Fairbrother": the councillor
        if _BODY.search(answer.strip(" .")):
            return None  # "Ashcombe Zoo" is nobody a "he" stands for
        if _is_name(answer):
            return None if answer.isupper() and " " in answer.strip() else answer.strip(" .")
        role = _ROLE_THEN_NAME.match(answer)  # "architect Sofia Lindqvist of the Leeds-based practice ..."
        return role.group("name") if role else None
    which = ASKS_WHICH_DESCRIBED.match(question)
    if which and _is_name(answer) and " " in answer.strip() and not _BODY.search(answer):
        # "Which retired postman had his hives stolen?" / "Harold Finch"; not "Which shipyard built
        # her?" / "Nordstrand Shipyard", a name of the kind asked that no "she" stands for
        named_by_kind = answer.strip(" .").split()[-1].lower() == which.group("words").split()[0]
        return None if named_by_kind else answer.strip(" .")
    if _ASKS_WHAT_SHE_IS_CALLED.search(question) and _is_name(answer):
        return answer.strip(" .")  # "What is the female leopard called?" / "Anya": "Where did she come from?"
    subject = _subject(question, places=False)  # not "the injury" of "What was the injury?"
    if (
        not subject
        or not _is_name(subject)
        or re.search(rf"\b(?:which|what|the)\s+{re.escape(subject)}", question, re.I)
    ):
        return None  # nor "Wolves" of "Which Wolves forward was hurt?", nor "the Millbrook Bridge"
    return _POSSESSIVE_END.sub("", subject)


# The name of someone (or some animal) a "he" or "she" may stand for: "What is the female leopard called?",
# "What is the name of the baby boy?", "And what's the male's name?"
_SOMEONE = r"(?:female|male|woman|man|girl|boy|baby|son|daughter|mother|father|wife|husband|sister|brother)"
_ASKS_WHAT_SHE_IS_CALLED = re.compile(
    rf"\b{_SOMEONE}\b(?:\s+[a-z-]+)?\s+(?:called|named)\s*\??\s*$"
    rf"|\bname\s+of\s+(?:the|his|her|their)\s+(?:[a-z-]+\s+)?{_SOMEONE}\b|\b{_SOMEONE}['\u2019]s\s+name\b",
    re.I,
)
# The last word of the name of a body, not a person: "Ashcombe Zoo", "Hallam & Sons", "Wessex County Council"
_BODY = re.compile(
    r"\b(?:Zoo|Council|Trust|Ltd|Limited|Plc|PLC|Company|Society|Museum|Railway|Club|University|College|School"
    r"|Group|Bank|Agency|Association|Partners|Sons|Authority|Board|Committee|Services?|Department|Ministry|Police"
    r"|Hospital|Foundation|Fund|Institute|Union|Party|Church|Federation|Corporation|Energy|Theatre|Library"
    r"|Airport|Port|Court|Commission|Office|Inc|LLP|Architects|Engineers|Trustees|Organisation|Organization"
    r"|Centre|Center|Alliance|Partnership|Network|Coalition|Inspectorate|Executive|Tribunal|Government|Parliament)$"
)
_POSSESSIVE_END = re.compile(r"[’']s?$")  # "Wren’s" of "What did Wren’s father do?" is Wren
# A "who" answer that gives a role, then the name: "architect Sofia Lindqvist of ...", "chief executive Martin Tully"
_ROLE_THEN_NAME = re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\b(?!\s+[A-Z&])")


# "in Ashbury", "to Panama": a place, not a person ("How long is the bus journey to Ashbury?" /
# "When was she diagnosed?")
_AFTER_PLACE_WORD = re.compile(r"\b(?:in|at|to|from|near|into|outside|inside)\s+$", re.I)


_SUFFIX = re.compile(r"^(?:[IVX]+|Jr\.?|Sr\.?)$")


def _surname(name: str) -> str:
    """A person's last name ("Salvadoran President Nayib Bukele" gives "Bukele"), as a report names
    them after the first mention: the title and first name would pull in the sentences that
    introduce them rather than those about what the question asks."""
    words = [w for w in name.split() if not _SUFFIX.match(w)]
    return words[-1] if len(words) > 1 and _is_name(name) else name


_ELLIPSIS = re.compile(r"^\s*(?:and|what about|how about)\s+(?P<rest>[^?]+?)[\s?]*$", re.I)
_WHY = re.compile(r"^\s*(?:and\s+)?why(?:\s+not)?[\s?]*$", re.I)
_YES_NO = re.compile(rf"^\s*(?:{_AUXILIARIES})\b", re.I)
# A question word alone asks the last question anew: "And where from?", "When?", "And why?", "By what year?"
# ("For how long?", "Over how long?" and "How long for?" too)
_ASKS_ANEW = re.compile(
    r"^\s*(?:and\s+)?(?P<wh>where|when|why|(?:(?:in|on|by|since|until)\s+)?(?:what|which)\s+(?:year|date|day|month)"
    r"|(?:since|until)\s+when|(?:(?:for|over|in)\s+)?how\s+long)(?:\s+for)?"
    r"(?:\s+(?P<preposition>from|to))?[\s?]*$",
    re.I,
)
# "When is that happening?" asks when what the last answer says happens (see `_event_asked`)
_THAT_HAPPENS = re.compile(
    r"^\s*(?:and\s+)?(?P<wh>when|where|why)\s+(?P<aux>is|was|will|did|does)\s+(?:that|this|it)\s+"
    r"(?:happen(?:ing|ed)?|going\s+to\s+happen|tak(?:e|ing|en)\s+place)[\s?]*$",
    re.I,
)
_WHICH_THEN_AUX = re.compile(rf"^\s*(?:which|what)\s+[a-z]+\s+(?P<aux>{_AUXILIARIES})\s+(?P<rest>[^?]+)$", re.I)
_WHO_THEN_AUX = re.compile(rf"^\s*who\s+(?P<aux>{_AUXILIARIES})\s+(?P<rest>[^?]+)$", re.I)
# ... where the last one opened with its own ("When did he move ...?", "In what year was it built?", "How big
# does the trust want the meadow to get?"), before its verb
_WH_OPENING = re.compile(
    rf"^\s*(?:(?:(?:in|on|at|by|since)\s+)?(?:when|where|why|(?:what|which)\s+(?:year|date|day|month|town|city|country))"
    rf"\s+(?=(?:{_AUXILIARIES})\b)"
    # not where the question word is the subject: "How many hectares [were planted]?"
    rf"|(?:how\s+(?:big|large|long|far|high|deep|wide|tall|much(?:\s+money)?|many\s+[a-z]+)|what)\s+"
    rf"(?=(?:{_AUXILIARIES})\s+(?:the|a|an|his|her|its|their|this|that|it|he|she|they|[A-Z])\b))",
    re.I,
)
# Words that open a phrase a follow-up may swap for the last question's own: "And on Tuesday?",
# "And in a string pattern?", "And when encoding?"; "if" and "when" open the same kind of clause.
_PREPOSITIONS = frozenset("on in at for during after before by from to with since until if when".split())
# prepositions that may stand for each other: "And for the surgery?" after "... paying towards the school?"
_LIKE_PREPOSITIONS = (frozenset("for to towards toward into".split()), frozenset("in at inside outside near".split()))
_CONDITIONS = frozenset({"if", "when"})
_ONE = re.compile(r"^(?P<det>the|a|an)\s+(?P<word>[\w/-]+)\s+ones?$", re.I)
_WORD_RUN = re.compile(r"\S+")
_QUOTED = re.compile(r"'[^'\s]+'|\u2018[^\u2019\s]+\u2019|\"[^\"\s]+\"|\u201c[^\u201d\s]+\u201d")
ELLIPSIS_WORDS = 6  # longer follow-ups are questions of their own
# A time: "on Thursday", "in November 2007", "on the 3rd of February", "in the 1990s", "during spring"
_WHEN = re.compile(
    r"\b(?:on|in|at|during|by|since|until)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"(?:(?:{'|'.join(sorted(DATE_WORDS))})\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(?:19|20)\d\d\b)?"
    r"|(?:19|20)\d\ds?\b)",
    re.I,
)
CLAUSE_WORDS = 10  # ... but a condition has a subject and verb of its own ("And if it has no format string?")


def _event_asked(question: str, previous: str, answer: str) -> str | None:
    """ "When is that happening?" made whole from the last question and its answer: "When is Harcourt
    Glass switching off No. 2 furnace?" after "Which furnace is Harcourt Glass switching off?" ("No. 2
    furnace"), "When is Westmere building the crematorium?" after "Who is building the crematorium?".
    None for another question, or where the last one got no answer or asked otherwise."""
    asked = _THAT_HAPPENS.match(question)
    answer = answer.strip().rstrip(".")
    if asked is None or not answer or is_refusal(answer) or len(answer.split()) > ELLIPSIS_WORDS:
        return None
    stem = previous.strip().rstrip("?").rstrip()
    wh = asked.group("wh").capitalize()
    if which := _WHICH_THEN_AUX.match(stem):
        return f"{wh} {which.group('aux')} {which.group('rest')} {answer}?"
    if who := _WHO_THEN_AUX.match(stem):
        return f"{wh} {who.group('aux')} {answer} {who.group('rest')}?"
    return None


def _completed(question: str, previous: str) -> str | None:
    """An elliptical follow-up made whole from the last question (see `_swapped`); "Why not?" after
    a yes/no question asks why of that question, and a question word alone asks the last question
    anew ("And where from?" after "When did he move to the village?"). None for anything else."""
    stem = previous.strip().rstrip("?").rstrip()
    asked = _ASKS_ANEW.match(question)
    opening = _WH_OPENING.match(stem)
    if asked and opening:  # "And where from?" after "When did he move to the village?"
        rest = re.sub(r"\s+(?:from|to)$", "", stem[opening.end() :])  # not "Why did she move from?"
        rest += f" {asked.group('preposition')}" if asked.group("preposition") else ""
        return f"{asked.group('wh').capitalize()} {rest}?"
    if _WHY.match(question):
        return f"Why {stem[:1].lower()}{stem[1:]}?" if _YES_NO.match(stem) else None
    match = _ELLIPSIS.match(question)
    if not match:
        return None
    rest = match.group("rest")
    words = rest.split()
    most = CLAUSE_WORDS if words[0].lower() in _CONDITIONS else ELLIPSIS_WORDS
    head = re.split(r"['\u2019]", words[0])[0]  # "what" of "what's"
    if len(words) > most or (head.capitalize() in _QUESTION_WORDS and not _opens_clause(words)):
        return None  # "And what did he say?" (or "And what's the male's name?") is a question of its own
    swapped = _swapped(stem, rest)
    return f"{swapped[:1].upper()}{swapped[1:]}?" if swapped else None


def _opens_clause(words: list[str]) -> bool:
    """Whether an elliptical "when ..." is a clause ("And when encoding?"), not a question ("And when did it open?")."""
    return words[0].lower() == "when" and len(words) > 1 and not _YES_NO.match(words[1])


def _swapped(stem: str, rest: str) -> str | None:
    """The last question `stem` with the part that `rest` stands in for swapped for it:
    - "a higher one" for "a lower compression level" (the word after the same article);
    - a phrase for the stem's last phrase that opens with the same preposition ("And on Wednesday?"
      after "... go on Tuesday?") or, failing that, a like one ("And for the surgery?" after "...
      paying towards the school?"), or added at its end when it has none ("And on Tuesday?");
    - a quoted word, an identifier or a name for the stem's last one of its sort ("And 'So'?",
      "What about inflate()?", "What about Trump?");
    - words around one the stem holds for the words around it there ("And DatagramHandler
      instances?" after "What do SocketHandler instances send ...?");
    - else the stem's subject or object (see `_new_subject_or_object`).
    None where nothing fits: "What about the fee?" after "When did Bukele take office?"."""
    one = _ONE.match(rest)
    if one:
        pattern = rf"\b{one.group('det')}\s+(\S+)(?=\s)"
        found = list(re.finditer(pattern, stem, re.I))
        if found:
            return _replace(stem, found[-1].start(1), found[-1].end(1), one.group("word"))
        return _swap_alike(stem, one.group("word"))
    first = rest.split()[0].lower()
    if _WHEN.fullmatch(rest.strip()):  # "And in 2007?" after "How high did the river peak on Thursday?"
        times = list(_WHEN.finditer(stem))
        if times:
            return _replace(stem, times[-1].start(), times[-1].end(), rest.strip())
    if first in _PREPOSITIONS:
        opens = _CONDITIONS if first in _CONDITIONS else {first}
        words = list(re.finditer(r"\b\w+\b", stem))
        starts = [m.start() for m in words if m.group().lower() in opens]
        if not starts:  # else one that may stand for it
            like = next((like for like in _LIKE_PREPOSITIONS if first in like), frozenset())
            starts = [m.start() for m in words if m.group().lower() in like]
        if not starts:
            return f"{stem} {rest}"
        comma = stem.find(",", starts[-1])
        return stem[: starts[-1]] + rest + (stem[comma:] if comma >= 0 else "")
    bare = re.sub(r"^the\s+", "", rest, flags=re.I)
    listed = _swapped_list(stem, bare)
    if listed is not None:
        return listed
    for sort in (_is_quoted, _is_code, _is_name):
        if sort(bare) or (sort is _is_quoted and len(rest.split()) == 1):  # "What about namereplace?"
            last = _last_of_sort(stem, sort)
            if last is not None:
                return _replace(stem, last[0], last[1], rest)
    return _around_shared_word(stem, rest) or _new_subject_or_object(stem, rest)


# "Who owns Postgresql databases", "Which group reads /etc/shadow": a question word as subject, a
# verb, then its object.
_ASKS_WHO_DOES = re.compile(r"^(?:who|what|which\s+\w+)\s+(?P<verb>\w+)\s+(?P<object>[^,]+)$", re.I)


ALIKE_ENDING = 5  # letters a word shares at its end with the one it stands against ("compression", "decompression")


def _swap_alike(stem: str, word: str) -> str | None:
    """`stem` with `word` for the word of it ending in the same ALIKE_ENDING letters or more: "the
    decompression ones" after "Which basic compression functions ...?"."""
    ours = word.lower()
    if len(ours) < ALIKE_ENDING:
        return None
    for match in reversed(list(re.finditer(r"[\w-]+", stem))):
        theirs = match.group().lower()
        if theirs != ours and theirs.endswith(ours[-ALIKE_ENDING:]):
            return _replace(stem, match.start(), match.end(), word)
    return None


_AND_OR = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")


def _swapped_list(stem: str, rest: str) -> str | None:
    """`stem` with `rest`, two or more identifiers ("avail_out and next_out"), for its own last such
    list ("Do avail_in and next_in have to be set?"). None where either has no such list."""
    items = _AND_OR.split(rest)
    if len(items) < 2 or not all(_is_code(item) for item in items):
        return None
    found = None
    for match in re.finditer(rf"\S+(?:{_AND_OR.pattern}\S+)+", stem):
        if all(_is_code(item.rstrip(",.;:?")) for item in _AND_OR.split(match.group())):
            found = match
    return _replace(stem, found.start(), found.end(), rest) if found else None


def _new_subject_or_object(stem: str, rest: str) -> str | None:
    """`stem` with `rest` for its subject ("And gnats?" after "What uid did the operator user have?"),
    unless one is a name and the other not ("What about the fee?" after "When did Bukele take
    office?"), or for its object where the question word is the subject ("And the files in the
    news spool?" after "Who owns Postgresql databases?")."""
    subject = _noun_phrase(stem)
    if subject is not None:
        # Only a phrase with an article, or one word, is surely the subject: "Bukele take" of "When
        # did Bukele take office?" runs into the verb.
        sure = len(subject.split()) == 1 or subject.split()[0].lower() in ("the", "a", "an")
        if not sure or _is_name(subject) != _is_name(rest):
            return None
        at = stem.find(subject)
        return _replace(stem, at, at + len(subject), rest)
    asks = _ASKS_WHO_DOES.match(stem)
    if asks is None or _YES_NO.match(asks.group("verb")):
        return None
    return _replace(stem, asks.start("object"), asks.end("object"), rest)


def _is_quoted(word: str) -> bool:
    return bool(_QUOTED.fullmatch(word))


def _is_code(word: str) -> bool:
    return len(word.split()) == 1 and starts_kind(word, "code")


def _last_of_sort(stem: str, sort: Callable[[str], bool]) -> tuple[int, int] | None:
    """Offsets of the last quoted word, identifier or name (as `sort` is) in `stem`."""
    if sort is _is_name:
        names = _names_in(stem)
        return (names[-1].start(), names[-1].end()) if names else None
    pattern = _QUOTED if sort is _is_quoted else _WORD_RUN
    found = [(m.start(), m.start() + len(m.group().rstrip(",.;:"))) for m in pattern.finditer(stem)]
    found = [(start, end) for start, end in found if sort(stem[start:end])]
    return found[-1] if found else None


def _around_shared_word(stem: str, rest: str) -> str | None:
    """`stem` with rest put in place of its own words around a content word they share: from as many
    words before that word as rest has before it, up to that word, or to the end of the stem when
    rest goes on past it ("And raw access to disks?" after "Which group gives full and direct
    access to serial ports?" asks "Which group gives full and raw access to disks?")."""
    stem_words = list(_WORD_RUN.finditer(stem))
    rest_words = rest.split()
    for i, word in enumerate(rest_words):
        key = word.lower().strip(",.;:")
        if key in STOPWORDS or len(key) < 3:
            continue
        at = [j for j, m in enumerate(stem_words) if m.group().lower().strip(",.;:") == key]
        if not at or at[-1] < i:
            continue
        j = at[-1]
        start = stem_words[j - i].start()
        end = len(stem) if i < len(rest_words) - 1 else stem_words[j].end()
        return _replace(stem, start, end, rest)
    return None


def _before_noun(question: str, at: int) -> bool:
    """Whether the word after offset `at` is a content word: "her" is then possessive ("What is her
    salary?"), not an object ("Who appointed her?", "Who paid her for it?")."""
    after = re.match(r"\s+([\w-]+)", question[at:])
    return after is not None and after.group(1).lower() not in STOPWORDS


def holds(text: str, phrase: str) -> bool:
    """Whether `text` holds `phrase` as whole words, in any case: a question that already names what
    its pronoun would stand for, or a name the user wrote rather than one a rewrite put in."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.I) is not None


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


class _Turn(NamedTuple):
    question: str  # made standalone
    answer: str
    referent: str | None  # what the question's "it", "they" or "that" stood for, if it had one
    person: str | None  # whom its own "he" or "she" stood for, if it had one
    meant: str | None  # whom a "he" or "she" after it stands for: whom it named (see `_person`), else
    # whom its own "he" stood for, else whom the turn before it meant


# "Which function ...?", "What value ...?", "Because of a bug in which daemon ...?": a question that
# asks for a thing of a kind.
_ASKS_FOR_ONE = re.compile(
    r"(?:^\s*(?:(?:in|on|at|from|to|for|with|by|of)\s+)?what|\bwhich)\s+"
    rf"(?!(?:{_AUXILIARIES}|about|if|kind of|sort of|type of)\b)\w",
    re.I,
)
ANSWER_WORDS = 6  # a longer answer is a statement, not a thing "it" could stand for


def _thing(turn: _Turn) -> str | None:
    """What "it" or "they" after `turn` stands for: its answer, when its question asks for a thing
    of a kind ("Which function initialises the state?" / "deflateInit()"; not for a number or a
    date: "it" after "What time does the ferry leave?" is still the ferry), or the name a longer
    answer opens with ("Waves Beneath Us (1983), which became ...") or its short form in brackets
    at its end ("the Food and Consumer Safety Agency (FCSA)"); else what the turn's own
    pronoun stood for; the body a "who" question was answered with ("Ashcombe Canal Trust"); else
    the topic of its question (see `_topic`), unless that is whom its "he"
    stood for: "it" after "What did he offer?" / "outsourcing part of the prison system" is the
    offer, not the man."""
    answer = turn.answer.strip(" .")
    if _ASKS_WHO.match(turn.question) and _BODY.search(answer) and _is_name(answer):
        return answer  # "Who led the restoration?" / "Ashcombe Canal Trust": "Who chairs it?" asks of the trust
    # "In which town is the bakery opening a shop?" / "Addingley": where it is, not what "it" is
    where = _BEFORE_PLACE.match(turn.question) and ASKS_PLACE_KIND.search(turn.question)
    if _ASKS_FOR_ONE.search(turn.question) and expected_kind(turn.question) in (None, "code") and not where:
        if _is_thing(answer):
            return answer
        # "Waves Beneath Us (1983), which became ...": the title; "the Food and Consumer Safety Agency
        # (FCSA)": "FCSA"
        named = _NAME_THEN_MORE.match(answer) or _SHORT_NAME.search(answer)
        if named:
            return named.group(1)
    topic = turn.referent or _topic(turn.question)
    if topic is not None and _POSSESSIVE_END.sub("", topic) == turn.person:  # "Kovač’s" of "his team" too
        return answer if _is_thing(answer) else None
    owned = _noun_phrase(turn.question)
    if topic is not None and owned is not None and owned.startswith(topic) and re.search(r"[’']s$", topic):
        return None  # "Velasco’s" of "What vehicle are [Velasco’s officers] trying to trace?" is not "it"
    return topic


_BEFORE_PLACE = re.compile(r"^\s*(?:and\s+)?(?:in|at|to|from|near|on)\s", re.I)
_NAME_THEN_MORE = re.compile(rf"({_NAME.pattern})\s*[(,;:]")
_SHORT_NAME = re.compile(r"\(([A-Z]{2,})\)$")
_SINGULAR = frozenset({"it", "its"})
_PLURAL = frozenset({"they", "them", "their"})


def _is_plural(phrase: str) -> bool:
    """Whether `phrase` is a plural common noun ("residents", "the new branches"); not a name
    ("Sheep Street", "Costa Rica"), an identifier or "the bus" or "this process"."""
    last = phrase.split()[-1]
    return (
        not _is_name(phrase)
        and not _is_code(last)
        and last.islower()
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is", "'s", "\u2019s"))
    )


def _is_thing(answer: str) -> bool:
    """Whether `answer` is short enough to be a thing, and neither "yes", "no" nor a refusal."""
    words = answer.split()
    return (
        0 < len(words) <= ANSWER_WORDS
        and words[0].lower().strip(",") not in ("yes", "no")
        and not (words[0][:1].isdigit() and len(words) > 1)  # "19 months later" is no thing "it" can be; "1.12" is
        and not is_refusal(answer)
    )


def _pronouns(question: str) -> list[re.Match[str]]:
    """The pronouns of `question`, in order: "this" or "that" counts when it stands alone, between an
    auxiliary and a participle ("On which systems is that needed?") or before "to" or the end
    ("Which programs use this to write?", "What about that?"); not in "programs that are setgid",
    "that file" or "Has that bug been fixed?"."""
    found = list(_PRONOUN.finditer(question))
    found += [m for m in _DEMONSTRATIVE.finditer(question) if _stands_alone(question, m.start(), m.end())]
    return sorted(found, key=lambda m: m.start())


def _stands_alone(question: str, start: int, end: int) -> bool:
    if _BEFORE_END.match(question, end):
        return True
    return bool(_AFTER_AUXILIARY.search(question, 0, start) and _BEFORE_PARTICIPLE.match(question, end))


def _has_own_subject(question: str, at: int) -> bool:
    """Whether `question` names its own subject before offset `at`: the "its" of "When should
    software decode its input?" is the software's; the "its" of "What is the name of its binary?"
    is not the name's."""
    subject = _noun_phrase(question, copula=False)
    return subject is not None and 0 <= question.find(subject) < at and not _PRONOUN.fullmatch(subject)


# "How many people ...": a plural subject of the question's own, before its verb
_COUNTED_FIRST = re.compile(r"^\s*(?:and\s+)?how\s+many\s+[a-z][\w-]*s\b|^\s*(?:and\s+)?how\s+many\s+people\b", re.I)
_ASKS_WHERE = re.compile(r"^\s*where\b", re.I)
# "there" for a place, not "Is there ...?", "there are", "How many are there?"
_THERE = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\bthere\b(?!\s+(?:is|are|was|were|be)\b)", re.I)
_PLACE_PREPOSITION = re.compile(r"^(?:in|at|on|to|from|into|through|inside|near|by)\b", re.I)


_LEADING_NAME = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")


def _placed(question: str, last: _Turn) -> str:
    """`question` with its "there" for the place the last "where" question was answered with: "What
    did he demand there?" after "Where did Rubio go first?" / "Panama" asks "... demand in Panama?"."""
    answer = last.answer.strip(" .")
    there = _THERE.search(question)
    if there is None or not _ASKS_WHERE.match(last.question) or not _is_thing(answer):
        return question
    named = _LEADING_NAME.match(answer)  # "Ashbury" of "Ashbury five days a week"
    place = named.group().strip() if named else answer
    place = place if _PLACE_PREPOSITION.match(place) else f"in {place}"
    return _replace(question, there.start(), there.end(), place)


# "that buffer"; a common noun only: "that UTF-8 avoids" is none
_THIS_NOUN = re.compile(r"\b(?:[Tt]his|[Tt]hat)\s+(?P<noun>[a-z][\w-]*)\b")


def _demonstrated(question: str, last: _Turn) -> str:
    """`question` with its first "this" or "that" before a noun the last turn named made specific: by
    the answer's own words up to that noun ("What else may run as this user?" after "the list user
    and group" asks about "the list user"), or by the thing the last question asked for ("When is
    that buffer flushed?" after "Which handler sends messages to a buffer?" / "MemoryHandler" asks
    about "the MemoryHandler buffer"). "programs that need ..." is no such phrase: the last turn
    never said "need"."""
    answer = last.answer.strip(" .")
    said = [w.strip(",;:").lower() for w in answer.split()]
    asked = set(re.findall(r"[\w-]+", last.question.lower()))
    for match in _THIS_NOUN.finditer(question):
        noun = match.group("noun").lower()
        if noun in STOPWORDS:
            continue
        if _is_thing(answer) and noun in said:  # not our refusal: "Who wrote this article?" after one
            phrase = " ".join(answer.split()[: said.index(noun) + 1])
        elif noun in asked and _thing(last) == answer:
            phrase = f"the {answer} {match.group('noun')}"
        else:
            continue
        return _replace(question, match.start(), match.end(), phrase)
    return question


# "What is it called?", "What's its name?": the name of a thing the chat has not named
_ASKS_ITS_NAME = re.compile(
    r"^\s*(?:and\s+)?what(?:'s|\u2019s|\s+is|\s+was)\s+(?:it\s+called|its\s+name|the\s+name\s+of\s+it)\s*\??\s*$", re.I
)


def _unnamed(question: str) -> str | None:
    """The first thing `question` speaks of by a common noun: "the cafe" of "Who owns the cafe on Quay
    Street?"; None where it has none."""
    for the in re.finditer(r"\b(?:the|a|an)\s+", question, re.I):
        run = []
        for word in re.findall(r"[\w'\u2019-]+|[^\w\s]", question[the.end() :])[:NOUN_PHRASE_WORDS]:
            if not word[0].islower() or word in _BREAK:
                break
            run.append(word)
        if run:
            return "the " + " ".join(run)
    return None


def _rewritten(question: str, turns: list[_Turn]) -> tuple[str, str | None, str | None]:
    """`question` made standalone after `turns`: completed when elliptical, else its first personal
    pronoun replaced by a person and its first other one by a thing (see `standalone_question`);
    what that other pronoun stood for, and whom its personal one stood for, if anything."""
    if not turns:
        return question, None, None
    last = turns[-1]
    completed = _completed(question, last.question) or _event_asked(question, last.question, last.answer)
    if completed is not None:
        return completed, None, None
    pronouns = _pronouns(question)
    personal = next((m for m in pronouns if m.group().lower() in _PERSONAL), None)
    other = next((m for m in pronouns if m.group().lower() not in _PERSONAL), None)
    rewritten, referent, person = question, None, None
    for match in sorted(filter(None, (personal, other)), key=lambda m: -m.start()):  # the later one first
        pronoun = match.group().lower()
        possessive = pronoun in _POSSESSIVE or (pronoun == "her" and _before_noun(question, match.end()))
        if possessive and _has_own_subject(question, match.start()):
            continue
        if pronoun == "their" and _COUNTED_FIRST.match(question):
            continue  # "How many people will lose their jobs there?": the people's
        stands_for = last.meant if pronoun in _PERSONAL else _thing(last)
        names_nothing = not _names_in(last.question) and not _pronouns(last.question)
        if pronoun not in _PERSONAL and stands_for is None and names_nothing:
            # "it" after a turn that names nothing ("What would that cost?") is what a turn before was about
            stands_for = next(filter(None, map(_thing, reversed(turns[:-1]))), None)
        if stands_for and stands_for[:1].isupper() and _ASKS_ITS_NAME.match(question):
            stands_for = _unnamed(last.question)  # "What is it called?" asks for no name the chat gave
        if not stands_for or holds(question, stands_for):
            continue  # "How many can CECOT hold?" names what "it" would stand for already
        if pronoun in _SINGULAR and stands_for != last.answer.strip(" .") and _is_plural(stands_for):
            continue  # "it" is not "residents" (an answer is a thing whatever its ending: "cupsys")
        if pronoun in _PLURAL and (re.fullmatch(r"[\d.,]+", stands_for) or stands_for.lower() in SPELLED_NUMBERS):
            continue  # "they" is not "47", the answer to "How old is he?", nor "six" of "How many did he lose?"
        if pronoun in _PLURAL and any(turn.meant == stands_for and stands_for in turn.answer for turn in turns):
            continue  # nor "Finch", whom an answer named ("Harold Finch"): "How many did Finch lose?"
        replacement = f"{stands_for}\u2019s" if possessive else stands_for
        rewritten = rewritten[: match.start()] + replacement + rewritten[match.end() :]
        if pronoun in _PERSONAL:
            person = stands_for
        else:
            referent = stands_for
    return _placed(_demonstrated(rewritten, last), last), referent, person


def without_connective(question: str) -> str:
    """`question` without the "And" or "So" that ties it to the chat, where a question of its own
    follows: "Who chairs the trust?" of "And who chairs the trust?"; "And on Tuesday?" stays."""
    found = _CONNECTIVE.match(question)
    if found is None:
        return question
    rest = question[found.end() :]
    return rest[:1].upper() + rest[1:]


# "And who ...?", "So, what ...?", "But how many ...?"
_CONNECTIVE = re.compile(
    r"^\s*(?:and|so|but|then|ok|okay)\b,?\s+(?=(?:who|whom|whose|what|when|where|which|how)\b)", re.I
)


def standalone_question(question: str, history: Sequence[tuple[str, str]] | None) -> str:
    """`question` with its pronouns replaced by what the chat was about.

    A question without a pronoun (or a "this" or "that" before a noun the last turn named, see
    `_demonstrated`), or with no history, is returned unchanged, so a self-contained question is
    never rewritten. An elliptical one ("And on Tuesday?",
    "What about Trump?", "Why not?") is completed from the last question (see `_completed`). A
    personal pronoun ("he", "her") stands for the person the last turn named (see `_person`), by
    last name, else the one a turn before it named or meant (unless the last turn asked "who" and
    got no name: then "he" is whoever that is, and stays); any other for the thing the last
    turn was about (see `_thing`). The earlier questions are made standalone first, so a pronoun
    can point back across turns.
    """
    turns: list[_Turn] = []
    for earlier, answer in history or ():
        standalone, referent, person = _rewritten(earlier, turns)
        named = _person(standalone, answer)
        meant = _surname(named) if named else person
        # else whom the turn before meant; but after an unanswered "Who led the team?", "he" is whoever did
        if not meant and turns and not _ASKS_WHO.match(standalone):
            meant = turns[-1].meant
        turns.append(_Turn(standalone, answer, referent, person, meant))
    return _rewritten(question, turns)[0]
