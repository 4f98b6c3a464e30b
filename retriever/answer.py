"""The answer chain (retrieve -> prompt -> LLM -> parse -> ground) and the `ask()` API."""

from __future__ import annotations

import contextlib
import functools
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import numpy as np
from langchain_core.language_models import BaseLLM
from langchain_core.output_parsers import StrOutputParser
from langchain_core.runnables import Runnable, RunnableLambda, RunnablePassthrough

from ingest.api import embedder_for, ensure_default_collection, store_for
from ingest.chunk import sentence_spans
from ingest.embed import Embedder
from ingest.errors import ArticleQAError, CollectionError, InputError, ModelError
from ingest.settings import Settings
from ingest.store import Store, check_collection_name
from retriever.bm25 import STOPWORDS, tokenize
from retriever.constrain import (
    ASKS_HOW_OLD,
    DATE_WORDS,
    FIGURES,
    SpanConstraint,
    count_end,
    counted,
    counting_figures,
    counts_asked,
    counts_other,
    expected_kind,
    figures_in,
    has_kind,
    part_counted,
)
from retriever.evidence import (
    ANAPHOR,
    Sentence,
    asked_sections,
    asks_heading,
    asks_reason,
    asks_why,
    clauses,
    context_of,
    coverage,
    evidence_for,
    first_sentence,
    heading_of,
    is_heading,
    is_heading_line,
    items_introduced,
    lead_sentence,
    names_given,
    rank_sentences,
    sentence_after,
    sentence_before,
    sentence_under,
    with_headings,
    without_quotations,
)
from retriever.ground import (
    YEARS,
    Located,
    absent_names,
    acronym_asked,
    age_asked,
    age_beside,
    age_beside_name,
    age_described,
    age_end,
    age_of_another,
    age_of_holder,
    age_of_superlative,
    age_only,
    agent_named,
    ago_for_how_long,
    amounts_in_unit,
    appositive_named,
    asks_author,
    asks_consequence,
    asks_full_name,
    asks_gist,
    asks_manner,
    asks_published,
    asks_when_as_a_rule,
    attributed_name,
    bare_figure_for_a_name,
    base_forms,
    based_in,
    beyond_heading,
    body_of_kind,
    byline,
    cause_after,
    changed_from,
    changed_to,
    clean_draft,
    company_named,
    condition_in,
    consequence_in,
    contrasted,
    cost_named,
    counsel_named,
    date_of,
    date_of_act,
    date_of_another_act,
    date_only,
    day_missing,
    day_of_date,
    described_beside,
    described_name,
    described_person,
    doer_asked,
    edition_of,
    entry_named,
    event_unsaid,
    expansion,
    figure_given,
    figure_of_act,
    fits_unit,
    full_name_asked,
    given_name,
    gives_reason_before,
    holder_of_act,
    in_dimension,
    introduced_after,
    introduction,
    is_acronym,
    is_byline,
    is_dated_line,
    is_refusal,
    is_yes_no_question,
    job_of,
    kind_named,
    kind_phrase,
    locate,
    manner_in,
    measured,
    month_other,
    name_after_post,
    name_described,
    name_only,
    named_in_full,
    nameless_for_a_name,
    names_a_document,
    names_a_person,
    names_a_place,
    names_another_asked,
    names_the_one_asked_about,
    numbered_otherwise,
    of_another_ranked,
    one_described,
    only_one_named,
    other_quantity,
    owner_of_thing,
    part_in_place,
    part_of_whom,
    participle_doer,
    passive_doer,
    person_asked,
    place_of_act,
    post_holder,
    priced_unsaid,
    purpose_in,
    reason_in,
    said_unknown,
    says_something,
    says_when,
    says_when_not_where,
    set_aside,
    since_when,
    speaker,
    spelled_out,
    subject_of,
    tally_of,
    time_for_a_day,
    time_only,
    titled_in_full,
    titled_name,
    total_instead,
    town_of,
    unit_in,
    unknown_names,
    unknown_post,
    was_before,
    widened,
    withheld_name,
    without_echo,
    year_missing,
    yes_or_no,
)
from retriever.history import holds, standalone_question, without_connective
from retriever.llm import LlamaCppLLM, load_llm
from retriever.prompt import ANSWER_PROMPT
from retriever.reference import (
    api_entries,
    code_words,
    entries_named,
    entry_asked,
    entry_description,
    entry_fact,
    entry_silent,
    signature_named,
)
from retriever.search import Hit, HybridSearcher

NOT_IN_ARTICLE = "The article does not say."
_LLM_HINT = "check that the server named by ARTICLEQA_LLM is running, or unset ARTICLEQA_LLM for the bundled model"
MAX_QUESTION_CHARS = 1000
EVIDENCE_SENTENCES = 3
CLAUSE_NEW_WORDS = 2  # content words a reason or consequence must add to the question it answers
_CLAUSE_MARKERS = frozenset(tokenize("because since so that order reason reasons"))  # they add nothing
PASSAGES = 5  # best-ranked sentences reported with every answer
BYLINE_SENTENCES = 8  # a byline stands under the headline, or it is none
GIST_DOCUMENTS = 5  # opening statements given for "What is the article about?" in a collection of many
# Abstention thresholds, chosen together on the four dev sets (the article's dev split, the
# Users-and-groups manual, the zlib usage example and Python's Unicode HOWTO): the best mean of
# answer containment, correct abstention and 1 - false abstention (the targets weigh the
# last as much); among settings within 0.005 of the best (about one question), the one closest to
# the previous thresholds.
MIN_SIMILARITY = 0.3  # cosine similarity of the best sentence to the question
MIN_COVERAGE = 0.8  # ... or the share of the question's words it holds, of three or more
MIN_CONFIDENCE = -3.0  # mean log-probability of the written span; below it the reader is guessing
NOT_STATED_MARGIN = 2.5  # abstain when the reader prefers "not stated" by more than this (log-odds)
TYPED_SLACK = 1.0  # how much less sure the reader may be of the one figure the passages give of what it asks
# "Who ...?", "Which company ...?", "What is the name of ...?": a question a second reading may answer
_ASKS_WHO_OR_WHICH = re.compile(r"\b(?:who|whom|whose|which|names?|called)\b", re.I)
# Below this cosine similarity, the noun a figure counts is another thing than the one "How many ...?"
# asks about ("homes" / "phases" 0.13, "papers" / "February" 0.20); synonyms are well above it
# ("prisoners" / "inmates" 0.85, "homes" / "properties" 0.33). Set by hand from such pairs, not tuned.
COUNTED_SIMILARITY = 0.3


@dataclass(frozen=True)
class Citation:
    """An exact span of a stored document: `quote == document.text[start:end]`."""

    source: str
    doc_id: str
    chunk_id: str
    start: int
    end: int
    quote: str
    page: int | None = None


@dataclass(frozen=True)
class Answer:
    """A short answer with the spans it rests on, or an abstention with the passages looked at."""

    question: str
    text: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    passages: list[Citation] = field(default_factory=list)  # best-ranked sentences; "not an answer" on abstention
    standalone_question: str = ""
    collection: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    reason: str = ""  # why it abstained ("The article never mentions “Docker”."); empty for an answer

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the same as `articleqa ask --json`)."""
        return asdict(self)


def _citation(sentence: Sentence) -> Citation:
    chunk = sentence.chunk
    return Citation(chunk.source, chunk.doc_id, chunk.chunk_id, sentence.start, sentence.end, sentence.text, chunk.page)


_PERSONAL_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|they|them|their)\b", re.I)


_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]*")  # the names of an opening statement (and its first word)


_ASKS_NOW = re.compile(r"\b(?:now|currently)\b", re.I)
_NOW = re.compile(r"\b(?:now|currently|has since|have since)\b", re.I)
_ADDED = frozenset("extra additional further more new".split())
_PER = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "monthly": "month", "yearly": "year"}


_KINDS_OF = frozenset("kind kinds type types sort sorts variety varieties species of".split())


def _holds_modifiers(text: str, question: str) -> bool:
    """Whether `text` holds the words before the noun "How many N ...?" counts: "maternity" of "How
    many maternity beds ...?" (a word sharing its first letters will do: "dock" and "dockers"; and
    "extra" is "additional": "46 additional midwives" for "How many extra midwives ...?", or "new"; "daily"
    is "a day": "up to 40 lorry movements a day" for "How many daily lorry movements ...?"). "Local" asks
    for no one in particular: "300 residents objected" for "How many local people objected?"; "kinds of"
    asks for no word: "23 species of fish" for "How many kinds of fish ...?"."""
    *modifiers, _noun = counted(question).split() or [""]
    held = tokenize(text)
    added = _ADDED & set(text.lower().split())
    for modifier in modifiers:
        word = modifier.lower()
        if (word in _ADDED and added) or word == "local" or word in _KINDS_OF:
            continue  # "How many kinds of fish ...?" counts fish: "23 species of fish"
        if (per := _PER.get(word)) and re.search(rf"\b(?:a|per|each|every)\s+{per}\b", text, re.I):
            continue
        for term in tokenize(modifier) if modifier.islower() else ():
            if not any(word.startswith(term) or term.startswith(word) for word in held if len(word) >= 3):
                return False
    return True


def _cited(text: str, sentence: Sentence, evidence: list[Sentence], base: dict[str, Any]) -> Answer:
    """The answer `text`, cited by the evidence `sentence` it stands in; a heading answers only together
    with the sentence under it."""
    cited = [sentence]
    if sentence.heading:
        cited.append(evidence[evidence.index(sentence) + 1])
    return Answer(text=text, abstained=False, citations=[_citation(s) for s in cited], **base)


def _same_place(sentence: Sentence, best: Sentence, evidence: list[Sentence], text: str) -> bool:
    """Whether `sentence` is `best`, the heading `best` stands under in `evidence`, or the sentence
    right after `best` in the document's `text` that goes on about it ("The harbour ferry leaves the
    north pier every hour. It was built in 1950.", "... when Tom Baird was carried off. Doctors
    confirmed a broken wrist, and he will miss six weeks.", or one that names them again: see
    `_goes_on_about`)."""
    if sentence.heading:
        sentence = evidence[evidence.index(sentence) + 1]
    if sentence.chunk.doc_id != best.chunk.doc_id:
        return False
    if sentence.start == best.start or any(item.start == sentence.start for item in items_introduced(best, text)):
        return True  # the list `best` introduces says what it says ("... two other medals on the night:")
    next_to_best = sentence.start > best.end and not text[best.end : sentence.start].strip()
    return next_to_best and (
        bool(ANAPHOR.match(sentence.text) or _PERSONAL_PRONOUN.search(sentence.text)) or _goes_on_about(sentence, best)
    )


def _after_one_named(sentence: Sentence, evidence: list[Sentence], question: str, text: str) -> bool:
    """Whether `sentence` opens with "he", "she" or "they" right after a sentence of `evidence` that names
    whom the question names: "Elphick, a first-year sports science student, ... . She led from the start
    and finished in a time of 2 minutes 41 seconds, ..." for "What time did Hannah Elphick record in her final?"."""
    names = set(tokenize(" ".join(_names_asked(question))))
    if not names or not re.match(r"(?:He|She|They)\b", sentence.text):
        return False
    return any(
        before.chunk.doc_id == sentence.chunk.doc_id
        and before.end <= sentence.start
        and not text[before.end : sentence.start].strip()
        and names & set(tokenize(before.text))
        for before in evidence
    )


