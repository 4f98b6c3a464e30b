"""Build users-and-groups.followups.jsonl (hand-written follow-up gold QA, DEV set for tuning).

Run from /work/main:  python3 evals/gold/make_users_followups_gold.py
Document: docs/users-and-groups.txt (build it with prepare_users_doc.py).
Each item is one chat turn: a history of one or two earlier [question, answer] turns, then a
follow-up question. The questions were written from the text alone, without running articleqa or
looking at its answers, and independently of the other follow-up sets. Types:
  pronoun         the follow-up refers back with "it", "its", "this user", "that", "they", ... and
                  needs the history to be understood (the referent sits in an earlier question or
                  only in an earlier answer; a two-turn history has it in the first turn);
  ellipsis        an elliptical follow-up ("And to a tape drive?", "How about GDM?", "Why not?")
                  that reuses the previous question with one part swapped;
  self-contained  a complete question on its own, often on another topic than the history; it must
                  be answered as asked;
  unanswerable    a follow-up of any of these kinds whose answer the text does not give (checked by
                  searching the text); most ask for uids, files or details the entries never state.
Evidence is given as exact whole sentences; offsets are found with str.find and must be unique.
Entry names (e.g. "tape") also occur inside other sentences, so where the answer is an entry's
name its name line is added as a whole line with goldtools' line(), as in make_users_gold.py.
Every item is split "dev": this set is for tuning the chat rewrite.
"""

import os

from goldtools import document, evidence_span, follow_up_rows, line, write_rows

SEED = 2718
PREFIX = "ufu"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "users-and-groups.followups.jsonl")
P, E, SC, U = "pronoun", "ellipsis", "self-contained", "unanswerable"


S_MAINTAINER = "Since this reservation is a serious restriction, these ids must be allocated by the base-passwd maintainer on request."
S_PROXY = "For example, group proxy is used by pdnsd, and squid runs as user proxy."
S_SHADOW_SETGID = "Some programs that need to be able to access the file are setgid shadow."
S_DBUS = "The dbus daemon (dbus-daemon-1) runs as this user and group."
S_ADM = "Members of this group can read many log files in /var/log, and can use xconsole."
S_PMOUNT = "Since pmount (the original implementor of group plugdev) always mounts with the nodev and nosuid options and applies other checks, this group is not intended to be root-equivalent in the ways that the ability to mount filesystems might ordinarily allow."
S_OPERATOR_HIST = "Historically, the operator user account was used by system operators with low privilege to dump filesystem backups to tape, and was in the root group so that it could do this."
S_IRCD = "A statically allocated user is needed only because of a bug in ircd: it setuid()s itself to a compiled-in user id on startup."
S_LIST_RUN = "Some mailing list programs may run as this user as well."
S_TTY = "This is used by write and wall to enable them to write to other people's ttys."
S_CUPSYS_LP = "It is in group lp, so it can access printer devices."
S_TAPE = "This group can be used locally to give a set of users access to a tape drive."
S_LSB_BIN = "LSB 1.3 lists bin as legacy, and says: \"The 'bin' UID/GID is included for compatibility with legacy applications."
S_GNATS = "Since gnats has been removed from Debian, this user and group are no longer created by default; they had uid/gid 41."
S_DISK = "Raw access to disks."
S_WWW = "Web content should not be owned by this user, or a compromised web server would be able to rewrite a web site."
S_GDM = "GDM (GNOME Display Manager) runs as this user/group."
S_NEWS_SPOOL = "Files in the news spool are often owned by user and group news."
S_UUCICO = "Users in the uucp group may run uucico."
S_HELP_TAG = "Items in need of feedback are marked with the \"HELP\" tag."
S_DYNAMIC = "In general, packages should avoid requesting such ids where possible and instead allocate system users or groups dynamically."
S_DIP = "The group's name stands for \"Dialup IP\"."
S_SASL_SERVERS = "This is commonly used by IMAP, POP, and SMTP servers for authentication."

