"""Completion-style prompts for a small base model: a fixed few-shot prefix, then the question."""

from __future__ import annotations

from langchain_core.prompts import PromptTemplate

NOT_STATED = "not stated"

# The prefix never changes, so llama.cpp keeps it evaluated between questions.
# Its examples are invented and unrelated to any article we ship.
FEW_SHOT = """Read the text and answer the question with the shortest exact phrase copied from the text. If the text does not give the answer, write "not stated".

Text: The bridge opened in 1932 after six years of work. It carries eight lanes of traffic.
Question: When did the bridge open?
Answer: 1932

Text: Dr. Amara Osei leads the research team at the Lagos institute, which employs 120 scientists.
Question: How many scientists work at the institute?
Answer: 120 scientists

Text: The museum opened a new wing in March. Entry to the new wing is free for children.
Question: Who designed the new wing?
Answer: not stated

Text: The festival was cancelled because of heavy rain. Organisers promised refunds to all ticket holders.
Question: Why was the festival cancelled?
Answer: because of heavy rain

Text: The council approved the plan on Tuesday, despite protests from residents.
Question: Did the council approve the plan?
Answer: yes

Text: Ms. Chen was appointed head of the agency, replacing Tom Hale, who retired.
Question: Who leads the agency now?
Answer: Ms. Chen

Text: The company reported higher sales in Europe. It plans to open two factories in Brazil.
Question: How much profit did the company make?
Answer: not stated

"""

ANSWER_PROMPT = PromptTemplate.from_template(FEW_SHOT + "Text: {context}\nQuestion: {question}\nAnswer:")