def _under_headline(found: Located, best: Sentence, question: str, text: str) -> bool:
    """Whether `best`, ranked first, is a headline or heading, which sums up what is below it, and the
    clause of `found` holds a word of the question that it holds too: "the course was shortened from
    1,000 metres to 650 metres" under "Kelsworth Regatta returns after three-year absence with
    shortened course" for "How long is the regatta course normally?" (not "1.8 metres" of "Depth
    needed to float the yacht: 1.8 metres" under "... yacht stranded on Gannet Ledges" for "How long
    is the stranded yacht?")."""
    sentence = found.sentence
    if sentence.chunk.doc_id != best.chunk.doc_id or not is_heading_line(best, text):
        return False
    before = re.split(r"[,;:()\u2013\u2014]", sentence.text[: found.start - sentence.start])[-1]
    after = re.split(r"[,;:()\u2013\u2014]", sentence.text[found.end - sentence.start :])[0]
    clause = f"{before}{found.text}{after}"
    return bool(set(tokenize(question)) & set(tokenize(best.text)) & set(tokenize(clause)))


def _names_asked(question: str) -> list[str]:
    """The words of `question` after its first that open with a capital: the names it holds."""
    return [word for word in question.split()[1:] if word[:1].isupper()]


def _counts_what_is_asked(found: Located, question: str) -> bool:
    """Whether the figure `found` starts with counts what "How many N ...?" asks, in a sentence that
    holds every word of N and every name the question holds: "18 single en-suite birthing rooms" for
    "How many birthing rooms ...?"; not "312 trees" for "How many Kingston Black trees ...?", nor "21
    league goals" of another player for "How many goals did Lee Harrow score?"."""
    sentence = found.sentence
    named = _names_asked(question)
    asked = set(tokenize(" ".join([counted(question), *named])))
    at = sentence.text[found.start - sentence.start :]
    counts = count_end(at, question) is not None or part_counted(sentence.text, found.start - sentence.start, question)
    return counts and asked <= set(tokenize(sentence.text))


def _dates_what_is_asked(found: Located, question: str) -> bool:
    """Whether the date `found` stands in a sentence that says what "When ...?" or "In what year ...?"
    asks about: every name the question holds, and all its other words but one, at least two of them
    (a verb in any tense): "1863" of "... the Reverend John Atkinson, cut a narrow trench through its
    centre in 1863" for "In what year was the Victorian trench dug?", "9 August 2023" of "... died on 9
    August 2023 after fire broke out on the Marigold" for "On what date did the fire break out?"."""
    held = set(tokenize(found.sentence.text)) | base_forms(found.sentence.text)  # "broke" is "break"
    named = set(tokenize(" ".join(_names_asked(question) + YEARS.findall(question))))  # "the 2018 ban" too
    asked = set(tokenize(question)) - _DATE_ASKING
    return named <= held and len(asked & held) >= 2 and len(asked - held) <= 1


_DATE_ASKING = frozenset(tokenize("when what which year date day month time"))
_THE_NOUN = re.compile(r"\b[Tt]he\s+([a-z]{3,})\b")  # "the council", "The trust"


def _the_only_count(draft: str, evidence: list[Sentence], kind: str | None) -> bool:
    """Whether the reader's `draft` for "How many ...?" is the one figure the sentences of `evidence`
    give: "two" of "... had received two reports of low water pressure ..." for "How many complaints
    about low water pressure did it get?", where the reader doubts only that it answers at all."""
    figures = [figure for s in evidence if not s.heading for figure in figures_in(s.text)]
    return kind == "count" and len(figures) == 1 and figures[0].lower() == draft.strip().lower()


def _the_only_counted(draft: str, evidence: list[Sentence], question: str) -> bool:
    """Whether the reader's `draft` for "How many N ...?" is the one figure the sentences of `evidence`
    give of N: "three" of "... with his wife and their three children" for "How many children does Raj
    Bhandari have?"."""
    counting = [s.text[a:b] for s in evidence if not s.heading for a, b in counting_figures(s.text, question)]
    return len(counting) == 1 and bool(draft.split()) and counting[0].lower() == draft.split()[0].lower()


def _year_unsaid(question: str, paragraph: str) -> str | None:
    """A year "How many ...?" asks about that the answer's `paragraph` (up to its sentence) does not
    name: "2019" of "How many passengers used the 47 in 2019?" beside "we carry around 140 passengers"."""
    return next((year for year in YEARS.findall(question) if year not in paragraph), None)


def _the_only_amount(draft: str, evidence: list[Sentence], question: str) -> bool:
    """Whether the reader's `draft` is the one amount in the unit `question` asks for that the sentences
    of `evidence` give: "£11,200" of "... at a cost of £11,200" for "What did installing the meters cost?"."""
    amounts = [(s.text, span) for s in evidence if not s.heading for span in amounts_in_unit(s.text, question)]
    if len(amounts) != 1 or not draft.strip():
        return False
    text, (start, end) = amounts[0]
    at = text.find(draft.strip())
    return at >= 0 and at < end and start < at + len(draft.strip())


def _counting(found: Located, question: str) -> bool:
    """Whether a figure of `found` counts what "How many N ...?" asks about (see `counting_figures`), or
    the part of it asked: "19" of "Of the 31 stallholders ..., 19 have returned"."""
    text, at, to = found.sentence.text, found.start - found.sentence.start, found.end - found.sentence.start
    figure = re.search(r"\d", found.text)
    part = figure is not None and part_counted(text, at + figure.start(), question)
    return part or any(at <= start < to for start, _ in counting_figures(text, question))


def _says_most_of(sentence: Sentence, question: str) -> bool:
    """Whether `sentence` holds at least half the words of "How many N ...?" other than N: "That first
    boat ... was a rowing lifeboat pulled by ten oarsmen" for "How many oarsmen did Porthkennel's first
    lifeboat need?"; not "we carry around 140 passengers" for "How many passengers a year used the 47 in 2019?"."""
    asked = set(tokenize(question)) - set(tokenize(counted(question)))
    return 2 * len(asked & set(tokenize(sentence.text))) >= len(asked)


def _counted_in(sentence: Sentence, question: str) -> Located | None:
    """The one figure of `sentence` that counts what "How many N ...?" asks about ("Forty-one" of
    "Forty-one residents were forced to leave ..." for "How many residents had to leave their
    homes?"); None where it holds none or more than one, or is a heading."""
    figures = [] if sentence.heading else counting_figures(sentence.text, question)
    if len(figures) != 1:
        return None
    start, end = figures[0]
    return Located(sentence, sentence.start + start, sentence.start + end)


def _goes_on_about(sentence: Sentence, before: Sentence) -> bool:
    """Whether `sentence` opens with a name the sentence `before` it holds: "Wren, 52, spent ..."
    after "... under Dr Tobias Wren, who was appointed director in 2022.", or with "the" and a noun
    it holds: "The river peaked at 4.12 metres ..." after "... drove the River Wendle to its highest level"."""
    first = re.match(r"[Tt]he\s+([a-z][\w'\u2019-]*)|[A-Z][\w'\u2019-]*", sentence.text)
    if first is None:
        return False
    word = first.group(1) or first.group()
    return word.lower() not in STOPWORDS and holds(before.text, word)


_KIND_NAMES = {
    "count": "number",
    "number": "number",
    "share": "share",
    "length": "length",
    "numeral": "number",
    "clock": "time",
    "date": "date",
    "code": "name from code",
    "score": "score",
}


def _listed(words: list[str]) -> str:
    """Words as a reason quotes them: “Docker”, or “Docker” and “/dev/kvm”."""
    quoted = [f"\u201c{w}\u201d" for w in dict.fromkeys(words)]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def checked_question(question: str | None) -> str:
    """`question` without surrounding space, or an InputError saying why it cannot be asked: a
    question of punctuation alone ("?") would otherwise match some line and get an "answer"."""
    question = (question or "").strip()
    if not question:
        raise InputError("the question is empty; ask something about the article")
    if not any(c.isalnum() for c in question):
        raise InputError(f"the question {question!r} has no words; ask something about the article")
    if len(question) > MAX_QUESTION_CHARS:
        raise InputError(f"the question is {len(question)} characters long; the limit is {MAX_QUESTION_CHARS}")
    return question


