"""Sentence evidence: section headings travel with the sentences under them."""

from __future__ import annotations

from typing import Any

import pytest

from ingest.api import ingest_text
from ingest.chunk import Chunk
from retriever.answer import Pipeline
from retriever.evidence import (
    Sentence,
    asked_sections,
    asks_reason,
    asks_why,
    clauses,
    heading_of,
    is_heading,
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

MANUAL = """Groups of the system
dialout
Full and direct access to serial ports. Members of this group can reconfigure the modem.
cdrom
This group can be used locally to give a set of users access to a CD-ROM drive.
"""


def _sentence(text: str, quote: str) -> Sentence:
    start = text.index(quote)
    chunk = Chunk("doc", "manual", 0, 0, len(text), text)
    return Sentence(chunk, start, start + len(quote), quote, 1.0, 0.9)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("dialout", True),
        ("2.5. Module Package Names", True),
        ("Members of this group can reconfigure the modem.", False),
        ("He said:", False),
        ("", False),
        ("1999", False),
        ("x" * 81, False),
        ("[('dave', 'B', 10), ('jane', 'B', 12)]", False),  # a line of code under a sentence
        ("Author: Gordon McMillan", False),  # a label and its value state something
        ("Level: INFO; Numeric value: 20", False),  # a table row
        ("When it’s used: Detailed information", False),
        ("Chapter 2: Users and groups", True),
        ("By Fiona Threlkeld, Transport Correspondent", False),  # a byline heads no paragraph
        ("Posted on 4 March 2025 by Priya Natarajan", False),
        ("Byte order marks", True),
        ("- Iron and Silk tickets: £14 adults, £9 concessions", False),  # an item of a list
        ("* Getting there: an eight-minute walk", False),
    ],
)
def test_is_heading(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


def test_a_sentence_gets_the_heading_above_its_paragraph() -> None:
    sentence = _sentence(MANUAL, "Members of this group can reconfigure the modem.")
    span = heading_of(sentence.start, MANUAL)
    assert span is not None and MANUAL[span[0] : span[1]] == "dialout"
    [heading, same] = with_headings([sentence], lambda doc_id: MANUAL)
    assert heading.heading and heading.text == "dialout" and same == sentence


def test_prose_without_headings_is_left_alone() -> None:
    prose = "The council met on Tuesday.\nIt approved the plan.\nResidents protested."
    assert heading_of(prose.index("Residents protested."), prose) is None
    assert heading_of(0, prose) is None


def test_the_reader_sees_headings_and_an_answer_from_one_cites_it_with_its_sentence(pipeline: Pipeline) -> None:
    ingest_text(
        MANUAL, source="groups.txt", collection="groups-manual", store=pipeline.store, embedder=pipeline.embedder
    )
    state = pipeline.start("Which group lets members reconfigure the modem?", "groups-manual", None, None)
    state["ranked"] = pipeline.retrieve(state)
    assert pipeline.prompt_input(state)["context"].startswith("dialout: Members of this group can reconfigure")
    state["draft"] = " dialout"  # the span the reader may write; grounding must cite where it stands
    answer = pipeline.ground(state)
    assert not answer.abstained and answer.text == "dialout"
    document = pipeline.store.document("groups-manual", answer.citations[0].doc_id)
    assert [c.quote for c in answer.citations] == ["dialout", "Members of this group can reconfigure the modem."]
    assert all(document.text[c.start : c.end] == c.quote for c in answer.citations)


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("How many turbines will make up the wind farm?", [({"skerrow", "bank"}, {"wind", "farm"})]),
        ("How many turbines will Skerrow Bank have?", []),  # the question names it itself
        ("How many jobs will the farm create?", []),  # one word of it: too little to stand for
        ("Which port will be the base?", []),  # "Kilbrennan chosen as base": no thing of two words
    ],
)
def test_names_given_by_the_opening_stand_for_the_things_asked_about(
    question: str, names: list[tuple[set[str], set[str]]]
) -> None:
    opening = (
        "Port of Kilbrennan chosen as base for Skerrow Bank wind farm\nThe Skerrow Bank offshore wind farm is coming."
    )
    assert names_given(question, opening) == names  # once, though named twice


