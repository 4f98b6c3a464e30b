"""Build debian-python-policy.followups.jsonl (hand-written follow-up chat QA, held-out test set).

Run from /work/main:  python3 evals/gold/make_policy_followups_gold.py
Each item is a chat turn: a history of 1-2 earlier [question, answer] turns (answers taken from the
text) and a follow-up question that needs that history ("pronoun", "ellipsis"), or that must be
left alone ("self-contained"), or whose answer the text does not give ("unanswerable").
Evidence is given as exact sentence (or whole-line) strings; offsets are found with str.find, must
be unique, and are asserted to round-trip.
"""

import os

from goldtools import document, follow_up_rows, whole_span, write_rows

SEED = 394
PREFIX = "pfu"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "debian-python-policy.followups.jsonl")

P, E, SC, U = "pronoun", "ellipsis", "self-contained", "unanswerable"

S_NOT_DEFAULT = "These package are not installed by default for new installations, but only for upgrades from the Debian 10 release (buster)."
S_DIRTBIKE = "These packages build their own dependent wheels through the use of the dirtbike “rewheeling” tool, which takes installed Debian packages and turns them back into wheels."
S_FULL = "This package exists for the convenience of python developers, and must not be used in dependencies, recommendations and build dependencies by python module or application packages."
S_PEP427 = "PEP 427 defines a built-package format called “wheels”, which is a Zip format archive containing Python code and a *.dist-info metadata directory, in a single file named with the .whl suffix."
S_STRETCH = "For Debian Stretch, the dh-python package provides the only such tools; earlier helpers have been removed from Debian."
S_ENV_1 = "Maintainers should not override the Debian Python interpreter using /usr/bin/env name."
S_ENV_2 = "This is not advisable as it bypasses Debian’s dependency checking and makes the package vulnerable to incomplete local installations of Python."
S_MIN_MAX = "This allows packages to declare dependencies of the form python3-foo | python3-supported-min (>= 3.7) or python3-foo | python3-supported-max (<= 3.7), which would install python3-foo if any supported python3 version requires it."
S_ENSUREPIP = "Modules that would interfere with system package management (for example ensurepip, when used outside virtual environments) are modified to print a message explaining the problem and recommending alternatives."
S_PY2_DEFAULTS = "The set of currently supported Python 2 versions can be found in /usr/share/python/debian_defaults; the supported interface to this information is /usr/bin/pyversions."
S_BOOKWORM = "These packages will not be part of the Debian 12 release (bookworm)."

