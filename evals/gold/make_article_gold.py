"""Build article.jsonl (hand-written gold QA) with script-computed evidence offsets.

Run from /work/main:  python3 evals/gold/make_article_gold.py
Evidence keys: "L<n>" = line n of ingest/data/article.txt (each line is one
sentence), except line 11 which holds three sentences "L11a", "L11b", "L11c".
"""

import os

from goldtools import article_sentences, gold_rows, whole_span, write_rows

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "article.jsonl")

text, SENT = article_sentences()


def span(key):
    return whole_span(text, SENT[key])


U = "unanswerable"
# (type, question, answers, evidence keys)
ITEMS = [
    # ---------------- factoid ----------------
    (
        "factoid",
        "Who is the US Secretary of State who travelled to El Salvador?",
        ["Marco Rubio", "Rubio", "Secretary Rubio"],
        ["L1"],
    ),
    (
        "factoid",
        "What is the name of El Salvador's president?",
        ["Nayib Bukele", "Bukele", "President Nayib Bukele"],
        ["L1"],
    ),
    ("factoid", "Which news organisation is credited with reporting the story?", ["the BBC", "BBC"], ["L1"]),
    (
        "factoid",
        "What is the name of the mega-prison Bukele offered to use?",
        ["CECOT", "Centre for the Incarceration of Terrorism", "the Centre for the Incarceration of Terrorism"],
        ["L6"],
    ),
    (
        "factoid",
        "What does the acronym CECOT stand for?",
        ["Centre for the Incarceration of Terrorism", "Center for the Incarceration of Terrorism"],
        ["L9"],
    ),
    (
        "factoid",
        "On which platform did Bukele confirm the offer?",
        ["X", "on X", "Twitter", "X (formerly Twitter)"],
        ["L6"],
    ),
    (
        "factoid",
        "Which organisation criticised the “gradual replacement of gang violence by state violence” in El Salvador?",
        ["Amnesty International", "Amnesty"],
        ["L12"],
    ),
    (
        "factoid",
        "Which country did Rubio accuse of having influence and control over the Panama Canal?",
        ["China", "China’s", "China's"],
        ["L14"],
    ),
    (
        "factoid",
        "Which waterway was at the centre of Rubio's demands in Panama?",
        ["the Panama Canal", "Panama Canal"],
        ["L14"],
    ),
    (
        "factoid",
        "Who is the US President named in the article?",
        ["Donald Trump", "Trump", "President Donald Trump"],
        ["L16"],
    ),
    (
        "factoid",
        "What did Trump promise regarding deportations?",
        ["massive deportations", "“massive deportations”"],
        ["L16"],
    ),
    (
        "factoid",
        "What word did Rubio use to describe how grateful the US was to Bukele?",
        ["profoundly", "profoundly grateful", "“profoundly grateful”"],
        ["L3"],
    ),
    (
        "factoid",
        "What kind of prison is CECOT described as?",
        [
            "maximum security prison",
            "newly built maximum security prison",
            "a maximum security prison",
            "mega-prison",
            "giant prison",
        ],
        ["L9"],
    ),
    (
        "factoid",
        "What part of the US system did Bukele say he was offering to outsource?",
        ["part of the prison system", "the prison system", "prison system", "prisons"],
        ["L2"],
    ),
    (
        "factoid",
        "How is Bukele's approach against gangs described?",
        ["hardline", "a hardline approach", "hardline approach against gangs"],
        ["L2"],
    ),
    ("factoid", "What kind of cells are prisoners held in at CECOT?", ["windowless cells", "windowless"], ["L11a"]),
    (
        "factoid",
        "How were prisoners shown moving through the prison corridors in the released footage?",
        ["frogwalked", "being frogwalked", "frog-marched", "frogmarched"],
        ["L10"],
    ),
    (
        "factoid",
        "What has Trump focused on since taking office, according to the article?",
        [
            "speeding up the deportation of illegal migrants",
            "speeding up deportations",
            "deportation of illegal migrants",
            "deportations",
        ],
        ["L16"],
    ),
    (
        "factoid",
        "To whom did Rubio make his remarks about housing dangerous American criminals?",
        ["reporters", "to reporters", "the press"],
        ["L4"],
    ),
    (
        "factoid",
        "Where did the government show prisoners being frogwalked?",
        ["through the prison corridors", "prison corridors", "the prison corridors", "in the corridors of the prison"],
        ["L10"],
    ),
    # ---------------- paraphrase ----------------
    (
        "paraphrase",
        "What did the Salvadoran leader want in return for accepting inmates from America?",
        ["payment", "in exchange for payment", "a fee", "money"],
        ["L6"],
    ),
    (
        "paraphrase",
        "According to the Salvadoran leader, what would the charge achieve for his country's jail?",
        [
            "making our entire prison sustainable",
            "make the entire prison sustainable",
            "make the prison sustainable",
            "sustainability of the prison",
            "sustainable",
        ],
        ["L7"],
    ),
    (
        "paraphrase",
        "How did Washington's chief diplomat characterise the Central American nation's proposal?",
        [
            "an offer of friendship",
            "such an offer of friendship",
            "offer of friendship",
            "unprecedented offer of friendship",
        ],
        ["L3"],
    ),
    (
        "paraphrase",
        "Who alleges that people who did nothing wrong have been locked up?",
        [
            "some relatives of the prisoners",
            "relatives of the prisoners",
            "prisoners' relatives",
            "relatives of prisoners",
        ],
        ["L11c"],
    ),
    (
        "paraphrase",
        "Which groups have condemned how inmates at the facility are handled?",
        ["Rights groups", "rights groups", "human rights groups"],
        ["L11a"],
    ),
    (
        "paraphrase",
        "What does the Salvadoran head of state point to when pushing back against Amnesty's accusation?",
        [
            "he was re-elected with 84% of the vote",
            "re-elected with 84% of the vote",
            "his re-election with 84% of the vote",
            "his re-election",
            "84% of the vote",
        ],
        ["L12"],
    ),
    (
        "paraphrase",
        "What role does the new high-security jail play in the crackdown?",
        [
            "incarcerating and punishing the most violent gang members",
            "locking up and punishing the most violent gang members",
            "holding the most violent gang members",
            "key to incarcerating and punishing the most violent gang members",
        ],
        ["L9"],
    ),
    (
        "paraphrase",
        "What did the American envoy insist the Panamanian government do without delay?",
        [
            "immediately make changes",
            "make changes",
            "“immediately make changes”",
            "make changes to eliminate China’s influence and control over the Panama Canal",
            "eliminate China's influence over the canal",
        ],
        ["L14"],
    ),
    (
        "paraphrase",
        "Apart from convicts held in America, who else would the Central American country take in?",
        [
            "deported migrants and “criminals of any nationality”",
            "deported migrants",
            "criminals of any nationality",
            "deportees",
        ],
        ["L5"],
    ),
    (
        "paraphrase",
        "How does the electorate regard the president's tough stance on street gangs?",
        ["approval", "voters’ approval", "won voters’ approval", "they approve", "favourably"],
        ["L2"],
    ),
    # ---------------- multi_sentence ----------------
    ("multi_sentence", "Which country did Rubio visit immediately before El Salvador?", ["Panama"], ["L13", "L14"]),
    (
        "multi_sentence",
        "What is the full name of the mega-prison into which Bukele is willing to take convicted US citizens?",
        [
            "Centre for the Incarceration of Terrorism",
            "the Centre for the Incarceration of Terrorism",
            "Center for the Incarceration of Terrorism",
        ],
        ["L6", "L9"],
    ),
    (
        "multi_sentence",
        "What is the full name of the person who confirmed the offer on X?",
        ["Nayib Bukele", "President Nayib Bukele"],
        ["L1", "L6"],
    ),
    (
        "multi_sentence",
        "In which year did the leader who was re-elected with 84% of the vote take office?",
        ["2019", "in 2019"],
        ["L8", "L12"],
    ),
    (
        "multi_sentence",
        "According to the president who won 84% of the vote, what would the US fee make sustainable?",
        ["our entire prison", "entire prison", "the prison", "his entire prison"],
        ["L7", "L12"],
    ),
    (
        "multi_sentence",
        "How many inmates can the facility where prisoners are kept in windowless cells hold?",
        ["up to 40 000 prisoners", "40 000", "up to 40 000", "40,000", "40000"],
        ["L9", "L10", "L11a"],
    ),
    (
        "multi_sentence",
        "Which country's influence was Rubio targeting both in Panama and in his planned meetings in Costa Rica and Guatemala?",
        ["China", "China’s", "China's"],
        ["L14", "L15"],
    ),
    (
        "multi_sentence",
        "What office is held by the person to whom Rubio said the US was profoundly grateful?",
        ["President", "Salvadoran President", "President of El Salvador"],
        ["L1", "L3"],
    ),
    # ---------------- numeric ----------------
    (
        "numeric",
        "How many prisoners can CECOT hold, according to the government?",
        ["40 000", "up to 40 000 prisoners", "up to 40 000", "40,000", "40000", "40 thousand"],
        ["L9", "L10"],
    ),
    (
        "numeric",
        "What percentage of the vote did Bukele win when he was re-elected?",
        ["84%", "84 percent", "84 per cent", "84"],
        ["L12"],
    ),
    ("numeric", "How many transnational crime gangs did Rubio refer to?", ["two", "2"], ["L5"]),
    (
        "numeric",
        "Which stop on Rubio's first foreign tour was El Salvador?",
        ["second", "the second stop", "2nd", "the second"],
        ["L13"],
    ),
    (
        "numeric",
        "Roughly how many prisoners are held in windowless cells at CECOT?",
        ["dozens", "dozens of prisoners"],
        ["L11a"],
    ),
    (
        "numeric",
        "In how many countries is Rubio scheduled to meet officials on Tuesday?",
        ["two", "2", "Costa Rica and Guatemala"],
        ["L15"],
    ),
    (
        "numeric",
        "Which overseas visit as top US diplomat was this trip for Rubio?",
        ["first", "his first overseas visit", "his first", "1st", "the first"],
        ["L1"],
    ),
    (
        "numeric",
        "What position did Panama occupy in the order of Rubio's tour?",
        ["first", "The first stop", "first stop", "1st"],
        ["L14"],
    ),
    (
        "numeric",
        "What share of Salvadorans support Bukele's fight against crime?",
        ["the majority", "majority", "most", "most Salvadorans"],
        ["L11b"],
    ),
    # ---------------- date ----------------
    (
        "date",
        "On what date did El Salvador make its offer to house US prisoners?",
        [
            "Monday, the 3rd of February",
            "the 3rd of February",
            "3rd of February",
            "3 February",
            "February 3",
            "Monday 3 February",
        ],
        ["L1"],
    ),
    ("date", "On which day of the week did Rubio and Bukele's talks take place?", ["Monday", "on Monday"], ["L1"]),
    ("date", "In what year did Bukele take office?", ["2019", "in 2019"], ["L8"]),
    (
        "date",
        "When is Rubio scheduled to meet officials in Costa Rica and Guatemala?",
        ["On Tuesday", "Tuesday"],
        ["L15"],
    ),
    ("date", "In which month did Rubio visit El Salvador?", ["February", "in February"], ["L1"]),
    (
        "date",
        "Since when has fighting crime been a priority of Bukele's government?",
        ["Since taking office in 2019", "since 2019", "2019", "since he took office"],
        ["L8"],
    ),
    (
        "date",
        "When did Bukele confirm the offer on X relative to Rubio's announcement?",
        ["later", "afterwards", "after Rubio's announcement"],
        ["L6"],
    ),
    # ---------------- yes_no ----------------
    (
        "yes_no",
        "Did El Salvador offer to house criminals who hold US citizenship?",
        ["yes", "including those with US citizenship"],
        ["L1"],
    ),
    (
        "yes_no",
        "Is Bukele willing to take people who have not been convicted?",
        ["no", "only willing to take convicted criminals"],
        ["L6"],
    ),
    ("yes_no", "Would El Salvador take the prisoners free of charge?", ["no", "in exchange for payment"], ["L6"]),
    (
        "yes_no",
        "Has Amnesty International praised El Salvador's approach?",
        ["no", "Amnesty International has criticised"],
        ["L12"],
    ),
    ("yes_no", "Does Bukele accept Amnesty International's criticism?", ["no", "Bukele rejects this"], ["L12"]),
    ("yes_no", "Was El Salvador the first stop on Rubio's foreign tour?", ["no", "the second stop"], ["L13"]),
    (
        "yes_no",
        "Do most Salvadorans support Bukele's fight against crime?",
        ["yes", "the majority of Salvadorans support"],
        ["L11b"],
    ),
    ("yes_no", "Did Bukele say the fee would be large for the US?", ["no", "relatively small for the US"], ["L7"]),
    (
        "yes_no",
        "Was this Rubio's first overseas visit as top US diplomat?",
        ["yes", "his first overseas visit as top US diplomat"],
        ["L1"],
    ),
    (
        "yes_no",
        "According to Rubio, would the offer cover inmates with US legal residency?",
        ["yes", "including those with US citizenship and legal residency"],
        ["L4"],
    ),
    ("yes_no", "Is CECOT an old prison?", ["no", "newly built"], ["L9"]),
    # ---------------- unanswerable ----------------
    (U, "What is the name of the director of CECOT?", [], []),
    (U, "How much would the US pay El Salvador per prisoner?", [], []),
    (U, "Which two transnational gangs did Rubio refer to?", [], []),
    (U, "In which town or department of El Salvador is CECOT located?", [], []),
    (U, "On what date did CECOT open?", [], []),
    (U, "How much did it cost to build CECOT?", [], []),
    (U, "What percentage of the vote did Bukele receive when he was first elected?", [], []),
    (U, "In what year was Bukele re-elected?", [], []),
    (U, "Did the US government accept Bukele's offer?", [], []),
    (U, "Which officials will Rubio meet in Guatemala?", [], []),
    (U, "Who is the president of Panama?", [], []),
    (U, "How many hours did Rubio's talks with Bukele last?", [], []),
    (U, "At which venue in El Salvador were the talks held?", [], []),
    (U, "How many people have been arrested since Bukele's crackdown on gangs began?", [], []),
    (U, "What is El Salvador's current murder rate?", [], []),
    (U, "How did the Panamanian government respond to Rubio's demand?", [], []),
    (U, "On what date was Rubio sworn in as Secretary of State?", [], []),
    (U, "Which BBC journalist wrote the report?", [], []),
    (U, "How did China respond to Rubio's comments about the Panama Canal?", [], []),
    (U, "How many deportation flights has the Trump administration carried out?", [], []),
    (U, "In what year did Amnesty International publish its criticism of El Salvador?", [], []),
    (U, "How many cells does CECOT have?", [], []),
    (U, "What is the population of El Salvador?", [], []),
    (U, "Which political party does Bukele lead?", [], []),
    (U, "How old is Nayib Bukele?", [], []),
    (U, "What is the capital of Costa Rica?", [], []),
    (U, "Who is the president of Guatemala?", [], []),
    (U, "When will Rubio return to Washington?", [], []),
    (U, "How many prisoners have died in CECOT?", [], []),
    (U, "How many innocent people do prisoners' relatives say have been arrested?", [], []),
    (U, "What did Rubio post on X about the offer?", [], []),
    (U, "Apart from Amnesty International, which human rights organisations are named as critics of Bukele?", [], []),
    (U, "How many US citizens could be transferred to El Salvador under the deal?", [], []),
    (U, "What US law would allow American citizens to be imprisoned abroad?", [], []),
]

# Added later, numbered after the rest: the dev sets had no unanswerable yes/no question. Written
# from the text, before articleqa was run on them, when a user found that it answered "No." to
# yes/no questions the text never addresses; each checked against the text by search.
LATER = [
    (U, "Did the US Congress approve the prisoner deal?", [], []),
    (U, "Will the prisoners be paid for their work in CECOT?", [], []),
    (U, "Is CECOT located in the capital San Salvador?", [], []),
    (U, "Did Trump sign an executive order on the deal?", [], []),
    (U, "Is Rubio a former senator?", [], []),
]


def main():
    rows = gold_rows(ITEMS, "art", 20250203, span, None, LATER)
    # split: alternate within each type in id order (dev, test, dev, ...); later items are all dev
    seen = {}
    for r in rows[: len(ITEMS)]:
        k = seen.get(r["type"], 0)
        r["split"] = "dev" if k % 2 == 0 else "test"
        seen[r["type"]] = k + 1
    for r in rows[len(ITEMS) :]:
        r["split"] = "dev"
    write_rows(rows, OUT)
    print("wrote", OUT, len(rows))


if __name__ == "__main__":
    main()
