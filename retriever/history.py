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
    names = [m.group() for m in _NAME.finditer(question) if m.group().split()[0] not in _QUESTION_WORDS]
    return names[0] if names else None


def _is_name(answer: str) -> bool:
    words = answer.strip(" .").split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def standalone_question(question: str, history: Sequence[tuple[str, str]] | None) -> str:
    """`question` with its pronoun replaced by what the last turn was about.

    A question without a pronoun, or with no history, is returned unchanged, so a
    self-contained question is never rewritten. The referent is the last answer
    when it is a short name and the pronoun is personal ("he", "her"), else the
    subject of the last question ("What is X?" gives X; otherwise its first name).
    A personal pronoun after a "Who ...?" that got no name is left alone.
    """
    if not history:
        return question
    match = _PRONOUN.search(question)
    if not match:
        return question
    previous_question, previous_answer = history[-1]
    pronoun = match.group().lower()
    if pronoun in _PERSONAL and _is_name(previous_answer):
        referent: str | None = previous_answer.strip(" .")
    elif pronoun in _PERSONAL and _ASKS_WHO.match(previous_question):
        return question  # "he" after an unanswered "Who rules X?" is whoever that is, not X
    else:
        referent = _subject(previous_question)
    if not referent or referent.lower() in question.lower():
        return question
    replacement = f"{referent}\u2019s" if pronoun in _POSSESSIVE else referent
    return question[: match.start()] + replacement + question[match.end() :]
