"""Build python-unicode-howto.jsonl (hand-written gold QA, DEV set for tuning).

Run from /work/main:  python3 evals/gold/make_unicode_gold.py
Document: docs/python-unicode-howto.txt (build it with prepare_unicode_doc.py).
Evidence is given as exact sentence (or whole-line) strings; offsets are found
with str.find, must be unique, and are asserted to round-trip. List items and
the quoted tip are whole lines. The questions were written from the text
alone, without running articleqa.
The HOWTO's code blocks and their printed output are not part of the document,
so facts that appear only there (the example strings, the unicodedata program
and what it prints, the exact coding-comment line) are unanswerable here.
Every item is split "dev": this set is for tuning, unlike the held-out
debian-python-policy.jsonl.
"""

from goldtools import write_gold

U = "unanswerable"
S_MAXCP = "To summarize the previous section: a Unicode string is a sequence of code points, which are numbers from 0 through 0x10FFFF (1,114,111 decimal)."
S_U265E = "In the standard and in this document, a code point is written using the notation U+265E to mean the character with value 0x265e (9,822 in decimal)."
S_WASTE = "The above string takes 24 bytes compared to the 6 bytes needed for an ASCII representation."
S_UTF = "UTF stands for “Unicode Transformation Format”, and the ‘8’ means that 8-bit values are used in the encoding."
S_BOM = "The Unicode character U+FEFF is used as a byte-order mark (BOM), and is often written as the first character of a file in order to assist with autodetection of the file’s byte ordering."
S_BOM_UTF8 = "In some areas, it is also convention to use a “BOM” at the start of UTF-8 encoded files; the name is misleading since UTF-8 is not byte-order dependent."
S_SURR = "The surrogateescape error handler will decode any non-ASCII bytes as code points in a special range running from U+DC80 to U+DCFF."
S_ERRORS = "Legal values for this argument are 'strict' (raise a UnicodeDecodeError exception), 'replace' (use U+FFFD, REPLACEMENT CHARACTER), 'ignore' (just leave the character out of the Unicode result), or 'backslashreplace' (inserts a \\xNN escape sequence)."
S_CODECS = "However, the encoding and decoding functions returned by this module are usually more low-level than is comfortable, and writing new encodings is a specialized task, so the module won’t be covered in this HOWTO."
S_ESCAPES = "The \\U escape sequence is similar, but expects eight hex digits, not four:"
S_EMACS = "Emacs supports many different variables, but Python only supports ‘coding’."
S_DASH = "The -*- symbols indicate to Emacs that the comment is special; they have no significance to Python but are a convention."
S_CATS = "To take the codes from the above output, 'Ll' means ‘Letter, lowercase’, 'No' means “Number, other”, 'Mn' is “Mark, nonspacing”, and 'So' is “Symbol, other”."
S_CASEFOLD = "This algorithm has special handling for characters such as the German letter ‘ß’ (code point U+00DF), which becomes the pair of lowercase letters ‘ss’."
S_NFD_Q = "(Why is NFD() invoked twice?"
S_NFD_A = "Because there are a few characters that make casefold() return a non-normalized string, so the result needs to be normalized again."
S_NFD_SEC = "See section 3.13 of the Unicode Standard for a discussion and an example.)"
S_RE57 = "If you supply the re.ASCII flag to compile(), \\d+ will match the substring “57” instead."
S_WIN36 = "Today Python is converging on using UTF-8: Python on MacOS has used UTF-8 for several versions, and Python 3.6 switched to using UTF-8 on Windows as well."
S_TYPEERR = "There is no automatic encoding or decoding: if you do e.g. str + bytes, a TypeError will be raised."
S_TIP = "Software should only work with Unicode strings internally, decoding the input data as soon as possible and encoding the output only at the end."
S_2GIB = "One solution would be to read the entire file into memory and then perform the decoding, but that prevents you from working with files that are extremely large; if you need to read a 2 GiB file, you need 2 GiB of RAM."
S_OPEN = "The work of implementing this has already been done for you: the built-in open() function can return a file-like object that assumes the file’s contents are in a specified encoding and accepts Unicode parameters for methods such as read() and write()."
S_DRAFT = "The initial draft of this document was written by Andrew Kuchling."
S_LEMBURG_EP = "Marc-André Lemburg gave a presentation titled “Python and Unicode” (PDF slides) at EuroPython 2002."
S_BYTES_APIS = "The bytes APIs should only be used on systems where undecodable file names can be present; that’s pretty much only Unix systems now."

