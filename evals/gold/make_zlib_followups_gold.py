"""Build zlib-how.followups.jsonl (hand-written follow-up gold QA, DEV set for tuning).

Run from /work/main:  python3 evals/gold/make_zlib_followups_gold.py
Document: docs/zlib-how.txt (build it with prepare_zlib_doc.py).
Each item is one chat turn: a history of one or two earlier [question, answer] turns, then a
follow-up question. The questions were written from the text alone, without running articleqa or
looking at its answers, and independently of the other follow-up sets. Types:
  pronoun         the follow-up refers back with "it", "they", "its", "that", "those", ... and needs
                  the history to be understood (the referent sits in an earlier question or only in
                  an earlier answer; a few two-turn histories have it in the first turn);
  ellipsis        an elliptical follow-up ("And fputs()?", "And a higher one?", "Why not?") that
                  reuses the previous question with one part swapped;
  self-contained  a complete question on its own, often on another topic than the history; it must
                  be answered as asked;
  unanswerable    a follow-up of any of these kinds whose answer the text does not give (checked by
                  searching the text); several ask for facts that only the dropped code shows.
Evidence is given as exact whole sentences (or lines); offsets are found with str.find and must be
unique. Every item is split "dev": this set is for tuning the chat rewrite.
"""

import os

from goldtools import document, follow_up_rows, whole_span, write_rows

SEED = 4711
PREFIX = "zfu"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "zlib-how.followups.jsonl")
P, E, SC, U = "pronoun", "ellipsis", "self-contained", "unanswerable"

S_Z_OK = "We must check the return value of deflateInit() against the zlib constant Z_OK to make sure that it was able to allocate memory for the internal state, and that the provided arguments were valid."
S_ZLIB_FORMAT = "The output data will be in the zlib format, which is different from the gzip or zip formats."
S_HEADER = "The zlib format has a very small header of only two bytes to identify it as a zlib stream and to provide decoding information, and a four-byte trailer with a fast check value to verify the integrity of the uncompressed data after decoding."
S_DEFLATEEND_ANY = "deflateEnd() can be called at any time after the state has been initialized."
S_INFL_WHY = "This is because the application has the option to provide the start of the zlib stream in order for inflateInit() to have access to information about the compression method to aid in memory allocation."
S_BINARY_LATER = "SET_BINARY_MODE() will be used later on stdin and stdout, at the beginning of main()."
S_NO_FLUSH = "If we are not yet at the end of the input, then the zlib constant Z_NO_FLUSH will be passed to deflate to indicate that we are still in the middle of the uncompressed data."
S_DICT_HEADER = "This is noted in the zlib header, so inflate() requests that that dictionary be provided before it can start to decompress."
S_INNER_REPEAT = "The inner do-loop is repeated until the last deflate() call fails to fill the provided output buffer."
S_ZALLOC = "The zalloc, zfree, and opaque fields in the strm structure must be initialized before calling deflateInit()."
S_STREAM_END_LAST = "Z_STREAM_END is also ok and will be returned for the last call of deflate()."
S_STDIO = "From stdio.h we use fopen(), fread(), fwrite(), feof(), ferror(), and fclose() for file i/o, and fputs() for error messages."
S_HIGHER = "Higher levels result in greater compression, but slower execution."
S_ZLIB_H = "From zlib.h we use the basic compression functions deflateInit(), deflate(), and deflateEnd(), and the basic decompression functions inflateInit(), inflate(), and inflateEnd()."
S_INF = "inf() decompresses what is hopefully a valid zlib stream from the input file and writes the uncompressed data to the output file."
S_EXAMPLES = "Examples are zpipe < foo.txt > foo.txt.z to compress, and zpipe -d < foo.txt.z > foo.txt to decompress."
S_MEM_ERROR = "The other error to be processed is Z_MEM_ERROR, which can occur since memory allocation is deferred until inflate() needs it, unlike deflate(), whose memory is allocated at the start by deflateInit()."
S_NO_DECOMP = "In any case, no decompression is performed by inflateInit(), so the avail_out and next_out fields do not need to be initialized before calling."
S_NORMAL = "deflate() will continue to compress normally as long as the flush parameter is Z_NO_FLUSH."
S_SELF_TERM = "There is no need to adjust the flush parameter, since the zlib format is self-terminating."
S_REENTRANT = "The state information maintained in the structure allows the zlib routines to be reentrant."
S_SHARED = "This is especially important for environments in which zlib is a shared library."
S_CLOBBER = "There is no harm in checking for Z_STREAM_ERROR here, for example to check for the possibility that some other part of the application inadvertently clobbered the memory containing the zlib state."

