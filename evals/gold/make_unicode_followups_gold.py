"""Build python-unicode-howto.followups.jsonl (hand-written follow-up gold QA, DEV set for tuning).

Run from /work/main:  python3 evals/gold/make_unicode_followups_gold.py
Document: docs/python-unicode-howto.txt (build it with prepare_unicode_doc.py).
Each item is one chat turn: a history of one or two earlier [question, answer] turns, then a
follow-up question. The questions were written from the text alone, without running articleqa or
looking at its answers, and independently of the other follow-up sets. Types:
  pronoun         the follow-up refers back with "it", "its", "he", "them", "the one", ... and needs
                  the history to be understood (the referent sits in an earlier question or only in
                  an earlier answer; a two-turn history has it in the first turn);
  ellipsis        an elliptical follow-up ("And when encoding?", "What about namereplace?",
                  "And 'So'?", "Why not?") that reuses the previous question with one part swapped;
  self-contained  a complete question on its own, often on another topic than the history; it must
                  be answered as asked;
  unanswerable    a follow-up of any of these kinds whose answer the text does not give (checked by
                  searching the text): near misses on the same names, codes and encodings.
Evidence is given as exact whole sentences (or lines); offsets are found with str.find and must be
unique. Every item is split "dev": this set is for tuning the chat rewrite.
"""

import os

from goldtools import document, follow_up_rows, whole_span, write_rows

SEED = 1618
PREFIX = "nfu"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "python-unicode-howto.followups.jsonl")
P, E, SC, U = "pronoun", "ellipsis", "self-contained", "unanswerable"

S_ORD = "The reverse operation is the built-in ord() function that takes a one-character Unicode string and returns the code point value:"
S_NORMAL_FORMS = "The first argument to the normalize() function is a string giving the desired normalization form, which can be one of ‘NFC’, ‘NFKC’, ‘NFD’, and ‘NFKD’."
S_UTF8_ONE_BYTE = "If the code point is < 128, it’s represented by the corresponding byte value."
S_BOM_UTF16 = "Some encodings, such as UTF-16, expect a BOM to be present at the start of a file; when such an encoding is used, the BOM will be automatically written as the first character and will be silently dropped when the file is read."
S_PRAGMATIC = "Pragmatic Unicode, a PyCon 2012 presentation by Ned Batchelder."
S_REVISED = "It has since been revised further by Alexander Belopolsky, Georg Brandl, Andrew Kuchling, and Ezio Melotti."
S_SURROGATE_RANGE = "The surrogateescape error handler will decode any non-ASCII bytes as code points in a special range running from U+DC80 to U+DCFF."
S_LISTDIR = "If you pass a Unicode string as the path, filenames will be decoded using the filesystem’s encoding and a list of Unicode strings will be returned, while passing a byte path will return the filenames as bytes."
S_GETFSENC = "The sys.getfilesystemencoding() function returns the encoding to use on your current system, in case you want to do the encoding manually, but there’s not much reason to bother."
S_BYTE_ORDER = "This avoids the byte-ordering issues that can occur with integer and word oriented encodings, like UTF-16 and UTF-32, where the sequence of bytes varies depending on the hardware on which the string was encoded."
S_GLYPH_A = "The glyph for an uppercase A, for example, is two diagonal strokes and a horizontal stroke, though the exact details will depend on the font being used."
S_ENCODE_ERRORS = r"As well as 'strict', 'ignore', and 'replace' (which in this case inserts a question mark instead of the unencodable character), there is also 'xmlcharrefreplace' (inserts an XML character reference), backslashreplace (inserts a \uNNNN escape sequence) and namereplace (inserts a \N{...} escape sequence)."
S_D_MATCH = r"For example, \d will match the characters [0-9] in bytes but in strings will match any character that’s in the 'Nd' category."
S_CATEGORIES = "To take the codes from the above output, 'Ll' means ‘Letter, lowercase’, 'No' means “Number, other”, 'Mn' is “Mark, nonspacing”, and 'So' is “Symbol, other”."
S_UNIX_FS = "On Unix systems, there will only be a filesystem encoding."
S_UNIX_UNSET = "if you’ve set the LANG or LC_CTYPE environment variables; if you haven’t, the default encoding is again UTF-8."
S_24_BYTES = "The above string takes 24 bytes compared to the 6 bytes needed for an ASCII representation."
S_MULTI_BYTE = "One problem is the multi-byte nature of encodings; one Unicode character can be represented by several bytes."
S_CODE_POINT_RANGE = "A code point value is an integer in the range 0 to 0x10FFFF (about 1.1 million values, the actual number assigned is less than that)."
S_CODING_LINE = "This is done by including a special comment as either the first or second line of the source file:"
S_TIP = "Software should only work with Unicode strings internally, decoding the input data as soon as possible and encoding the output only at the end."
S_2GIB = "One solution would be to read the entire file into memory and then perform the decoding, but that prevents you from working with files that are extremely large; if you need to read a 2 GiB file, you need 2 GiB of RAM."
S_XML = "XML parsers often return Unicode data, for example."

