"""Follow-up questions: make a standalone question from the chat history before retrieval."""

from __future__ import annotations

import re
from collections.abc import Sequence

_PRONOUN = re.compile(r"\b(it|they|them|he|him|she|its|their|his|her)\b", re.I)
_POSSESSIVE = {"its", "their", "his"}
_PERSONAL = {"he", "him", "she", "his", "her"}
_DEFINITION = re.compile(r"^\s*(?:what|who|where)\s+(?:is|are|was|were)\s+(?:the\s+)?(.+?)\s*\??\s*$", re.I)
_ASKS_WHO = re.compile(r"^\s*(who|whom)\b", re.I)
_NAME = re.compile(r"\b[A-Z][\w\u2019'-]*(?:\s+(?:of|for|the|de|del|la|van|von)?\s*[A-Z][\w\u2019'-]*)*")
_QUESTION_WORDS = {
    "What",
    "Who",
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


def _subject(question: str) -> str | None:
    definition = _DEFINITION.match(question)
    if definition:
        return definition.group(1)
    names = _names_in(question)
    return names[0].group() if names else None


def _topic(question: str) -> str | None:
    """What "it" or "they" after `question` stands for: its subject (see `_subject`), else the noun
    phrase before its main verb ("Where does the harbour ferry leave from?" gives "the harbour ferry")."""
    return _subject(question) or _noun_phrase(question)


# "Where does", "How many prisoners can", "Why did": a question word, then the first auxiliary verb.
_ASKS_DO = re.compile(
    r"^\s*(?:what|which|who|whom|where|when|why|how)\b[^?]*?\b(?:do|does|did|can|could|will|would|should|may"
    r"|might|must|shall)\s+(?P<rest>[^?]+)",
    re.I,
)
_BREAK = frozenset(
    """on in at for during after before by from to with since until of about into over under through between
    against without within and or but that which who whom whose if when where while because than as not
    the a an this these those its their his her it they he she""".split()
)
NOUN_PHRASE_WORDS = 5


def _noun_phrase(question: str) -> str | None:
    """The subject of a question with an auxiliary "do" or modal: the words after it up to the main
    verb, the last word before a preposition or the end ("When did [the prison] open?", "What does
    [the operator user] do?", "How long does [the ferry] take to cross?"). None where there is none."""
    match = _ASKS_DO.match(question)
    if not match:
        return None
    words = re.findall(r"[\w\u2019'-]+|[^\w\s]", match.group("rest"))
    run: list[str] = []
    for word in words:
        if not word[0].isalnum() or (run and word.lower() in _BREAK):
            break
        run.append(word)
    phrase = run[:-1]  # the last word of the run is the main verb
    if not phrase or len(phrase) > NOUN_PHRASE_WORDS or phrase[-1].lower() in _BREAK:
        return None
    return " ".join(phrase)


def _names_in(question: str) -> list[re.Match[str]]:
    """The capitalised names of `question`, its question word ("What", "Did") left out."""
    return [m for m in _NAME.finditer(question) if m.group().split()[0] not in _QUESTION_WORDS]


def _is_name(answer: str) -> bool:
    words = answer.strip(" .").split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _person(question: str, answer: str) -> str | None:
    """Whom a "he" or "she" after the turn (question, answer) means: the person a "Who is X?" asks
    about, the answer to any other "who" question when it is a name (None when it is not: "he"
    after an unanswered "Who rules X?" is whoever that is, not X), else the first name the question
    holds ("Where did Rubio go first?" / "El Salvador": "he" is still Rubio)."""
    definition = _DEFINITION.match(question)
    if definition and _is_name(definition.group(1)):
        return definition.group(1)
    if _ASKS_WHO.match(question):
        return answer.strip(" .") if _is_name(answer) else None
    return _subject(question)


_SUFFIX = re.compile(r"^(?:[IVX]+|Jr\.?|Sr\.?)$")


def _surname(name: str) -> str:
    """A person's last name ("Salvadoran President Nayib Bukele" gives "Bukele"), as a report names
    them after the first mention: the title and first name would pull in the sentences that
    introduce them rather than those about what the question asks."""
    words = [w for w in name.split() if not _SUFFIX.match(w)]
    return words[-1] if len(words) > 1 and _is_name(name) else name


_ELLIPSIS = re.compile(r"^\s*(?:and|what about|how about)\s+(?P<rest>[^?]+?)[\s?]*$", re.I)
_PREPOSITIONS = frozenset("on in at for during after before by from to with since until".split())
ELLIPSIS_WORDS = 6  # longer follow-ups are questions of their own


def _completed(question: str, previous: str) -> str | None:
    """An elliptical follow-up made whole from the last question: "And on Tuesday?" after "Where did
    Rubio go?" asks "Where did Rubio go on Tuesday?"; "What about Trump?" after "When did Bukele take
    office?" puts the new name in place of the last one. None for anything else."""
    match = _ELLIPSIS.match(question)
    if not match:
        return None
    rest = match.group("rest")
    words = rest.split()
    if len(words) > ELLIPSIS_WORDS or words[0].capitalize() in _QUESTION_WORDS:
        return None  # "And what did he say?" is a question of its own
    stem = previous.strip().rstrip("?").rstrip()
    if words[0].lower() in _PREPOSITIONS:
        return f"{stem} {rest}?"
    names = _names_in(stem)
    if not _is_name(re.sub(r"^the\s+", "", rest, flags=re.I)) or not names:
        return None
    last = names[-1]
    return f"{stem[: last.start()]}{rest}{stem[last.end() :]}?"


def standalone_question(question: str, history: Sequence[tuple[str, str]] | None) -> str:
    """`question` with its pronoun replaced by what the last turn was about.

    A question without a pronoun, or with no history, is returned unchanged, so a
    self-contained question is never rewritten. An elliptical one ("And on Tuesday?",
    "What about Trump?") is completed from the last question (see `_completed`). A personal
    pronoun ("he", "her") stands for a person (see `_person`), by last name; any other for
    the topic of the last question ("What is X?" gives X; otherwise its first name, or the noun
    phrase before its verb: see `_topic`).
    """
    if not history:
        return question
    completed = _completed(question, history[-1][0])
    if completed is not None:
        return completed
    match = _PRONOUN.search(question)
    if not match:
        return question
    previous_question, previous_answer = history[-1]
    pronoun = match.group().lower()
    if pronoun in _PERSONAL:
        person = _person(previous_question, previous_answer)
        if person is None:
            return question
        referent: str | None = _surname(person)
    else:
        referent = _topic(previous_question)
    if not referent or referent.lower() in question.lower():
        return question
    replacement = f"{referent}\u2019s" if pronoun in _POSSESSIVE else referent
    return question[: match.start()] + replacement + question[match.end() :]
