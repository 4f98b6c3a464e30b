"""Constrained decoding: where spans may start, and what kind of answer a question wants."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from retriever.constrain import (
    SpanConstraint,
    asked_words,
    count_end,
    counted,
    counts_asked,
    counts_other,
    expected_kind,
    has_kind,
    part_counted,
    starts_kind,
    word_starts,
)
from retriever.llm import default_gguf


@pytest.fixture(scope="module")
def vocab() -> Any:
    from llama_cpp import Llama

    return Llama(model_path=str(default_gguf()), vocab_only=True, verbose=False)


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        ("How many evacuees are staying in hotels?", "evacuees"),
        ("How many Yorkshire branches are closing?", "Yorkshire branches"),
        ("How many dock workers walked out?", "dock workers"),
        ("How many people attended in 2024?", "people"),  # "attended" is the verb, no noun counted
        ("How many complaints about low pressure did it get?", "complaints"),  # not "complaints about"
        ("How many did he lose?", ""),  # no noun: not "did he lose"
        ("How many homes flooded?", "homes"),
        ("How many wounded are there?", "wounded"),  # a first word in -ed is what is counted
        ("How many attended the festival the year before?", ""),  # ... but not before its object
        ("When did it open?", ""),
        # a verb in the present after what is counted: "people live" counts no "live"s
        ("How many people live in Oakshaw?", "people"),
        ("How many staff work there?", "staff"),
        ("How many pupils attend the school?", "pupils"),
        ("How many councillors sit on the committee?", "councillors"),
        ("How many staff members work in the unit?", "staff members"),
        ("How many rounds of voting were there?", "rounds of voting"),  # "of" follows a noun
        ("How many competitors took part?", "competitors"),  # a verb in the past, not in "-ed"
        ("How many people went to the fair?", "people"),
    ],
)
def test_counted(question: str, nouns: str) -> None:
    assert counted(question) == nouns


def _first_words(llama: Any, constraint: SpanConstraint) -> set[str]:
    return {llama.detokenize([t]).decode("utf-8", "ignore").strip() for t in constraint.allowed([])}


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        ([" CE", "COT", " (", "Centre", " for"], ["CECOT", None, "Centre", "Centre", "for"]),
        ([" the", " “", "the", " possibility"], ["the", "the", "the", "possibility"]),
        ([" ", "4", "0", " ", "0", " prisoners"], ["40", None, None, "0", None, "prisoners"]),
        ([" on", " ", "3", "rd", ",", " February"], ["on", "3rd", None, None, None, "February"]),
        ([" is", " /", "bin", "/", "sync", "."], ["is", "/bin", None, None, None, None]),
        ([" dump", " -", "n", " -", " a"], ["dump", "-n", None, None, "a"]),
    ],
)
def test_word_starts_include_digits_and_words_after_brackets_and_quotes(
    pieces: list[str], expected: list[str | None]
) -> None:
    assert word_starts(pieces) == expected


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many prisoners can CECOT hold?", "count"),
        ("Roughly how many prisoners are held in windowless cells?", "count"),
        ("What percentage of the vote did he win?", "share"),
        ("What share of possession did Redmere have?", "share"),
        ("What time did the match kick off?", "clock"),
        ("At what time was the bridge closed?", "clock"),
        ("What is the population of Harrowfield?", "number"),
        ("What was the town’s population?", "number"),
        ("Which population groups were studied?", None),
        ("How long was he jailed for?", "length"),
        ("Over what period must the loan be paid back?", "length"),  # "over five years"
        ("For how long did she disqualify him?", "length"),
        ("How far back do the parish records go?", "date"),  # not a distance
        ("How far is the new site from the old one?", "number"),
        ("How high did the river peak?", "number"),
        ("How strong were the strongest gusts?", "number"),
        ("How low did the humidity fall?", "number"),
        ("Which version of the LSB lists daemon as legacy?", "number"),
        ("In which Python version was the handler added?", "number"),
        ("Which minimum version of the tool is required?", "number"),
        ("Which file holds the version of the package?", None),
        ("On what date was the offer made?", "date"),
        ("According to Rubio, when will the talks end?", "date"),
        ("By when will the plant shut?", "date"),
        ("Until when is it repeated?", None),  # a condition, as often as a date
        ("To whom did Rubio speak?", None),
        ("To which constant is flush set at the end of the input?", "code"),
        ("Which inflate() return value shows the end of the stream?", "code"),
        ("From which header file does zpipe.c use strcmp()?", "code"),
        ("Which exception does getsize() raise?", "code"),
        ("Which decorator can you use to stop aliases for the same value?", "code"),
        ("Which group may run any command as any user?", None),
        ("What did he say when he arrived?", None),
        ("When a server squashes root requests, which user does it map them to?", None),
        ("When the inner loop ends, can the program assert that no input is left?", None),
        # "When can ...?", "When should ...?" ask for a condition, not a date.
        ("When can deflateEnd() be called?", None),
        ("When should software decode its input?", None),
        ("When did the prison open?", "date"),
        ("On which night did she first see the star?", "date"),  # a night is a date
        ("Which groups criticised the prison?", None),
        # A uid, a port or a size is written in digits.
        ("What gid does the cdrom group have?", "numeral"),
        ("Which TCP port does SocketHandler send to by default?", "numeral"),
        ("Which two ports lost out to Kilbrennan?", None),  # the names of two
        ("What default buffer size does copyfile() use?", "numeral"),
        ("What numeric value does the ERROR level have?", "numeral"),
        ("Which group owns the serial ports?", None),
        ("What are functions that have no side effects at all called?", None),
        ("What are the functions that have no side effects?", "code"),
        ("What is the batch code of the recalled cheese?", "code"),
        ("Which serial numbers are affected?", "code"),
        ("How many batch codes are affected?", "count"),
        ("What was the final score?", "score"),
        ("By what score did they lead at the break?", "score"),
        ("Which group writes high score files?", None),
        ("In which minute did the hooker score?", None),  # "score" the verb
        ("From what date can businesses apply?", "date"),
        ("What was the date of the most recent theft?", "date"),
        ("What is the date format?", None),  # a format, not a date
        ("Until when is it repeated?", None),  # a condition
        # a race's time is how long it took, not a time of day
        ("What time did Hannah Elphick record in her final?", "length"),
        ("What was Elphick\u2019s winning time?", "length"),
        ("What was her time?", "length"),
        ("What time did she set off?", "clock"),
    ],
)
def test_expected_kind(question: str, kind: str | None) -> None:
    assert expected_kind(question) == kind


def test_spans_may_start_inside_brackets_and_quotes(vocab: Any) -> None:
    constraint = SpanConstraint(vocab, "The prison, CECOT (Centre for Terrorism), said “no deal”.", "What is it?")
    firsts = _first_words(vocab, constraint)
    assert {"Centre", "no", "prison", "CE"} <= firsts  # "CE" begins "CECOT"
    assert "COT" not in firsts and ")," not in firsts


def test_a_headline_in_capitals_names_no_one(vocab: Any) -> None:
    evidence = ["SCHOOLGIRL SPOTS COMET FROM CORNWALL ROOFTOP", "A pupil from Looe found it with Ann Penrose."]
    firsts = _first_words(vocab, SpanConstraint(vocab, evidence, "Who found the comet?", labels=[True, False]))
    assert {"Lo", "Ann"} <= firsts
    assert not firsts & {"SCHOOL", "CORN", "ROOF", "SP", "CO", "FROM", "RO", "CORNWALL", "ROOFTOP"}


def test_no_span_starts_with_a_function_word(vocab: Any) -> None:
    evidence = "The photos showed them being frogwalked through the prison corridors."
    firsts = _first_words(vocab, SpanConstraint(vocab, evidence, "Where were the prisoners shown?"))
    assert {"photos", "prison", "corridors"} <= firsts
    assert not firsts & {"The", "the", "them", "being", "through"}


def test_function_words_may_start_a_span_when_nothing_else_can(vocab: Any) -> None:
    firsts = _first_words(vocab, SpanConstraint(vocab, "He was there.", "What happened?"))
    assert {"He", "was", "there"} <= firsts


def test_a_how_many_question_starts_its_answer_at_a_number(vocab: Any) -> None:
    evidence = "The prison can hold up to 40 000 inmates, and dozens are held in each cell."
    constraint = SpanConstraint(vocab, evidence, "How many people are there?")
    assert _first_words(vocab, constraint) == {"", "dozens"}  # "" is the lone space before the digits of 40 000
    spaced = next(t for t in constraint.allowed([]) if vocab.detokenize([t]) == b" ")
    assert b"4" in {vocab.detokenize([t]) for t in constraint.allowed([spaced])}


@pytest.mark.parametrize(
    ("evidence", "question", "firsts"),
    [
        # a figure that counts what is asked, where one does: "forty" of the branches, not "twelve" jobs
        ("It will close forty of its ninety branches, and twelve jobs go.", "How many branches will close?", {"forty"}),
        ("It will shut two of the combined group's seven depots.", "How many depots will it shut?", {"two"}),
        # ... the whole, when it is asked for
        ("It will close forty of its ninety branches.", "How many branches does it have?", {"forty", "ninety"}),
        ("Its head, Ann Lee, 52, said forty of them would go.", "How many branches will close?", {"forty"}),  # age
        ("It will close forty, and twelve jobs go.", "How many branches are there?", {"forty", "twelve"}),
        ("They met outside Gate 3, and forty went in.", "How many workers went in?", {"forty"}),  # a label
        # ... unless what follows it is what is counted
        ("It gave Eugene 23 seconds and Salem forty.", "How many seconds did it give?", {""}),  # "23"
        ("It will close forty, and twelve jobs go.", "How many jobs will go?", {"twelve"}),
        # a time of day counts nothing
        ("It sells out by half past ten, and forty went.", "How many loaves are sold?", {"forty"}),
    ],
)
def test_a_count_starts_at_a_figure_of_what_is_asked(
    vocab: Any, evidence: str, question: str, firsts: set[str]
) -> None:
    assert _first_words(vocab, SpanConstraint(vocab, evidence, question)) == firsts


@pytest.mark.parametrize(
    ("question", "firsts"),
    [
        ("What did the team discover?", {"engineers", "found", "Victorian", "brick", "cul"}),  # no date
        ("What is the date of the discovery?", {"June"}),  # a date asked for: the date alone
    ],
)
def test_a_question_that_names_no_time_is_not_answered_by_a_date(vocab: Any, question: str, firsts: set[str]) -> None:
    evidence = "In June engineers found a Victorian brick culvert."
    assert _first_words(vocab, SpanConstraint(vocab, evidence, question)) == firsts


@pytest.mark.parametrize(
    ("text", "answer", "question", "other"),
    [
        ("It will be built in four phases.", "four", "How many homes will the first phase have?", "phases"),
        ("It had 40,000 inmates.", "40,000", "How many prisoners did it hold?", "inmates"),  # alike: see _counts_other
        ("About 1,300 people are in shelters.", "About 1,300 people", "How many evacuees are in hotels?", None),
        ("It received 1,183 letters of objection.", "1,183", "How many objection letters did it receive?", None),
        ("Three firefighters have been injured.", "Three", "How many firefighters have been hurt?", None),
        ("The trial had 1,284 participants.", "1,284", "How many people took part?", None),  # people, by any name
        ("Westmoor will close 47 of its 212 branches.", "47", "How many branches will close?", None),
        ("The crowd was 8,416.", "8,416", "How many fans were there?", None),  # no noun after it
        ("It rose 2.9 metres.", "2.9 metres", "How many homes flooded?", None),  # a measure: see test_has_kind
        # a verb after the figure, and N before it: they do something
        ("More pupils chose it, with 112 signing up.", "112", "How many pupils took it up?", None),
        ("More pupils chose it, with 112 signing up.", "112", "How many teachers took it up?", "signing"),
        ("Of those parcels, 2,310 went to households.", "2,310", "How many parcels went to families?", None),
        ("Of those parcels, 2,310 went to households.", "2,310", "How many vouchers went to families?", "went"),
        ("It has 300 members and 45 trained volunteers.", "45", "How many members are there?", "trained"),
        # people go by many names, but never by a measure
        ("He has exhibited for 61 years.", "61", "How many people went to the show?", "years"),
        ("It drew 38,450 visitors.", "38,450", "How many people went to the show?", None),
    ],
)
def test_counts_other(text: str, answer: str, question: str, other: str | None) -> None:
    start = text.index(answer)
    assert counts_other(text, start, start + len(answer), question) == other


@pytest.mark.parametrize(
    ("evidence", "question", "firsts"),
    [
        # the figure of the clause that holds the question's words
        (
            "The council received forty letters of objection and twelve letters of support.",
            "How many letters of objection did it receive?",
            {"forty"},
        ),
        (
            "Of the homes, forty will be affordable, of which twelve will be for social rent.",
            "How many homes will be for social rent?",
            {"twelve"},
        ),
        ("It will close forty, and twelve jobs go.", "How many branches will close?", {"forty"}),
        ("It will close forty, and twelve jobs go.", "How many branches are there?", {"forty", "twelve"}),  # none
        # a clock time too
        (
            "The first boat from Ardmhor will leave at noon, and the last sailing from Torsay at midnight.",
            "What time is the last departure from Torsay?",
            {"midnight"},
        ),
        # an appositive says what the clause before it names
        (
            "It raised sixty, including forty from Fellside Gear, an outdoor shop in Keswick, and twelve from a quiz.",
            "How much did the outdoor shop give?",
            {"forty"},
        ),
        # a figure, not the article of the clause
        (
            "A monthly injection cut migraine days by forty per cent.",
            "By how much did the injection cut them?",
            {"forty"},
        ),
    ],
)
def test_a_figure_is_read_in_the_clause_that_holds_the_question(
    vocab: Any, evidence: str, question: str, firsts: set[str]
) -> None:
    assert _first_words(vocab, SpanConstraint(vocab, evidence, question)) == firsts


@pytest.mark.parametrize(
    ("evidence", "question", "firsts"),
    [
        ("She died at eighty in Lake Oswego.", "Where did she die?", {"died", "Lake", "Oswego"}),
        ("She died at eighty in Lake Oswego.", "When did she die?", {"died", "eighty", "Lake", "Oswego"}),
        # a number that begins a name may ("" is the space before the digits of "10")
        (
            "He lived at 10 Downing Street for eight years.",
            "Where did he live?",
            {"lived", "", "Downing", "Street", "years"},
        ),
        # nor by a date, though it asks about a "day"
        (
            "The pressing day will take place on Saturday 12 October in the barn at Holm Farm.",
            "Where is the pressing day taking place?",
            {"pressing", "day", "take", "place", "barn", "Holm", "Farm"},
        ),
        # nor is a question for a thing by a time of day
        (
            "She splinted it with a pole, then rang them at 2.52pm.",
            "Apart from a fleece, what did Lucy use to splint the leg?",
            {"pole", "rang", "spl"},
        ),
    ],
)
def test_a_question_for_a_place_is_not_answered_by_a_figure(
    vocab: Any, evidence: str, question: str, firsts: set[str]
) -> None:
    assert _first_words(vocab, SpanConstraint(vocab, evidence, question)) == firsts


@pytest.mark.parametrize(
    ("evidence", "question", "firsts"),
    [
        # "a" before a figure is no number of its own: the figure is ("38-tonne", a measure; that it
        # is no height is for the unit check to say)
        ("The hall holds a 38-tonne steam hammer.", "How tall is the steam hammer?", {""}),
        ("It weighs a hundred tonnes.", "How heavy is it?", {"hundred"}),
        ("The river reached a 3.2-metre peak.", "How high did the river peak?", {""}),  # "3.2-metre" measures
        ("The hall is a double-height space.", "How tall is the hall?", {"hall", "double", "space"}),
        # "Which day of the week ...?" is answered by a weekday where the evidence has one
        (
            "The museum closed on 8 January 2023 and now opens daily except Mondays.",
            "On which day of the week is the museum closed?",
            {"Mondays"},
        ),
        ("The museum closed on 8 January 2023.", "On which day of the week did the museum close?", {"", "January"}),
    ],
)
def test_an_article_before_a_figure_and_a_weekday(vocab: Any, evidence: str, question: str, firsts: set[str]) -> None:
    assert _first_words(vocab, SpanConstraint(vocab, evidence, question)) == firsts


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # a score ("12" of "12-10"), not a crowd, and the one whose clause holds the question's words
        ("By what score did they lead at the break?", {"12"}),
        ("What was the final score?", {"12", "27"}),
        ("What was the score in the return match?", {"12", "27"}),
    ],
)
def test_a_score_question_is_answered_by_a_score(vocab: Any, question: str, words: set[str]) -> None:
    constraint = SpanConstraint(vocab, "A crowd of 14,382 saw them lead 12-10 at the break and win 27-19.", question)
    *sentence, _separator = constraint.evidence  # one sentence, then the mark that ends it
    pieces = [vocab.detokenize([t]).decode("utf-8", "ignore") for t in sentence] + ["\n"]
    starts = word_starts(pieces)
    assert {starts[i] for i, ok in enumerate(constraint.word_start) if ok} == words


def test_a_length_is_taken_from_the_clause_the_question_names(vocab: Any) -> None:
    evidence = (
        "They will strike for 24 hours from 00:01 on Saturday 25 October, and for 48 hours from 00:01 on 3 November."
    )
    constraint = SpanConstraint(vocab, evidence, "How long will the stoppage that starts in November last?")
    *sentence, _separator = constraint.evidence
    pieces = [vocab.detokenize([t]).decode("utf-8", "ignore") for t in sentence] + ["\n"]
    starts = word_starts(pieces)
    assert {starts[i] for i, ok in enumerate(constraint.word_start) if ok} == {"48"}  # the colon of 00:01 is no break


@pytest.mark.parametrize(
    ("question", "firsts"),
    [
        ("What is the new centre called?", {"Harcourt", "Centre", "collected", "signatures"}),  # a name
        ("Who collected the signatures?", {"Harcourt", "Centre", "collected", "signatures"}),
        ("What did the campaign collect?", {"Harcourt", "Centre", "collected", "more", "", "signatures"}),
        ("Who collected them?", {"Harcourt", "Centre", "collected", "signatures"}),
    ],
)
def test_a_question_for_a_name_is_not_answered_by_a_figure(vocab: Any, question: str, firsts: set[str]) -> None:
    evidence = "Harcourt Centre collected more than 11,000 signatures."
    assert _first_words(vocab, SpanConstraint(vocab, evidence, question)) == firsts


def test_a_uid_or_a_port_starts_at_digits_not_at_a_number_word() -> None:
    evidence = "This group gives a set of users access to the drive; it has gid 24 (or port 8080)."
    assert has_kind(evidence, "numeral") and not has_kind("It gives a set of users access to a drive.", "numeral")
    assert starts_kind("24", "numeral") and starts_kind("(80,", "numeral")
    assert not starts_kind("a", "numeral") and not starts_kind("several", "numeral")


def test_the_arguments_of_a_call_count_nothing(vocab: Any) -> None:
    assert not has_kind("itertools.count(10, 5) returns the iterator.", "count")
    assert has_kind("itertools.count(10, 5) returns 10, 15 and so on.", "count")
    assert has_kind("Call deflate(strm, Z_FINISH) once.", "code")  # an identifier among them still answers
    constraint = SpanConstraint(vocab, "Calling count(10, 5) gives 3 items.", "How many items does it give?")
    spaced = [t for t in constraint.allowed([]) if vocab.detokenize([t]) == b" "]
    assert len(spaced) == 1 and {vocab.detokenize([t]) for t in constraint.allowed(spaced)} == {b"3"}


def test_a_figure_is_not_taken_from_a_headline(vocab: Any) -> None:
    evidence = ["Centre opens 14 beds at last", "The new ward has forty beds."]
    firsts = _first_words(vocab, SpanConstraint(vocab, evidence, "How many beds are there?", labels=[True, False]))
    assert firsts == {"forty"}
    firsts = _first_words(vocab, SpanConstraint(vocab, evidence, "How many beds are there?", labels=[False, False]))
    assert firsts == {"", "forty"}  # "" is the space before the digits of 14


def test_a_headline_figure_does_not_crowd_out_the_figures_below_it(vocab: Any) -> None:
    # The headline's "three-year" holds the question's "year"; it is no answer, and the figures of the
    # sentence below are still the ones a length starts with
    evidence = [
        "Regatta returns after three-year absence with shortened course",
        "The course was shortened from 1,000 metres to 650 metres this summer.",
    ]
    question = "How long was this year's course?"
    firsts = _first_words(vocab, SpanConstraint(vocab, evidence, question, labels=[True, False]))
    assert firsts and firsts <= {"", "1", "650", "65"}  # "" is the space before digits


def test_a_span_continues_only_from_where_one_may_start(vocab: Any) -> None:
    # Only an identifier opens the answer to "which function": "deflate" goes on with "()", never with
    # "returns" (the plain word "deflate" opens no span).
    constraint = SpanConstraint(vocab, "Call deflate() twice, then deflate returns.", "Which function is called?")
    deflate = next(t for t in constraint.allowed([]) if vocab.detokenize([t]) == b" deflate")
    after = {vocab.detokenize([t]).decode().strip() for t in constraint.allowed([deflate])}
    assert after and "returns" not in after


def test_a_why_answer_does_not_start_in_the_sentence_restating_the_question(vocab: Any) -> None:
    evidence = ["Library news", "The library closed its east room in May.", "The roof had started to leak."]
    question = "Why did the library close its east room?"
    firsts = _first_words(vocab, SpanConstraint(vocab, evidence, question, labels=[True, False, False]))
    assert {"roof", "started", "leak"} <= firsts
    assert not firsts & {"Library", "library", "closed", "east"}  # the heading gives no reason either
    # Without "why", every piece is open.
    firsts = _first_words(vocab, SpanConstraint(vocab, evidence, "What did the library do?"))
    assert {"closed", "east", "roof"} <= firsts


def test_a_sentence_restating_a_why_question_stays_open_when_it_gives_a_reason(vocab: Any) -> None:
    evidence = ["Many games are sgid to games, so they can write high score files.", "This is explained elsewhere."]
    firsts = _first_words(vocab, SpanConstraint(vocab, evidence, "Why are many games sgid to games?"))
    assert {"Many", "write", "explained"} <= firsts


def test_first_tokens_near_a_word_of_the_question_get_a_bonus(vocab: Any) -> None:
    constraint = SpanConstraint(
        vocab, "Rubio told reporters in Washington that the country was very grateful.", "What did Rubio do?"
    )
    bonus = {vocab.detokenize([t]).decode().strip(): b for t, b in constraint.proximity.items()}
    assert bonus["told"] > bonus["reporters"] > bonus["Washington"] > bonus.get("grateful", 0.0) == 0.0
    assert "Rubio" not in bonus  # a word of the question is not an answer
    assert "in" not in bonus  # nor is a function word


@pytest.mark.parametrize(
    ("word", "is_date"),
    [
        *[("2019", True), ("1990s", True), ("3rd", True), ("15", True), ("Monday,", True), ("12/05/2024", True)],
        *[("3.2.2025", True), ("84%", False), ("40", False), ("000", False), ("prisoners", False)],
        ("1.12", False),  # a version: a date written with dots has a year
        *[("mid-March.", True), ("late-2025", True), ("mid-sized", False), ("late-night", False)],
    ],
)
def test_what_can_begin_a_date(word: str, is_date: bool) -> None:
    assert starts_kind(word, "date") is is_date


@pytest.mark.parametrize(
    ("word", "kind", "fits"),
    [
        *[("84%", "number", True), ("84%", "count", False), ("40", "count", True), ("dozens", "count", True)],
        *[("1.3", "number", True), ("Bukele", "count", False)],
        # An ordinal or a year counts nothing: "3rd" (of February), "2019" for "how many arrested".
        *[("3rd", "count", False), ("2019", "count", False), ("2012", "number", False), ("256", "number", True)],
        *[("17th-century", "number", False), ("19th-century", "count", False)],
        *[("3rd", "date", True), ("2019", "date", True)],
        *[("once", "count", True), ("twice", "count", True), ("once", "number", False)],
        # An amount of money is a number after its currency sign.
        *[("£84.5m", "number", True), ("$5", "count", True), ("€2,40", "number", True), ("£", "number", False)],
    ],
)
def test_a_count_is_no_share_date_or_year(word: str, kind: str, fits: bool) -> None:
    assert starts_kind(word, kind) is fits


@pytest.mark.parametrize(
    ("word", "is_code"),
    [
        *[("Z_FINISH.", True), ("zerr().", True), ("deflateInit2", True), ("string.h", True), ("/usr/adm,", True)],
        *[("-d", True), ("CHUNK", True), ("(avail_in", True)],
        *[("zlib", False), ("The", False), ("Bukele", False), ("end.", False), ("(Centre", False)],
        *[("-1", False), ("1.3", False), ("-1,", False)],  # numbers
        *[("OSError", True), ("IOError,", True), ("DeprecationWarning", True), ("Error", False)],  # exceptions
        *[("strict=False", True), ("User-Agent", True), ("Content-Type,", True), ("Jean-luc", False)],
    ],
)
def test_what_can_begin_an_identifier(word: str, is_code: bool) -> None:
    assert starts_kind(word, "code") is is_code


def test_a_word_extending_a_word_of_the_question_is_no_echo(vocab: Any) -> None:
    question = "Which exception is raised for HTTP URLs?"
    (http,) = vocab.tokenize(b" HTTP", add_bos=False)
    echoing = SpanConstraint(vocab, "It is raised for HTTP URLs.", question)
    assert http in echoing.question_firsts
    extending = SpanConstraint(vocab, "HTTPError is the subclass raised for HTTP URLs.", question)
    assert http not in extending.question_firsts  # "HTTPError" starts with the token of "HTTP"


def test_a_which_constant_question_starts_its_answer_at_an_identifier(vocab: Any) -> None:
    evidence = "Once the end of the file is reached, flush is set to Z_FINISH by the zlib routine deflateInit()."
    constraint = SpanConstraint(vocab, evidence, "To which constant is flush set at the end of the file?")
    assert _first_words(vocab, constraint) == {"Z", "deflate"}  # the first tokens of Z_FINISH and deflateInit()


def test_an_identifier_or_number_the_question_names_is_not_its_answer(vocab: Any) -> None:
    evidence = "When inflate() is done, the inflate() return value Z_STREAM_END is seen."
    constraint = SpanConstraint(vocab, evidence, "Which inflate() return value shows the end?")
    assert _first_words(vocab, constraint) == {"Z"}
    evidence = "A 32-bit code unit takes 4 bytes."
    constraint = SpanConstraint(vocab, evidence, "How many bytes does a 32-bit code unit take?")
    assert {vocab.detokenize([t]).decode() for t in constraint.allowed([])} == {" "}  # before the 4
    assert vocab.tokenize(b"4", add_bos=False)[0] in constraint.allowed([next(iter(constraint.allowed([])))])


def test_a_count_does_not_start_at_a_measure(vocab: Any) -> None:
    evidence = "The river peaked at 2.9 metres and 640 homes were damaged."
    constraint = SpanConstraint(vocab, evidence, "How many homes were damaged?")
    (space,) = constraint.allowed([])  # digits are tokens of their own, after a space
    assert {vocab.detokenize([t]).decode() for t in constraint.allowed([space])} == {"6"}  # not the "2" of 2.9


def test_a_length_starts_at_a_number_of_units(vocab: Any) -> None:
    evidence = "Whitlock, a father of three, was jailed for six years."
    constraint = SpanConstraint(vocab, evidence, "How long was Whitlock jailed for?")
    assert _first_words(vocab, constraint) == {"six"}  # not "three"


@pytest.mark.parametrize(
    ("text", "kind", "question", "held"),
    [
        ("The outer loop ends when inflate() says so.", "code", "Which inflate() return value shows the end?", False),
        ("This is the inflate() return value Z_STREAM_END.", "code", "Which inflate() return value shows it?", True),
        ("It uses 32-bit integers as the code unit.", "count", "How many bytes does a 32-bit unit take?", False),
        ("It uses 32-bit integers as the code unit.", "count", "How many bits does a unit take?", True),
        # ... nor a count of another unit: "10-day" counts no workers
        ("It uses 32-bit integers as the code unit.", "count", "How many bytes does a unit take?", False),
        ("The 10-day strike began.", "count", "How many workers struck?", False),
        ("The 10-day strike began.", "count", "For how many days will they strike?", True),
        ("A 71-year-old man was hurt.", "number", "How old is the man who was hurt?", True),  # an age
        ("The 71-year-old man was hurt.", "count", "How many men were hurt?", False),
        ("An eight-year-old girl cut it.", "number", "How old is the girl who cut it?", True),  # spelled out
        ("An eight-year-old girl cut it.", "count", "How many girls cut it?", False),
        ("The ten-day strike began.", "count", "For how many days will they strike?", True),
        ("It began at 06:00.", "count", "How many workers struck?", False),  # a time counts nothing
        ("It went to extra time at 2-2.", "count", "How many shots did they have?", False),  # nor does a score
        ("It peaked at 2.9 metres.", "count", "How many homes were damaged?", False),  # nor does a measure
        ("It peaked at 2.9 metres.", "count", "How many metres did it rise?", True),
        ("It rose by 14 per cent.", "count", "How many homes were damaged?", False),
        ("It bought the chain in 2011 for £210 million.", "count", "How many staff did the chain employ?", False),
        ("It bought the chain in 2011 for £210 million.", "count", "How many pounds did it pay?", True),
        ("It rose by 10 per cent.", "date", "When did it rise?", False),  # nor a date
        # a time of day is a clock time, not a year or a number of minutes
        ("They kicked off at 7.45pm.", "clock", "What time did they kick off?", True),
        ("They kicked off at 3 pm.", "clock", "What time did they kick off?", True),
        ("They kicked off at 19:00.", "clock", "What time did they kick off?", True),
        ("They kicked off at noon.", "clock", "What time did they kick off?", True),
        ("Their first final since 2010 kicked off after 3 minutes.", "clock", "What time did it kick off?", False),
        ("It was confirmed on Thursday 4 September 2025, in Chile.", "clock", "At what time was it confirmed?", False),
        # "N years ago" says when
        ("It last passed the Sun around 4,300 years ago.", "date", "When did it last pass the Sun?", True),
        ("It passed the Sun two centuries ago.", "date", "When did it pass the Sun?", True),
        ("It has orbited for 4,300 years.", "date", "When did it last pass the Sun?", False),
        # a date something lasts until says when it ends, not when it began
        ("It is paid under a contract that runs until 2031.", "date", "When was the contract signed?", False),
        ("It is paid under a contract that runs until 2031.", "date", "When does the contract end?", True),
        # a year of an era is a date, and counts nothing
        ("The villa was built around AD 180.", "date", "When was the villa built?", True),
        ("It dates from about 300 BC.", "date", "When does it date from?", True),
        ("The villa was built around AD 180.", "count", "How many rooms did the villa have?", False),
        # "not ... until" says when it will be
        ("Accounts would not be ready until the autumn.", "date", "When will the accounts be ready?", True),
        ("The road won't reopen until March.", "date", "When will the road reopen?", True),
        ("The contract, signed in 2019, runs until 2031.", "date", "When was the contract signed?", True),
        # a day of the week is a weekday's name
        ("It was the first found since 2021.", "date", "On which day of the week was it found?", False),
        ("It was found on Tuesday 2 September.", "date", "On which day of the week was it found?", True),
        # a time something lasts is no age
        ("Sandhu will serve as deputy for 18 months.", "number", "How old is Nikhil Sandhu?", False),
        ("Sandhu, 18, will serve as deputy.", "number", "How old is Nikhil Sandhu?", True),
        ("Females give birth after a gestation of around 95 days.", "number", "How old is the male?", False),
        ("The cub is now 14 weeks old.", "number", "How old is the cub?", True),
        ("The cub, aged 14 weeks, was weighed.", "number", "How old is the cub?", True),
        # a share is a part of a whole
        ("Redmere had 64 per cent of the ball.", "share", "What share of the ball did they have?", True),
        ("Redmere had 64% of the ball.", "share", "What share of the ball did they have?", True),
        ("A third of the homes flooded.", "share", "What share of the homes flooded?", True),
        ("Redmere had 64 shots.", "share", "What share of the ball did they have?", False),
        ("One in five homes flooded.", "share", "What share of the homes flooded?", True),
        ("The majority of them support it.", "share", "What share of them support it?", True),
        # a length is counted in a unit of time, distance or size
        ("Whitlock, a father of three, was ill.", "length", "How long was he jailed for?", False),
        ("He was jailed for six years and eight months.", "length", "How long was he jailed for?", True),
        ("It is 1,204 metres long.", "length", "How long is the bridge?", True),
        ("It is a 4-byte integer.", "length", "How long is it?", True),
        ("It rose by 14 per cent.", "length", "How long did it rise for?", False),
        ("The three-storey wing was built by Pike.", "length", "How long did it take?", False),  # no unit of time
        ("It followed an 18-month closure.", "length", "How long was it shut?", True),
        # "two and a half years" counts years, not people
        ("It reopened after two and a half years.", "count", "How many people visited?", False),
        ("It reopened after two and a half years.", "count", "How many years was it shut?", True),
        # a day of the month counts nothing
        ("The open weekend is on 19 and 20 July.", "count", "How many tours are planned?", False),
        ("The open weekend is on July 19, with 12 tours.", "count", "How many tours are planned?", True),
        ("It rose on 10 May.", "date", "When did it rise?", True),
        ("It began at 06:00.", "date", "What time did it begin?", True),
        # a time of day says when
        ("It got a mayday call at 6.58pm and paged the crew.", "date", "When did it get the call?", True),
        ("It got a mayday call at 10am.", "date", "When did it get the call?", True),
        ("It got a mayday call from the yacht.", "date", "When did it get the call?", False),
        ("Bukele was re-elected in 2024.", "date", "When was Bukele, elected in 2019, re-elected?", True),
        ("Bukele was elected in 2019.", "date", "When was Bukele, elected in 2019, re-elected?", False),
        ("Anything at all.", None, "Why?", True),
        # a call is named only as a call: "sorted" of "a new sorted list" does not name sorted()
        ("There is also a sorted() built-in function.", "code", "Which function builds a sorted list?", True),
        ("There is also a sorted() built-in function.", "code", "Which list does sorted() build?", False),
        ("It has a methodcaller() function.", "code", "What does operator.methodcaller() call?", False),
    ],
)
def test_has_kind_ignores_words_of_the_question(text: str, kind: str | None, question: str, held: bool) -> None:
    assert has_kind(text, kind, question) is held


def test_asked_words_hold_the_parts_of_a_word() -> None:
    assert {"inflate", "32-bit", "32", "bit"} <= asked_words("Does inflate() take a 32-bit value?")


def test_not_stated_is_weighed_against_a_span_of_any_kind(vocab: Any) -> None:
    evidence = "The prison holds dozens of inmates in each cell."
    constraint = SpanConstraint(vocab, evidence, "How many inmates are in each cell?")
    token = {vocab.detokenize([t]).decode().strip(): t for t in constraint.any_first}
    assert set(constraint.allowed([])) == {token["dozens"]}  # only the number may be written
    scores = np.full(vocab.n_vocab(), -10.0, dtype=np.float32)
    scores[constraint.not_stated[0]] = 5.0
    scores[token["dozens"]] = 1.0
    scores[token["prison"]] = 4.0  # the model would rather start elsewhere than with a number
    constraint(np.array([1, 2, 3]), scores)
    assert constraint.not_stated_margin == pytest.approx(1.0)  # 5 - 4, not 5 - 1


def test_confidence_is_of_the_answer_before_the_comma_it_ended_on(vocab: Any) -> None:
    constraint = SpanConstraint(vocab, "Rubio came in February, offered a deal.", "In which month did Rubio come?")
    february, comma = vocab.tokenize(b" February,", add_bos=False, special=False)
    stop = next(iter(constraint.stops))

    def scores(favoured: dict[int, float]) -> np.ndarray[Any, Any]:
        out = np.zeros(vocab.n_vocab(), dtype=np.float32)
        out[list(favoured)] = list(favoured.values())
        return out

    def logprob(favoured: dict[int, float], token: int) -> float:
        logits = scores(favoured).astype(np.float64)
        return float(logits[token] - np.log(np.exp(logits).sum()))

    steps = [([], {february: 20.0}), ([february], {comma: 20.0, stop: 15.0}), ([february, comma], {stop: 2.0})]
    for generated, favoured in steps:  # a stop is likely after "February", and unlikely after the comma
        constraint(np.array([1, 2, 3, *generated]), scores(favoured))
    sure = (logprob(steps[0][1], february) + logprob(steps[1][1], stop)) / 2
    assert constraint.confidence == pytest.approx(sure)
    assert sure > -3.0 > (logprob(steps[0][1], february) + logprob(steps[1][1], comma) + logprob(steps[2][1], stop)) / 3


def test_a_draft_is_the_one_way_a_span_goes_on(vocab: Any) -> None:
    evidence = ["The bridge opened in 1932 after six years of work.", "It carries eight lanes of traffic."]
    constraint = SpanConstraint(vocab, evidence, "What do we know?")

    def tokens(text: str) -> list[int]:
        return [int(t) for t in vocab.tokenize(text.encode(), add_bos=False, special=False)]

    # to the end of its sentence at most: no span crosses into the next one
    assert constraint.draft(tokens(" bridge"), 50) == tokens(" opened in 1932 after six years of work.")
    assert constraint.draft(tokens(" bridge"), 2) == tokens(" opened in")
    assert constraint.draft(tokens(" eight lanes"), 50) == tokens(" of traffic.")
    assert constraint.draft([], 50) == []  # a span may start in many places
    assert constraint.draft(tokens(" years"), 0) == []


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        ("214 homes and 37 businesses in the town were inundated", "How many homes were flooded?", "214 homes"),
        ("Nineteen homes there were flooded", "How many homes were flooded?", "Nineteen homes"),
        ("47 of its 212 branches will close", "How many branches will close?", "47 of its 212 branches"),
        ("about 2,000 visitors, a record", "How many visitors came?", "about 2,000 visitors"),
        ("214 homes and 37 businesses", "How many businesses were flooded?", None),  # "homes" follows its figure
        (
            "18 single en-suite birthing rooms, each",
            "How many birthing rooms are there?",
            "18 single en-suite birthing rooms",
        ),
        ("the 214 flooded", "How many homes were flooded?", None),  # no noun after it
        ("8-bit bytes", "How many bytes does it take?", None),  # the figure counts bits
        ("a 40-bed ward", "How many beds are there?", "a 40-bed"),  # the compound counts them
    ],
)
def test_count_end(text: str, question: str, expected: str | None) -> None:
    end = count_end(text, question)
    assert (text[:end] if end is not None else None) == expected


def test_a_part_of_a_whole_is_counted_where_the_question_asks_for_a_part(vocab: Any) -> None:
    evidence = "Of the 38 businesses operating at the time of the fire, 29 have come back."
    part = "How many of the businesses trading before the fire have returned?"

    def digits(question: str) -> set[bytes]:  # the first digits the reader may write, after a space
        constraint = SpanConstraint(vocab, evidence, question)
        spaced = [t for t in constraint.allowed([]) if vocab.detokenize([t]) == b" "]
        return {vocab.detokenize([t]) for t in constraint.allowed(spaced)}

    assert digits(part) == {b"2"}  # "29", not "38"
    assert b"3" in digits("How many businesses were trading then?")  # the whole
    at = evidence.index("29")
    assert part_counted(evidence, at, part)
    assert not part_counted(evidence, at, "How many businesses have returned?")  # no part asked for
    assert not part_counted(evidence, at, "How many of the stalls have returned?")  # a whole of businesses
    assert not part_counted(evidence, evidence.index("38"), part)


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("How many of the staff work on the production floor?", True),  # "of whom 67 work on ..."
        ("How many of the staff are glazers?", False),  # not what the 67 do
        ("How many staff work on the production floor?", False),  # no part asked for
    ],
)
def test_the_part_of_whom_a_sentence_says_what_they_do(question: str, part: bool) -> None:
    text = "The company employed 84 people in 2021; it now employs 112, of whom 67 work on the production floor."
    assert part_counted(text, text.index("67"), question) is part


def test_a_count_is_no_figure_of_a_measure_in_centimetres(vocab: Any) -> None:
    evidence = "The river rose thirty centimetres and forty were lost."
    assert _first_words(vocab, SpanConstraint(vocab, evidence, "How many homes were flooded?")) == {"forty"}


@pytest.mark.parametrize(
    ("text", "question", "counts"),
    [
        ("There are 18 single en-suite birthing rooms.", "How many birthing rooms are there?", True),
        ("Only a handful of patients had one.", "How many birthing rooms are there?", False),
        ("About 940 people came.", "How many people have signed the petition?", False),  # people: many names
        # a sum per passenger counts no passengers
        ("It costs an average of £7.40 per passenger in subsidy.", "How many passengers used it?", False),
        ("Each journey costs 7.40 per passenger.", "How many passengers used it?", False),
        ("It carried 7,400 passengers.", "How many passengers used it?", True),
        ("Fares rose by £2 for 40 passengers.", "How many passengers used it?", True),
    ],
)
def test_counts_asked(text: str, question: str, counts: bool) -> None:
    assert counts_asked(text, question) is counts