class Pipeline:
    """Everything `ask` needs, loaded once: store, embedder, hybrid search and the LLM."""

    def __init__(
        self,
        settings: Settings,
        store: Store | None = None,
        embedder: Embedder | None = None,
        llm: BaseLLM | None = None,
    ) -> None:
        self.settings = settings
        self.store = store or store_for(settings)
        self.embedder = embedder or embedder_for(settings)
        self.searcher = HybridSearcher(self.store, self.embedder)
        self._llm = llm
        self._texts: dict[str, str] = {}  # document texts by content hash, so never stale
        self._topics: dict[str, str] = {}  # their opening statements, likewise
        self._entries: dict[str, dict[str, tuple[int, int]]] = {}  # API entries by document (see `api_entries`)

    @property
    def llm(self) -> BaseLLM:
        """The reader model, loaded on first use."""
        if self._llm is None:
            self._llm = load_llm(self.settings)
        return self._llm

    def warm_up_in_background(self) -> None:
        """Start loading the local reader model on another thread: llama.cpp loads it in C, off the
        GIL, while this one imports and loads the embedding model. A failure is left for the first
        question to report."""

        def warm_up() -> None:
            with contextlib.suppress(Exception):
                if isinstance(self.llm, LlamaCppLLM):
                    self.llm.warm_up()

        threading.Thread(target=warm_up, name="articleqa-llm-warm-up", daemon=True).start()

    # The steps, each taking and returning the chain's state dict.

    def retrieve(self, state: dict[str, Any]) -> list[Sentence]:
        """Hybrid search for chunks, then their sentences ranked for the question."""
        started = time.perf_counter()
        question, collection = state["standalone"], state["collection"]
        vector = self.embedder.embed_query(question)
        state["notes"]["vector"] = vector  # the question's, read again by `_relevant`
        hits = self.searcher.search(collection, question, state["k"], vector=vector)
        documents = list(dict.fromkeys(h.chunk.doc_id for h in hits))
        entries = self.named_entries(collection, question, documents)  # "What does shutil.copy() return?"
        state["notes"]["entries"] = entries  # read off and refused from too (see `_find_read_off`, `_entry_silent`)
        sections = [
            (d, *span) for d in documents for span in asked_sections(question, self.document_text(collection, d))
        ]
        scopes = entries + sections  # "What is libffi?" heads a section of its own

        def heading_above(doc_id: str, start: int) -> str:
            text = self.document_text(collection, doc_id)
            span = heading_of(start, text)
            return text[span[0] : span[1]] if span else ""

        seen = {h.chunk.chunk_id for h in hits}
        for doc_id, start, end in scopes:  # where the answer is looked for first is read, however it ranked
            for chunk in self.searcher.document_chunks(collection, doc_id):
                if chunk.start < end and start < chunk.end and chunk.chunk_id not in seen:
                    hits.append(Hit(chunk, 0.0))
                    seen.add(chunk.chunk_id)
        ranked = rank_sentences(
            question,
            hits,
            self.embedder,
            vector,
            scopes,
            code_words(question),
            heading_above,
            functools.cache(lambda doc_id: names_given(question, self.about(collection, doc_id))),
            # the "old" of "How old ...?" is held by a sentence giving an age, not by "the old toilets"
            ("old", functools.partial(fits_unit, question=question)) if ASKS_HOW_OLD.search(question) else None,
        )
        state["timings"]["retrieval"] = time.perf_counter() - started
        return ranked

    def evidence(self, state: dict[str, Any]) -> list[Sentence]:
        """The sentences the reader is given (see `evidence_for`), each after its section heading if it has one.
        A "why" question also gets the sentence after the best one: the reason often follows the
        sentence that restates the question ("There is no point in checking the return code. The
        deallocation can't fail."). "Who is X?" gets the sentence that first names X instead: a
        report introduces a person there ("US Secretary of State Marco Rubio"), and later says "Rubio".
        An amount in a unit (an age) that no sentence read gives is read from the sentence after one
        of them that names its subject again ("... Dr Tobias Wren ... . Wren, 52, spent ...")."""
        notes = state["notes"]
        if "evidence" not in notes:
            question = state["standalone"]
            kind = expected_kind(question)
            text_of = functools.partial(self.document_text, state["collection"])

            def answers(sentence: Sentence) -> bool:
                # a heading names no one a question asks for (see `beyond_heading`), nor does a count in
                # one answer (see `_decide`): "... after 19 homes are flooded" ranked first for "How many
                # homes were flooded there?" keeps the sentence that says so, as "Harrowfield school to
                # finish at lunchtime on Fridays" for "Who is Harrowfield's head teacher?" keeps "The head
                # teacher, Rachel Dunmore, 51, said ..." (but "Copyright 2005 David Mandelberg" dates it)
                if (
                    (kind in FIGURES and kind != "date") or (kind is None and not asks_heading(question))
                ) and is_heading_line(sentence, text_of(sentence.chunk.doc_id)):
                    return False
                return has_kind(sentence.text, kind, question)

            chosen = evidence_for(state["ranked"], EVIDENCE_SENTENCES, answers)
            if kind == "count":  # "18 single en-suite birthing rooms" below "only a handful of patients"
                counting = evidence_for(
                    state["ranked"], EVIDENCE_SENTENCES, lambda s: answers(s) and counts_asked(s.text, question)
                )
                if any(counts_asked(s.text, question) for s in counting):
                    chosen = counting
                elif chosen:
                    # "... a supervised Friday Club on site ... for pupils in Years 7 and 8. It will have 150
                    # places, ..." for "How many places will the Friday Club offer?": the sentence after
                    # the best one goes on about it, and counts what is asked
                    after = sentence_after(chosen[0], text_of(chosen[0].chunk.doc_id))
                    if after and ANAPHOR.match(after.text) and counts_asked(after.text, question):
                        chosen = [chosen[0], after]
            person = person_asked(question) or age_asked(question)
            aged = functools.partial(fits_unit, question=question)
            if chosen and person:
                best = chosen[0]
                # "Walter Pengelly, 74, a retired ...": a report gives an age where it first names someone,
                # or later, where it names them again ("Finch, 23, admitted ...")
                first = self.first_mention(state["collection"], best.chunk.doc_id, person, best.similarity, aged)
                if first is not None:
                    chosen = [first]
                    notes["introduced"] = first  # the sentence an answer should stand in (see `_same_place`)
            if chosen and person and age_asked(question):
                aged_after = self.aged_after_naming(state["collection"], chosen[0], person, question)
                if aged_after is not None:
                    chosen = aged_after
                    notes["introduced"] = aged_after[0]
            if chosen and asks_reason(question):
                after = sentence_after(chosen[0], text_of(chosen[0].chunk.doc_id))
                if after and all(s.start != after.start for s in chosen):
                    chosen.append(after)
            if chosen and _ASKS_NOW.search(question) and not _NOW.search(chosen[0].text):
                # "When is it now expected to finish?": "... was due to finish at the end of July. It is now
                # expected to be completed in September." A report gives the latest word after the first.
                after = sentence_after(chosen[0], text_of(chosen[0].chunk.doc_id))
                if after and ANAPHOR.match(after.text) and _NOW.search(after.text) and answers(after):
                    chosen = [chosen[0], after]
            surname = described_person(question, chosen[0].text) if chosen and not person else None
            if surname and not aged(chosen[0].text) and described_beside(question, chosen[0].text, surname):
                # "How old is the cabinet member for culture?": "Councillor Janet Whitcombe, the council's
                # cabinet member ..." ranks first, and the report gives her age further on ("Whitcombe, 61")
                named = self.first_mention(
                    state["collection"], chosen[0].chunk.doc_id, surname, chosen[0].similarity, aged
                )
                if named is not None and named.start > chosen[0].start:
                    chosen = [chosen[0], named]
                    notes["introduced"] = named
                    notes["described"] = chosen[0]
            if chosen and "introduced" not in notes:
                # "The new venue" ranked first for "How many people can the new venue hold?": the
                # answer stands in the sentence under it, which the reader gets (see `with_headings`)
                under = sentence_under(chosen[0], text_of(chosen[0].chunk.doc_id))
                if under is not None:
                    notes["introduced"] = under
            # "The bakery also won two other medals on the night:" brings the list it introduces
            chosen = [
                item
                for sentence in chosen
                for item in [sentence, *items_introduced(sentence, text_of(sentence.chunk.doc_id))]
                if item is sentence or all(s.start != item.start or s.chunk.doc_id != item.chunk.doc_id for s in chosen)
            ]
            grouped = with_headings(chosen, text_of)
            read = [s for s in grouped if not s.heading]
            if not asks_reason(question) and not any(fits_unit(s.text, question) for s in read):
                # "How old is the director?": "... under Dr Tobias Wren, who was appointed director in
                # 2022. Wren, 52, spent 11 years as ..." gives the age in the sentence after
                for sentence in read:
                    after = sentence_after(sentence, text_of(sentence.chunk.doc_id))
                    if after and fits_unit(after.text, question) and _goes_on_about(after, sentence):
                        grouped = with_headings([sentence, after], text_of)
                        notes["introduced"] = sentence
                        break
            notes["evidence"] = grouped
        return notes["evidence"]

    def gists(self, collection: str, question: str, ranked: list[Sentence]) -> list[Sentence]:
        """What "What is the article about?" is answered with: the opening statement of the document
        the question names ("Summarise the harbour notes": the best-matching one), or, where it
        names none, of each of the collection's documents (up to GIST_DOCUMENTS, best-matching first)."""
        documents = list(dict.fromkeys(s.chunk.doc_id for s in ranked))
        if names_a_document(question):
            documents = documents[:1]
        else:
            documents += [d for d in self.searcher.documents(collection) if d not in documents]
        leads = (self.lead(collection, doc_id) for doc_id in documents)
        return [lead for lead in leads if lead is not None][:GIST_DOCUMENTS]

    def author(self, collection: str, doc_id: str) -> Located | None:
        """The names in a stored document's byline ("By Jane Doe, ...", "Author: ..."), among its
        first BYLINE_SENTENCES sentences."""
        chunks = self.searcher.document_chunks(collection, doc_id)
        line = first_sentence(chunks, is_byline, within=BYLINE_SENTENCES)
        return byline(line) if line else None

    def dated_line(self, collection: str, doc_id: str) -> Sentence | None:
        """The line that dates a stored document (a byline, "Posted on ...", a dateline), among its
        first BYLINE_SENTENCES sentences."""
        chunks = self.searcher.document_chunks(collection, doc_id)
        return first_sentence(chunks, is_dated_line, within=BYLINE_SENTENCES)

    def lead(self, collection: str, doc_id: str) -> Sentence | None:
        """The opening statement of a stored document (see `lead_sentence`)."""
        return lead_sentence(self.searcher.document_chunks(collection, doc_id))

    def topic(self, collection: str, doc_id: str) -> str:
        """The text of a stored document's opening statement ("" if it has none), cached like `document_text`."""
        if doc_id not in self._topics:
            lead = self.lead(collection, doc_id)
            self._topics[doc_id] = lead.text if lead else ""
        return self._topics[doc_id]

    def about(self, collection: str, doc_id: str) -> str:
        """What a stored document is about: its headline (a title as its first line), if it has one,
        and its opening statement."""
        text = self.document_text(collection, doc_id)
        first = text.split("\n", 1)[0]
        return (first + "\n" if is_heading(first, first=True) else "") + self.topic(collection, doc_id)

    def first_mention(
        self, collection: str, doc_id: str, name: str, similarity: float, fits: Callable[[str], bool] = bool
    ) -> Sentence | None:
        """The first sentence of a stored document that holds every word of `name` and `fits`, with `similarity`."""
        terms = set(tokenize(name))
        chunks = self.searcher.document_chunks(collection, doc_id)
        return first_sentence(chunks, lambda text: terms <= set(tokenize(text)) and fits(text), similarity)

    def _named_before(self, collection: str, evidence: list[Sentence], name: str, question: str = "") -> bool:
        """Whether a sentence of `evidence` that speaks of someone as "he", "she" or "they" comes right
        after one naming `name`: "... lock Harry Oduya was helped from the field. Club doctors later
        confirmed a dislocation, and he is expected to miss six weeks." Any sentence may, where `question`
        names it only as what came before or after: "Which firm took over after Harlow & Sons?" beside
        "... the main contractor, Harlow & Sons, went into administration. A replacement firm, ...". A
        possessive names its owner: "Lindqvist's" is named by "... won by Freya Lindqvist, 31"."""
        name = re.sub(r"['\u2019]s$", "", name)
        marker = re.search(
            rf"\b(?:after|before|than|following|replacing|succeeding)\s+(?:the\s+)?(?:[\w'\u2019]+\s+|&\s+){{0,3}}"
            rf"{re.escape(name)}\b",
            question,
        )
        for sentence in evidence:
            if sentence.heading or not (marker or _PERSONAL_PRONOUN.search(sentence.text)):
                continue
            before = sentence_before(sentence, self.document_text(collection, sentence.chunk.doc_id))
            if before is not None and holds(before.text, name):
                return True
        return False

    def _called_before(self, collection: str, evidence: list[Sentence], name: str) -> bool:
        """Whether `name` is part of the full name of a body that a sentence of `evidence` calls by its
        last word, its document having named it in full before: "The council confirmed that 19 other
        schools in the county ..." after "Marlshire County Council's cabinet member" for "How many other
        Marlshire schools ...?"."""
        for sentence in evidence:
            nouns = set() if sentence.heading else set(_THE_NOUN.findall(sentence.text))
            if not nouns:
                continue
            last = "|".join(re.escape(noun.capitalize()) for noun in nouns)
            full = re.compile(rf"\b{re.escape(name)}(?:\s+[A-Z][\w'\u2019-]*)*?\s+(?:{last})\b")
            if full.search(self.document_text(collection, sentence.chunk.doc_id), 0, sentence.start):
                return True
        return False

    def _dated_before(self, collection: str, evidence: list[Sentence], name: str) -> bool:
        """Whether `name` is a day or month that the sentence right before one of `evidence` gives: "...
        voted seven to four on Tuesday evening to defer a decision. The meeting ... began at 6.30pm."
        for "At what time did Tuesday's meeting begin?"."""
        day = re.sub(r"['\u2019]s$", "", name.lower())
        if day not in DATE_WORDS:
            return False
        befores = (
            sentence_before(s, self.document_text(collection, s.chunk.doc_id)) for s in evidence if not s.heading
        )
        return any(before is not None and holds(before.text, day) for before in befores)

    def _paragraph_so_far(self, collection: str, sentence: Sentence) -> str:
        """The text of `sentence`'s paragraph up to its end."""
        text = self.document_text(collection, sentence.chunk.doc_id)
        return text[text.rfind("\n", 0, sentence.start) + 1 : sentence.end]

    def aged_after_naming(self, collection: str, found: Sentence, name: str, question: str) -> list[Sentence] | None:
        """The first sentence of `found`'s document naming `name`, and the one after it, where that one
        speaks of them and gives the age `question` asks for and `found` (what was read so far) stands
        further down: "... died on 2 February 2025 at her home in Lake Oswego. She was 86." """
        named = self.first_mention(collection, found.chunk.doc_id, name, found.similarity)
        if named is None or named.start >= found.start:
            return None
        after = sentence_after(named, self.document_text(collection, named.chunk.doc_id))
        if after is None or not ANAPHOR.match(after.text) or not fits_unit(after.text, question):
            return None
        return [named, after]

    def spelled_out(self, collection: str, acronym: str, sentences: list[Sentence]) -> Located | None:
        """What `acronym` stands for: where `sentences` spell it out, else where the document of the
        first of them first does (see `first_spelled_out`)."""
        spelled = expansion(acronym, sentences)
        return spelled or self.first_spelled_out(collection, sentences[0].chunk.doc_id, acronym)

    def first_spelled_out(self, collection: str, doc_id: str, acronym: str) -> Located | None:
        """Where a stored document first spells `acronym` out, wherever that is: a manual does so once,
        at its first use ("Distinguished Encoding Rules (DER, as per X.690)"), and later sentences
        that use it outrank that one."""
        chunks = self.searcher.document_chunks(collection, doc_id)
        first = first_sentence(chunks, lambda text: spelled_out(acronym, text) is not None)
        return expansion(acronym, [first]) if first else None

    def entries(self, collection: str, doc_id: str) -> dict[str, tuple[int, int]]:
        """The API entries of a stored document (see `api_entries`; cached)."""
        if doc_id not in self._entries:
            self._entries[doc_id] = api_entries(self.document_text(collection, doc_id))
        return self._entries[doc_id]

    def named_entries(self, collection: str, question: str, documents: list[str]) -> list[tuple[str, int, int]]:
        """The API entries (doc_id, start, end) the question names, in the `documents` (ids)."""
        found = []
        for doc_id in documents:
            entries = self.entries(collection, doc_id)
            found += [(doc_id, *entries[name]) for name in entries_named(question, entries)]
        return found

    def sentence_around(self, collection: str, doc_id: str, span: tuple[int, int]) -> Sentence:
        """The sentence of a stored document's text that holds the span `(start, end)`."""
        text = self.document_text(collection, doc_id)
        line_start = text.rfind("\n", 0, span[0]) + 1
        line_end = text.find("\n", span[1])
        line_end = len(text) if line_end < 0 else line_end
        spans = sentence_spans(text, line_start, line_end)
        around = next((s for s in spans if s[0] <= span[0] and span[1] <= s[1]), (line_start, line_end))
        return self.sentence_at(collection, doc_id, around)

    def _before_in(self, collection: str) -> Callable[[Sentence], Sentence | None]:
        """The sentence before a sentence of `collection`, in its document (see `sentence_before`)."""
        return lambda sentence: sentence_before(sentence, self.document_text(collection, sentence.chunk.doc_id))

    def _named_first(
        self, collection: str, doc_id: str, full: tuple[int, int], cited: list[Sentence], base: dict[str, Any]
    ) -> Answer:
        """The name at `full` in a stored document's text, where the report first names someone in full
        ("Niamh Castellano" for "Castellano", "Judge Helen Marlowe" for "Judge Marlowe"), cited by the
        sentence it stands in and then the `cited` ones that found them."""
        first = self.sentence_around(collection, doc_id, full)
        cited = [first, *(c for c in cited if c.start != first.start)]
        text = self.document_text(collection, doc_id)[full[0] : full[1]]
        return Answer(text=text, abstained=False, citations=[_citation(c) for c in cited], **base)

    def _age_of_doer(
        self, state: dict[str, Any], evidence: list[Sentence], ranked: list[Sentence], topic: str
    ) -> Located | None:
        """The age given right after the name of whoever did what "How old is the N who ...?" asks
        about (see `doer_asked`), as "Who ...?" would find them: "39" of "It was directed by Dr Fiona
        Maddox, 39, ..." for "How old is the archaeologist who directed the excavation?"."""
        question = doer_asked(state["standalone"])
        if question is None:
            return None
        collection = state["collection"]
        doer = passive_doer(question, ranked, self._before_in(collection), topic) or attributed_name(
            question, evidence, ranked[:EVIDENCE_SENTENCES]
        )
        return age_beside(doer) if doer is not None else None

    def _introduced_after(self, collection: str, question: str, best: Sentence) -> Located | None:
        """The age the sentence after `best`, or `best` itself after the one before it, gives the one it
        opens by naming (see `introduced_after`)."""
        if not ASKS_HOW_OLD.search(question):
            return None
        text = self.document_text(collection, best.chunk.doc_id)
        for earlier, later in ((best, sentence_after(best, text)), (sentence_before(best, text), best)):
            found = introduced_after(question, earlier.text, later.text) if earlier and later else None
            if later is not None and found is not None:
                return Located(later, later.start + found[0], later.start + found[1])
        return None

    def _cited_span(
        self, collection: str, doc_id: str, span: tuple[int, int], evidence: list[Sentence], base: dict[str, Any]
    ) -> Answer:
        """The answer `span` of a stored document's text, cited by the sentence it stands in."""
        text = self.document_text(collection, doc_id)[span[0] : span[1]]
        return _cited(text, self.sentence_around(collection, doc_id, span), evidence, base)

    def sentence_at(self, collection: str, doc_id: str, span: tuple[int, int]) -> Sentence:
        """The span `(start, end)` of a stored document's text as a sentence of the chunk it starts in."""
        start, end = span
        chunk = next(c for c in self.searcher.document_chunks(collection, doc_id) if c.start <= start < c.end)
        return Sentence(chunk, start, end, self.document_text(collection, doc_id)[start:end], 0.0, 0.0)

    def document_text(self, collection: str, doc_id: str) -> str:
        """A stored document's text (cached: the id is a hash of the text)."""
        if doc_id not in self._texts:
            self._texts[doc_id] = self.store.document(collection, doc_id).text
        return self._texts[doc_id]

    def prompt_input(self, state: dict[str, Any]) -> dict[str, str]:
        """What the prompt template is filled with."""
        return {"context": context_of(self.evidence(state)), "question": state["standalone"]}

    def generation_kwargs(self, state: dict[str, Any]) -> dict[str, Any]:
        """Keyword arguments for the LLM call: a span constraint when the backend supports one."""
        if not isinstance(self.llm, LlamaCppLLM):
            return {"stop": ["\n"]}
        from llama_cpp import LogitsProcessorList

        inputs = self.prompt_input(state)
        evidence = self.evidence(state)
        constraint = SpanConstraint(
            self.llm.llama, [s.text for s in evidence], inputs["question"], labels=[s.heading for s in evidence]
        )
        state["notes"]["constraint"] = constraint  # the chain copies state; "notes" is shared
        return {"stop": ["\n"], "logits_processor": LogitsProcessorList([constraint]), "draft": constraint.draft}

    def generate(self, state: dict[str, Any]) -> str:
        """The model's draft answer (timed); none where the model does not read (see `_needs_reader`)."""
        started = time.perf_counter()
        if not self._needs_reader(state):
            state["timings"]["generation"] = 0.0
            return ""
        prompt = ANSWER_PROMPT.format(**self.prompt_input(state))
        try:
            draft = StrOutputParser().invoke(self.llm.invoke(prompt, **self.generation_kwargs(state)))
        except ArticleQAError:
            raise
        except Exception as exc:  # a server backend fails with its own exception types
            raise ModelError(f"the LLM failed ({type(exc).__name__}: {exc}); {_LLM_HINT}") from exc
        state["timings"]["generation"] = time.perf_counter() - started
        return draft

    def ground(self, state: dict[str, Any]) -> Answer:
        """Turn the model's draft into a cited answer, or an abstention."""
        timings = state["timings"]
        started = time.perf_counter()
        answer = self._decide(state)
        timings["grounding"] = time.perf_counter() - started
        timings["total"] = time.perf_counter() - state["started"]
        return answer

    def _decide(self, state: dict[str, Any]) -> Answer:
        ranked: list[Sentence] = state["ranked"]
        evidence = self.evidence(state)
        base = {
            "question": state["question"],
            "standalone_question": state["standalone"],
            "collection": state["collection"],
            "passages": [_citation(s) for s in ranked[:PASSAGES]],
            "timings": state["timings"],
        }

        def abstain(reason: str) -> Answer:
            return Answer(text=NOT_IN_ARTICLE, abstained=True, reason=reason, **base)

        direct = self._read_off(state)
        if direct is not None:
            text, cited = direct
            return Answer(text=text, abstained=False, citations=[_citation(s) for s in cited], **base)
        if not evidence:
            return abstain("No passage was found.")
        best = next(s for s in evidence if not s.heading)
        subject = self.topic(state["collection"], best.chunk.doc_id)
        doc_id = ranked[0].chunk.doc_id
        text, about = self.document_text(state["collection"], doc_id), self.about(state["collection"], doc_id)
        held = post_holder(state["standalone"], text, about)
        # A post the text gives someone as their title is the answer, wherever the sentence ranks:
        # "Transport Minister Eilidh Drummond said ..." for "Who is the transport minister?"
        # So is the sentence that first names whom "How old is X?" asks about, with an age:
        # "... opened by Professor Margaret Liang, 63, a physicist ..." for "How old is Liang?"
        aged = age_asked(state["standalone"]) is not None and state["notes"].get("introduced") is best
        # and so is the one that first names whom "What is Keith Marr's trade?" asks about, with their job:
        # "... discovered ... by stonemason Keith Marr"
        job_given = state["notes"].get("introduced") is best and job_of(state["standalone"], [best]) is not None
        # or by what they are, where the sentence that says so names them ("How old is the mayor?": "...
        # by the Mayor of Kelsbury, Councillor Desmond Achterberg, ...", then "..., said Achterberg, 58")
        aged |= state["notes"].get("described") is best
        # The age of whoever did what it asks: "... directed by Dr Fiona Maddox, 39, ..." for "How old is
        # the archaeologist who directed the excavation?"
        doer_age = self._age_of_doer(state, evidence, ranked, subject)
        if doer_age is not None:
            return _cited(doer_age.text, doer_age.sentence, evidence, base)
        # The age of whoever holds a post: "... the skipper, Alan Hocking, 61, ..." for "How old is the skipper?"
        age = age_of_holder(state["standalone"], text, about)
        # or of the youngest or oldest of some: "the youngest of them 16" for "How old was the youngest volunteer?"
        age = age or age_of_superlative(state["standalone"], text)
        # or that the text gives as a word before what it asks about: "a six-year-old male called Bodhi"
        age = age or age_described(state["standalone"], text)
        # or the sentence after the best one opens with: "A walker who broke his ankle ... . Thomas
        # Evershed, 52, an accountant ..." for "How old is the walker who was injured?"
        introduced = self._introduced_after(state["collection"], state["standalone"], best) if age is None else None
        if introduced is not None:
            return _cited(introduced.text, introduced.sentence, evidence, base)
        if age is not None:
            return self._cited_span(state["collection"], doc_id, age, evidence, base)
        # and the one name the text gives the thing "What is the N called?" asks about, right after the noun
        given = given_name(state["standalone"], text)
        agent = agent_named(state["standalone"], text)
        relevant = held is not None or aged or job_given or given is not None or agent is not None
        if not relevant and not self._relevant(best, state["standalone"], state["notes"].get("vector"), subject):
            return abstain("No passage is close enough to the question.")
        if self._entry_silent(state):
            return abstain("The entry it names gives no such default or version.")
        # Names are looked up in the document of the best sentence: in a collection of many articles,
        # one that never names "HELP" says nothing about it, however often another one does.
        vocabulary = self.searcher.vocabulary(state["collection"], ranked[0].chunk.doc_id)
        unknown = unknown_names(state["standalone"], vocabulary)
        post = unknown_post(state["standalone"], vocabulary)  # "Who is the general secretary of ...?"
        unknown += [post] if post else []
        if unknown:
            return abstain(f"The article never mentions {_listed(unknown)}.")
        unsaid = said_unknown(state["standalone"], [*evidence, *ranked[:EVIDENCE_SENTENCES]])
        if unsaid is not None:  # "... but the trust could not say how many of them hold parking permits."
            return abstain("The article says this is not known.")
        withheld = withheld_name(state["standalone"], [*evidence, *ranked])
        if withheld is not None:  # "Who owns the bungalow?": "The owner of the bungalow has asked not to be named."
            return abstain("The article says they are not named.")
        topic = self.topic(state["collection"], ranked[0].chunk.doc_id)  # the day it gives, the names it holds
        if is_yes_no_question(state["standalone"]):
            decided = yes_or_no(state["standalone"], evidence, topic)
            if decided is None:
                return abstain("The passages found neither confirm nor deny it.")
            verdict, sentence = decided
            return Answer(text=verdict.capitalize() + ".", abstained=False, citations=[_citation(sentence)], **base)
        # Only the names the user wrote: one that stands for their "she" need not be repeated by the
        # sentence that answers ("How long does she think ...?" / "She said ... the next 30 years").
        absent = absent_names(state["standalone"], evidence, vocabulary, topic)
        absent = [name for name in absent if holds(state["question"], name)]
        absent = [
            name for name in absent if not self._named_before(state["collection"], evidence, name, state["standalone"])
        ]
        absent = [name for name in absent if not self._dated_before(state["collection"], evidence, name)]
        absent = [name for name in absent if not self._called_before(state["collection"], evidence, name)]
        if absent:
            return abstain(f"The passages found do not mention {_listed(absent)}.")
        clause = self._stated_clause(state)
        if clause is not None:  # "Why ...?", "What happens if ...?": the clause that says, read off without the model
            return _cited(clause.text, clause.sentence, evidence, base)
        entry = entry_named(state["standalone"], evidence)
        if entry is not None:  # "Which user does GDM run as?": the entry whose text says "this user"
            return _cited(entry[0].text, entry[0], evidence, base)
        if held is not None:  # "Who is president of the X Society?": "The society's president, Margaret Duthie"
            return self._cited_span(state["collection"], doc_id, held, evidence, base)
        titled = titled_name(state["standalone"], [*evidence, *ranked[:EVIDENCE_SENTENCES]])
        if titled is not None:  # "Which judge passed sentence?": "Judge Marchbank" of "..., Judge Marchbank said"
            titled_doc = titled.sentence.chunk.doc_id
            full = titled_in_full(titled.text, self.document_text(state["collection"], titled_doc))
            if full is not None:  # "Judge Helen Marlowe", where the report first names her
                return self._named_first(state["collection"], titled_doc, full, [titled.sentence], base)
            return _cited(titled.text, titled.sentence, evidence, base)
        if agent is not None:  # "Which company is developing the wind farm?": "Developer Northwind Marine Energy"
            return self._cited_span(state["collection"], doc_id, agent, evidence, base)
        if given is not None:  # "What is the new enclosure called?": "The enclosure, named Himalaya Ridge, ..."
            return self._cited_span(state["collection"], doc_id, given, evidence, base)
        only = only_one_named(state["standalone"], best, self.document_text(state["collection"], best.chunk.doc_id))
        if only is not None:  # "Which union called the strike?": "The union said ..." and one union in the text
            return self._cited_span(state["collection"], best.chunk.doc_id, only, evidence, base)
        attributed = attributed_name(state["standalone"], evidence, ranked[:EVIDENCE_SENTENCES])
        if attributed is not None:  # "Which regulator announced the recall?": "..., the FCSA announced on Tuesday."
            return _cited(attributed.text, attributed.sentence, evidence, base)
        said = speaker(
            state["standalone"],
            [*evidence, *ranked[:EVIDENCE_SENTENCES]],
            self._before_in(state["collection"]),
        )
        if said is not None:  # "Who said ...?": "..., said the trust's chair, Priya Raman, 46"
            name, quoted = said
            cited = [name.sentence] + ([quoted] if quoted.start != name.sentence.start else [])
            said_doc = name.sentence.chunk.doc_id
            doc_text = self.document_text(state["collection"], said_doc)
            full = named_in_full(name.text, doc_text) if " " not in name.text else None
            if full is not None:  # "Castellano said." gives "Niamh Castellano", where the report first names her
                return self._named_first(state["collection"], said_doc, full, cited, base)
            return Answer(text=name.text, abstained=False, citations=[_citation(c) for c in cited], **base)
        described = described_name(state["standalone"], evidence, ranked[:EVIDENCE_SENTENCES])
        if described is not None:  # "Who chairs Rail Users West?": "Tom Ecclestone, who chairs Rail Users West"
            return _cited(described.text, described.sentence, evidence, base)
        phrased = kind_phrase(state["standalone"], [*evidence, *ranked[:EVIDENCE_SENTENCES]])
        if phrased is not None:  # "Which ward is his wife on?": "... being treated on the stroke ward"
            return _cited(phrased.text, phrased.sentence, evidence, base)
        apposed = appositive_named(state["standalone"], [*evidence, *ranked[:EVIDENCE_SENTENCES]])
        if apposed is not None:  # "Which retired postman ...?": "Harold Finch, 71, a retired postman who ..."
            return _cited(apposed.text, apposed.sentence, evidence, base)
        doer = passive_doer(
            state["standalone"],
            [*evidence, *ranked[:EVIDENCE_SENTENCES]],
            self._before_in(state["collection"]),
            subject,
        )
        if doer is not None:  # "Who designed the refurbishment?": "... was designed by architect Sofia Lindqvist"
            return _cited(doer.text, doer.sentence, evidence, base)
        counsel = counsel_named(state["standalone"], ranked)
        if counsel is not None:  # "Who was Ashdown's defence lawyer?": "Defending, Laura Benning said ..."
            return _cited(counsel.text, counsel.sentence, evidence, base)
        opener = participle_doer(state["standalone"], [*evidence, *ranked[:EVIDENCE_SENTENCES]])
        if opener is not None:  # "Which barrister opened the case?": "Opening the case ..., Alasdair Quinn KC told"
            return _cited(opener.text, opener.sentence, evidence, base)
        thing = subject_of(state["standalone"], [*evidence, *ranked[:EVIDENCE_SENTENCES]])
        if thing is not None:  # "What fell during the matinee?": "a section of the ornate ceiling ... fell"
            return _cited(thing.text, thing.sentence, evidence, base)
        job = job_of(state["standalone"], [*evidence, *ranked[:EVIDENCE_SENTENCES]])
        if job is not None:  # "What is Hannah Whitlock's job?": "Mrs Whitlock, a 31-year-old primary school teacher"
            return _cited(job.text, job.sentence, evidence, base)
        based = based_in(state["standalone"], [*evidence, *ranked[:EVIDENCE_SENTENCES]])
        if based is not None:  # "Where is Halden based?": "Birmingham" of "The Birmingham-based group ..."
            return _cited(based.text, based.sentence, evidence, base)
        town = town_of(state["standalone"], [*evidence, *ranked])  # "X in Y" after the name asked: rare, read all
        if town is not None:  # "In which town is St Aldhelm's Hospital?": "... St Aldhelm's Hospital in Milbury"
            return _cited(town.text, town.sentence, evidence, base)
        place = place_of_act(state["standalone"], [*evidence, *ranked[:EVIDENCE_SENTENCES]])
        if place is not None:  # "Where was the deal signed?": "... and signed in the firm's canteen in front of staff"
            return _cited(place.text, place.sentence, evidence, base)
        holder = holder_of_act(state["standalone"], [*evidence, *ranked])  # "The skipper, X," is rare: read all
        if holder is not None:  # "Who was skippering the Marigold?": "The skipper, Martin Hale, 56, told ..."
            return _cited(holder.text, holder.sentence, evidence, base)
        company = company_named(state["standalone"], [*evidence, *ranked[:EVIDENCE_SENTENCES]])
        if company is not None:  # "Which company is behind it?": "... for Westmere Memorial Parks Ltd to build ..."
            return _cited(company.text, company.sentence, evidence, base)
        described = one_described(state["standalone"], [*evidence, *ranked[:EVIDENCE_SENTENCES]])
        if described is not None:  # "Which glassblower is quoted?": "Gary Lister, 58, a glassblower who ..."
            return _cited(described.text, described.sentence, evidence, base)
        edition = edition_of(state["standalone"], [*evidence, *ranked])  # an ordinal of the noun asked: rare
        if edition is not None:  # "Which edition of the festival was this?": "its tenth annual cider festival"
            return _cited(edition.text, edition.sentence, evidence, base)
        tally = tally_of(state["standalone"], [*evidence, *ranked[:EVIDENCE_SENTENCES]])
        if tally is not None:  # "How did the committee's vote split?": "... split six votes to six at a meeting"
            return _cited(tally.text, tally.sentence, evidence, base)
        length = measured(state["standalone"], [*evidence, *ranked])  # "The X is N metres long": rare, read all
        if length is not None:  # "How long is the viaduct?": "The viaduct is 390 metres long and ..."
            return _cited(length.text, length.sentence, evidence, base)
        since = since_when(state["standalone"], [*evidence, *ranked[:EVIDENCE_SENTENCES]])
        if since is not None:  # "How long has it run the crossing?": "... which has run the crossing since 1974"
            return _cited(since.text, since.sentence, evidence, base)
        headed = evidence
        signature = signature_named(state["standalone"], headed)
        if signature is None:  # a signature too long to read as a heading heads its entry all the same
            headed = self._under_signature(state["collection"], evidence)
            signature = signature_named(state["standalone"], headed)
        if signature is not None:  # "Which function removes a directory tree?": the signature heading its entry
            return _cited(signature.text, signature.sentence, headed, base)
        kind = expected_kind(state["standalone"])
        if not any(
            has_kind(s.text, kind, state["standalone"]) for s in evidence if not (s.heading and kind in FIGURES)
        ):
            # "When ...?" with no date in the evidence: whatever the reader writes is no answer
            return abstain(f"The passages found hold no {_KIND_NAMES.get(kind or '', 'answer')}.")
        if not any(fits_unit(s.text, state["standalone"]) for s in evidence):
            # "How much did it cost?" with no sum of money in the evidence
            return abstain("The passages found hold no amount of what it asks for.")
        draft = clean_draft(state.get("draft", ""))
        constraint = state["notes"].get("constraint")
        if is_refusal(draft):
            return abstain("The reader found no answer in the passages.")
        # A reader nearly sure of the one figure the passages give of what it asks is taken at its word:
        # "three" of "... their three children" for "How many children ...?", "£11,200" for "What did it cost?"
        typed = (kind == "count" and _the_only_counted(draft, evidence, state["standalone"])) or _the_only_amount(
            draft, evidence, state["standalone"]
        )
        if (
            constraint is not None
            and not self._confident(constraint, TYPED_SLACK if typed else 0.0)
            and not _the_only_count(draft, evidence, kind)
        ):
            return abstain("The reader was unsure of every answer in the passages.")
        found = locate(draft, evidence)
        if found is not None:
            found = beyond_heading(draft, found, evidence, state["standalone"])
            if found is None:  # "Dangers remain" for "Who presented the findings?"
                again = self._read_past_headings(state)
                return again or abstain("The reader's answer is only a heading's words.")
        if found is None:
            return abstain("The reader's answer is not in the passages.")
        found = widened(found, state["standalone"])
        found = name_described(state["standalone"], found) or found  # not "a medical research charity"
        # Checked after widening too: a span ends where its quotes close ("socket" of "“socket” can
        # mean a number of things" for "Why is a blocking socket preferred?").
        if not (says_something(draft, state["standalone"]) and says_something(found.text, state["standalone"])):
            return abstain("The reader's answer only repeats the question.")
        sentence = found.sentence
        if kind == "count" and not _counting(found, state["standalone"]):
            # "1866" of "... placed at Porthkennel in 1866" for "How many oarsmen did it need?": the one
            # figure the passages give of what it counts ("... pulled by ten oarsmen")
            counts = [c for s in evidence if (c := _counted_in(s, state["standalone"])) is not None]
            if len(counts) == 1 and _says_most_of(counts[0].sentence, state["standalone"]):
                found, sentence = widened(counts[0], state["standalone"]), counts[0].sentence
        target = state["notes"].get("introduced", ranked[0])
        if (
            kind is not None
            and not (kind == "count" and _counts_what_is_asked(found, state["standalone"]))
            and not (kind == "date" and _dates_what_is_asked(found, state["standalone"]))
            and not _same_place(
                sentence,
                target,
                evidence,
                self.document_text(state["collection"], sentence.chunk.doc_id),
            )
            and not _after_one_named(
                sentence, evidence, state["standalone"], self.document_text(state["collection"], sentence.chunk.doc_id)
            )
            and not _under_headline(
                found,
                ranked[0],
                state["standalone"],
                self.document_text(state["collection"], ranked[0].chunk.doc_id),
            )
        ):
            # Sentences below the best one are read only for a word of the asked kind; a number or
            # date found there alone ("2019" for "how many arrested") is about something else.
            counted_there = _counted_in(target, state["standalone"]) if kind == "count" else None
            if counted_there is None:
                return abstain(f"The {_KIND_NAMES[kind]} found stands in a passage about something else.")
            # ... but the best one may count it where the reader did not look: "Forty-one residents
            # were forced to leave their homes ..." for "How many residents had to leave their homes?"
            found, sentence = counted_there, target
        if kind == "date" and (not says_when(found.text) or time_for_a_day(state["standalone"], found.text)):
            return abstain("The passages found hold no date.")  # nor is "10am" the day "On which day ...?" asks
        if year_missing(state["standalone"], found.text):  # "17 years" of "served ... for 17 years"
            return abstain("The answer found names no year.")
        if day_missing(state["standalone"], found.text):  # "November" for "On what date will they meet?"
            return abstain("The answer found names no day.")
        if set_aside(found):  # "rather than a fire-resistant marine-grade hose"
            return abstain("The answer found is what the passage sets aside.")
        if other_quantity(state["standalone"], sentence.text):  # "for up to two hours" for "... one hour?"
            return abstain("The passage found speaks of another span of time than the one asked.")
        other = contrasted(state["standalone"], sentence.text)
        if other is not None:  # "The women's race was won by ..." for "Who won the men's race?"
            return abstain(f"The passage found speaks of “{other}”, not of what the question asks.")
        if kind == "date" and month_other(state["standalone"], found.text):  # "1 April" for "... in February?"
            return abstain("The date found is in another month than the one asked.")
        if ago_for_how_long(state["standalone"], found):  # "three years" of "... three years ago"
            return abstain("The time found says when, not how long.")
        if kind == "count" and figure_given(state["standalone"], found.text):  # "Nine" for "How many of the nine ...?"
            return abstain("The number found is one the question gives.")
        if kind in ("count", "number") and day_of_date(found):  # "12" of "Wednesday 12 March" for a population
            return abstain("The number found is the day of a date.")
        if kind is not None and of_another_ranked(state["standalone"], found):  # "the largest 34 centimetres tall"
            return abstain("The figure found is given of another one.")  # for "How tall is the smallest urn?"
        acted = figure_of_act(state["standalone"], found) if kind is not None else None
        if (
            acted is not None
        ):  # "31 per cent opposed it" for "... were against the merger?", not "58 per cent supported"
            found, sentence = acted, acted.sentence
        if kind == "count" and event_unsaid(state["standalone"], found):  # "412 were ... confirmed to have had
            return abstain("The number found counts another event than the one asked.")  # sepsis" for "... died?"
        part = part_of_whom(state["standalone"], found) if kind == "count" else None
        if part is not None:  # "at least 17 of whom died" for "How many labourers died ...?", not "about 1,200"
            found, sentence = part, part.sentence
        placed = part_in_place(state["standalone"], found) if kind in ("count", "number", "money") else None
        if placed is not None:  # "34,500 in Harlow Vale" of "... 52,000 active cardholders: 34,500 in ..."
            found, sentence = placed, placed.sentence
        earlier = changed_from(state["standalone"], found)
        if earlier is not None:  # "£1 per litre, up from 50p last year" for "What did they pay last year?"
            found, sentence = earlier, earlier.sentence
        elif kind is not None and was_before(state["standalone"], found):  # "raised this year from £10,000"
            now = changed_to(found)  # "from £6.2 million ... to £9.1 million": what it is now
            if now is None:
                return abstain("The figure found is what it was before it changed.")
            found, sentence = widened(now, state["standalone"]), now.sentence
        if kind == "date":
            found = date_only(found, state["standalone"])
            # "built in 1897 and rebuilt in 1964": the date after the verb asked, not another's
            found = date_of_act(state["standalone"], found) or found
            if date_of_another_act(
                state["standalone"], found
            ):  # "serviced since June 2021" for "When was it installed?"
                return abstain("The date found is of another doing than the one asked.")
            if event_unsaid(state["standalone"], found):  # "captained the club in 1968" for "When did he die?"
                return abstain("The date found is of another event than the one asked.")
        if kind == "clock":
            found = time_only(found)
        if ASKS_HOW_OLD.search(state["standalone"]):  # "eight-year-old", not the name after it
            found = age_only(found)
            end = age_end(found.text)  # "42" of "42, a lecturer in astrophysics"
            if end is None:  # "1.2-acre habitat" for "How old is the enclosure?"
                return abstain("The passages found hold no age.")
            found = Located(sentence, found.start, found.start + end)
            if age_of_another(state["standalone"], found):  # "71-year-old Dennis Albright" for "... the Mayor?"
                return abstain("The age found is someone else's.")
        if not fits_unit(found.text, state["standalone"]):  # "40" of "40 bicycles" for "How much was it paid?"
            # "2.9 astronomical units" for "How far was it, in kilometres?": the amount in kilometres
            # that the same sentence gives ("... - roughly 434 million kilometres")
            amount = unit_in(sentence, state["standalone"])
            if amount is None:
                return abstain("The amount found is not of what it asks for.")
            found = widened(amount, state["standalone"])
        # The paragraph up to the sentence: it names what a sum is the price of, or what a count counts
        paragraph = self._paragraph_so_far(state["collection"], sentence)
        if priced_unsaid(state["standalone"], paragraph):
            return abstain("The sum found is the price of something else.")  # a repair's for "... a ticket cost?"
        owner = owner_of_thing(state["standalone"], found)
        if owner is None:  # "Light Sussex" of "a Light Sussex hen" for "Who took the poultry title?"
            return abstain("The name found describes a thing, not a person.")
        found, sentence = owner, owner.sentence  # "... hen owned by Arthur Penhale"
        body = body_of_kind(state["standalone"], found)
        if body is not None:  # "Department of Rural and Community Development", not the fund beside it
            found, sentence = body, body.sentence
        named_cost = cost_named(state["standalone"], found)
        if named_cost is not None:  # "the £11 million cost of an electric furnace", not the grant towards it
            found, sentence = named_cost, named_cost.sentence
        total = total_instead(state["standalone"], found)
        if total is not None:  # "£5,000 per megawatt" for "How much would the fund receive each year?"
            found = widened(total, state["standalone"])
        dimensioned = in_dimension(state["standalone"], found)
        if dimensioned is None:  # "four metres deep" for "How wide is the hole?"
            return abstain("The length found measures something else.")
        found = dimensioned
        if kind == "count" and self._counts_other(found, state["standalone"]):
            return abstain("The number found counts something else.")
        # The paragraph's sentences before may say it: "... and evacuated 23 homes ... . By Tuesday evening,
        # 15 of the homes had been declared safe" for "How many of the evacuated homes ...?"
        # ... or what the whole report is about: "the 41 cases the test missed" in a report on a sepsis test
        # answers "How many sepsis cases did it miss?"
        gist = self.about(state["collection"], sentence.chunk.doc_id) if kind == "count" else ""
        if kind == "count" and not _holds_modifiers(f"{paragraph}\n{gist}", state["standalone"]):
            return abstain("The number found counts something else.")  # "236 beds" for "How many maternity beds?"
        if kind == "count" and (year := _year_unsaid(state["standalone"], paragraph)):
            return abstain(f"The number found is not said of {year}.")  # "140 passengers" for "... in 2019?"
        if kind == "count" and (end := count_end(found.text, state["standalone"])) is not None:
            found = Located(sentence, found.start, found.start + end)  # "214 homes", not "214 homes and 37 ..."
        if names_a_place(state["standalone"], found.text):  # "Old Quarry Road" for "the name of the motorist"
            return abstain("The name found is a place's, not a person's.")
        if bare_figure_for_a_name(state["standalone"], found.text):  # "26" for "In which port ...?"
            return abstain("The answer found is a number, not a name.")
        if nameless_for_a_name(state["standalone"], found.text):  # "not been notified of any such request"
            return abstain("The answer found is no name.")
        if age_beside_name(state["standalone"], found):  # "45" of "Joanne Barker, 45," for a finishing position
            return abstain("The number found is someone's age.")
        if (numbered := numbered_otherwise(state["standalone"], sentence.text)) is not None:
            return abstain(f"The passage found speaks of another number than {numbered}.")  # "Lock 7", not "Lock 1"
        if names_a_person(state["standalone"], found.text):  # "President Nayib Bukele" for "At which venue ...?"
            return abstain("The name found is a person's, not a place's.")
        if says_when_not_where(state["standalone"], found.text):  # "next week" for "Where is the training camp?"
            return abstain("The answer found says when, not where.")
        if names_the_one_asked_about(state["standalone"], found.text):  # "Harry Oduya" for "Who replaced Oduya?"
            return abstain("The name found is the one the question asks about.")
        if names_another_asked(state["standalone"], found.text):  # "Wessex County Council" for "Which consultancy ...?"
            return abstain("The name found is of something else the question names.")
        if not kind_named(state["standalone"], sentence.text):  # nor the sentence before it, read only then
            before = sentence_before(sentence, self.document_text(state["collection"], sentence.chunk.doc_id))
            if not kind_named(state["standalone"], sentence.text + " " + (before.text if before else "")):
                # "Alan Hocking" of "the skipper, Alan Hocking, 61" for "What is the name of the paramedic ...?"
                return abstain("The passages found do not name what it asks the name of.")
        if kind is None:
            found = name_only(found, state["standalone"])  # "Addingley", not "Addingley, in the former ..."
            # ... but a post with the name of who holds it: "Dean of Hexworth, the Very Reverend Martin Cole"
            found = name_after_post(state["standalone"], found) or found
        bare = found.text.strip("()[]\"'\u201c\u201d\u2018\u2019")
        if asks_full_name(state["standalone"]) and is_acronym(bare):
            # "What is the full name of the mega-prison?" / "CECOT": what it stands for, where the text says
            spelled = self.spelled_out(state["collection"], bare, [sentence, *evidence, *ranked[:PASSAGES]])
            if spelled is not None:
                return _cited(spelled.text, spelled.sentence, [spelled.sentence], base)
        return _cited(without_echo(found.text, state["standalone"]), sentence, evidence, base)

    def _read_off(self, state: dict[str, Any]) -> tuple[str, list[Sentence]] | None:
        """An answer read straight off the text, without the reader, and the sentences it cites:
        what the document is about, who wrote it and when, what an acronym stands for, who someone
        is. None for any other question, or where the text has no such line."""
        notes = state["notes"]
        if "read off" not in notes:
            notes["read off"] = self._find_read_off(
                state["standalone"], state["collection"], state["ranked"], self.evidence(state), notes["entries"]
            )
        return notes["read off"]

    def _find_read_off(
        self,
        question: str,
        collection: str,
        ranked: list[Sentence],
        evidence: list[Sentence],
        entries: list[tuple[str, int, int]],
    ) -> tuple[str, list[Sentence]] | None:
        if not ranked:
            return None
        doc_id = ranked[0].chunk.doc_id
        if asks_gist(question):
            leads = self.gists(collection, question, ranked)
            if leads:
                text = leads[0].text if len(leads) == 1 else "\n".join(f"{s.chunk.source}: {s.text}" for s in leads)
                return text, leads
        if asks_author(question):
            author = self.author(collection, doc_id)
            if author is not None:  # "Who wrote the article?": its byline
                return author.text, [author.sentence]
        if asks_published(question):
            dated = self.dated_line(collection, doc_id)
            found = date_of(dated) if dated else None
            if found is not None:  # "When was the article published?": the date of its byline or dateline
                return found.text, [found.sentence]
        acronym = acronym_asked(question) or full_name_asked(question)
        if acronym:  # "What does CECOT stand for?": the brackets that spell it out, near or at its first use
            spelled = self.spelled_out(collection, acronym, ranked[:PASSAGES])
            if spelled is not None:
                return spelled.text, [spelled.sentence]
        for doc_id, start, end in entries:
            text = self.document_text(collection, doc_id)
            fact = entry_fact(question, text, start, end)
            if fact is not None:  # "What is the default of copytree()'s dirs_exist_ok?": "False", from the entry
                return text[fact[0] : fact[1]], [self.sentence_around(collection, doc_id, fact)]
        entry = entry_asked(question) or ""
        for doc_id in dict.fromkeys(s.chunk.doc_id for s in ranked) if entry else ():
            described = entry_description(entry, self.document_text(collection, doc_id))
            if described is not None:  # "What does shutil.copyfile() do?": the sentence under its signature
                signature, first = (self.sentence_at(collection, doc_id, span) for span in described)
                return first.text, [signature, first]
        person = person_asked(question)
        named = next((s for s in evidence if not s.heading), None)
        introduced = introduction(named, person) if named and person else None
        if introduced is not None:
            # "Who is X?": what the sentence naming X calls them. It holds the name as asked, so the
            # question is about this text however low its similarity ("Who is Fiona Marsh?": 0.24).
            return introduced.text, [introduced.sentence]
        return None

    def _under_signature(self, collection: str, evidence: list[Sentence]) -> list[Sentence]:
        """The best evidence sentence under the signature of the API entry it stands in, as a heading and
        the sentence under it: a signature too long to read as a heading ("json.dumps(obj, *,
        skipkeys=False, ...)") heads its entry all the same. Empty outside any entry."""
        best = next((s for s in evidence if not s.heading), None)
        if best is None:
            return []
        doc_id = best.chunk.doc_id
        text = self.document_text(collection, doc_id)
        for name, (start, end) in self.entries(collection, doc_id).items():
            described = entry_description(name, text[start:end]) if start <= best.start < end else None
            if described is not None:  # the best sentence, or the first under the signature if it is the best
                (line_start, line_end), first = ((start + a, start + b) for a, b in described)
                signature = self.sentence_at(collection, doc_id, (line_start, line_end))
                below = best if best.start > line_end else self.sentence_at(collection, doc_id, first)
                return [replace(signature, heading=True), below]
        return []

    def _stated_clause(self, state: dict[str, Any]) -> Located | None:
        """The clause that answers a "why", a "what happens if", a "how did" or a "when is" question
        where the best evidence sentence stands (see `_find_reason`, `consequence_in`, `manner_in`,
        and `condition_in` where that sentence holds no date), if it adds
        CLAUSE_NEW_WORDS content words to the question: one that restates it says nothing ("Why is
        /usr/local put ahead of /usr?" / "(since /usr/local is intentionally on search paths ahead
        of /usr)"). None for any other question."""
        notes = state["notes"]
        if "clause" not in notes:
            question, evidence = state["standalone"], self.evidence(state)
            best = next((s for s in evidence if not s.heading), None)
            found = None
            if best is not None and asks_why(question):
                found = self._find_reason(state["collection"], best) or purpose_in(best, question)
            elif best is not None and asks_consequence(question):
                found = consequence_in(best, question)
            elif best is not None and asks_manner(question):
                found = manner_in(best)
            elif best is not None and asks_when_as_a_rule(question) and not has_kind(best.text, "date", question):
                found = condition_in(best)  # "When is the buffer flushed?" / "whenever specific criteria are met"
            added = set(tokenize(found.text)) - set(tokenize(question)) - _CLAUSE_MARKERS if found else set()
            notes["clause"] = found if len(added) >= CLAUSE_NEW_WORDS else None
        return notes["clause"]

    def _find_reason(self, collection: str, best: Sentence) -> Located | None:
        """The reason given where the best evidence sentence stands: the sentence before it, where it
        opens with "Because of this" or "That is why"; else a reason it gives itself ("... in order to
        accumulate statistics ..."); else one that the sentence after it gives ("This is because ...");
        else what it says came first ("... after a structural survey found the roof could not bear ...")."""
        doc_id = best.chunk.doc_id
        text = self.document_text(collection, doc_id)
        before = sentence_before(best, text) if gives_reason_before(best) else None
        if before is not None:
            whole = self.sentence_at(collection, doc_id, (before.start, before.end))
            return Located(whole, whole.start, whole.start + len(whole.text.rstrip(".!")))
        given = reason_in(best)
        after = sentence_after(best, text) if given is None else None
        given = given or (reason_in(self.sentence_at(collection, doc_id, (after.start, after.end))) if after else None)
        # else what it says happened first: "... paused for half a day after a sheep fell into the spoil heap"
        return given or cause_after(best)

    def _entry_silent(self, state: dict[str, Any]) -> bool:
        """Whether the question asks an API entry it names for a default or version it does not give."""
        question, collection = state["standalone"], state["collection"]
        named = state["notes"]["entries"]
        return any(entry_silent(question, self.document_text(collection, d), *span) for d, *span in named)

    def _needs_reader(self, state: dict[str, Any]) -> bool:
        """Whether the model reads the evidence: a yes/no question is decided by the evidence's
        words, and an answer read straight off the text (see `_read_off`, `_stated_clause`) needs no model."""
        question = state["standalone"]
        return not (
            is_yes_no_question(question)
            or asks_gist(question)
            or self._read_off(state) is not None
            or self._stated_clause(state) is not None
        )

    def _counts_other(self, found: Located, question: str) -> bool:
        """Whether the figure `found` counts something unlike what "How many N ...?" asks about: "four
        phases" for "How many homes will be built in the first phase?", but not "40,000 inmates" for
        "How many prisoners ...?" (the two nouns' embeddings at least COUNTED_SIMILARITY alike)."""
        sentence = found.sentence
        other = counts_other(sentence.text, found.start - sentence.start, found.end - sentence.start, question)
        if other is None:
            return False
        vectors = self.embedder.encode_cached([counted(question), other])
        return float(vectors[0] @ vectors[1]) < COUNTED_SIMILARITY

    def _read_past_headings(self, state: dict[str, Any]) -> Answer | None:
        """The answer of a second reading, where the reader's first took only a heading's words: the best
        sentence and the next-ranked ones of the text, without headings, read and checked as the first were.
        "Island ferry" of the headline "Island ferry finally enters service ..." answers no "Which
        company runs the ferry service?"; "The vessel, operated by North West Island Ferries, ..." ranks
        below the lead the reader was given. Only a question for a name or a choice is read again
        ("Who ...?", "Which ...?", "What is the name of ...?"). None where the second reading gives no
        answer either."""
        if state["notes"].get("read again") or not _ASKS_WHO_OR_WHICH.search(state["standalone"]):
            return None
        read = [s for s in self.evidence(state) if not s.heading]
        first = {(s.chunk.doc_id, s.start) for s in read}
        text_of = functools.partial(self.document_text, state["collection"])
        rest = [
            s
            for s in state["ranked"]
            if (s.chunk.doc_id, s.start) not in first and not is_heading_line(s, text_of(s.chunk.doc_id))
        ]
        kind = expected_kind(state["standalone"])
        chosen = evidence_for(rest, EVIDENCE_SENTENCES - 1, lambda s: has_kind(s.text, kind, state["standalone"]))
        if not chosen or not read:
            return None
        chosen = [read[0], *chosen]  # the best sentence stays: it names what the question names
        spent = state["timings"].get("generation", 0.0)
        notes = {key: state["notes"][key] for key in ("vector", "entries") if key in state["notes"]}
        again = {**state, "notes": {**notes, "evidence": chosen, "read again": True}}
        again["draft"] = self.generate(again)
        state["timings"]["generation"] += spent
        answer = self._decide(again)
        if answer.abstained or not answer.citations:
            return None
        # the sentence says what is asked of the name, not only the name: "operated by Western Isles
        # Ferry Services" answers "Who operates the ferry?", not "Which firm built the ferry?"
        said = answer.citations[0].quote.replace(answer.text, " ")
        asked = set(tokenize(state["standalone"])) - set(tokenize(" ".join(_names_asked(state["standalone"]))))
        return answer if asked & set(tokenize(said)) else None

    @staticmethod
    def _confident(constraint: SpanConstraint, slack: float = 0.0) -> bool:
        if constraint.not_stated_margin > NOT_STATED_MARGIN + slack:
            return False
        return constraint.confidence >= MIN_CONFIDENCE - slack

    def _relevant(self, best: Sentence, question: str, vector: list[float] | None = None, subject: str = "") -> bool:
        """Whether the best sentence is close to the question, or holds nearly all its words: a long
        sentence about more than the question asks embeds far from it ("SQL is the declarative
        language you're most likely to be familiar with; a SQL query describes the data set ...").
        So are its clauses, and the words around a quotation, each on its own: "“I have never seen
        water move so fast,” said Councillor Denise Arkwright, leader of the district council." is
        far from "Who heads the district council?", and "said Councillor ... council" is close.
        `vector` is the question's embedding, where retrieval has it. The names of `subject`, the
        report's opening statement, count as held by every sentence of the report: "Chief executive Mark Ellery
        said ..." answers "Who is Halden's chief executive?" in a report that opens "Halden Appliances
        ... is to close its factory"."""
        if best.similarity >= MIN_SIMILARITY:
            return True
        terms = set(tokenize(question))  # two words held ("name", "class") say little
        if len(terms) >= 3 and coverage(terms, " ".join([best.text, *_NAME_WORD.findall(subject)])) >= MIN_COVERAGE:
            return True
        framed = without_quotations(best.text)
        parts = ([framed] if framed else []) + clauses(best.text)
        if not parts:
            return False
        vectors = self.embedder.encode_cached(parts)
        vector = vector if vector is not None else self.embedder.embed_query(question)
        return float((vectors @ np.asarray(vector, dtype=vectors.dtype)).max()) >= MIN_SIMILARITY

    def chain(self) -> Runnable[dict[str, Any], Answer]:
        """The LangChain runnable: retrieve -> prompt -> LLM -> parse -> ground."""
        return (
            RunnablePassthrough.assign(ranked=RunnableLambda(self.retrieve))
            | RunnablePassthrough.assign(draft=RunnableLambda(self.generate))
            | RunnableLambda(self.ground)
        )

    def start(
        self, question: str, collection: str | None, history: Sequence[tuple[str, str]] | None, k: int | None
    ) -> dict[str, Any]:
        """Validate the request and build the chain's initial state."""
        question = checked_question(question)
        collection = check_collection_name(collection or self.settings.collection)
        ensure_default_collection(self.settings, collection, self.store, self.embedder)
        if not self.store.exists(collection):
            raise CollectionError(
                f"no collection {collection!r}; run 'articleqa ingest FILE --collection {collection}' first"
            )
        return {
            "question": question,
            "standalone": without_connective(standalone_question(question, history)),
            "collection": collection,
            "k": k or self.settings.k,
            "timings": {},
            "notes": {},
            "started": time.perf_counter(),
        }

    def ask(
        self,
        question: str,
        collection: str | None = None,
        history: Sequence[tuple[str, str]] | None = None,
        k: int | None = None,
    ) -> Answer:
        """Answer one question from the collection's articles."""
        return self.chain().invoke(self.start(question, collection, history, k))

    def stream(
        self,
        question: str,
        collection: str | None = None,
        history: Sequence[tuple[str, str]] | None = None,
        k: int | None = None,
    ) -> Iterator[str | Answer]:
        """Like `ask`, but yields the model's draft piece by piece before the final `Answer`."""
        state = self.start(question, collection, history, k)
        state["ranked"] = self.retrieve(state)
        pieces = []
        started = time.perf_counter()
        if self._needs_reader(state):
            prompt = ANSWER_PROMPT.format(**self.prompt_input(state))
            for piece in self.llm.stream(prompt, **self.generation_kwargs(state)):
                pieces.append(piece)
                yield piece
        state["timings"]["generation"] = time.perf_counter() - started
        state["draft"] = "".join(pieces)
        yield self.ground(state)


@functools.lru_cache(maxsize=4)
def pipeline_for(settings: Settings) -> Pipeline:
    """One shared pipeline per settings (models load once per process), its reader already loading."""
    pipeline = Pipeline(settings)
    pipeline.warm_up_in_background()
    return pipeline


def ask(
    question: str,
    collection: str | None = None,
    history: Sequence[tuple[str, str]] | None = None,
    *,
    settings: Settings | None = None,
    k: int | None = None,
) -> Answer:
    """Answer `question` from `collection` (default: the bundled article, built on first use)."""
    return pipeline_for(settings or Settings.from_env()).ask(question, collection, history, k)