ITEMS = [
    # ---------------- pronoun ----------------
    (P, [["Which built-in function creates a one-character string from an integer code point?", "chr()"]],
     "What is its reverse operation?", ["ord()", "the built-in ord() function"], [S_ORD]),
    (P, [["Which function converts strings to one of several normal forms?", "the unicodedata module’s normalize()"]],
     "Which normalization forms can its first argument name?", ["‘NFC’, ‘NFKC’, ‘NFD’, and ‘NFKD’", "NFC, NFKC, NFD, and NFKD"], [S_NORMAL_FORMS]),
    (P, [["Which encoding does Python often default to?", "UTF-8"]],
     "Below which code point value does it represent a character by the corresponding byte value?", ["128", "< 128"], [S_UTF8_ONE_BYTE]),
    (P, [["Which Unicode character is used as a byte-order mark?", "U+FEFF"],
         ["Which encoding does the HOWTO give as one that expects a BOM at the start of a file?", "UTF-16"]],
     "What happens to it when such a file is read?", ["silently dropped", "will be silently dropped"], [S_BOM_UTF16]),
    (P, [["Who gave the “Pragmatic Unicode” presentation?", "Ned Batchelder"]],
     "At which conference did he give it?", ["PyCon 2012", "PyCon"], [S_PRAGMATIC]),
    (P, [["Who wrote the initial draft of the Unicode HOWTO?", "Andrew Kuchling"]],
     "Has he revised it since?", ["yes", "revised further by Alexander Belopolsky, Georg Brandl, Andrew Kuchling"], [S_REVISED]),
    (P, [["Which error handler decodes non-ASCII bytes as code points in a special range?", "surrogateescape"]],
     "Which range does it use?", ["U+DC80 to U+DCFF"], [S_SURROGATE_RANGE]),
    (P, [["Which function returns the filenames in a directory?", "os.listdir()"]],
     "What does it return if you pass it a byte path?", ["the filenames as bytes", "filenames as bytes"], [S_LISTDIR]),
    (P, [["Which function returns the encoding to use for filenames on the current system?", "sys.getfilesystemencoding()"]],
     "Is there much reason to call it?", ["no", "there’s not much reason to bother"], [S_GETFSENC]),
    (P, [["Which encodings does the HOWTO say are used less frequently than UTF-8?", "UTF-16 and UTF-32"]],
     "What issues can occur with them that UTF-8 avoids?", ["byte-ordering issues", "the byte-ordering issues"], [S_BYTE_ORDER]),
    (P, [["What is the set of graphical elements that represents a character on screen or paper called?", "a glyph"]],
     "What does the one for an uppercase A consist of?", ["two diagonal strokes and a horizontal stroke"], [S_GLYPH_A]),
    # ---------------- ellipsis ----------------
    (E, [["What does the 'replace' error handler use when decoding?", "U+FFFD, REPLACEMENT CHARACTER"]],
     "And when encoding?", ["a question mark", "inserts a question mark instead of the unencodable character"], [S_ENCODE_ERRORS]),
    (E, [["What does the 'xmlcharrefreplace' error handler insert?", "an XML character reference"]],
     "What about namereplace?", [r"a \N{...} escape sequence", r"\N{...}"], [S_ENCODE_ERRORS]),
    (E, [[r"What does \d match in a regular expression supplied as bytes?", "the characters [0-9]"]],
     "And in a string pattern?", ["any character that’s in the 'Nd' category", "'Nd' category"], [S_D_MATCH]),
    (E, [["What does the category code 'Ll' mean?", "Letter, lowercase"]],
     "And 'So'?", ["Symbol, other"], [S_CATEGORIES]),
    (E, [["On Unix, which environment variables give a filesystem encoding if they are set?", "LANG or LC_CTYPE"]],
     "And if you haven't set them?", ["UTF-8", "the default encoding is again UTF-8"], [S_UNIX_FS, S_UNIX_UNSET]),
    (E, [["How many bytes does the string “Python” take when each code point is a 32-bit integer?", "24 bytes"]],
     "And in ASCII?", ["6 bytes"], [S_24_BYTES]),
    (E, [["Is it recommended to read the bytes and decode them with bytes.decode() yourself?", "No, the manual approach is not recommended."]],
     "Why not?", ["the multi-byte nature of encodings", "one Unicode character can be represented by several bytes"], [S_MULTI_BYTE]),
    # ---------------- self-contained ----------------
    (SC, [["Who wrote “Processing Text Files in Python 3”?", "Nick Coghlan"]],
     "What is the range of Unicode code point values?", ["0 to 0x10FFFF"], [S_CODE_POINT_RANGE]),
    (SC, [["What does casefold() do?", "converts a string to a case-insensitive form"]],
     "On which line of a source file must the encoding comment appear?", ["either the first or second line", "the first or second line"], [S_CODING_LINE]),
    (SC, [["Which module provides the regular expressions discussed in the HOWTO?", "re"]],
     "According to the most important tip, when should software decode its input data?", ["as soon as possible"], [S_TIP]),
    (SC, [["Which exception does the 'strict' error handler raise when decoding fails?", "UnicodeDecodeError"]],
     "How much RAM would you need to read a 2 GiB file into memory at once?", ["2 GiB", "2 GiB of RAM"], [S_2GIB]),
    (SC, [["What single code point can represent ‘ê’?", "U+00EA"]],
     "What kind of data do XML parsers often return?", ["Unicode data", "Unicode"], [S_XML]),
    # ---------------- unanswerable ----------------
    (U, [["Who discusses the history of Unicode and UTF-8 on the Computerphile YouTube channel?", "Tom Scott"]],
     "When did he publish that video?", [], []),
    (U, [["Who wrote the other good introductory article that the HOWTO recommends?", "Joel Spolsky"]],
     "What is its title?", [], []),
    (U, [["Which names are synonyms for the 'latin-1' encoding?", "'iso_8859_1' and '8859'"]],
     "And for UTF-8?", [], []),
    (U, [["Which class can transparently convert a stream between encodings?", "StreamRecoder"]],
     "Which module is it defined in?", [], []),
    (U, [["Which forms can unicodedata's normalize() produce?", "NFC, NFKC, NFD and NFKD"]],
     "What does the K in them stand for?", [], []),
    (U, [["Which code point is used as a byte-order mark?", "U+FEFF"]],
     "What is that character's official Unicode name?", [], []),
    (U, [["What does the category code 'Mn' mean?", "Mark, nonspacing"]],
     "And 'Lu'?", [], []),
    (U, [["What release number does the Unicode HOWTO have?", "1.12"]],
     "When was that release published?", [], []),
    (U, [["How many bytes does UTF-8 use for a code point below 128?", "one: the corresponding byte value"]],
     "And UTF-16?", [], []),
    (U, [["Which error handler lets you edit the ASCII parts of a file in an unknown encoding?", "surrogateescape"]],
     "In which Python version was the surrogateescape error handler added?", [], []),
]

if __name__ == "__main__":
    text, _ = document("python-unicode-howto")
    rows = follow_up_rows(ITEMS, PREFIX, SEED, lambda sentence: whole_span(text, sentence), split="dev")
    write_rows(rows, OUT)
    print("wrote", OUT, len(rows))
