"""Build python-shutil.jsonl (hand-written gold QA, DEV set for tuning).

Run from /work/main:  python3 evals/gold/make_shutil_gold.py
Document: docs/python-shutil.txt (build it with prepare_shutil_doc.py).
Evidence is given as exact sentence (or whole-line) strings; offsets are found
with str.find, must be unique, and are asserted to round-trip. Signature lines
(e.g. "shutil.disk_usage(path)"), "Availability:" lines and list items are
whole lines.
This page repeats some lines under several entries ("New in version 3.3.",
"The file contents, owner, and group are unaffected.", the "Changed in version
3.8: Platform-specific fast-copy syscalls ..." line, ...). Evidence of that kind
is written After(anchor, sentence): the first occurrence of the sentence after
the entry's signature line or heading `anchor`, which must come before the next
signature or heading, so the span is the one that belongs to that entry.
The questions were written from the text alone, without running articleqa.
The page's dropped code blocks (the which() example on Windows, the copytree,
rmtree and archiving examples and their listings) are not part of the
document, so facts that appear only there (the path which("python") returns,
the archive's name, the callback's name, the logging call) are unanswerable
here.
Every item is split "dev": this set is for tuning, unlike the held-out
debian-python-policy.jsonl.
"""

from goldtools import evidence_span, line, write_gold, document
from prepare_shutil_doc import HEADINGS, SIGNATURES

U = "unanswerable"
NAME = "python-shutil"


class After(str):
    """Evidence sentence `s` that occurs more than once in the document: the occurrence that
    follows the line `anchor` (a signature or heading), within that entry."""

    def __new__(cls, anchor, s):
        obj = super().__new__(cls, s)
        obj.anchor = anchor
        return obj


def to_span(text):
    lines = text.split("\n")
    stops = set(SIGNATURES) | set(HEADINGS)

    def span(s):
        if not isinstance(s, After):
            return evidence_span(text, s)
        assert s.anchor in stops, s.anchor
        a_start, a_end = evidence_span(text, line(s.anchor))
        start = text.find(s, a_end)
        assert start >= 0, s
        end = start + len(s)
        assert text[start - 1] in " \n" and (end == len(text) or text[end] in " \n"), s
        # no other entry may begin between the anchor and the sentence
        between = text[a_end:start].split("\n")
        assert not any(l in stops for l in between), (s.anchor, s)
        return [start, end]

    assert all(l in lines for l in stops)
    return span


SIG_COPY = "shutil.copy(src, dst, *, follow_symlinks=True)"
SIG_COPYSTAT = "shutil.copystat(src, dst, *, follow_symlinks=True)"
SIG_DISK = "shutil.disk_usage(path)"
SIG_CHOWN = "shutil.chown(path, user=None, group=None)"
SIG_WHICH = "shutil.which(cmd, mode=os.F_OK | os.X_OK, path=None)"
SIG_RMTREE = "shutil.rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None)"
SIG_COPYTREE = "shutil.copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False, dirs_exist_ok=False)"
S_DIRS_EXIST = "If dirs_exist_ok is false (the default) and dst already exists, a FileExistsError is raised."
S_DIRS_EXIST_TRUE = "If dirs_exist_ok is true, the copying operation will continue if it encounters existing directories, and files within the dst tree will be overwritten by corresponding files from the src tree."
S_COPY_META = "Other metadata, like the file’s creation and modification times, is not preserved."
S_WIN_BUFFER = "On Windows shutil.copyfile() uses a bigger default buffer size (1 MiB instead of 64 KiB) and a memoryview()-based variant of shutil.copyfileobj() is used."
S_FALLBACK = "If the terminal size cannot be successfully queried, either because the system doesn’t support querying, or because we are not connected to a terminal, the value given in fallback parameter is used."
S_FALLBACK_DEFAULT = "fallback defaults to (80, 24) which is the default size used by many terminal emulators."

