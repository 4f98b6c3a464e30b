"""Build zlib-how.jsonl (hand-written gold QA, DEV set for tuning).

Run from /work/main:  python3 evals/gold/make_zlib_gold.py
Document: docs/zlib-how.txt (build it with prepare_zlib_doc.py).
Evidence is given as exact sentence (or whole-line) strings; offsets are found
with str.find, must be unique, and are asserted to round-trip. The questions
were written from the text alone, without running articleqa.
The program zpipe.c itself (its <pre> code blocks) is not part of the
document, so facts that appear only in the code (the value of CHUNK, the
zpipe.c version and history, the messages printed by zerr(), the exit status)
are unanswerable here.
Every item is split "dev": this set is for tuning, unlike the held-out
debian-python-policy.jsonl.
"""

from goldtools import write_gold

U = "unanswerable"
S_COPYRIGHT = "Copyright (c) 2004, 2005 by Mark Adler"
S_LEVEL_RANGE = "deflateInit() is called with a pointer to the structure to be initialized and the compression level, which is an integer in the range of -1 to 9."
S_DEFAULT_LEVEL = "The zlib constant Z_DEFAULT_COMPRESSION, equal to -1, provides a good compromise between compression and speed and is equivalent to level 6."
S_LEVEL0 = "Level 0 actually does no compression at all, and in fact expands the data slightly to produce the zlib format (it is not a byte-for-byte copy of the input)."
S_HEADER = "The zlib format has a very small header of only two bytes to identify it as a zlib stream and to provide decoding information, and a four-byte trailer with a fast check value to verify the integrity of the uncompressed data after decoding."
S_DICT = "Advanced applications may use deflateSetDictionary() to prime deflate() with a set of likely data to improve the first 32K or so of compression."
S_BUF_ERROR = "That deflate() call wasn't able to do anything, either consume input or produce output, and so it returns Z_BUF_ERROR."
S_MEM_ERROR = "The other error to be processed is Z_MEM_ERROR, which can occur since memory allocation is deferred until inflate() needs it, unlike deflate(), whose memory is allocated at the start by deflateInit()."
S_INFL_DEFER = "In the current implementation of zlib (up through versions 1.2.x), the method-dependent memory allocations are deferred to the first call of inflate() anyway."
S_INFL_FIELDS = "avail_in and next_in must be initialized before calling inflateInit()."
S_ZPIPE_D = "The zpipe command is simply a compression pipe from stdin to stdout, if no arguments are given, or it is a decompression pipe if zpipe -d is used."
S_OTHER_ARGS = "If any other arguments are provided, no compression or decompression is performed."
S_DEFLATEEND_ANY = "deflateEnd() can be called at any time after the state has been initialized."