def _scores(pipeline: Pipeline, collection: str, question: str, **options: Any) -> dict[str, float]:
    """Each retrieved sentence's score for `question`, ranked with `options` (see `rank_sentences`)."""
    vector = pipeline.embedder.embed_query(question)
    hits = pipeline.searcher.search(collection, question, 12, vector=vector)
    return {s.text: s.score for s in rank_sentences(question, hits, pipeline.embedder, vector, **options)}


def test_a_sentence_naming_the_thing_asked_about_holds_its_words(pipeline: Pipeline) -> None:
    text = (
        "Port chosen as base for Skerrow Bank wind farm\n\nThe port has been chosen as the base for the Skerrow Bank"
        " offshore wind farm, the developer said on Monday.\n\nSkerrow Bank will consist of 64 turbines standing in"
        " water between 35 and 50 metres deep.\n\nThe wind farm is due to be fully operational by 2030. The firm"
        " already operates two wind farms in the North Sea. Its chief executive said the wind farm contract would"
        " double the port's turnover.\n"
    )
    ingest_text(text, source="wind.txt", collection="wind-names", store=pipeline.store, embedder=pipeline.embedder)
    question = "How many turbines will make up the wind farm?"
    plain = _scores(pipeline, "wind-names", question)
    named = _scores(pipeline, "wind-names", question, names=lambda doc_id: [({"skerrow", "bank"}, {"wind", "farm"})])
    # only the sentence that names the wind farm without saying "wind farm" gains: the headline says both
    gained = [text for text in named if named[text] > plain[text] + 1e-9]
    assert gained == ["Skerrow Bank will consist of 64 turbines standing in water between 35 and 50 metres deep."]
    assert pipeline.ask(question, "wind-names").text == "64 turbines"


def test_the_old_of_how_old_is_held_by_a_sentence_giving_an_age(pipeline: Pipeline) -> None:
    text = (
        "Market reopens after fire\n\nThe market welcomed shoppers back on Saturday.\n\nMore than 1,900 panes"
        " of glass now sit where the old, soot-blackened panes used to be. The old basement toilets have gone.\n\n"
        "Maureen Tilsley, 71, has run the haberdashery stall since 1979.\n"
    )
    ingest_text(text, source="market.txt", collection="old-ages", store=pipeline.store, embedder=pipeline.embedder)
    question = "How old is the haberdasher?"
    plain = _scores(pipeline, "old-ages", question)
    answered = _scores(pipeline, "old-ages", question, answered=("old", lambda text: "71" in text))
    tilsley = "Maureen Tilsley, 71, has run the haberdashery stall since 1979."
    toilets = "The old basement toilets have gone."
    assert answered[tilsley] > plain[tilsley] and answered[toilets] < plain[toilets]
    answer = pipeline.ask(question, "old-ages")
    assert answer.text == "71"
    assert answer.passages[0].quote == tilsley


MEDALS = (
    "Pennock's Bakery wins Loaf of the Year\n\nThe family bakery won the top prize for its rye loaf.\n\n"
    "The bakery also won two other medals on the night:\n\n- Gold in the sourdough category for the Fellbridge"
    " Black\n- Silver for its Yorkshire curd tart\n- Bronze for its pork pie, a recipe unchanged since the 1960s\n\n"
    "The new shop opens in November.\n"
)


@pytest.mark.parametrize(
    ("text", "quote", "items"),
    [
        (MEDALS, "The bakery also won two other medals on the night:", ["- Gold", "- Silver", "- Bronze"]),
        ("It offers:\n1. tea\n2) coffee\nOpen daily.", "It offers:", ["1. tea", "2) coffee"]),  # numbered
        ("It offers:\n- tea\n\n- coffee", "It offers:", ["- tea"]),  # a blank line ends the list
        ("It offers: tea and cake.\n- coffee", "It offers: tea and cake.", []),  # no colon at its end
        ("It offers: these. And more:\n- tea", "It offers: these.", []),  # nor at the end of its line
        ("It offers:\nTea and cake.", "It offers:", []),  # no list under it
    ],
)
def test_a_sentence_ending_in_a_colon_introduces_the_list_under_it(text: str, quote: str, items: list[str]) -> None:
    found = items_introduced(_sentence(text, quote), text)
    assert [item.text[: len(prefix)] for item, prefix in zip(found, items, strict=False)] == items
    assert len(found) == len(items)
    assert all(text[item.start : item.end] == item.text and "\n" not in item.text for item in found)