ITEMS = [
    # ---------------- factoid ----------------
    (
        "factoid",
        "What does shutil.copyfileobj() do?",
        [
            "Copy the contents of the file-like object fsrc to the file-like object fdst",
            "copies the contents of the file-like object fsrc to the file-like object fdst",
        ],
        ["Copy the contents of the file-like object fsrc to the file-like object fdst."],
    ),
    (
        "factoid",
        "Which exception does shutil.copyfile() raise if src and dst are the same file?",
        ["SameFileError", "shutil.SameFileError"],
        ["If src and dst specify the same file, SameFileError is raised."],
    ),
    (
        "factoid",
        "Which exception is raised when the destination location given to copyfile() is not writable?",
        ["OSError", "an OSError exception"],
        ["The destination location must be writable; otherwise, an OSError exception will be raised."],
    ),
    (
        "factoid",
        "What does shutil.copy() return?",
        ["the path to the newly created file", "Returns the path to the newly created file."],
        ["Returns the path to the newly created file."],
    ),
    (
        "factoid",
        "How can an application find out whether the rmtree() it is using resists symlink attacks?",
        ["rmtree.avoids_symlink_attacks", "the rmtree.avoids_symlink_attacks function attribute"],
        ["Applications can use the rmtree.avoids_symlink_attacks function attribute to determine which case applies."],
    ),
    (
        "factoid",
        "What is the default value of copytree()'s dirs_exist_ok parameter?",
        ["False", "dirs_exist_ok=False", "false (the default)"],
        [S_DIRS_EXIST],
    ),
    (
        "factoid",
        "What is the default value of the mode argument of shutil.which()?",
        ["os.F_OK | os.X_OK", "mode=os.F_OK | os.X_OK"],
        [line(SIG_WHICH)],
    ),
    (
        "factoid",
        "On which platforms is shutil.disk_usage() available?",
        ["Unix, Windows", "Unix and Windows"],
        [line("Availability: Unix, Windows.")],
    ),
    (
        "factoid",
        "Which archive formats can make_archive() create?",
        [
            "“zip” (if the zlib module is available), “tar”, “gztar” (if the zlib module is available), “bztar” (if the bz2 module is available), or “xztar” (if the lzma module is available)",
            "zip, tar, gztar, bztar, xztar",
            "zip, tar, gztar, bztar or xztar",
        ],
        ["format is the archive format: one of “zip” (if the zlib module is available), “tar”, “gztar” (if the zlib module is available), “bztar” (if the bz2 module is available), or “xztar” (if the lzma module is available)."],
    ),
    (
        "factoid",
        "Why does copyfileobj() read the data in chunks by default?",
        ["to avoid uncontrolled memory consumption"],
        ["In particular, a negative length value means to copy the data without looping over the source data in chunks; by default the data is read in chunks to avoid uncontrolled memory consumption."],
    ),
    (
        "factoid",
        "What happens when copytree() is called with dirs_exist_ok=True and meets a directory that already exists?",
        [
            "the copying operation will continue if it encounters existing directories, and files within the dst tree will be overwritten by corresponding files from the src tree",
            "the copying operation will continue",
        ],
        [S_DIRS_EXIST_TRUE],
    ),
    (
        "factoid",
        "What does shutil do if a fast-copy operation fails before any data was written to the destination file?",
        [
            "shutil will silently fallback on using less efficient copyfileobj() function internally",
            "silently fallback on using less efficient copyfileobj() function internally",
        ],
        ["If the fast-copy operation fails and no data was written in the destination file then shutil will silently fallback on using less efficient copyfileobj() function internally."],
    ),
    (
        "factoid",
        "Why does which() on Windows always put the current directory in front of the path?",
        [
            "which is the behavior the command shell uses when finding executables",
            "it is the behavior the command shell uses when finding executables",
        ],
        ["On Windows, the current directory is always prepended to the path whether or not you use the default or provide your own, which is the behavior the command shell uses when finding executables."],
    ),
    # ---------------- paraphrase ----------------
    (
        "paraphrase",
        "What is the risk of deleting a folder hierarchy on systems that lack the descriptor-based calls?",
        [
            "the rmtree() implementation is susceptible to a symlink attack",
            "attackers can manipulate symlinks on the filesystem to delete files they wouldn’t be able to access otherwise",
        ],
        ["On other platforms, the rmtree() implementation is susceptible to a symlink attack: given proper timing and circumstances, attackers can manipulate symlinks on the filesystem to delete files they wouldn’t be able to access otherwise."],
    ),
    (
        "paraphrase",
        "Which function tells me how much room is left on a drive?",
        ["shutil.disk_usage()", "disk_usage()", "disk_usage"],
        [line(SIG_DISK), "Return disk usage statistics about the given path as a named tuple with the attributes total, used and free, which are the amount of total, used and free space, in bytes."],
    ),
    (
        "paraphrase",
        "Which function should I call instead of copy() if the duplicate should keep the original's timestamps as well?",
        ["copy2()", "copy2", "shutil.copy2()"],
        ["To preserve all file metadata from the original, use copy2() instead."],
    ),
    (
        "paraphrase",
        "Which function locates the program that would be launched for a given command name?",
        ["shutil.which()", "which()", "which"],
        [line(SIG_WHICH), "Return the path to an executable which would be run if the given cmd was called."],
    ),
    (
        "paraphrase",
        "How can a relocation to another file system still work when file attributes cannot be carried over?",
        ["Using copy() as the copy_function", "use copy() as the copy_function"],
        ["Using copy() as the copy_function allows the move to succeed when it is not possible to also copy the metadata, at the expense of not copying any of the metadata."],
    ),
    (
        "paraphrase",
        "How do I stop a recursive directory copy from complaining about links whose targets are gone?",
        ["set the optional ignore_dangling_symlinks flag to true", "ignore_dangling_symlinks"],
        ["You can set the optional ignore_dangling_symlinks flag to true if you want to silence this exception."],
    ),
    (
        "paraphrase",
        "Even with the higher-level copy functions, what is left behind when a file is duplicated on Windows?",
        ["file owners, ACLs and alternate data streams"],
        ["On Windows, file owners, ACLs and alternate data streams are not copied."],
    ),
    # ---------------- numeric ----------------
    (
        "numeric",
        "What default buffer size does shutil.copyfile() use on Windows?",
        ["1 MiB"],
        [S_WIN_BUFFER],
    ),
    (
        "numeric",
        "What is the default fallback terminal size of get_terminal_size()?",
        ["(80, 24)", "80 columns and 24 lines"],
        [S_FALLBACK_DEFAULT],
    ),
    (
        "numeric",
        "In which Python version was the dirs_exist_ok parameter of copytree() added?",
        ["3.8", "New in version 3.8"],
        ["New in version 3.8: The dirs_exist_ok parameter."],
    ),
    (
        "numeric",
        "In which Python version did rmtree() get its dir_fd parameter?",
        ["3.11", "Changed in version 3.11"],
        ["Changed in version 3.11: The dir_fd parameter."],
    ),
    (
        "numeric",
        "Since which Python version is make_archive() thread-safe when creating standard .zip and tar archives?",
        ["3.10.6", "Changed in version 3.10.6"],
        ["Changed in version 3.10.6: This function is now made thread-safe during creation of standard .zip and tar archives."],
    ),
    (
        "numeric",
        "In which Python version was the shutil.SameFileError exception added?",
        ["3.4", "New in version 3.4"],
        [line("exception shutil.SameFileError"), After("exception shutil.SameFileError", "New in version 3.4.")],
    ),
    (
        "numeric",
        "Since which Python version does shutil offer its archiving operations?",
        ["3.2", "New in version 3.2"],
        [line("Archiving operations"), After("Archiving operations", "New in version 3.2.")],
    ),
    # ---------------- multi_sentence ----------------
    (
        "multi_sentence",
        "What does unpack_archive() do when no format is given and no unpacker is registered for the file's extension?",
        ["a ValueError is raised", "ValueError"],
        [
            "If not provided, unpack_archive() will use the archive file name extension and see if an unpacker was registered for that extension.",
            "In case none is found, a ValueError is raised.",
        ],
    ),
    (
        "multi_sentence",
        "Where does unpack_archive() put the extracted files if extract_dir is not given?",
        ["the current working directory"],
        [
            "extract_dir is the name of the target directory where the archive is unpacked.",
            "If not provided, the current working directory is used.",
        ],
    ),
    (
        "multi_sentence",
        "How does shutil.move() move a file when the destination is not on the current filesystem?",
        ["src is copied to dst using copy_function and then removed", "copied to dst using copy_function and then removed"],
        [
            "If the destination is on the current filesystem, then os.rename() is used.",
            "Otherwise, src is copied to dst using copy_function and then removed.",
        ],
    ),
    (
        "multi_sentence",
        "Why is make_archive() not thread-safe when custom archivers are used?",
        [
            "it temporarily changes the current working directory of the process to perform archiving",
            "In this case it temporarily changes the current working directory of the process to perform archiving.",
        ],
        [
            "This function is not thread-safe when custom archivers registered with register_archive_format() are used.",
            "In this case it temporarily changes the current working directory of the process to perform archiving.",
        ],
    ),
    (
        "multi_sentence",
        "Why was the change of copyfile() in 3.4 to raise SameFileError instead of Error backward compatible?",
        ["Since the former is a subclass of the latter", "SameFileError is a subclass of Error"],
        [
            "Changed in version 3.4: Raise SameFileError instead of Error.",
            "Since the former is a subclass of the latter, this change is backward compatible.",
        ],
    ),
    (
        "multi_sentence",
        "What size does get_terminal_size() report when the COLUMNS and LINES variables are unset and the terminal cannot be queried?",
        ["the value given in fallback parameter", "(80, 24)"],
        [
            "When COLUMNS or LINES is not defined, which is the common case, the terminal connected to sys.__stdout__ is queried by invoking os.get_terminal_size().",
            S_FALLBACK,
            S_FALLBACK_DEFAULT,
        ],
    ),
    # ---------------- yes_no ----------------
    (
        "yes_no",
        "Does shutil.copy() preserve the file's modification time?",
        ["no", S_COPY_META],
        [S_COPY_META],
    ),
    (
        "yes_no",
        "Does shutil.copy() copy the file's permission mode?",
        ["yes", "copy() copies the file data and the file’s permission mode"],
        ["copy() copies the file data and the file’s permission mode (see os.chmod())."],
    ),
    (
        "yes_no",
        "By default, does shutil.copy() follow a symbolic link given as src?",
        ["yes", "If follow_symlinks is true and src is a symbolic link, dst will be a copy of the file src refers to."],
        [line(SIG_COPY), "If follow_symlinks is true and src is a symbolic link, dst will be a copy of the file src refers to."],
    ),
    (
        "yes_no",
        "Will shutil.copyfile() overwrite a destination file that already exists?",
        ["yes", "If dst already exists, it will be replaced."],
        ["If dst already exists, it will be replaced."],
    ),
    (
        "yes_no",
        "Does copystat() also copy extended attributes on Linux?",
        ["yes", "On Linux, copystat() also copies the “extended attributes” where possible."],
        ["On Linux, copystat() also copies the “extended attributes” where possible."],
    ),
    (
        "yes_no",
        "Since Python 3.8, does shutil.which() accept a bytes cmd?",
        ["yes", "The bytes type is now accepted."],
        ["Changed in version 3.8: The bytes type is now accepted.", "If cmd type is bytes, the result type is also bytes."],
    ),
    (
        "yes_no",
        "Can shutil.copyfile() copy a pipe?",
        ["no", "Special files such as character or block devices and pipes cannot be copied with this function."],
        ["Special files such as character or block devices and pipes cannot be copied with this function."],
    ),
    (
        "yes_no",
        "Does copystat() change the owner or group of dst?",
        ["no", "The file contents, owner, and group are unaffected."],
        [After(SIG_COPYSTAT, "The file contents, owner, and group are unaffected.")],
    ),
    (
        "yes_no",
        "Can rmtree() be given a symbolic link to a directory as its path?",
        ["no", "path must point to a directory (but not a symbolic link to a directory)"],
        ["Delete an entire directory tree; path must point to a directory (but not a symbolic link to a directory)."],
    ),
    (
        "yes_no",
        "Is shutil.chown() available on Windows?",
        ["no", "Availability: Unix."],
        [line(SIG_CHOWN), line("Availability: Unix.")],
    ),
    # ---------------- unanswerable ----------------
    # near misses: an exception, a return value, a version, a default or a detail the page never gives
    (U, "Which exception does shutil.copyfile() raise when src is a directory?", [], []),
    (U, "Which exception does shutil.chown() raise when neither user nor group is given?", [], []),
    (U, "Which exception does shutil.move() raise when src does not exist?", [], []),
    (U, "What does shutil.rmtree() return?", [], []),
    (U, "In which Python version was shutil.copyfileobj() added?", [], []),
    (U, "In which Python version was shutil.ignore_patterns() added?", [], []),
    (U, "In which Python version was the onerror parameter of rmtree() deprecated?", [], []),
    (U, "What is the default value of make_archive()'s dry_run argument?", [], []),
    (U, "What compression level does make_archive() use for gztar archives?", [], []),
    (U, "Which encoding does make_archive() use for file names in zip archives?", [], []),
    (U, "Which file extensions are registered for the bztar unpack format by default?", [], []),
    (U, "What does the filter argument of unpack_archive() do?", [], []),
    (U, "Which signal tells get_terminal_size() that the terminal window has been resized?", [], []),
    (U, "Which PEP describes the fast-copy syscalls used by shutil?", [], []),
    (U, "Who wrote the shutil module?", [], []),
    # yes/no questions the page never addresses
    (U, "Is shutil.rmtree() thread-safe?", [], []),
    (U, "Does shutil.copytree() copy files in parallel?", [], []),
    (U, "Does make_archive() follow symbolic links when it adds files to the archive?", [], []),
    # facts only in the dropped code blocks
    (U, "What path does shutil.which(\"python\") return in the page's Windows example?", [], []),
    (U, "What file name does the archiving example give the archive it creates?", [], []),
    (U, "What is the name of the onerror callback defined in the rmtree example?", [], []),
    (U, "Which logging function does the copytree example with a logging call use?", [], []),
]


if __name__ == "__main__":
    text, _ = document(NAME)
    write_gold(NAME, ITEMS, "shu", 3111, "dev", to_span=to_span(text))  # tuning set; never use it as a test set