ITEMS = [
    # ---------------- pronoun ----------------
    (
        P,
        [["In bullseye, which package gives me /usr/bin/python pointing at Python 2?", "python-is-python2"]],
        "Is it installed by default on a fresh install?",
        ["no", "not installed by default for new installations"],
        [S_NOT_DEFAULT],
    ),
    (
        P,
        [
            [
                "Which packages provide unversioned python, python-config and pydoc commands for Python 3?",
                "python-is-python3 and python-dev-is-python3",
            ]
        ],
        "Is there any risk in installing them?",
        [
            "Locally installed software not yet ported to Python3 is likely to break",
            "locally installed software not yet ported to Python3 is likely to break when installing these packages",
        ],
        ["NOTE: Locally installed software not yet ported to Python3 is likely to break when installing these packages."],
    ),
    (
        P,
        [
            [
                "What tool do the wheel packages use to build their dependent wheels?",
                "the dirtbike “rewheeling” tool",
            ]
        ],
        "what does it actually do?",
        [
            "takes installed Debian packages and turns them back into wheels",
            "the dirtbike “rewheeling” tool, which takes installed Debian packages and turns them back into wheels",
        ],
        [S_DIRTBIKE],
    ),
    (
        P,
        [["Which file holds the set of currently supported Python 3 versions?", "/usr/share/python3/debian_defaults"]],
        "What format is that file written in?",
        ["Python configparser format", "configparser"],
        ["These files are in Python configparser format."],
    ),
    (
        P,
        [
            [
                "Is there a package that makes the entire Python standard library available?",
                "Yes, python3-full, including all modules split into separate packages.",
            ]
        ],
        "Can my module package list it as a build dependency?",
        ["no", "must not be used in dependencies, recommendations and build dependencies"],
        [S_FULL],
    ),
    (
        P,
        [
            ["What does /usr/bin/python3 point to?", "a symlink to the current python3.Y executable"],
            ["Which binary package represents the current default Python 3 version?", "python3"],
        ],
        "What range must its version number fall in?",
        ["greater than or equal to 3.Y and lower than 3.Y+1", ">= 3.Y and < 3.Y+1"],
        ["The version of the python3 package must be greater than or equal to 3.Y and lower than 3.Y+1."],
    ),
    (
        P,
        [
            [
                "What virtual packages does python3 provide for version-specific dependencies?",
                "python3-supported-min and python3-supported-max",
            ]
        ],
        "What do they achieve when used in an alternative dependency with python3-foo?",
        [
            "install python3-foo if any supported python3 version requires it",
            "would install python3-foo if any supported python3 version requires it",
        ],
        [S_MIN_MAX],
    ),
    (
        P,
        [
            [
                "What happens if I run ensurepip outside a virtual environment on Debian?",
                "It prints a message explaining the problem and recommending alternatives.",
            ]
        ],
        "Why was it changed to behave like that?",
        ["interfere with system package management", "would interfere with system package management"],
        [S_ENSUREPIP],
    ),
    (
        P,
        [["Which PEP defines the wheel built-package format?", "PEP 427"]],
        "What file suffix do they use?",
        [".whl", "the .whl suffix"],
        [S_PEP427],
    ),
    (
        P,
        [
            ["Who holds the copyright on this policy?", "Software in the Public Interest (1999-2021)"],
            ["Who is the first author in the list?", "Neil Schemenauer"],
        ],
        "what's his email address?",
        ["nas@debian.org"],
        ["Neil Schemenauer <nas@debian.org>"],
    ),
    (
        P,
        [["Which package provides the Python helper tools for Debian Stretch?", "dh-python"]],
        "What happened to the helpers that existed before it?",
        ["removed from Debian", "earlier helpers have been removed from Debian"],
        [S_STRETCH],
    ),
    (
        P,
        [
            [
                "What's the preferred interpreter path for a Python 3 script?",
                "/usr/bin/python3 (or /usr/bin/python3.Y if it requires Python 3.Y)",
            ]
        ],
        "Why shouldn't maintainers swap that for /usr/bin/env python3?",
        [
            "it bypasses Debian’s dependency checking",
            "bypasses Debian’s dependency checking and makes the package vulnerable to incomplete local "
            "installations of Python",
        ],
        [S_ENV_1, S_ENV_2],
    ),
    # ---------------- ellipsis ----------------
    (
        E,
        [["Where is the list of supported Python 3 versions kept?", "/usr/share/python3/debian_defaults"]],
        "And for Python 2?",
        ["/usr/share/python/debian_defaults"],
        [S_PY2_DEFAULTS],
    ),
    (
        E,
        [["Where do public Python 3 modules have to be installed?", "/usr/lib/python3/dist-packages"]],
        "What about public Python 2 modules?",
        ["/usr/lib/python2.Y/dist-packages"],
        [
            "Public Python 2 modules must be installed in the system Python 2 modules directory "
            "/usr/lib/python2.Y/dist-packages, where 2.Y is the Python 2 version."
        ],
    ),
    (
        E,
        [
            [
                "In bullseye, which packages provide the unversioned python commands pointing to Python 2?",
                "python-is-python2 and python-dev-is-python2",
            ]
        ],
        "And in bookworm?",
        ["not be part of the Debian 12 release", "will not be part of the Debian 12 release (bookworm)"],
        [S_BOOKWORM],
    ),
    (
        E,
        [
            [
                "Which interpreter name should a script use if it needs the default Python 3 version?",
                "python3",
            ]
        ],
        "and if it only works with one specific minor version?",
        ["pythonX.Y", "the versioned interpreter name (pythonX.Y)"],
        [
            "Python scripts that only work with a specific Python minor version must explicitly use the versioned "
            "interpreter name (pythonX.Y)."
        ],
    ),
    (
        E,
        [
            ["Where are Python docs packaged?", "in separate binary packages pythonX.Y-doc"],
            [
                "Which binary package always has the documentation for the default Python 3 version?",
                "python3-doc",
            ],
        ],
        "And for Python 2?",
        ["python2-doc"],
        [
            "The binary package python2-doc will always provide the documentation for the default Debian Python 2 "
            "version, for as long as that remains supported."
        ],
    ),
    (
        E,
        [["When do the *.rtinstall hook scripts get called?", "when a runtime is installed or becomes supported"]],
        "And the *.rtupdate ones?",
        ["when the default runtime changes"],
        ["These are called when the default runtime changes."],
    ),
    (
        E,
        [
            [
                "For modules installed locally by the admin, which site-packages directory is on the Python 3 "
                "search path?",
                "/usr/local/lib/python3/site-packages",
            ]
        ],
        "and for Python 2.Y?",
        ["/usr/local/lib/python2.Y/site-packages"],
        ["The directory /usr/local/lib/python2.Y/site-packages is in the Python 2.Y runtime module search path."],
    ),
    (
        E,
        [["What should the binary package for a module foo preferably be called?", "python3-foo"]],
        "What about a subpackage like foo.bar?",
        ["python3-foo.bar"],
        ["For subpackages such as foo.bar, the recommendation is to name the binary package python3-foo.bar."],
    ),
    # ---------------- self-contained ----------------
    (
        SC,
        [["Who holds the copyright on the policy?", "Software in the Public Interest"]],
        "Which PEP says that no more major Python 2 releases are planned?",
        ["PEP 404"],
        [
            "PEP 404 states that no more major Python 2 releases are planned, although the latest released minor "
            "version 2.7 will see some extended support, documented in PEP 466."
        ],
    ),
    (
        SC,
        [["Where must *.whl files go when wheel packages are installed?", "/usr/share/python-wheels"]],
        "Does Debian's Python link extension modules against libpython?",
        ["no", "Debian Python does not link extensions to libpython"],
        ["Debian Python does not link extensions to libpython (as is done in some operating systems)."],
    ),
    (
        SC,
        [["What must the main binary package for any Python version be called?", "pythonX.Y"]],
        "How are Django add-ons that are called django_name upstream named as Debian packages?",
        ["python3-django-name"],
        ["These are then packaged as python3-django-name."],
    ),
    (
        SC,
        [["What format are the debian_defaults files in?", "Python configparser format"]],
        "For which Debian release was the Python 2 stack supposed to be dropped?",
        ["Bullseye", "the Bullseye release"],
        [
            "The goal for Debian is to reduce this to one stack, dropping the Python 2 stack and interpreter for "
            "the Bullseye release."
        ],
    ),
    (
        SC,
        [
            ["Which tool turns installed Debian packages back into wheels?", "dirtbike"],
            ["Which -whl package is given as an example?", "python3-pip-whl"],
        ],
        "Which unversioned binary packages were removed starting with Debian 11?",
        [
            "python, python-minimal, python-dev, python-dbg and python-doc",
            "the binary packages python, python-minimal, python-dev, python-dbg and python-doc",
        ],
        [
            "Starting with the Debian 11 release (bullseye), the binary packages python, python-minimal, python-dev, "
            "python-dbg and python-doc are removed."
        ],
    ),
    (
        SC,
        [
            [
                "What does the old-versions option in debian_defaults list?",
                "interpreter names which might still be on the system but for which modules should not be built",
            ]
        ],
        "Where are private Python modules installed?",
        [
            "/usr/share/package-name or /usr/lib/package-name",
            "a private directory such as /usr/share/package-name or /usr/lib/package-name",
        ],
        ["Private modules are installed in a private directory such as /usr/share/package-name or /usr/lib/package-name."],
    ),
    # ---------------- unanswerable ----------------
    (U, [["Which package provides the only Python helper tools for Debian Stretch?", "dh-python"]],
     "Who maintains it?", [], []),
    (U, [["Which PEP documents the extended support for Python 2.7?", "PEP 466"]],
     "When does that extended support end?", [], []),
    (U, [["Who is listed first among the policy's authors?", "Neil Schemenauer"]],
     "When did he write the first version of the policy?", [], []),
    (U, [["What tool do the wheel packages use to turn Debian packages back into wheels?", "dirtbike"]],
     "Which Debian package ships it?", [], []),
    (U, [["Which Debian release removed the unversioned python binary packages?", "Debian 11 (bullseye)"]],
     "And on what date did it come out?", [], []),
    (U, [["Which binary package represents the current default Debian Python 3 version?", "python3"]],
     "Which Python version does it point to in bookworm?", [], []),
    (U, [["Where is the set of supported Python 3 versions listed?", "/usr/share/python3/debian_defaults"]],
     "How many versions does it list at the moment?", [], []),
    (U, [["Which module is the example of one left out for licensing reasons?", "the profile module"]],
     "What licence is it under?", [], []),
    (U, [["What suffix do wheel files have?", ".whl"]],
     "From which Python version on can extension modules be imported from them?", [], []),
    (U, [["Which -whl package is given as an example?", "python3-pip-whl"]],
     "And the one for virtualenv, what's it called?", [], []),
    (U, [["What interpreter name should scripts needing the default Python 2 version use?", "python2"]],
     "Until what date will that stay supported?", [], []),
    (U, [["Where should Python 2 use be discussed before uploading?", "the debian-python mailing list"]],
     "How do I subscribe to it?", [], []),
    (U, [["Which Python 2 minor version is the last one?", "2.7"]],
     "When was it released upstream?", [], []),
    (U, [
        ["When are the *.rtupdate hooks called?", "when the default runtime changes"],
        ["What is their first argument?", "pre-rtupdate, rtupdate or post-rtupdate"],
    ], "And what exit status should they return on failure?", [], []),
    (U, [["Which PEP does the policy point to for details on /usr/bin/python?", "PEP 394"]],
     "Who wrote it?", [], []),
    (U, [["How should the separate documentation package for python3-foo be named?", "python-foo-doc"]],
     "Why not python3-foo-doc?", [], []),
]


if __name__ == "__main__":
    text, _ = document("debian-python-policy")
    rows = follow_up_rows(ITEMS, PREFIX, SEED, lambda sentence: whole_span(text, sentence))
    write_rows(rows, OUT)
    print("wrote", OUT, len(rows))