def test_the_reader_gets_the_list_the_best_sentence_introduces(pipeline: Pipeline) -> None:
    ingest_text(MEDALS, source="bakery.md", collection="medals", store=pipeline.store, embedder=pipeline.embedder)
    state = pipeline.start("What other medals did the bakery win on the night?", "medals", None, None)
    state["ranked"] = pipeline.retrieve(state)
    assert state["ranked"][0].text == "The bakery also won two other medals on the night:"
    assert "- Silver for its Yorkshire curd tart" in pipeline.prompt_input(state)["context"]
    state["draft"] = " Silver for its Yorkshire curd tart"  # a span of the list answers, as if of the sentence
    answer = pipeline.ground(state)
    assert answer.text == "Silver for its Yorkshire curd tart"
    assert [c.quote for c in answer.citations] == ["- Silver for its Yorkshire curd tart"]


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("Why did the library close?", True),
        ("For what reason was the bridge closed?", True),
        ("What was the reason for the delay?", True),
        ("Who closed the library?", False),
        ("What happened to Whyalla?", False),
    ],
)
def test_asks_reason(question: str, why: bool) -> None:
    assert asks_reason(question) is why


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("Why does the ferry stop?", True),
        ("In the very simple example, why is nothing printed?", True),
        ("And why not?", True),
        ("For what reason was it closed?", True),
        ("Which section of the standard discusses why casefold() may differ?", False),
        ("Who knows why it stopped?", False),
    ],
)
def test_asks_why(question: str, why: bool) -> None:
    assert asks_why(question) is why


def test_the_sentence_after_skips_a_rhetorical_question_and_stops_at_a_heading() -> None:
    text = "Checks\nWe do not check the return code. Why not? The call cannot fail.\nNext part\nMore text."
    after = sentence_after(_sentence(text, "We do not check the return code."), text)
    assert after is not None and after.text == "The call cannot fail." and text[after.start : after.end] == after.text
    assert sentence_after(_sentence(text, "The call cannot fail."), text) is None  # "Next part" is a heading
    assert sentence_after(_sentence(text, "More text."), text) is None


def test_the_sentence_before_is_on_its_line_or_the_line_above_but_no_heading() -> None:
    text = "Checks\nThe call cannot fail. Because of this, we do not check it.\n\nSo the loop ends.\n"
    before = sentence_before(_sentence(text, "Because of this, we do not check it."), text)
    assert (
        before is not None and before.text == "The call cannot fail." and text[before.start : before.end] == before.text
    )
    above = sentence_before(_sentence(text, "So the loop ends."), text)  # past a blank line
    assert above is not None and above.text == "Because of this, we do not check it."
    assert sentence_before(_sentence(text, "The call cannot fail."), text) is None  # under the heading "Checks"


LIBRARY = """Library news
The city library closed its east reading room in May. Why? The roof had started to leak during the spring storms.
Visitors can use the west reading room, which stays open until eight.
"""


def test_a_why_question_is_answered_from_the_sentence_after_the_one_restating_it(pipeline: Pipeline) -> None:
    ingest_text(LIBRARY, source="library.txt", collection="library", store=pipeline.store, embedder=pipeline.embedder)
    answer = pipeline.ask("Why did the library close its east reading room?", "library")
    assert not answer.abstained and "roof had started to leak" in answer.text
    assert [c.quote for c in answer.citations] == ["The roof had started to leak during the spring storms."]


FERRY = """Ferry notes
The harbour ferry skips the north pier in winter. Ice blocks the landing stage from December to March.
Because of this, passengers board at the south pier until spring.
The ferry carries 300 passengers so that the crossing pays for itself.
Its timetable changes in May. This is for the summer tourists: more boats then run every hour.
The kiosk on the quay sells tickets at six (since the kiosk on the quay sells tickets at six), and coffee too.
"""