ITEMS = [
    # ---------------- pronoun ----------------
    (P, [["Which Debian package contains the master versions of /etc/passwd and /etc/group?", "base-passwd"]],
     "Who has to allocate the global static ids in its master files?", ["the base-passwd maintainer", "base-passwd maintainer"], [S_MAINTAINER]),
    (P, [["Which user does squid run as?", "proxy"]],
     "Which program uses the group of that name?", ["pdnsd"], [S_PROXY]),
    (P, [["Which group can read /etc/shadow?", "shadow"]],
     "How do programs that need to access that file get access to it?", ["are setgid shadow", "setgid shadow"], [S_SHADOW_SETGID]),
    (P, [["Which user does the dbus daemon run as?", "messagebus"]],
     "What is the name of its binary, as given in the document?", ["dbus-daemon-1"], [S_DBUS]),
    (P, [["Which group is used for system monitoring tasks?", "adm"]],
     "Besides reading log files, which program can its members use?", ["xconsole"], [S_ADM]),
    (P, [["Which group lets users access removable devices without explicit configuration in /etc/fstab?", "plugdev"],
         ["Is it meant to be root-equivalent?", "No, it is not intended to be root-equivalent."]],
     "Which program was its original implementor?", ["pmount"], [S_PMOUNT]),
    (P, [["Which account did system operators historically use to dump filesystem backups to tape?", "the operator user account"]],
     "Which group was it in?", ["the root group", "root"], [S_OPERATOR_HIST]),
    (P, [["Because of a bug in which daemon is a statically allocated irc user needed?", "ircd"]],
     "What does it do on startup?", ["it setuid()s itself to a compiled-in user id", "setuid()s itself to a compiled-in user id"], [S_IRCD]),
    (P, [["Who owns mailing list archives and data?", "the list user and group"]],
     "What else may run as this user?", ["Some mailing list programs", "mailing list programs"], [S_LIST_RUN]),
    (P, [["Which group owns the tty devices and /dev/vcs*?", "tty"]],
     "Which programs use this to write to other people's ttys?", ["write and wall"], [S_TTY]),
    (P, [["Which user does CUPS run as?", "cupsys"]],
     "Is it in group lp?", ["yes", "It is in group lp"], [S_CUPSYS_LP]),
    # ---------------- ellipsis ----------------
    (E, [["Which group can be used to give a set of users access to a floppy drive?", "floppy"]],
     "And to a tape drive?", ["tape"], [line("tape"), S_TAPE]),
    (E, [["What does LSB 1.3 say the daemon UID/GID was used for?", "as an unprivileged UID/GID for daemons to execute under, to limit their access to the system"]],
     "And the bin one?", ["for compatibility with legacy applications", "compatibility with legacy applications"], [S_LSB_BIN]),
    (E, [["What uid did the operator user have?", "37"]],
     "And gnats?", ["41", "uid/gid 41"], [S_GNATS]),
    (E, [["Which group gives full and direct access to serial ports?", "dialout"]],
     "And raw access to disks?", ["disk"], [line("disk"), S_DISK]),
    (E, [["Should web content be owned by the www-data user?", "No."]],
     "Why not?", ["a compromised web server would be able to rewrite a web site", "would be able to rewrite a web site"], [S_WWW]),
    (E, [["Which user does CUPS run as?", "cupsys"]],
     "How about GDM?", ["gdm"], [line("gdm"), S_GDM]),
    (E, [["Who owns Postgresql databases?", "the postgres user and group"]],
     "And the files in the news spool?", ["user and group news", "news"], [S_NEWS_SPOOL]),
    # ---------------- self-contained ----------------
    (SC, [["Which subsystem uses the uucp user and group?", "the UUCP subsystem"]],
     "Which program may users in the uucp group run?", ["uucico"], [S_UUCICO]),
    (SC, [["Which group owns the tty devices?", "tty"]],
     "How does the document mark items that need feedback?", ["with the \"HELP\" tag", "HELP"], [S_HELP_TAG]),
    (SC, [["Who wrote the document?", "Joey Hess, Colin Watson and David Mandelberg"]],
     "What should packages generally do instead of requesting global static ids?", ["allocate system users or groups dynamically", "dynamically"], [S_DYNAMIC]),
    (SC, [["Which files can members of the sasl group read and write?", "/etc/sasldb and/or /etc/sasldb2"]],
     "What does the name of the dip group stand for?", ["Dialup IP"], [S_DIP]),
    (SC, [["Which group controls access to the system libvirt daemon?", "libvirt"]],
     "Which servers commonly use the sasl group for authentication?", ["IMAP, POP, and SMTP servers", "IMAP, POP, and SMTP"], [S_SASL_SERVERS]),
    # ---------------- unanswerable ----------------
    (U, [["What uid did the operator user have?", "37"]],
     "What about www-data?", [], []),
    (U, [["Which program may users in the uucp group run?", "uucico"]],
     "Why is /usr/local put on the search paths ahead of /usr?", [], []),
    (U, [["Which user does the dbus daemon run as?", "messagebus"]],
     "What is its home directory?", [], []),
    (U, [["Which tool keeps the entries of the master passwd and group files in sync?", "update-passwd"]],
     "How often does it run?", [], []),
    (U, [["Why does the irc user need a statically allocated uid?", "because of a bug in ircd: it setuid()s itself to a compiled-in user id on startup"]],
     "Has that bug been fixed yet?", [], []),
    (U, [["Which group can be used to give users access to a CD-ROM drive?", "cdrom"]],
     "And to a Bluetooth adapter?", [], []),
    (U, [["Which program was the original implementor of group plugdev?", "pmount"]],
     "Who wrote it?", [], []),
    (U, [["Which group gives full and direct access to serial ports?", "dialout"]],
     "Which device files under /dev does it own?", [], []),
    (U, [["Which user do portmap and atd run as?", "daemon"]],
     "What uid does it have?", [], []),
    (U, [["Which backup software reportedly uses the backup user and group?", "Amanda"]],
     "How exactly does it use them?", [], []),
]

if __name__ == "__main__":
    text, _ = document("users-and-groups")
    rows = follow_up_rows(ITEMS, PREFIX, SEED, lambda sentence: evidence_span(text, sentence), split="dev")
    write_rows(rows, OUT)
    print("wrote", OUT, len(rows))