ITEMS = [
    # ---------------- factoid ----------------
    (
        "factoid",
        "Which character does the code point U+265E represent?",
        ["BLACK CHESS KNIGHT", "‘BLACK CHESS KNIGHT’, ‘♞’"],
        ["U+265E is a code point, which represents some particular character; in this case, it represents the character ‘BLACK CHESS KNIGHT’, ‘♞’."],
    ),
    (
        "factoid",
        "What does UTF stand for?",
        ["Unicode Transformation Format"],
        [S_UTF],
    ),
    (
        "factoid",
        "Which Unicode character is used as a byte-order mark?",
        ["U+FEFF", "The Unicode character U+FEFF"],
        [S_BOM],
    ),
    (
        "factoid",
        "Which codec should be used to read UTF-8 files so that a leading BOM is skipped automatically?",
        ["‘utf-8-sig’", "utf-8-sig"],
        ["For reading such files, use the ‘utf-8-sig’ codec to automatically skip the mark if present."],
    ),
    (
        "factoid",
        "Which error handler lets you open a file in an unknown but ASCII-compatible encoding to examine or modify only its ASCII parts?",
        ["surrogateescape", "the surrogateescape error handler"],
        ["If you know the encoding is ASCII-compatible and only want to examine or modify the ASCII parts, you can open the file with the surrogateescape error handler:"],
    ),
    (
        "factoid",
        "Which class can transparently convert a stream from one encoding to another?",
        ["StreamRecoder", "The StreamRecoder class"],
        ["The StreamRecoder class can transparently convert between encodings, taking a stream that returns data in encoding #1 and behaving like a stream returning data in encoding #2."],
    ),
    (
        "factoid",
        "Which exception does the 'strict' errors value raise when bytes cannot be decoded?",
        ["UnicodeDecodeError", "a UnicodeDecodeError exception"],
        [S_ERRORS],
    ),
    (
        "factoid",
        "Which exception is raised if you add a str and a bytes object together?",
        ["TypeError", "a TypeError"],
        [S_TYPEERR],
    ),
    (
        "factoid",
        "Who wrote the initial draft of the Unicode HOWTO?",
        ["Andrew Kuchling"],
        [S_DRAFT],
    ),
    (
        "factoid",
        "Which function returns the encoding to use for filenames on the current system?",
        ["sys.getfilesystemencoding()", "sys.getfilesystemencoding"],
        ["The sys.getfilesystemencoding() function returns the encoding to use on your current system, in case you want to do the encoding manually, but there’s not much reason to bother."],
    ),
    (
        "factoid",
        "What does the Unicode category code 'Mn' mean?",
        ["Mark, nonspacing", "“Mark, nonspacing”"],
        [S_CATS],
    ),
    (
        "factoid",
        "In which module are the low-level routines for registering and accessing the available encodings found?",
        ["codecs", "the codecs module"],
        ["The low-level routines for registering and accessing the available encodings are found in the codecs module."],
    ),
    (
        "factoid",
        "What does casefold() turn the German letter ‘ß’ into?",
        ["ss", "the pair of lowercase letters ‘ss’"],
        [S_CASEFOLD],
    ),
    (
        "factoid",
        "Who wrote “Processing Text Files in Python 3”?",
        ["Nick Coghlan"],
        ["Processing Text Files in Python 3, by Nick Coghlan."],
    ),
    # ---------------- paraphrase ----------------
    (
        "paraphrase",
        "Why can't text stored as four-byte integers in the CPU's native layout be moved safely between machines?",
        ["different processors order the bytes differently", "It’s not portable"],
        ["It’s not portable; different processors order the bytes differently."],
    ),
    (
        "paraphrase",
        "If some bytes of text in the most popular 8-bit Unicode format get mangled or go missing, what can a reader still do?",
        [
            "resynchronize",
            "determine the start of the next UTF-8-encoded code point and resynchronize",
        ],
        ["If bytes are corrupted or lost, it’s possible to determine the start of the next UTF-8-encoded code point and resynchronize."],
    ),
    (
        "paraphrase",
        "What software normally has the job of picking the right visual shape to draw for a symbol?",
        ["a GUI toolkit or a terminal’s font renderer", "a GUI toolkit", "a terminal’s font renderer"],
        ["Most Python code doesn’t need to worry about glyphs; figuring out the correct glyph to display is generally the job of a GUI toolkit or a terminal’s font renderer."],
    ),
    (
        "paraphrase",
        "Why does the guide leave out the module used to implement your own text codecs?",
        [
            "writing new encodings is a specialized task",
            "the encoding and decoding functions returned by this module are usually more low-level than is comfortable",
        ],
        [S_CODECS],
    ),
    (
        "paraphrase",
        "What is the drawback of slurping a whole file into memory before turning its bytes into text?",
        ["that prevents you from working with files that are extremely large", "files that are extremely large"],
        [S_2GIB],
    ),
    (
        "paraphrase",
        "When screening input from an untrusted source for forbidden characters, what should be inspected?",
        ["the decoded string", "check the decoded string, not the encoded bytes data"],
        ["If you’re doing this, be careful to check the decoded string, not the encoded bytes data; some encodings may have interesting properties, such as not being bijective or not being fully ASCII-compatible."],
    ),
    (
        "paraphrase",
        "Why is the label given to the marker sometimes placed at the front of UTF-8 files misleading?",
        ["UTF-8 is not byte-order dependent", "since UTF-8 is not byte-order dependent"],
        [S_BOM_UTF8],
    ),
    (
        "paraphrase",
        "On which kind of operating system are the byte-based file-name interfaces still really needed?",
        ["Unix systems", "pretty much only Unix systems"],
        [S_BYTES_APIS],
    ),
    # ---------------- numeric ----------------
    (
        "numeric",
        "What is the largest Unicode code point in decimal?",
        ["1,114,111", "1114111"],
        [S_MAXCP],
    ),
    (
        "numeric",
        "What is the decimal value of the code point U+265E?",
        ["9,822", "9822"],
        [S_U265E],
    ),
    (
        "numeric",
        "How many bytes does the string “Python” take when each code point is stored as a 32-bit integer?",
        ["24 bytes", "24"],
        [S_WASTE],
    ),
    (
        "numeric",
        "Roughly how many different encodings does Python come with?",
        ["roughly 100", "100"],
        ["Python comes with roughly 100 different encodings; see the Python Library Reference at Standard Encodings for a list."],
    ),
    (
        "numeric",
        "How many hex digits does the \\U escape sequence expect?",
        ["eight hex digits", "eight", "8"],
        [S_ESCAPES],
    ),
    (
        "numeric",
        "Which Python version switched to using UTF-8 for filenames on Windows?",
        ["Python 3.6", "3.6"],
        [S_WIN36],
    ),
    (
        "numeric",
        "Which section of the Unicode Standard discusses why the result of casefold() may need to be normalized again?",
        ["section 3.13", "3.13"],
        [S_NFD_A, S_NFD_SEC],
    ),
    (
        "numeric",
        "How long is the Computerphile video in which Tom Scott discusses the history of Unicode and UTF-8?",
        ["9 minutes 36 seconds"],
        ["On the Computerphile Youtube channel, Tom Scott briefly discusses the history of Unicode and UTF-8 (9 minutes 36 seconds)."],
    ),
    # ---------------- date ----------------
    (
        "date",
        "In which year did Ned Batchelder give his “Pragmatic Unicode” presentation at PyCon?",
        ["2012", "PyCon 2012"],
        ["Pragmatic Unicode, a PyCon 2012 presentation by Ned Batchelder."],
    ),
    (
        "date",
        "At which year's EuroPython did Marc-André Lemburg present “Python and Unicode”?",
        ["2002", "EuroPython 2002"],
        [S_LEMBURG_EP],
    ),
    (
        "date",
        "In which year was David Beazley's PyCon talk “Mastering Python 3 Input/Output” given?",
        ["2010", "PyCon 2010"],
        ["One section of Mastering Python 3 Input/Output, a PyCon 2010 talk by David Beazley, discusses text processing and binary data handling."],
    ),
    # ---------------- multi_sentence ----------------
    (
        "multi_sentence",
        "Which built-in function already implements the low-level decoding that copes with partial coding sequences at the end of a chunk?",
        ["open()", "the built-in open() function"],
        ["The solution would be to use the low-level decoding interface to catch the case of partial coding sequences.", S_OPEN],
    ),
    (
        "multi_sentence",
        "Why is NFD() invoked twice in the caseless comparison example?",
        [
            "there are a few characters that make casefold() return a non-normalized string",
            "the result needs to be normalized again",
        ],
        [S_NFD_Q, S_NFD_A],
    ),
    (
        "multi_sentence",
        "Who revised the Unicode HOWTO after Andrew Kuchling's initial draft?",
        ["Alexander Belopolsky, Georg Brandl, Andrew Kuchling, and Ezio Melotti", "Alexander Belopolsky, Georg Brandl"],
        [S_DRAFT, "It has since been revised further by Alexander Belopolsky, Georg Brandl, Andrew Kuchling, and Ezio Melotti."],
    ),
    (
        "multi_sentence",
        "Which code point do some areas conventionally place at the start of UTF-8 encoded files?",
        ["U+FEFF"],
        [S_BOM, S_BOM_UTF8],
    ),
    (
        "multi_sentence",
        "What happens to the non-ASCII bytes of a file read with the surrogateescape error handler when the data is encoded and written back out with the same handler?",
        ["turn back into the same bytes", "These code points will then turn back into the same bytes"],
        [S_SURR, "These code points will then turn back into the same bytes when the surrogateescape error handler is used to encode the data and write it back out."],
    ),
    (
        "multi_sentence",
        "Which of the variables of Emacs's file-local notation does Python support in a source file's encoding comment?",
        ["‘coding’", "coding"],
        ["The syntax is inspired by Emacs’s notation for specifying variables local to a file.", S_EMACS],
    ),
    (
        "multi_sentence",
        "In the regular-expression example with Thai and Arabic numerals, which substring does \\d+ match when the re.ASCII flag is supplied?",
        ["“57”", "57"],
        ["The string in this example has the number 57 written in both Thai and Arabic numerals:", S_RE57],
    ),
    # ---------------- yes_no ----------------
    (
        "yes_no",
        "Is a string of ASCII text also valid UTF-8 text?",
        ["yes", "A string of ASCII text is also valid UTF-8 text."],
        ["A string of ASCII text is also valid UTF-8 text."],
    ),
    (
        "yes_no",
        "Does Python 3 allow Unicode characters in identifiers?",
        ["yes", "Python 3 also supports using Unicode characters in identifiers"],
        ["Side note: Python 3 also supports using Unicode characters in identifiers:"],
    ),
    (
        "yes_no",
        "Do functions in the os module such as os.stat() accept Unicode filenames?",
        ["yes", "will also accept Unicode filenames"],
        ["Functions in the os module such as os.stat() will also accept Unicode filenames."],
    ),
    (
        "yes_no",
        "Can UTF-8 strings be processed by C functions such as strcpy()?",
        ["yes", "UTF-8 strings can be processed by C functions such as strcpy()"],
        ["This means that UTF-8 strings can be processed by C functions such as strcpy() and sent through protocols that can’t handle zero bytes for anything other than end-of-string markers."],
    ),
    (
        "yes_no",
        "Does the Unicode HOWTO cover the codecs module?",
        ["no", "the module won’t be covered in this HOWTO"],
        [S_CODECS],
    ),
    (
        "yes_no",
        "Does Python automatically encode or decode when str and bytes are combined?",
        ["no", "There is no automatic encoding or decoding"],
        [S_TYPEERR],
    ),
    (
        "yes_no",
        "Do the -*- symbols in a source file's encoding comment have any significance to Python?",
        ["no", "they have no significance to Python"],
        [S_DASH],
    ),
    (
        "yes_no",
        "Do Marc-André Lemburg's slides “Writing Unicode-aware Applications in Python” cover Python 3?",
        ["no", "These slides cover Python 2.x only."],
        [
            "The PDF slides for Marc-André Lemburg’s presentation “Writing Unicode-aware Applications in Python” discuss questions of character encodings as well as how to internationalize and localize an application.",
            "These slides cover Python 2.x only.",
        ],
    ),
    # ---------------- unanswerable ----------------
    (U, "How many code points are actually assigned in the latest version of Unicode?", [], []),
    (U, "In which year was the Unicode Consortium founded?", [], []),
    (U, "Which version of the Unicode Standard does Python 3.11's unicodedata module implement?", [], []),
    (U, "Since which Python version has Python on macOS used UTF-8 for filenames?", [], []),
    (U, "In which year was the initial draft of the Unicode HOWTO written?", [], []),
    (U, "Who designed the UTF-8 encoding?", [], []),
    (U, "How many bytes does UTF-16 use to encode a code point above U+FFFF?", [], []),
    (U, "How does the NFKC normalization form differ from NFC?", [], []),
    (U, "Which error handler does str.encode() use when no errors argument is given?", [], []),
    (U, "What does the 'surrogatepass' error handler do?", [], []),
    (U, "In which Python version was the namereplace error handler added?", [], []),
    (U, "Which PEP changed Python 3.6 to use UTF-8 for filenames on Windows?", [], []),
    (U, "Which encoding did Python use for filenames on Windows before version 3.6?", [], []),
    (U, "How long is Ned Batchelder's “Pragmatic Unicode” presentation?", [], []),
    (U, "In which city was EuroPython 2002 held?", [], []),
    (U, "Which internal string representation did Python 3.3 introduce?", [], []),
    (U, "What does the PYTHONIOENCODING environment variable control?", [], []),
    (U, "Which unicodedata function returns the name of a character?", [], []),
    (U, "Which character's numeric value does the HOWTO's unicodedata example program print?", [], []),
    (U, "What street name is used in the HOWTO's casefold() example?", [], []),
    (U, "What was the release number of the Unicode HOWTO before 1.12?", [], []),
    (U, "When was version 1.0 of the Unicode Standard published?", [], []),
]

# Added later, numbered after the rest: the dev sets had no unanswerable yes/no question. Written
# from the text, before articleqa was run on them, when a user found that it answered "No." to
# yes/no questions the text never addresses; each checked against the text by search.
LATER = [
    (U, "Is UTF-16 the default encoding on Windows consoles?", [], []),
    (U, "Does Python 2 support f-strings?", [], []),
    (U, "Are emoji stored as two code points?", [], []),
]


if __name__ == "__main__":
    write_gold("python-unicode-howto", ITEMS, "uni", 1991, "dev", later=LATER)  # tuning set; never use it as a test set