@pytest.mark.parametrize(
    ("question", "reason", "cited"),
    [
        # The sentence that restates the question gives the reason itself: it runs to the end of the clause.
        (
            "Why does the ferry carry 300 passengers?",
            "so that the crossing pays for itself",
            "The ferry carries 300 passengers so that the crossing pays for itself.",
        ),
        # "Because of this, ...": the sentence before gives it.
        (
            "Why do passengers board at the south pier until spring?",
            "Ice blocks the landing stage from December to March",
            "Ice blocks the landing stage from December to March.",
        ),
        # The sentence after the one restating it gives it, up to the colon.
        (
            "Why does the timetable of the ferry change in May?",
            "for the summer tourists",
            "This is for the summer tourists: more boats then run every hour.",
        ),
    ],
)
def test_a_why_question_is_answered_by_the_reason_the_text_gives(
    pipeline: Pipeline, question: str, reason: str, cited: str
) -> None:
    ingest_text(FERRY, source="ferry.txt", collection="ferry-reasons", store=pipeline.store, embedder=pipeline.embedder)
    answer = pipeline.ask(question, "ferry-reasons")
    assert (answer.text, [c.quote for c in answer.citations]) == (reason, [cited])
    assert answer.timings["generation"] == 0.0  # read off the text: the model does not run


def test_what_happens_if_is_answered_by_the_clause_that_says(pipeline: Pipeline) -> None:
    notes = "Ferry rules\nThe ferry sails every hour. If the wind is above force eight, the crossing is cancelled and tickets are refunded.\n"
    ingest_text(notes, source="rules.txt", collection="ferry-rules", store=pipeline.store, embedder=pipeline.embedder)
    answer = pipeline.ask("What happens if the wind is above force eight?", "ferry-rules")
    assert answer.text == "the crossing is cancelled and tickets are refunded"
    assert [c.quote for c in answer.citations] == [
        "If the wind is above force eight, the crossing is cancelled and tickets are refunded."
    ]


def test_a_reason_that_restates_the_question_is_none(pipeline: Pipeline) -> None:
    ingest_text(FERRY, source="ferry.txt", collection="ferry-reasons", store=pipeline.store, embedder=pipeline.embedder)
    answer = pipeline.ask("Why does the kiosk on the quay sell tickets at six?", "ferry-reasons")
    assert not answer.text.startswith("since")
    assert answer.timings["generation"] > 0.0  # the model reads: the text gives no reason


def test_cached_sentence_vectors_equal_fresh_ones(pipeline: Pipeline) -> None:
    import numpy as np

    embedder = pipeline.embedder
    texts = ["The bridge opened in 1932.", "It carries eight lanes.", "The bridge opened in 1932."]
    first = embedder.encode_cached(texts[:2])
    again = embedder.encode_cached(texts)
    assert np.allclose(again, embedder.encode(texts), atol=1e-5)
    assert np.array_equal(again[:2], first) and np.array_equal(again[0], again[2])


def test_the_sentence_vector_cache_is_bounded(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.embed
    from ingest.embed import Embedder

    monkeypatch.setattr(ingest.embed, "CACHED_TEXTS", 2)
    embedder = Embedder(pipeline.embedder.model_path)
    embedder.encode_cached(["One.", "Two.", "Three."])
    assert list(embedder._cache) == ["Two.", "Three."]  # the oldest went first


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("Chapter 1. Introduction", "Introduction"),
        ("2.5. Module Package Names", "Module Package Names"),
        ("IV. Results", "Results"),
        ("Civil war", "Civil war"),
        ("1999 in review", "1999 in review"),
    ],
)
def test_a_headings_numbering_is_left_out_of_its_span(line: str, quoted: str) -> None:
    text = f"{line}\nThe first sentence of the section."
    span = heading_of(text.index("The first"), text)
    assert span is not None and text[span[0] : span[1]] == quoted


def test_a_heading_ranked_as_evidence_brings_the_sentence_under_it() -> None:
    [heading, body] = with_headings([_sentence(MANUAL, "cdrom")], lambda doc_id: MANUAL)
    assert heading.heading and heading.text == "cdrom"
    assert (
        not body.heading
        and body.text == "This group can be used locally to give a set of users access to a CD-ROM drive."
    )
    assert MANUAL[body.start : body.end] == body.text


def test_the_sentence_under_a_heading_is_the_first_below_it_and_none_under_prose() -> None:
    under = sentence_under(_sentence(MANUAL, "cdrom"), MANUAL)
    assert under is not None and under.text.startswith("This group can be used locally")
    assert MANUAL[under.start : under.end] == under.text
    assert sentence_under(_sentence(MANUAL, "Members of this group can reconfigure the modem."), MANUAL) is None


