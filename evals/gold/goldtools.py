"""Shared steps of the gold-set builder scripts (standard library only).

The scripts in this folder run as `python3 evals/gold/<script>.py`, so this
module is imported from the script's own folder.
"""

import html.parser
import json
import os
import random
import re
import sys
import unicodedata


HERE = os.path.dirname(os.path.abspath(__file__))


def document(name):
    """The text of docs/<name>.txt, and the path of the <name>.jsonl to build from it."""
    with open(os.path.join(HERE, "docs", name + ".txt"), encoding="utf-8") as f:
        return f.read(), os.path.join(HERE, name + ".jsonl")


def write_document(lines, out):
    """Write extracted lines as a gold document: NFC, no tabs, single spaces, no blank lines, no final newline."""
    t = unicodedata.normalize("NFC", "\n".join(lines))
    t = t.replace("\t", " ")
    t = re.sub(r" {2,}", " ", t)
    t = "\n".join(l.strip() for l in t.split("\n") if l.strip())
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(t)
    print(out, len(t), "chars,", t.count("\n") + 1, "lines", file=sys.stderr)


def whole_span(text, s):
    """[start, end] of `s` in `text`: it must occur once, as a whole sentence or line."""
    start = text.find(s)
    assert start >= 0, s
    assert text.find(s, start + 1) == -1, "not unique: " + s
    end = start + len(s)
    assert text[start:end] == s
    # must be a whole sentence / line: bounded by line start/end or a space
    assert start == 0 or text[start - 1] in " \n", s
    assert end == len(text) or text[end] in " \n", s
    return [start, end]


class line(str):
    """Evidence that is a whole line of the document (an entry name or heading): entry names such as
    "lp" also occur inside other sentences, so whole_span cannot find them."""


def evidence_span(text, s):
    """[start, end] of evidence `s` in `text`: the one line it is when it is a `line`, else see whole_span."""
    if not isinstance(s, line):
        return whole_span(text, s)
    lines = text.split("\n")
    assert lines.count(s) == 1, "line not unique/absent: " + s
    start = sum(len(l) + 1 for l in lines[: lines.index(s)])
    assert text[start : start + len(s)] == s
    return [start, start + len(s)]


def gold_rows(items, prefix, seed, to_span, split, later=()):
    """Records for (type, question, answers, evidence) items, shuffled by `seed` so types interleave,
    then the `later` items in order: questions added after a set was first written keep the ids and
    splits of the earlier ones as they were."""
    ordered = _shuffled(items, seed) + list(later)
    return [_record(prefix, n, q, answers, ev, typ, split, to_span) for n, (typ, q, answers, ev) in enumerate(ordered, 1)]


def follow_up_rows(items, prefix, seed, to_span, split="test"):
    """Records for (type, history, question, answers, evidence) items of a follow-up set, shuffled
    by `seed`, all in `split`; each keeps its chat history of one or two turns."""
    rows = []
    for n, (typ, history, q, answers, ev) in enumerate(_shuffled(items, seed), 1):
        assert 1 <= len(history) <= 2 and all(len(turn) == 2 for turn in history), q
        assert bool(answers) == bool(ev) == (typ != "unanswerable"), q
        row = _record(prefix, n, q, answers, ev, typ, split, to_span)
        rows.append({**row, "history": [list(turn) for turn in history]})
    return rows


def _shuffled(items, seed):
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)  # deterministic
    return [items[i] for i in order]


def _record(prefix, n, question, answers, evidence, typ, split, to_span):
    return {
        "id": "%s-%03d" % (prefix, n),
        "question": question,
        "answers": answers,
        "answerable": bool(answers),
        "evidence": [to_span(s) for s in evidence],
        "type": typ,
        "split": split,
    }


ARTICLE = os.path.join(HERE, "..", "..", "ingest", "data", "article.txt")


def article_sentences():
    """The bundled article's text and its sentences by key: "L<n>" is line n, one sentence each,
    except line 11, which holds three: "L11a", "L11b" and "L11c" (each "However, ...")."""
    with open(ARTICLE, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    assert len(lines) == 16, len(lines)
    sentences = {}
    for i, line in enumerate(lines, 1):
        if i == 11:
            first, *rest = line.split(" However, ")
            assert len(rest) == 2
            sentences.update({"L11a": first, "L11b": "However, " + rest[0], "L11c": "However, " + rest[1]})
        else:
            sentences["L%d" % i] = line
    return text, sentences


def write_rows(rows, out):
    """One JSON object per line, UTF-8 as written."""
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


class TextBlocks(html.parser.HTMLParser):
    """An HTML reader that gathers text into blocks: `cur` collects the text of the block being read,
    and `flush()` ends it, adding it to `blocks` with its whitespace squashed (empty blocks vanish)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.cur = []

    def flush(self):
        text = " ".join("".join(self.cur).split())
        if text:
            self.blocks.append(text)
        self.cur = []


def write_gold(name, items, prefix, seed, split, to_span=None, later=()):
    """Write <name>.jsonl for docs/<name>.txt: `items` as shuffled records, then `later` ones (see
    `gold_rows`), each evidence string turned into offsets by `to_span` (default: a whole sentence
    or line found once)."""
    text, out = document(name)
    rows = gold_rows(items, prefix, seed, to_span or (lambda s: whole_span(text, s)), split, later)
    write_rows(rows, out)
    print("wrote", out, len(rows))
