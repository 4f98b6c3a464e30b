"""Build users-and-groups.jsonl (hand-written gold QA, DEV set for tuning).

Run from /work/main:  python3 evals/gold/make_users_gold.py
Document: docs/users-and-groups.txt (build it with prepare_users_doc.py).
Evidence is given as exact sentence (or whole-line) strings; offsets are found
with str.find, must be unique, and are asserted to round-trip. Entry names
(user/group names such as "lp") are short lines that also occur inside other
sentences, so they are located as whole lines with line().
Every item is split "dev": this set is for tuning, unlike the held-out
debian-python-policy.jsonl.
"""

from goldtools import document, evidence_span, line, write_gold

text, _ = document("users-and-groups")


def to_span(s):
    return evidence_span(text, s)


U = "unanswerable"
S_OPERATOR_HIST = "Historically, the operator user account was used by system operators with low privilege to dump filesystem backups to tape, and was in the root group so that it could do this."
S_OPERATOR_SUDO = "In Debian, the use of a utility such as sudo to gain privilege is preferred over such highly-special-purpose accounts, and the operator user is no longer created by default."
S_SYNC_SHELL = "The shell of user sync is /bin/sync."
S_SUDO = "Members of this group may run any command as any user when using sudo or pkexec (from the policykit-1 package, independently of whether the sudo package is installed)."
S_LP_DEV = "The lp* devices are writable by this group so that users in it can access the parallel ports directly."
S_ADM = "Group adm is used for system monitoring tasks."
S_LICENCE = "This document is free; you can redistribute it and/or modify it under the terms of version 2 of the GNU General Public License as published by the Free Software Foundation."
S_FSF_ADDR = "You should have received a copy of the GNU General Public License along with this document; if not, write to the Free Software Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA 02110-1301, USA."

