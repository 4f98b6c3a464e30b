"""Build article.followups.jsonl: hand-written FOLLOW-UP (chat) gold questions about the article.

Run from /work/main:  python3 evals/gold/make_article_followups_gold.py
Each item is a chat turn: a "history" of 1-2 earlier [question, answer] turns, then a follow-up
"question" that needs that history (types "pronoun", "ellipsis", "unanswerable"), or that is fully
self-contained after an unrelated history (type "self-contained").
Evidence keys: "L<n>" = line n of ingest/data/article.txt (each line is one sentence), except
line 11 which holds three sentences "L11a", "L11b", "L11c". Offsets are computed by whole_span.
"""

import os

from goldtools import article_sentences, follow_up_rows, whole_span, write_rows

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "article.followups.jsonl")
SEED = 20250204

text, SENT = article_sentences()

P, E, S, U = "pronoun", "ellipsis", "self-contained", "unanswerable"

# (type, history, question, answers, evidence keys)
ITEMS = [
    # --- pronoun: the follow-up refers back to someone/something named in the history
    (P, [["Which prison did Bukele offer to put US prisoners in?", "CECOT, his mega-prison"]],
     "How many inmates can it hold?",
     ["40 000", "up to 40 000 prisoners"], ["L10"]),
    (P, [["Who is the president of El Salvador?", "Nayib Bukele"]],
     "what share of the vote was he re-elected with?",
     ["84%", "84% of the vote"], ["L12"]),
    (P, [["Who did Bukele hold talks with on the 3rd of February?", "US Secretary of State Marco Rubio"]],
     "Which country did he visit before El Salvador?",
     ["Panama"], ["L14"]),
    (P, [["Which rights organisation is named in the report?", "Amnesty International"]],
     "What did they criticise in El Salvador?",
     ["gradual replacement of gang violence by state violence",
      "the “gradual replacement of gang violence by state violence”"], ["L12"]),
    (P, [["What does CECOT stand for?", "Centre for the Incarceration of Terrorism"]],
     "Who is it mainly meant to lock up?",
     ["the most violent gang members", "most violent gang members"], ["L9"]),
    (P, [["Where was Rubio's first stop?", "Panama"]],
     "What did he demand from them?",
     ["immediately make changes",
      "that Panama “immediately make changes” to eliminate what he called China’s “influence and control”"
      " over the Panama Canal"], ["L14"]),
    (P, [["How did the government mark the opening of CECOT?", "By releasing photos and videos of prisoners"]],
     "How were the prisoners shown in them?",
     ["stripped to the waist and tattooed",
      "stripped to the waist and tattooed, being frogwalked through the prison corridors"], ["L10"]),
    (P, [["Who has made fighting crime a priority of his government?", "Nayib Bukele"]],
     "When did he take office?",
     ["2019", "in 2019"], ["L8"]),
    (P, [["Who offered to house US prisoners?", "El Salvador's President Nayib Bukele"],
         ["Which prisoners is he willing to take into CECOT?",
          "Only convicted criminals, including convicted US citizens"]],
     "and what does he want in exchange for them?",
     ["payment", "in exchange for payment"], ["L6"]),
    (P, [["Do most Salvadorans support Bukele's fight against crime?", "Yes, the majority do"]],
     "Why do they back it?",
     ["they finally feel safe"], ["L11b"]),
    # --- ellipsis: the follow-up is completed from the last question
    (E, [["Where was the first stop on Rubio's first foreign tour?", "Panama"]],
     "And the second stop?",
     ["El Salvador"], ["L13"]),
    (E, [["Which country was Rubio in on Monday, the 3rd of February?", "El Salvador"]],
     "And on Tuesday?",
     ["Costa Rica and Guatemala"], ["L15"]),
    (E, [["What has Bukele made a priority since taking office?", "Fighting crime"]],
     "What about Trump?",
     ["speeding up the deportation of illegal migrants", "massive deportations"], ["L16"]),
    (E, [["Who offered to outsource part of the prison system to the US?", "Bukele"],
         ["How big would the fee be for the US, according to him?", "Relatively small"]],
     "And for El Salvador?",
     ["significant", "significant for us"], ["L7"]),
    (E, [["Who has sharply criticised Bukele?", "Human rights groups"]],
     "and who approves of his approach?",
     ["voters", "the majority of Salvadorans"], ["L2", "L11b"]),
    (E, [["Besides American prisoners, will El Salvador take in deported migrants?", "Yes, Rubio said it would"]],
     "What about criminals from other countries?",
     ["Yes", "criminals of any nationality"], ["L5"]),
    (E, [["Did Rubio say El Salvador would house criminals with US citizenship?", "Yes"]],
     "And ones with legal residency?",
     ["Yes", "including those with US citizenship and legal residency"], ["L4"]),
    # --- self-contained: a full question after an unrelated history (must not be rewritten wrongly)
    (S, [["Where was Rubio's first stop?", "Panama"]],
     "What percentage of the vote did Bukele get when he was re-elected?",
     ["84%", "84% of the vote"], ["L12"]),
    (S, [["What does CECOT stand for?", "Centre for the Incarceration of Terrorism"]],
     "On what date did El Salvador offer to house dangerous US criminals?",
     ["3rd of February", "Monday, the 3rd of February"], ["L1"]),
    (S, [["How many prisoners can CECOT hold?", "Up to 40 000"]],
     "Where did Bukele confirm his offer to take US prisoners?",
     ["X", "on X"], ["L6"]),
    (S, [["Who is the US Secretary of State?", "Marco Rubio"]],
     "Which organisation accused El Salvador of replacing gang violence with state violence?",
     ["Amnesty International"], ["L12"]),
    (S, [["What did Bukele want in exchange for taking the prisoners?", "Payment"],
         ["Would the fee be large for the US?", "No, relatively small for the US, but significant for El Salvador"]],
     "what do some relatives of CECOT prisoners claim?",
     ["innocent people have been arrested", "that innocent people have been arrested"], ["L11c"]),
    # --- unanswerable: on-topic follow-ups whose answer the article does not give
    (U, [["Which prison did Bukele offer?", "CECOT"]],
     "When did it open?", [], []),  # "newly built", opening marked, no date
    (U, [["How did Bukele describe the fee?", "Relatively small for the US but significant for El Salvador"]],
     "So how much would it actually be?", [], []),  # no amount
    (U, [["Where did Rubio go first on his tour?", "Panama"],
         ["Where is he meeting officials on Tuesday?", "Costa Rica and Guatemala"]],
     "And on Wednesday?", [], []),  # only Tuesday is given
    (U, [["Who is El Salvador's president?", "Nayib Bukele"]],
     "Which party does he belong to?", [], []),  # no party named
    (U, [["What does CECOT stand for?", "Centre for the Incarceration of Terrorism"]],
     "Where in El Salvador is it located?", [], []),  # no town or region
    (U, [["What else did Rubio say El Salvador would take in?",
          "Deported migrants and criminals of any nationality"]],
     "Which gangs was he referring to?", [], []),  # "two of the region's most notorious" gangs, never named
    (U, [["What did Bukele point to when rejecting Amnesty's criticism?",
          "That he was re-elected with 84% of the vote"]],
     "When was that election held?", [], []),  # no year or date of the re-election
    (U, [["Where was Rubio's first stop?", "Panama"]],
     "Who did he meet with there?", [], []),  # no Panamanian official named
    (U, [["Who said no country has ever made such an offer of friendship?", "Marco Rubio"]],
     "When did he become Secretary of State?", [], []),  # only "first overseas visit as top US diplomat"
    (U, [["How many prisoners can CECOT hold?", "Up to 40 000"]],
     "And how many are locked up there right now?", [], []),  # capacity only; "dozens" is per cell
    (U, [["What did Trump promise?", "Massive deportations"]],
     "How many people has he deported so far?", [], []),  # no figure
    (U, [["Who did Rubio hold lengthy talks with in El Salvador?", "President Nayib Bukele"]],
     "How long did their talks last?", [], []),  # only "lengthy"
    (U, [["In what year did Bukele take office?", "2019"]],
     "And Trump?", [], []),  # "Since taking office" with no date
    (U, [["Who was re-elected with 84% of the vote?", "Nayib Bukele"],
         ["Who had criticised him?", "Amnesty International, over state violence"]],
     "what was the turnout in that vote?", [], []),  # no turnout
]


def span(key):
    return whole_span(text, SENT[key])


def main():
    rows = follow_up_rows(ITEMS, "afu", SEED, span)
    write_rows(rows, OUT)
    print("wrote", OUT, len(rows))


if __name__ == "__main__":
    main()