def test_a_count_in_the_sentence_under_a_heading_ranked_first_answers(pipeline: Pipeline) -> None:
    # "The new venue" ranks first for the question; the number stands in the sentence under it,
    # which is the place the answer should come from, not a passage about something else.
    text = (
        "Harbour festival moves to the quayside\n\nThe harbour festival will move to a new site this summer after"
        " the old park flooded.\n\nThe new venue\n\nThe Quayside Hall has a licensed capacity of 4,000, far fewer"
        " than the park held.\n\nOrganisers chose the hall because it was the only site free in August.\n"
    )
    ingest_text(text, source="fest.md", collection="fest-venue", store=pipeline.store, embedder=pipeline.embedder)
    answer = pipeline.ask("How many people can the new venue hold?", "fest-venue")
    assert answer.text == "4,000"
    assert [c.quote for c in answer.citations] == [
        "The Quayside Hall has a licensed capacity of 4,000, far fewer than the park held."
    ]


def test_blank_lines_between_paragraphs_neither_hide_a_heading_nor_its_first_sentence() -> None:
    # Markdown and plain text keep a blank line between blocks.
    text = "Node.js\n\nNode.js is a runtime.\n\nIt is open source.\n\nIt runs JavaScript.\n\nIts licence is MIT."
    span = heading_of(text.index("Its licence"), text)
    assert span is not None and text[span[0] : span[1]] == "Node.js"
    [heading, body] = with_headings([_sentence(text, "Node.js")], lambda doc_id: text)
    assert heading.heading and body.text == "Node.js is a runtime."


@pytest.mark.parametrize("dateline", ["Friday 21 June 2024", "June 21, 2024", "21 June 2024, 10:42"])
def test_a_headline_brings_the_reports_first_sentence_past_its_byline_and_date(dateline: str) -> None:
    text = (
        "Director who took \u00a31.2m from pensioners is jailed\nBy Rachel Donnelly, Courts Reporter\n"
        f"{dateline}\nA company director who took savings from pensioners has been jailed for six years.\n"
    )
    [heading, body] = with_headings(
        [_sentence(text, "Director who took \u00a31.2m from pensioners is jailed")], lambda d: text
    )
    assert heading.heading and body.text.startswith("A company director who took savings")


def test_a_documents_first_line_is_a_headline_however_long_a_title_may_be() -> None:
    headline = "Ferry operator to axe winter sailings on Torsay route as islanders warn of being 'cut adrift'"
    text = f"{headline}\n\nBy Callum Rennie, Transport Correspondent\n\nThe operator will cut its winter service.\n"
    [heading, body] = with_headings([_sentence(text, headline)], lambda d: text)
    assert heading.heading and body.text == "The operator will cut its winter service."
    assert not is_heading(headline)  # further down, a line so long is no title
    inside = f"Ferry news\n\n{headline}\n\nThe operator will cut its winter service.\n"
    assert with_headings([_sentence(inside, headline)], lambda d: inside)[1].text == headline


def test_a_titles_author_line_is_read_under_it() -> None:
    text = (
        "Logging HOWTO\nAuthor: Vinay Sajip <vinay_sajip at red-dove dot com>\nBasic Logging Tutorial\nLogging is ...\n"
    )
    [heading, body] = with_headings([_sentence(text, "Logging HOWTO")], lambda d: text)
    assert heading.heading and body.text.startswith("Author: Vinay Sajip")


def test_a_heading_and_its_sentence_ranked_apart_come_together_once() -> None:
    body = _sentence(MANUAL, "This group can be used locally to give a set of users access to a CD-ROM drive.")
    other = _sentence(MANUAL, "Members of this group can reconfigure the modem.")
    evidence = with_headings([body, other, _sentence(MANUAL, "cdrom")], lambda doc_id: MANUAL)
    assert [(s.text[:20], s.heading) for s in evidence] == [
        ("cdrom", True),
        ("This group can be us", False),
        ("dialout", True),
        ("Members of this grou", False),
    ]


GROUPS = """Printing
Members of this group may change the settings of the device.

Scanning
Members of this group may change the settings of the device and reset it.
"""


