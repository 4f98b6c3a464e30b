"""Validate the hand-made gold QA files in evals/gold/.

Usage (from /work/main):  python3 evals/gold/validate_gold.py
Standard library only. Exit status 1 on errors; warnings are printed but do
not fail the run (use --strict to make warnings fatal).

Document mapping (<name> is the file name up to its first dot):
  article.jsonl, article.followups.jsonl  -> ingest/data/article.txt
  <name>.jsonl, <name>.followups.jsonl    -> evals/gold/docs/<name>.txt
A follow-up set's items also have "history": the earlier [question, answer] turns of the chat.
"""

import collections
import glob
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

KEYS = {"id": str, "question": str, "answers": list, "answerable": bool, "evidence": list, "type": str, "split": str}
TYPES = {"factoid", "paraphrase", "multi_sentence", "numeric", "date", "yes_no", "unanswerable"}
FOLLOW_UP_TYPES = {"pronoun", "ellipsis", "self-contained", "unanswerable"}
SPLITS = {"dev", "test"}


def doc_for(jsonl):
    name = os.path.basename(jsonl).split(".")[0]
    if name == "article":
        return os.path.join(ROOT, "ingest", "data", "article.txt")
    return os.path.join(HERE, "docs", name + ".txt")


def check_text(path, text, errors):
    """Preprocessing invariants for source documents."""
    probs = []
    if text != unicodedata.normalize("NFC", text):
        probs.append("not NFC")
    if "\t" in text:
        probs.append("contains tab")
    if "  " in text:
        probs.append("contains a run of 2+ spaces")
    if "\n\n" in text:
        probs.append("contains a blank line")
    if text.endswith("\n"):
        probs.append("ends with a newline")
    if "\r" in text:
        probs.append("contains CR")
    if any(l != l.strip(" ") for l in text.split("\n")):
        probs.append("line with leading/trailing space")
    for p in probs:
        errors.append("%s: %s" % (os.path.relpath(path, ROOT), p))
    return not probs


def validate(jsonl, errors, warnings, summary):
    rel = os.path.relpath(jsonl, ROOT)
    follow_ups = jsonl.endswith(".followups.jsonl")
    doc = doc_for(jsonl)
    if not os.path.exists(doc):
        errors.append("%s: document %s not found" % (rel, doc))
        return
    text = open(doc, encoding="utf-8").read()
    check_text(doc, text, errors)
    low = text.lower()
    ids = set()
    counts = collections.Counter()
    no_answer_in_evidence = []
    with open(jsonl, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            where = "%s:%d" % (rel, ln)
            if not line.strip():
                errors.append(where + ": blank line")
                continue
            try:
                it = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("%s: bad JSON (%s)" % (where, e))
                continue
            if not isinstance(it, dict):
                errors.append(where + ": not an object")
                continue
            keys = dict(KEYS, history=list) if follow_ups else KEYS
            if set(it) != set(keys):
                errors.append("%s: keys %s != %s" % (where, sorted(it), sorted(keys)))
            bad_type = [k for k, t in keys.items() if k in it and not isinstance(it[k], t)]
            if bad_type:
                errors.append("%s: wrong value type for %s" % (where, bad_type))
                continue
            iid = it.get("id", "?")
            where = "%s %s" % (rel, iid)
            if iid in ids:
                errors.append(where + ": duplicate id")
            ids.add(iid)
            if not it.get("question", "").strip():
                errors.append(where + ": empty question")
            typ, split = it.get("type"), it.get("split")
            if typ not in (FOLLOW_UP_TYPES if follow_ups else TYPES):
                errors.append("%s: bad type %r" % (where, typ))
            turns = it.get("history", [])
            if follow_ups and not (
                turns and all(isinstance(t, list) and len(t) == 2 and all(isinstance(x, str) and x.strip() for x in t) for t in turns)
            ):
                errors.append(where + ": history must be a non-empty list of [question, answer] pairs")
            if split not in SPLITS:
                errors.append("%s: bad split %r" % (where, split))
            answers, ev, ans_ok = it.get("answers", []), it.get("evidence", []), it.get("answerable")
            if not all(isinstance(a, str) and a.strip() and a == a.strip() for a in answers):
                errors.append(where + ": answers must be non-empty stripped strings")
            if len(set(answers)) != len(answers):
                warnings.append(where + ": duplicate answer strings")
            if not (ans_ok == bool(answers) == bool(ev)):
                errors.append(
                    "%s: answerable=%r but %d answers, %d evidence spans" % (where, ans_ok, len(answers), len(ev))
                )
            if (typ == "unanswerable") != (ans_ok is False):
                errors.append(where + ": type 'unanswerable' must match answerable=false")
            if typ == "yes_no" and (not answers or answers[0].lower() not in ("yes", "no")):
                errors.append(where + ": yes_no item must have 'yes' or 'no' as first answer")
            if typ == "multi_sentence" and len(ev) < 2:
                errors.append(where + ": multi_sentence item needs 2+ evidence spans")
            ev_text = []
            for sp in ev:
                if not (isinstance(sp, list) and len(sp) == 2 and all(type(x) is int for x in sp)):
                    errors.append("%s: bad span %r" % (where, sp))
                    continue
                s, e = sp
                if not (0 <= s < e <= len(text)):
                    errors.append("%s: span %r outside text (len %d)" % (where, sp, len(text)))
                    continue
                if text[s].isspace() or text[e - 1].isspace():
                    errors.append("%s: span %r starts/ends at whitespace" % (where, sp))
                if s > 0 and text[s - 1] not in " \n":
                    warnings.append("%s: span %r starts mid-token" % (where, sp))
                if e < len(text) and text[e] not in " \n":
                    warnings.append("%s: span %r ends mid-token" % (where, sp))
                ev_text.append(low[s:e])
            spans = sorted(tuple(sp) for sp in ev if isinstance(sp, list) and len(sp) == 2)
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    warnings.append("%s: overlapping spans %r %r" % (where, a, b))
            if ans_ok and typ != "yes_no":
                joined = "\n".join(ev_text)
                if not any(a.lower() in joined for a in answers):
                    no_answer_in_evidence.append(iid)
            counts[(typ, split)] += 1
    if no_answer_in_evidence:
        warnings.append("%s: no answer occurs in evidence text for: %s" % (rel, ", ".join(no_answer_in_evidence)))
    summary[rel] = counts


def main():
    strict = "--strict" in sys.argv
    errors, warnings, summary = [], [], {}
    files = sorted(glob.glob(os.path.join(HERE, "*.jsonl")))
    if not files:
        errors.append("no .jsonl files in " + HERE)
    for jf in files:
        validate(jf, errors, warnings, summary)
    for rel, counts in summary.items():
        types = sorted({t for t, _ in counts})
        total = sum(counts.values())
        print("%s: %d items" % (rel, total))
        print("  %-15s %5s %5s %5s" % ("type", "dev", "test", "all"))
        for t in types:
            d, te = counts[(t, "dev")], counts[(t, "test")]
            print("  %-15s %5d %5d %5d" % (t, d, te, d + te))
        d = sum(v for (t, s), v in counts.items() if s == "dev")
        print("  %-15s %5d %5d %5d" % ("TOTAL", d, total - d, total))
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    ok = not errors and not (strict and warnings)
    print("OK" if ok else "FAILED", "(%d errors, %d warnings)" % (len(errors), len(warnings)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
