"""Okapi BM25 over a small in-memory corpus, with the tokenizer every lexical score shares."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence

_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
# Code identifiers: snake or screaming case with an underscore (avail_in, Z_FINISH) and camelCase (inflateBack).
_IDENTIFIER = re.compile(r"\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b|\b[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*\b")
STOPWORDS = frozenset(
    """a an the and or but if of at by for with about against between into through during before after
    above below to from up down in out on off over under again further then once here there when where why
    how all any both each few more most other some such no nor not only own same so than too very s t can
    will just don should now is are was were be been being have has had having do does did doing i me my
    we our you your he him his she her it its they them their what which who whom this that these those
    am would could may might must shall also said says say tell according many much""".split()
)


def stem(token: str, acronym: bool = False) -> str:
    """A light, consistent suffix stripper: 'prisoners'/'prisoner', 'criticised'/'criticise' meet.
    The final S of an `acronym` is no plural: "HTTPS" is not "HTTP"."""
    if token.endswith(("ies", "ied")) and len(token) > 4:  # "copies", "copied" / "copy"
        token = token[:-3] + "y"
    elif token.endswith("s") and not token.endswith(("ss", "us", "is")) and len(token) > 3 and not acronym:
        token = token[:-1]
    if token.endswith("ing") and len(token) >= 6:
        token = token[:-3]
    elif token.endswith("ed") and len(token) >= 5:
        token = token[:-2]
    if token.endswith("e") and len(token) > 3:
        token = token[:-1]
    return token


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens without stop words, lightly stemmed; possessive 's dropped."""
    tokens = []
    for raw in _TOKEN.findall(text):
        word = re.sub(r"['\u2019]s$", "", raw.lower()).replace("\u2019", "'")
        if word not in STOPWORDS:
            tokens.append(stem(word, acronym=raw.isupper()))
    return tokens


def identifiers(text: str) -> set[str]:
    """The code identifiers in `text`, lower-cased: "Z_FINISH", "inflateInit()" give "z_finish", "inflateinit"."""
    return {m.group().lower() for m in _IDENTIFIER.finditer(text)}


class Vocabulary:
    """The terms of a corpus (as `tokenize` makes them) and its code identifiers, and what counts as known."""

    PREFIX = 5  # a word sharing this many first letters with a term is known ("Panamanian", "Panama")

    def __init__(
        self, terms: Collection[str], identifiers: Collection[str] = (), counts: Mapping[str, int] | None = None
    ) -> None:
        self.terms = terms
        self.identifiers = frozenset(identifiers)
        self.counts = counts or {}  # how many chunks hold each term

    def chunks_with(self, term: str) -> int:
        """How many chunks of the corpus hold `term` (0 when the counts are not known)."""
        return self.counts.get(term, 0)

    @functools.cached_property
    def prefixes(self) -> frozenset[str]:
        """First letters of the longer terms; built on first use, once per corpus."""
        return frozenset(term[: self.PREFIX] for term in self.terms if len(term) >= self.PREFIX)

    def knows(self, term: str) -> bool:
        """Whether `term` or a word sharing its first letters is in the corpus."""
        if term in self.terms:
            return True
        return len(term) >= self.PREFIX and term[: self.PREFIX] in self.prefixes


class BM25:
    """Okapi BM25 (k1=1.5, b=0.75, idf = ln(1 + (N - df + 0.5) / (df + 0.5)))."""

    def __init__(self, corpus: Sequence[Sequence[str]], k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.size = len(corpus)
        self.lengths = [len(doc) for doc in corpus]
        self.average = (sum(self.lengths) / self.size) if self.size else 0.0
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, doc in enumerate(corpus):
            for term, tf in Counter(doc).items():
                self.postings[term].append((i, tf))

    def idf(self, term: str) -> float:
        """Inverse document frequency of `term` (0 for unknown terms)."""
        df = len(self.postings.get(term, ()))
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5)) if df else 0.0

    def scores(self, query: Sequence[str]) -> dict[int, float]:
        """Score of every document that shares a term with `query`."""
        out: dict[int, float] = defaultdict(float)
        for term in set(query):
            idf = self.idf(term)
            for i, tf in self.postings.get(term, ()):
                norm = self.k1 * (1 - self.b + self.b * self.lengths[i] / (self.average or 1))
                out[i] += idf * tf * (self.k1 + 1) / (tf + norm)
        return dict(out)

    def top(self, query: Sequence[str], k: int) -> list[tuple[int, float]]:
        """The `k` best (index, score) pairs, best first; ties by index."""
        return sorted(self.scores(query).items(), key=lambda item: (-item[1], item[0]))[:k]