def test_a_word_of_the_question_in_a_sentences_heading_ranks_it_higher(pipeline: Pipeline) -> None:
    # Without its heading, the shorter sentence under "Printing" is the more like the question.
    ingest_text(
        GROUPS, source="groups.txt", collection="device-groups", store=pipeline.store, embedder=pipeline.embedder
    )
    answer = pipeline.ask("Who may change the settings of the scanning device?", collection="device-groups")
    assert answer.passages[0].quote == "Members of this group may change the settings of the device and reset it."


def test_the_lead_is_the_first_statement_after_title_byline_and_headings() -> None:
    text = (
        "Socket Programming HOWTO\nAuthor: Gordon McMillan\nAbstract\nWhat is a socket?\nIn short:\n"
        "Sockets are used nearly everywhere, but are misunderstood. This is an overview.\n"
    )
    cut = text.index("What is")
    first = Chunk("doc", "howto", 0, 0, cut, text[:cut])
    second = Chunk("doc", "howto", 1, cut, len(text), text[cut:])
    lead = lead_sentence([second, first])  # in any order
    assert lead is not None
    assert lead.text == "Sockets are used nearly everywhere, but are misunderstood."
    assert text[lead.start : lead.end] == lead.text and lead.chunk == second
    assert lead_sentence([Chunk("doc", "t", 0, 0, 12, "Title\nBy Ann")]) is None


def test_the_lead_is_not_a_long_headline() -> None:
    # thirteen words on the first line: too long for a section's heading, not for a report's headline
    text = (
        "Ribbleford Rovers clear £212,000 debt but leaking clubhouse roof still threatens future\n\n"
        "By Gareth Pennington, Sports Reporter | Thursday 6 November 2025\n\n"
        "Ribbleford Rovers Rugby Football Club has paid off debts of £212,000, members were told.\n"
    )
    lead = lead_sentence([Chunk("doc", "t", 0, 0, len(text), text)])
    assert lead is not None and lead.text.startswith("Ribbleford Rovers Rugby Football Club has paid off")


@pytest.mark.parametrize(
    "above",
    [
        "By Priya Raman, Business Correspondent, 7 November 2024",
        "Thursday 7 November 2024, 10:42",
        "Field report by Priya Raman, science writer.",
    ],
)
def test_a_long_byline_or_date_line_is_no_lead(above: str) -> None:
    text = f"Halden to shut plant\n\n{above}\n\nHalden Appliances is to close its factory in Wrexham.\n"
    lead = lead_sentence([Chunk("doc", "t", 0, 0, len(text), text)])
    assert lead is not None and lead.text == "Halden Appliances is to close its factory in Wrexham."


FAQ = """Quokka FAQ
What is Quokka?
Quokka is a small tool that renames photographs by the date they were taken.
It reads the date from the camera's own records.
How do I install it?
Run the installer.
Where do the renamed files go?
Into the folder they came from."""


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("What is Quokka?", "What is Quokka?\nQuokka is a small tool"),
        ("what is quokka", "What is Quokka?\nQuokka is a small tool"),  # case and punctuation aside
        ("Where do the renamed files go?", "Where do the renamed files go?\nInto the folder they came from."),
        ("Is it fast?", None),  # no line asks it
        ("Quokka FAQ", None),  # too short to head a section it answers
    ],
)
def test_asked_sections(question: str, section: str | None) -> None:
    found = [FAQ[start:end] for start, end in asked_sections(question, FAQ)]
    assert [text[: len(section)] for text in found] == ([section] if section else [])
    assert not found or "How do I install it?" not in found[0]  # the next question ends the section


def test_a_question_that_heads_a_section_is_answered_from_it(pipeline: Pipeline) -> None:
    ingest_text(FAQ, source="faq.txt", collection="quokka-faq", store=pipeline.store, embedder=pipeline.embedder)
    answer = pipeline.ask("What is Quokka?", collection="quokka-faq")
    assert not answer.abstained
    assert answer.citations[0].quote == "Quokka is a small tool that renames photographs by the date they were taken."


@pytest.mark.parametrize(
    ("text", "framed"),
    [
        (
            "\u201cI have never seen water move so fast,\u201d said Cllr Ann Lee, leader of the council.",
            "said Cllr Ann Lee, leader of the council",
        ),
        ("He called it a \u201cmega-prison\u201d on Monday.", None),  # a phrase, no quotation
        ("\u201cWe will rebuild it all, every single home,\u201d she said.", None),  # too little around it
        ("The council met on Monday.", None),
    ],
)
def test_without_quotations(text: str, framed: str | None) -> None:
    assert without_quotations(text) == framed