ITEMS = [
    # ---------------- factoid ----------------
    (
        "factoid",
        "From which header file does zpipe.c use strcmp()?",
        ["string.h"],
        ["From string.h we use strcmp() for command line argument processing."],
    ),
    (
        "factoid",
        "What is CHUNK in the example program?",
        ["the buffer size", "simply the buffer size for feeding data to and pulling data from the zlib routines"],
        ["CHUNK is simply the buffer size for feeding data to and pulling data from the zlib routines."],
    ),
    (
        "factoid",
        "To which constant are zalloc, zfree and opaque set so that zlib uses its default memory allocation routines?",
        ["Z_NULL"],
        ["Here they are set to the zlib constant Z_NULL to request that zlib use the default memory allocation routines."],
    ),
    (
        "factoid",
        "Which function may more advanced applications of zlib use instead of deflateInit()?",
        ["deflateInit2()", "deflateInit2"],
        ["More advanced applications of zlib may use deflateInit2() here instead."],
    ),
    (
        "factoid",
        "To which constant is flush set once the end of the input file has been reached?",
        ["Z_FINISH"],
        [
            "If we are at the end of file, then flush is set to the zlib constant Z_FINISH, which is later passed to deflate() to indicate that this is the last chunk of input data to compress."
        ],
    ),
    (
        "factoid",
        "Which return value of deflate() is only possible if the stream was not initialized properly?",
        ["Z_STREAM_ERROR"],
        ["Z_STREAM_ERROR is only possible if the stream is not initialized properly, but we did initialize it properly."],
    ),
    (
        "factoid",
        "Which function can be used to prime deflate() with a set of likely data?",
        ["deflateSetDictionary()", "deflateSetDictionary"],
        [S_DICT],
    ),
    (
        "factoid",
        "What does inf() convert a Z_NEED_DICT indication into?",
        ["Z_DATA_ERROR", "a Z_DATA_ERROR"],
        [
            "For this routine, we have no idea what the dictionary is, so the Z_NEED_DICT indication is converted to a Z_DATA_ERROR."
        ],
    ),
    (
        "factoid",
        "Which routine interprets the error codes from def() and inf() and prints an error message?",
        ["zerr()", "zerr"],
        [
            "zerr() is used to interpret the possible error codes from def() and inf(), as detailed in their comments above, and print out an error message."
        ],
    ),
    (
        "factoid",
        "Which command-line option makes zpipe decompress instead of compress?",
        ["-d", "zpipe -d"],
        [S_ZPIPE_D],
    ),
    (
        "factoid",
        "Which inflate() return value shows that the end of the zlib stream was reached and all of the output was provided?",
        ["Z_STREAM_END"],
        [
            "The outer do-loop ends when inflate() reports that it has reached the end of the input zlib stream, has completed the decompression and integrity check, and has provided all of the output.",
            "This is indicated by the inflate() return value Z_STREAM_END.",
        ],
    ),
    (
        "factoid",
        "Who holds the copyright on the zlib Usage Example page?",
        ["Mark Adler"],
        [S_COPYRIGHT],
    ),
    (
        "factoid",
        "Which fields of the stream structure do not need to be initialized before calling inflateInit()?",
        ["avail_out and next_out", "the avail_out and next_out fields"],
        [
            "In any case, no decompression is performed by inflateInit(), so the avail_out and next_out fields do not need to be initialized before calling."
        ],
    ),
    (
        "factoid",
        "Which error can inflate() return because its memory allocation is deferred until it needs it?",
        ["Z_MEM_ERROR"],
        [S_MEM_ERROR],
    ),
    # ---------------- paraphrase ----------------
    (
        "paraphrase",
        "On Windows, what would happen to the compressed output if the files were treated as text?",
        ["render the compressed data unusable", "unusable", "corrupt binary data"],
        [
            "Without this, those systems would assume that the input and output files are text, and try to convert the end-of-line characters from one standard to another.",
            "That would corrupt binary data, and in particular would render the compressed data unusable.",
        ],
    ),
    (
        "paraphrase",
        "What do you gain by picking a smaller level number when squeezing data?",
        ["faster execution"],
        ["Lower compression levels result in faster execution, but less compression."],
    ),
    (
        "paraphrase",
        "Why doesn't the program bother looking at what deflateEnd() hands back?",
        ["The deallocation can't fail", "can't fail"],
        ["There is no point here in checking the deflateEnd() return code.", "The deallocation can't fail."],
    ),
    (
        "paraphrase",
        "What can cap how much data a single call to the compressor swallows?",
        ["the amount of output space available", "output space"],
        ["It is the amount of output space available that may limit how much input is consumed."],
    ),
    (
        "paraphrase",
        "Why does the compressor usually hold back its output at first instead of emitting bytes right away?",
        ["to accumulate statistics on the data for optimum compression", "accumulate statistics on the data"],
        [
            "Normally deflate will consume several K bytes of input data before producing any output (except for the header), in order to accumulate statistics on the data for optimum compression."
        ],
    ),
    (
        "paraphrase",
        "What is the cost of asking the compressor to emit pending output early or to forget its history?",
        ["degrade compression", "Both requests will degrade compression"],
        [
            "You can force deflate() to produce a burst of output that encodes all of the input data provided so far, even if it wouldn't have otherwise, for example to control data latency on a link with compressed data.",
            "You can also ask that deflate() do that as well as erase any history up to that point so that what follows can be decompressed independently, for example for random access applications.",
            "Both requests will degrade compression by an amount depending on how often such requests are made.",
        ],
    ),
    (
        "paraphrase",
        "Why can the decompressing routine do without a variable that records whether to finish?",
        [
            "inflate() can tell from the zlib stream itself when the stream is complete",
            "the zlib stream itself",
        ],
        [
            "The only difference is that there is no flush variable, since inflate() can tell from the zlib stream itself when the stream is complete."
        ],
    ),
    (
        "paraphrase",
        "Apart from the input not being zlib data in the first place, what else makes the decompressor report bad data?",
        ["the data was corrupted somewhere along the way since it was compressed", "corrupted"],
        [
            "Z_DATA_ERROR indicates that inflate() detected an error in the zlib compressed data format, which means that either the data is not a zlib stream to begin with, or that the data was corrupted somewhere along the way since it was compressed."
        ],
    ),
    # ---------------- numeric ----------------
    (
        "numeric",
        "What is the range of the compression level passed to deflateInit()?",
        ["-1 to 9"],
        [S_LEVEL_RANGE],
    ),
    (
        "numeric",
        "Which compression level is Z_DEFAULT_COMPRESSION equivalent to?",
        ["level 6", "6"],
        [S_DEFAULT_LEVEL],
    ),
    (
        "numeric",
        "How many bytes long is the zlib header?",
        ["two bytes", "two", "2"],
        [S_HEADER],
    ),
    (
        "numeric",
        "Roughly how much memory does deflateInit() allocate for the internal state?",
        ["on the order of 256K bytes", "256K bytes", "256K"],
        ["deflateInit() will allocate on the order of 256K bytes for the internal state."],
    ),
    (
        "numeric",
        "What buffer sizes does the page recommend if the memory is available?",
        ["on the order of 128K or 256K bytes", "128K or 256K bytes"],
        ["If the memory is available, buffers sizes on the order of 128K or 256K bytes should be used."],
    ),
    (
        "numeric",
        "How much of the compression can a preset dictionary improve?",
        ["the first 32K or so", "32K"],
        [S_DICT],
    ),
    (
        "numeric",
        "Up through which zlib versions are the method-dependent memory allocations deferred to the first call of inflate()?",
        ["1.2.x", "versions 1.2.x"],
        [S_INFL_DEFER],
    ),
    # ---------------- date ----------------
    (
        "date",
        "When was the zlib Usage Example page last modified?",
        ["11 December 2005"],
        ["Last modified 11 December 2005"],
    ),
    (
        "date",
        "Which years does the page's copyright notice cover?",
        ["2004, 2005", "2004 and 2005"],
        [S_COPYRIGHT],
    ),
    # ---------------- multi_sentence ----------------
    (
        "multi_sentence",
        "What does zpipe do if it is given an argument other than -d?",
        ["a usage message is displayed", "no compression or decompression is performed"],
        [S_OTHER_ARGS, "Instead a usage message is displayed."],
    ),
    (
        "multi_sentence",
        "After deflateEnd() has been called, what must be called to start a new compression process?",
        ["deflateInit() (or deflateInit2())", "deflateInit()", "deflateInit2()"],
        [
            S_DEFLATEEND_ANY,
            "Once that's done, deflateInit() (or deflateInit2()) would have to be called to start a new compression process.",
        ],
    ),
    (
        "multi_sentence",
        "Which macro does zpipe use at the beginning of main() to suppress end-of-line conversions on Windows/MS-DOS?",
        ["SET_BINARY_MODE()", "SET_BINARY_MODE"],
        [
            "This sets the input and output to binary which suppresses the end-of-line conversions.",
            "SET_BINARY_MODE() will be used later on stdin and stdout, at the beginning of main().",
        ],
    ),
    (
        "multi_sentence",
        "Why does def() not check the return value of deflate()?",
        ["deflate() can do no wrong here", "it turns out that deflate() can do no wrong here"],
        [
            "deflate() has a return value that can indicate errors, yet we do not check it here.",
            "Well, it turns out that deflate() can do no wrong here.",
        ],
    ),
    (
        "multi_sentence",
        "If current zlib versions defer the method-dependent allocations anyway, why must avail_in and next_in still be initialized before inflateInit()?",
        [
            "later versions of zlib that provide more compression methods may take advantage of this interface",
            "later versions of zlib",
        ],
        [
            S_INFL_FIELDS,
            S_INFL_DEFER,
            "However those fields must be initialized since later versions of zlib that provide more compression methods may take advantage of this interface.",
        ],
    ),
    (
        "multi_sentence",
        "Besides zalloc, zfree and opaque, which two fields must be initialized before calling inflateInit(), and to what values does zpipe set them?",
        ["avail_in and next_in", "avail_in is set to zero and next_in is set to Z_NULL"],
        [
            S_INFL_FIELDS,
            "Here avail_in is set to zero and next_in is set to Z_NULL to indicate that no input data is being provided.",
        ],
    ),
    (
        "multi_sentence",
        "Why must feof() be used to detect end-of-file instead of checking whether fewer than CHUNK bytes were read?",
        ["if the input file length is an exact multiple of CHUNK", "an exact multiple of CHUNK"],
        [
            "We need to use feof() to check for end-of-file as opposed to seeing if fewer than CHUNK bytes have been read.",
            "The reason is that if the input file length is an exact multiple of CHUNK, we will miss the fact that we got to the end-of-file, and not know to tell deflate() to finish up the compressed stream.",
        ],
    ),
    # ---------------- yes_no ----------------
    (
        "yes_no",
        "Does compression level 0 produce a byte-for-byte copy of the input?",
        ["no", "it is not a byte-for-byte copy of the input"],
        [S_LEVEL0],
    ),
    (
        "yes_no",
        "Is the zlib format the same as the gzip format?",
        ["no", "which is different from the gzip or zip formats"],
        ["The output data will be in the zlib format, which is different from the gzip or zip formats."],
    ),
    (
        "yes_no",
        "Can several independent zlib streams operate in parallel?",
        ["yes", "an application can initialize multiple, independent zlib streams, which can operate in parallel"],
        [
            "Note that an application can initialize multiple, independent zlib streams, which can operate in parallel."
        ],
    ),
    (
        "yes_no",
        "Is it a problem when deflate() returns Z_BUF_ERROR in the inner loop after the output buffer happened to be filled exactly?",
        ["no", "this is not a problem at all"],
        [S_BUF_ERROR, "However this is not a problem at all."],
    ),
    (
        "yes_no",
        "Does inflateInit() perform any decompression?",
        ["no", "no decompression is performed by inflateInit()"],
        [
            "In any case, no decompression is performed by inflateInit(), so the avail_out and next_out fields do not need to be initialized before calling."
        ],
    ),
    (
        "yes_no",
        "Must the zalloc, zfree and opaque fields be initialized before calling deflateInit()?",
        ["yes", "must be initialized before calling deflateInit()"],
        ["The zalloc, zfree, and opaque fields in the strm structure must be initialized before calling deflateInit()."],
    ),
    (
        "yes_no",
        "When the inner loop of inf() ends, can the program assert that strm.avail_in is zero?",
        ["no", "we cannot assert that strm.avail_in will be zero"],
        [
            "In this case, we cannot assert that strm.avail_in will be zero, since the deflate stream may end before the file does."
        ],
    ),
    (
        "yes_no",
        "Does deflateInit() check that the zlib.h header matches the version of the library linked with the program?",
        ["yes", "deflateInit() will also check"],
        [
            "deflateInit() will also check that the version of zlib that the zlib.h file came from matches the version of zlib actually linked with the program."
        ],
    ),
    # ---------------- unanswerable ----------------
    (U, "What is the value of CHUNK in zpipe.c?", [], []),
    (U, "Which version of zpipe.c does this page describe?", [], []),
    (U, "When was the first version of zpipe.c written?", [], []),
    (U, "What does the Z_DEFAULT_STRATEGY setting do?", [], []),
    (U, "How much memory does inflate() allocate for its internal state?", [], []),
    (U, "Which checksum algorithm is used for the check value in the zlib trailer?", [], []),
    (U, "What windowBits value makes deflateInit2() write a gzip header?", [], []),
    (U, "Which zlib function reads a gzip file directly?", [], []),
    (U, "What exit status does zpipe return when it is called with unrecognised arguments?", [], []),
    (U, "What is the name of the flush value used to control data latency on a link with compressed data?", [], []),
    (U, "Which error code does deflateInit() return when zlib.h and the linked library versions differ?", [], []),
    (U, "What message does zerr() print when memory runs out?", [], []),
    (U, "When was zlib first released?", [], []),
    (U, "How much memory does deflateInit2() use at its lowest memory setting?", [], []),
    (U, "Which zlib function computes a CRC-32 checksum?", [], []),
    (U, "What does inflateBack() do?", [], []),
    (U, "How many times faster is compression level 1 than level 9?", [], []),
    (U, "Which zlib version introduced deflateInit2()?", [], []),
    (U, "What upper bound on the compressed size does deflateBound() give?", [], []),
    (U, "What memLevel does deflateInit() use by default?", [], []),
    (U, "How many compression methods does the current zlib support?", [], []),
    (U, "Under which licence is zpipe.c distributed?", [], []),
    (U, "How many bytes long is the gzip header?", [], []),
]

# Added later, numbered after the rest: the dev sets had no unanswerable yes/no question. Written
# from the text, before articleqa was run on them, when a user found that it answered "No." to
# yes/no questions the text never addresses; each checked against the text by search.
LATER = [
    (U, "Is zlib faster than bzip2?", [], []),
    (U, "Does zlib support multithreaded compression?", [], []),
    (U, "Can inflate() decompress encrypted ZIP archives?", [], []),
]


if __name__ == "__main__":
    write_gold("zlib-how", ITEMS, "zlb", 2005, "dev", later=LATER)  # tuning set; never use it as a test set