ITEMS = [
    # ---------------- pronoun ----------------
    (P, [["Which function initializes the zlib state for compression?", "deflateInit()"]],
     "Which zlib constant is its return value checked against?", ["Z_OK"], [S_Z_OK]),
    (P, [["What does the def() routine do?", "It compresses data from an input file to an output file."]],
     "Which format will its output data be in?", ["the zlib format", "zlib"], [S_ZLIB_FORMAT]),
    (P, [["Which function is called to free the allocated zlib state when reading the input fails?", "deflateEnd()"]],
     "When can it be called?", ["at any time after the state has been initialized", "any time after the state has been initialized"], [S_DEFLATEEND_ANY]),
    (P, [["What does the zlib trailer contain?", "a fast check value to verify the integrity of the uncompressed data after decoding"]],
     "How long is it?", ["four-byte", "four bytes"], [S_HEADER]),
    (P, [["Which two fields must be initialized before calling inflateInit()?", "avail_in and next_in"]],
     "Why do they have to be set?", ["the application has the option to provide the start of the zlib stream", "to aid in memory allocation"], [S_INFL_WHY]),
    (P, [["Which macro sets the input and output to binary?", "SET_BINARY_MODE()"],
         ["On which systems is that needed?", "Windows/MS-DOS systems"]],
     "On which streams is it used?", ["stdin and stdout"], [S_BINARY_LATER]),
    (P, [["Which constant does the program use when it is not yet at the end of the input?", "Z_NO_FLUSH"]],
     "What is it passed to?", ["deflate", "deflate()"], [S_NO_FLUSH]),
    (P, [["Which function can prime deflate() with a set of likely data?", "deflateSetDictionary()"]],
     "Where is the use of that dictionary noted?", ["in the zlib header", "the zlib header"], [S_DICT_HEADER]),
    (P, [["What does the inner do-loop of def() do?", "It passes the chunk of input data to deflate() and keeps calling deflate() until it is done producing output."]],
     "Until when is it repeated?", ["until the last deflate() call fails to fill the provided output buffer", "the last deflate() call fails to fill the provided output buffer"], [S_INNER_REPEAT]),
    (P, [["What is the strm structure used for?", "to pass information to and from the zlib routines, and to maintain the deflate() state"]],
     "Which of its fields must be initialized before calling deflateInit()?", ["zalloc, zfree, and opaque", "The zalloc, zfree, and opaque fields"], [S_ZALLOC]),
    (P, [["What values can deflate() return?", "Z_OK, Z_STREAM_END, Z_STREAM_ERROR, or Z_BUF_ERROR"]],
     "Which of those is returned for the last call of deflate()?", ["Z_STREAM_END"], [S_STREAM_END_LAST]),
    # ---------------- ellipsis ----------------
    (E, [["From which header file does zpipe.c take the assert() macro?", "assert.h"]],
     "And fputs()?", ["stdio.h"], [S_STDIO]),
    (E, [["What does a lower compression level give you?", "faster execution, but less compression"]],
     "And a higher one?", ["greater compression, but slower execution", "greater compression"], [S_HIGHER]),
    (E, [["Which basic compression functions does zpipe.c use from zlib.h?", "deflateInit(), deflate(), and deflateEnd()"]],
     "And the decompression ones?", ["inflateInit(), inflate(), and inflateEnd()"], [S_ZLIB_H]),
    (E, [["Which routine compresses the data in zpipe.c?", "def()"]],
     "And which one decompresses it?", ["inf()", "inf"], [S_INF]),
    (E, [["What command compresses foo.txt with zpipe?", "zpipe < foo.txt > foo.txt.z"]],
     "And to decompress it again?", ["zpipe -d < foo.txt.z > foo.txt"], [S_EXAMPLES]),
    (E, [["When is the memory for deflate() allocated?", "at the start, by deflateInit()"]],
     "What about inflate()?", ["deferred until inflate() needs it", "until inflate() needs it"], [S_MEM_ERROR]),
    (E, [["Do avail_in and next_in have to be initialized before inflateInit()?", "Yes"],
         ["And avail_out and next_out?", "No, they do not need to be initialized before calling."]],
     "Why not?", ["no decompression is performed by inflateInit()"], [S_NO_DECOMP]),
    # ---------------- self-contained ----------------
    (SC, [["What is CHUNK in the example program?", "the buffer size for feeding data to and pulling data from the zlib routines"]],
     "Which value of the flush parameter lets deflate() keep compressing normally?", ["Z_NO_FLUSH"], [S_NORMAL]),
    (SC, [["Which function frees the zlib state after decompression?", "inflateEnd()"]],
     "Is the zlib format self-terminating?", ["yes", "the zlib format is self-terminating"], [S_SELF_TERM]),
    (SC, [["What does zpipe do when no arguments are given?", "It compresses from stdin to stdout."]],
     "What allows the zlib routines to be reentrant?", ["The state information maintained in the structure", "the state information"], [S_REENTRANT]),
    (SC, [["From which header file does zpipe.c use fopen()?", "stdio.h"]],
     "In which environments is the zlib version check done by deflateInit() especially important?", ["environments in which zlib is a shared library", "zlib is a shared library"], [S_SHARED]),
    (SC, [["What does Z_STREAM_END from deflate() mean here?", "It is ok; it is returned for the last call of deflate()."]],
     "What could inadvertently clobber the memory containing the zlib state?", ["some other part of the application"], [S_CLOBBER]),
    # ---------------- unanswerable ----------------
    (U, [["What value is Z_DEFAULT_COMPRESSION equal to?", "-1"]],
     "And Z_NULL?", [], []),
    (U, [["Which function initializes the deflate state?", "deflateInit()"]],
     "Which error code does it return if the compression level is out of range?", [], []),
    (U, [["Which flush value tells deflate() that this is the last chunk of input?", "Z_FINISH"]],
     "What is the name of the flush value that also erases the history so that what follows can be decompressed independently?", [], []),
    (U, [["Where can you read more about how much memory deflateInit() allocates?", "zlib Technical Details"]],
     "Who wrote it?", [], []),
    (U, [["From which header file does zpipe.c use strcmp()?", "string.h"]],
     "And memcpy()?", [], []),
    (U, [["What does Z_BUF_ERROR from deflate() indicate?", "that deflate() could not consume more input or produce more output"]],
     "What is its numeric value?", [], []),
    (U, [["Which macro keeps Windows/MS-DOS systems from converting end-of-line characters?", "SET_BINARY_MODE()"]],
     "How is it defined on other systems?", [], []),
    (U, [["Up through which zlib versions are the method-dependent allocations deferred to the first inflate() call?", "1.2.x"]],
     "Which later version added more compression methods?", [], []),
    (U, [["Which function is called at the end of inf() to avoid a memory leak?", "inflateEnd()"]],
     "What does it return when it succeeds?", [], []),
    (U, [["Who wrote the zlib Usage Example?", "Mark Adler"]],
     "Who did he write zlib with?", [], []),
]

if __name__ == "__main__":
    text, _ = document("zlib-how")
    rows = follow_up_rows(ITEMS, PREFIX, SEED, lambda sentence: whole_span(text, sentence), split="dev")
    write_rows(rows, OUT)
    print("wrote", OUT, len(rows))