def test_clauses() -> None:
    text = "Martin Okafor, 52, the union's regional secretary, told reporters that they had no choice."
    assert clauses(text) == [
        "Martin Okafor 52",
        "52 the union's regional secretary",
        "the union's regional secretary told reporters that they had no choice",
        "told reporters that they had no choice",
    ]
    assert clauses("The council met on Monday.") == []  # one part


@pytest.mark.parametrize(
    ("collection", "text", "question", "expected"),
    [
        # the words around a quotation
        (
            "flood-quote",
            "\u201cI have lived in this valley for most of my life and I have never seen water move so fast,\u201d "
            "said Councillor Denise Arkwright, leader of Wendle Valley District Council.",
            "Who heads the district council?",
            "Councillor Denise Arkwright",
        ),
        # a clause of a long sentence
        (
            "strike-clause",
            "Martin Okafor, 52, the APHWU's regional secretary, told reporters at a picket line outside Gate 3 "
            'that his members had "no choice" but to strike.',
            "Who is the union's regional secretary?",
            "Martin Okafor",
        ),
    ],
)
def test_a_sentence_far_from_the_question_is_close_by_a_part_of_it(
    pipeline: Pipeline, collection: str, text: str, question: str, expected: str
) -> None:
    text = "More than 300 people spent the night in rest centres after the river burst its banks.\n\n" + text
    ingest_text(text, source="report.txt", collection=collection, store=pipeline.store, embedder=pipeline.embedder)
    assert pipeline.ask(question, collection=collection).text == expected


VIADUCT = """Caldermoor Viaduct reopens after repair

Engineers from Pennine Rail Infrastructure, which owns and maintains the line, traced the damage to water.

Sunita Hargreaves, 47, the project manager for Pennine Rail Infrastructure, said the voids in pier 9 had \
been "the moment my heart sank".

How the extra £8.5 million will be divided between Pennine Rail Infrastructure and the Department for \
Transport has not been confirmed.

Pennine Rail Infrastructure said it would hold an open day on the viaduct on Saturday 22 November.
"""


def test_a_clause_of_a_long_sentence_ranks_it_for_a_question_about_that_clause(pipeline: Pipeline) -> None:
    # The whole sentence embeds far from the question; its clause "the project manager for ..." does not.
    ingest_text(
        VIADUCT, source="viaduct.txt", collection="viaduct-pm", store=pipeline.store, embedder=pipeline.embedder
    )
    answer = pipeline.ask("Who managed the project for Pennine Rail Infrastructure?", collection="viaduct-pm")
    assert answer.passages[0].quote.startswith("Sunita Hargreaves, 47, the project manager")


SCHOOL = """Eastbrook school to finish at lunchtime on Fridays after governors back timetable shake-up

By Sam Ilori, Education Reporter | Thursday 6 March 2025

Pupils at Eastbrook Academy will go home at lunchtime every Friday from September, after governors voted to \
move the school to a four-and-a-half-day week despite objections from some parents.

The school, which has 1,100 pupils aged 11 to 18, will be one of the first in the county to adopt the pattern.

The head teacher, Linda Marsh, 49, said the total amount of teaching time would stay exactly the same.

Staffing crisis

Mrs Marsh told governors the change was driven mainly by problems recruiting and keeping teachers.

Buses and sport

Around 380 pupils travel to Eastbrook on dedicated school buses.

The chair of governors, Paul Ferris, said the board had "weighed the concerns very carefully".
"""


def test_the_owner_a_report_opens_on_need_not_be_named_again(pipeline: Pipeline) -> None:
    # "Eastbrook's" is named by the report's opening statement, not by the sentence that answers.
    ingest_text(SCHOOL, source="school.txt", collection="school-head", store=pipeline.store, embedder=pipeline.embedder)
    assert pipeline.ask("Who is Eastbrook's head teacher?", collection="school-head").text == "Linda Marsh"
    assert pipeline.ask("Who is Eastbrook's chair of governors?", collection="school-head").text == "Paul Ferris"
    assert pipeline.ask("Who is Eastbrook's caretaker?", collection="school-head").abstained