ITEMS = [
    # ---------------- factoid ----------------
    (
        "factoid",
        "Which tool keeps the entries of the master passwd and group files in sync on all Debian systems?",
        ["update-passwd", "the update-passwd tool"],
        ["The update-passwd tool keeps the entries in these master files in sync on all Debian systems."],
    ),
    (
        "factoid",
        "To which email address should people send more information about the entries marked HELP?",
        ["<base-passwd@packages.debian.org>", "base-passwd@packages.debian.org"],
        [
            "Please send mail to <base-passwd@packages.debian.org> or file a bug with the Debian bug tracking system if you have more information."
        ],
    ),
    (
        "factoid",
        "What is the login shell of the user sync?",
        ["/bin/sync"],
        [S_SYNC_SHELL],
    ),
    (
        "factoid",
        "Where does the man program write cat pages when it runs as user man?",
        ["/var/cache/man"],
        [
            "The man program (sometimes) runs as user man, so it can write cat pages to /var/cache/man and update its databases there."
        ],
    ),
    (
        "factoid",
        "Which proxy server runs as user proxy?",
        ["squid"],
        ["For example, group proxy is used by pdnsd, and squid runs as user proxy."],
    ),
    (
        "factoid",
        "Which command uses the operator group to notify logged-in operators via wall?",
        ["dump -n", "dump"],
        [
            "The operator group is used by dump -n to notify logged-in operators via wall when it requires operator attention."
        ],
    ),
    (
        "factoid",
        "What does GDM stand for?",
        ["GNOME Display Manager"],
        ["GDM (GNOME Display Manager) runs as this user/group."],
    ),
    (
        "factoid",
        "Which program uses the klog user?",
        ["klogd", "klogd, the kernel logger"],
        [line("klog"), "Used by klogd, the kernel logger."],
    ),
    (
        "factoid",
        "Which programs are given as an example of programs that are setgid utmp?",
        ["X terminal emulators"],
        [
            "Programs that need to be able to write to them (such as X terminal emulators) are setgid utmp."
        ],
    ),
    (
        "factoid",
        "In which directory are the predefined configuration files for dialup connections made by members of group dip?",
        ["/etc/ppp/peers", "the /etc/ppp/peers directory"],
        [
            "Being in group dip allows you to use tools such as pppd, pon, and poff to make dialup connections to other systems using predefined configuration file(s) in the /etc/ppp/peers directory."
        ],
    ),
    (
        "factoid",
        "Which files can users in the sasl group read and write?",
        ["/etc/sasldb and/or /etc/sasldb2", "/etc/sasldb", "/etc/sasldb2"],
        [
            "Users in this group have read/write access to /etc/sasldb and/or /etc/sasldb2, wich are used to authentication with sasl."
        ],
    ),
    (
        "factoid",
        "What does the acronym CUPS stand for?",
        ["Common Un*x Printing System"],
        ["CUPS (Common Un*x Printing System) runs as this user."],
    ),
    (
        "factoid",
        "To which group can programs that need direct read access to the system's memory be made setgid?",
        ["kmem", "setgid kmem"],
        [
            "This is mostly a BSD relic, but any programs that need direct read access to the system's memory can thus be made setgid kmem."
        ],
    ),
    # ---------------- paraphrase ----------------
    (
        "paraphrase",
        "Which group would an administrator use to let some local people read discs in the optical drive?",
        ["cdrom"],
        [line("cdrom"), "This group can be used locally to give a set of users access to a CD-ROM drive."],
    ),
    (
        "paraphrase",
        "When a file server squashes superuser requests from a remote machine, whom does that superuser act as?",
        ["user nobody", "nobody"],
        ["If root-squashing is in use over NFS, root access from the client is performed as user nobody on the server."],
    ),
    (
        "paraphrase",
        "Why do many game programs carry the games group's privileges?",
        ["so they can write their high score files", "to write their high score files", "high score files"],
        ["Many games are sgid to games so they can write their high score files."],
    ),
    (
        "paraphrase",
        "Where does the adm group get its name from?",
        ["/usr/adm (and later /var/adm)", "/usr/adm", "/var/adm"],
        ["Historically, /var/log was /usr/adm (and later /var/adm), thus the name of the group."],
    ),
    (
        "paraphrase",
        "Which group should someone join to reconfigure the modem and talk to serial hardware directly?",
        ["dialout"],
        [
            line("dialout"),
            "Full and direct access to serial ports.",
            "Members of this group can reconfigure the modem, dial anywhere, etc.",
        ],
    ),
    (
        "paraphrase",
        "What kind of attack is the SSH key agent's special group membership meant to stop?",
        ["ptrace attacks", "ptrace"],
        ["ssh-agent is setgid to _ssh in order to prevent ptrace attacks."],
    ),
    (
        "paraphrase",
        "Which account does the secure shell server use while talking to the network before a client has logged in?",
        ["sshd"],
        [
            line("sshd"),
            "Unprivileged user used by the privilege-separated sshd when communicating with the network before successful authentication.",
        ],
    ),
    (
        "paraphrase",
        "Membership of which group lets a person set up or delete printers in cups?",
        ["lpadmin"],
        [
            line("lpadmin"),
            "Allows a user to add, modify, and remove printers from foomatic, cups, and possibly other printer databases.",
        ],
    ),
    # ---------------- multi_sentence ----------------
    (
        "multi_sentence",
        "What uid did the account that was once used to dump filesystem backups to tape have?",
        ["37", "uid 37"],
        [S_OPERATOR_HIST, "It had uid 37."],
    ),
    (
        "multi_sentence",
        "If the password of the user whose shell is /bin/sync is easy to guess, what can anyone do at the console?",
        ["sync the system", "anyone can sync the system at the console"],
        [
            S_SYNC_SHELL,
            'Thus, if its password is set to something easy to guess (such as ""), anyone can sync the system at the console even if they have no account on the system.',
        ],
    ),
    (
        "multi_sentence",
        "As which user do the daemon and frontend tools of the print system whose spool directories are owned by lp/lp run?",
        ["root", "user root"],
        [
            "The lpr system keeps its spool directories owned by lp/lp.",
            "Its daemon and frontend tools (through setuid) run as user root.",
        ],
    ),
    (
        "multi_sentence",
        "Members of which group may run any command as any user with the utility that Debian prefers over special-purpose accounts like operator?",
        ["sudo"],
        [S_OPERATOR_SUDO, line("sudo"), S_SUDO],
    ),
    (
        "multi_sentence",
        "The staff group is compared with another group; what is that other group used for?",
        ["system monitoring tasks", "monitoring/security", "system monitoring"],
        [line("staff"), "Compare with group 'adm', which is more related to monitoring/security.", S_ADM],
    ),
    (
        "multi_sentence",
        "Which devices, writable by its group, let the user that CUPS runs as reach the printer ports?",
        ["The lp* devices", "lp*", "the parallel ports"],
        ["It is in group lp, so it can access printer devices.", line("lp"), S_LP_DEV],
    ),
    (
        "multi_sentence",
        "Which version of the LSB lists as legacy the user that replaced sys as the owner of the kernel sources?",
        ["1.3", "LSB 1.3"],
        [
            "Historically, the sys user and group owned the kernel sources and some related items like the include files, but this was obsoleted long ago in favour of bin (now itself legacy; see above).",
            "LSB 1.3 lists bin as legacy, and says: \"The 'bin' UID/GID is included for compatibility with legacy applications.",
        ],
    ),
    # ---------------- numeric ----------------
    (
        "numeric",
        "What uid/gid did the gnats user and group have?",
        ["41", "uid/gid 41"],
        [
            "Since gnats has been removed from Debian, this user and group are no longer created by default; they had uid/gid 41."
        ],
    ),
    (
        "numeric",
        "Which version of the LSB lists daemon as legacy?",
        ["1.3", "LSB 1.3"],
        [
            "LSB 1.3 lists daemon as legacy, and says: \"The 'daemon' UID/GID was used as an unprivileged UID/GID for daemons to execute under in order to limit their access to the system."
        ],
    ),
    (
        "numeric",
        "Under which version of the GNU General Public License may the document be redistributed?",
        ["version 2", "2", "GPL-2", "GPL version 2"],
        [S_LICENCE],
    ),
    (
        "numeric",
        "What is the postal code in the Free Software Foundation's address given in the document?",
        ["02110-1301", "MA 02110-1301"],
        [S_FSF_ADDR],
    ),
    (
        "numeric",
        "Which chapter describes the individual users and groups?",
        ["Chapter 2", "2"],
        [line("Chapter 2. Users and Groups")],
    ),
    # ---------------- date ----------------
    (
        "date",
        "In which years does Joey Hess hold copyright on the document?",
        ["2001, 2002", "2001 and 2002"],
        [line("Copyright © 2001, 2002 Joey Hess")],
    ),
    (
        "date",
        "In which year does David Mandelberg's copyright on the document date from?",
        ["2005"],
        [line("Copyright © 2005 David Mandelberg")],
    ),
    (
        "date",
        "Which years does Colin Watson's copyright on the document cover?",
        ["2001-2022", "2001 to 2022"],
        [line("Copyright © 2001-2022 Colin Watson")],
    ),
    # ---------------- yes_no ----------------
    (
        "yes_no",
        "Is the operator user still created by default in Debian?",
        ["no", "the operator user is no longer created by default"],
        [S_OPERATOR_SUDO],
    ),
    (
        "yes_no",
        "Should web content be owned by the www-data user?",
        ["no", "Web content should not be owned by this user"],
        [
            "Web content should not be owned by this user, or a compromised web server would be able to rewrite a web site."
        ],
    ),
    (
        "yes_no",
        "Is Majordomo installed on new Debian systems?",
        ["no", "It is not installed on new systems"],
        [
            "Majordomo has a statically allocated uid on Debian systems for historical reasons.",
            "It is not installed on new systems.",
        ],
    ),
    (
        "yes_no",
        "Is the plugdev group intended to be root-equivalent?",
        ["no", "this group is not intended to be root-equivalent"],
        [
            "Since pmount (the original implementor of group plugdev) always mounts with the nodev and nosuid options and applies other checks, this group is not intended to be root-equivalent in the ways that the ability to mount filesystems might ordinarily allow."
        ],
    ),
    (
        "yes_no",
        "Does the Debian Policy Manual allocate individual uid and gid numbers to the global static users and groups?",
        ["no", "it makes no attempt to allocate individual numbers"],
        [
            "The Debian Policy Manual reserves ranges for these global static users and groups, but it makes no attempt to allocate individual numbers or define their purposes."
        ],
    ),
    (
        "yes_no",
        "Can members of the sudo group use pkexec even if the sudo package is not installed?",
        ["yes", "independently of whether the sudo package is installed"],
        [S_SUDO],
    ),
    (
        "yes_no",
        "Is the ability to modify /usr/local effectively equivalent to root access?",
        ["yes", "is effectively equivalent to root access"],
        [
            "Note that the ability to modify /usr/local is effectively equivalent to root access (since /usr/local is intentionally on search paths ahead of /usr), and so you should only add trusted users to this group."
        ],
    ),
    (
        "yes_no",
        "Are Postgresql databases owned by the postgres user and group?",
        ["yes", "Postgresql databases are owned by this user and group"],
        [line("postgres"), "Postgresql databases are owned by this user and group."],
    ),
    # ---------------- unanswerable ----------------
    (U, "What uid does the root user have?", [], []),
    (U, "What gid is assigned to the sudo group?", [], []),
    (U, "Which uid range does Debian Policy reserve for global static users?", [], []),
    (U, "Which version of the base-passwd package does this document describe?", [], []),
    (U, "What is the home directory of the www-data user?", [], []),
    (U, "Which login shell does the nobody user have?", [], []),
    (U, "Which web server runs as www-data by default on Debian?", [], []),
    (U, "Which group owns the users' crontab files in /var/spool/cron/crontabs?", [], []),
    (U, "What uid does the postgres user have?", [], []),
    (U, "In which year was LSB 1.3 published?", [], []),
    (U, "What uid was statically allocated to Majordomo?", [], []),
    (U, "What does update-passwd do when a local entry conflicts with the master files?", [], []),
    (U, "Which user replaced cupsys in newer Debian releases?", [], []),
    (U, "Which group controls access to /dev/fuse?", [], []),
    (U, "Which group grants access to the Docker daemon?", [], []),
    (U, "Which Debian release removed the gnats package?", [], []),
    (U, "In which year did Debian stop creating the operator user by default?", [], []),
    (U, "What umask do members of the users group get by default?", [], []),
    (U, "Which port does the privilege-separated sshd listen on?", [], []),
    (U, "What uid does the libvirt daemon run as?", [], []),
    (U, "Which group owns /dev/kvm?", [], []),
    (U, "What gid does the cdrom group have?", [], []),
    (U, "Which Debian release first shipped the _ssh group?", [], []),
]

# Added later, numbered after the rest: the dev sets had no unanswerable yes/no question. Written
# from the text, before articleqa was run on them, when a user found that it answered "No." to
# yes/no questions the text never addresses; each checked against the text by search.
LATER = [
    (U, "Does Debian encrypt the passwords of system users?", [], []),
    (U, "Can the nobody user log in over SSH?", [], []),
    (U, "Is the uid of the root user configurable at install time?", [], []),
]


if __name__ == "__main__":
    write_gold("users-and-groups", ITEMS, "usr", 1999, "dev", to_span, later=LATER)  # tuning set; never use it as a test set
