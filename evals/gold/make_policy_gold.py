"""Build debian-python-policy.jsonl (hand-written gold QA, held-out test set).

Run from /work/main:  python3 evals/gold/make_policy_gold.py
Evidence is given as exact sentence (or whole-line) strings; offsets are found
with str.find, must be unique, and are asserted to round-trip.
"""

from goldtools import write_gold

U = "unanswerable"
S_PY2_CMD = "For the Debian 11 release (bullseye), the /usr/bin/python command is provided in the python-is-python2 package (pointing to /usr/bin/python2)."
S_DEFAULTS = "The set of currently supported Python 3 versions can be found in /usr/share/python3/debian_defaults; the supported interface to this information is through /usr/bin/py3versions."
S_PEP427 = "PEP 427 defines a built-package format called “wheels”, which is a Zip format archive containing Python code and a *.dist-info metadata directory, in a single file named with the .whl suffix."
S_EXCL_LIC = "Excluded are modules that cannot be included for licensing reasons (for example the profile module), for dependency tracking purposes (for example the GPL-licensed gdbm module), or that should not be included for packaging reasons (for example the tk module which depends on Xorg)."
S_IS_PY3 = "The packages python-is-python3 and python-dev-is-python3 provide the /usr/bin/python, /usr/bin/python-config and /usr/bin/pydoc commands pointing to Python3."

ITEMS = [
    # ---------------- factoid ----------------
    (
        "factoid",
        "Which package provides the only Python helper tools for Debian Stretch?",
        ["dh-python", "the dh-python package"],
        [
            "For Debian Stretch, the dh-python package provides the only such tools; earlier helpers have been removed from Debian."
        ],
    ),
    (
        "factoid",
        "In bullseye, which package provides /usr/bin/python pointing to Python 2?",
        ["python-is-python2", "the python-is-python2 package"],
        [S_PY2_CMD],
    ),
    (
        "factoid",
        "Where must public Python 3 modules be installed?",
        ["/usr/lib/python3/dist-packages"],
        [
            "Public Python 3 modules must be installed in the system Python 3 modules directory, /usr/lib/python3/dist-packages."
        ],
    ),
    (
        "factoid",
        "In which directory must installed *.whl files be placed?",
        ["/usr/share/python-wheels", "the /usr/share/python-wheels directory"],
        [
            "When these binary packages are installed, *.whl files must be placed in the /usr/share/python-wheels directory."
        ],
    ),
    (
        "factoid",
        "What tool do the wheel packages use to turn installed Debian packages back into wheels?",
        ["dirtbike", "the dirtbike “rewheeling” tool", "dirtbike rewheeling tool"],
        [
            "These packages build their own dependent wheels through the use of the dirtbike “rewheeling” tool, which takes installed Debian packages and turns them back into wheels."
        ],
    ),
    (
        "factoid",
        "What is the supported interface for querying the currently supported Python 3 versions?",
        ["/usr/bin/py3versions", "py3versions"],
        [S_DEFAULTS],
    ),
    (
        "factoid",
        "On which mailing list should any use of Python 2 be discussed before uploading?",
        ["the debian-python mailing list", "debian-python", "debian-python mailing list"],
        ["Please discuss all use of Python 2 on the debian-python mailing list before uploading."],
    ),
    ("factoid", "Which PEP defines the wheel built-package format?", ["PEP 427", "427"], [S_PEP427]),
    (
        "factoid",
        "What should the binary package be named for the module imported with import xdg?",
        ["python3-xdg"],
        [
            "For example, the module described in pyxdg-*.egg-info is used via import xdg, so its package name is python3-xdg and not python3-pyxdg."
        ],
    ),
    (
        "factoid",
        "Who holds the copyright on the Debian Python Policy?",
        ["Software in the Public Interest", "SPI"],
        ["1999-2021, Software in the Public Interest"],
    ),
    (
        "factoid",
        "What is the codename of the Debian 10 release?",
        ["buster"],
        [
            "These package are not installed by default for new installations, but only for upgrades from the Debian 10 release (buster)."
        ],
    ),
    (
        "factoid",
        "What email address is listed for Matthias Klose?",
        ["doko@debian.org"],
        ["Matthias Klose <doko@debian.org>"],
    ),
    (
        "factoid",
        "Which -whl package does the policy give as an example?",
        ["python3-pip-whl"],
        [
            "Since only the programs that require wheels need build them, only they may provide -whl packages, e.g. python3-pip-whl."
        ],
    ),
    # ---------------- paraphrase ----------------
    (
        "paraphrase",
        "Which module is left out of the interpreter package because it relies on the X window system?",
        ["the tk module", "tk"],
        [S_EXCL_LIC],
    ),
    (
        "paraphrase",
        "What may happen to locally installed programs that haven't been migrated to Python 3 if someone makes the bare python command launch Python 3?",
        ["likely to break", "they are likely to break", "break"],
        [
            "NOTE: Locally installed software not yet ported to Python3 is likely to break when installing these packages."
        ],
    ),
    (
        "paraphrase",
        "Which package pulls in the whole standard library, including the parts Debian splits out?",
        ["python3-full", "the python3-full binary package"],
        [
            "A python3-full binary package must ensure that the entire Python standard library is available, including all modules split into separate packages (but excluding modules excluded from Debian for licensing reasons)."
        ],
    ),
    (
        "paraphrase",
        "Why is it a bad idea for a script's shebang to go through env instead of naming Debian's interpreter directly?",
        [
            "it bypasses Debian’s dependency checking",
            "bypasses Debian’s dependency checking and makes the package vulnerable to incomplete local installations of Python",
            "it bypasses dependency checking",
        ],
        [
            "This is not advisable as it bypasses Debian’s dependency checking and makes the package vulnerable to incomplete local installations of Python."
        ],
    ),
    (
        "paraphrase",
        "Name a standard-library module that Debian leaves out of pythonX.Y because of its licence.",
        ["the profile module", "profile"],
        [S_EXCL_LIC],
    ),
    (
        "paraphrase",
        "Compiled C add-ons, unlike plain-source modules, are limited to how many interpreter versions?",
        ["one version of Python", "only one version", "one", "can only be used by one version of Python"],
        [
            "Extensions are C code compiled and linked against a specific version of the Python runtime, and so can only be used by one version of Python."
        ],
    ),
    (
        "paraphrase",
        "What should a user install so that typing the bare python command launches Python 3?",
        ["python-is-python3", "python-is-python3 and python-dev-is-python3"],
        [S_IS_PY3],
    ),
    # ---------------- multi_sentence ----------------
    (
        "multi_sentence",
        "Which Debian release, by codename, no longer ships the python-is-python2 package?",
        ["bookworm", "Debian 12", "the Debian 12 release (bookworm)"],
        [S_PY2_CMD, "These packages will not be part of the Debian 12 release (bookworm)."],
    ),
    (
        "multi_sentence",
        "What first argument do the runtime hook scripts receive just before the default runtime is changed?",
        ["pre-rtupdate"],
        [
            "/usr/share/python3/runtime.d/*.rtupdate: These are called when the default runtime changes.",
            "The first argument is either pre-rtupdate, called before changing the default runtime, or rtupdate, called when changing the default runtime, or post-rtupdate, called immediately afterwards.",
        ],
    ),
    (
        "multi_sentence",
        "The package that provides the /usr/bin/python3 symlink must depend on which package?",
        ["the python3.Y package that installs the executable", "python3.Y", "the python3.Y package"],
        [
            "At any time, the python3 binary package must ensure that /usr/bin/python3 is provided, as a symlink to the current python3.Y executable.",
            "The package must depend on the python3.Y package that installs the executable.",
        ],
    ),
    (
        "multi_sentence",
        "What is the version number of the Debian release for which the Python 2 stack was to be dropped?",
        ["Debian 11", "11"],
        [
            "The goal for Debian is to reduce this to one stack, dropping the Python 2 stack and interpreter for the Bullseye release.",
            "Starting with the Debian 11 release (bullseye), the binary packages python, python-minimal, python-dev, python-dbg and python-doc are removed.",
        ],
    ),
    (
        "multi_sentence",
        "In which section of /usr/share/python3/debian_defaults are options such as default-version defined?",
        ["the DEFAULT section", "DEFAULT"],
        [S_DEFAULTS, "They define (in the DEFAULT section) the following options:"],
    ),
    # ---------------- numeric ----------------
    (
        "numeric",
        "Which Python 2 version is the last one?",
        ["2.7", "Python 2.7"],
        [
            "Since Python 2.7 is the last Python 2 version and the only supported version in Wheezy and later releases, a version-specific location is sufficient."
        ],
    ),
    (
        "numeric",
        "Which version of the GNU General Public License is the policy manual distributed under?",
        [
            "version 2",
            "version 2 or any later version",
            "version 2 of the License, or (at your option) any later version",
            "GPL-2+",
            "2 or later",
        ],
        [
            "This manual is free software; you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation; either version 2 of the License, or (at your option) any later version."
        ],
    ),
    (
        "numeric",
        "As of which Python version was importing extension modules from wheels still unsupported?",
        ["Python 3.4", "3.4"],
        ["(Importing extension modules from wheels is not yet supported as of Python 3.4.)"],
    ),
    (
        "numeric",
        "How many supported hook types are there for reacting to runtime updates?",
        ["three", "3"],
        [
            "There are three supported hook types which come in the form of scripts which are invoked from the maintainer scripts of the Python runtime packages when specific installations, removals, or upgrades occur."
        ],
    ),
    (
        "numeric",
        "How many kinds of Python modules does the policy distinguish?",
        ["two", "2"],
        ["There are two kinds of Python modules, “pure” Python modules, and extension modules."],
    ),
    # ---------------- date ----------------
    (
        "date",
        "Which years does the policy's copyright notice cover?",
        ["1999-2021", "1999 to 2021", "1999–2021"],
        ["1999-2021, Software in the Public Interest"],
    ),
    (
        "date",
        "Starting with which Debian release were the python, python-minimal and python-dev packages removed?",
        ["the Debian 11 release (bullseye)", "Debian 11", "bullseye"],
        [
            "Starting with the Debian 11 release (bullseye), the binary packages python, python-minimal, python-dev, python-dbg and python-doc are removed."
        ],
    ),
    (
        "date",
        "From which Debian release onwards has Python 2.7 been the only supported Python 2 version?",
        ["Wheezy", "Wheezy and later releases"],
        [
            "Since Python 2.7 is the last Python 2 version and the only supported version in Wheezy and later releases, a version-specific location is sufficient."
        ],
    ),
    # ---------------- yes_no ----------------
    (
        "yes_no",
        "Does Debian Python link extensions against libpython?",
        ["no", "does not link extensions to libpython"],
        ["Debian Python does not link extensions to libpython (as is done in some operating systems)."],
    ),
    (
        "yes_no",
        "Are packages generally allowed to build or ship wheels?",
        ["no", "packages must not build or provide wheels"],
        ["Except as described below, packages must not build or provide wheels."],
    ),
    (
        "yes_no",
        "Should a Python script use plain python as its interpreter name?",
        ["no", "should not specify python as the interpreter name"],
        [
            "Python scripts should not specify python as the interpreter name even if they do not require any particular version of Python as the script would stop working upon removal of the Python 2 stack."
        ],
    ),
    (
        "yes_no",
        "On supported Debian releases, does sys.path contain a /usr/lib/pythonXY.zip entry?",
        ["no", "sys.path does not include a /usr/lib/pythonXY.zip entry"],
        ["For all supported Debian releases, sys.path does not include a /usr/lib/pythonXY.zip entry."],
    ),
    (
        "yes_no",
        "Can new Python 2 libraries be introduced into Debian?",
        ["no", "New Python 2 libraries must not be introduced"],
        ["New Python 2 libraries must not be introduced."],
    ),
    (
        "yes_no",
        "Are the python-is-python2 and python-dev-is-python2 packages installed by default on fresh installations?",
        ["no", "not installed by default for new installations"],
        [
            "These package are not installed by default for new installations, but only for upgrades from the Debian 10 release (buster)."
        ],
    ),
    (
        "yes_no",
        "Is /usr/local/lib/python3/site-packages part of the Python 3 module search path?",
        ["yes", "is in the Python 3 runtime module search path"],
        ["The directory /usr/local/lib/python3/site-packages is in the Python 3 runtime module search path."],
    ),
    (
        "yes_no",
        "May an application package declare a dependency on python3-full?",
        ["no", "must not be used in dependencies"],
        [
            "This package exists for the convenience of python developers, and must not be used in dependencies, recommendations and build dependencies by python module or application packages."
        ],
    ),
    # ---------------- unanswerable ----------------
    (U, "Who currently leads the Debian Python team?", [], []),
    (U, "What is the default Python 3 version in Debian bookworm?", [], []),
    (U, "On what date was Debian 11 (bullseye) released?", [], []),
    (U, "Who created the Python programming language?", [], []),
    (U, "Which minimum version of dh-python does the policy require?", [], []),
    (U, "How many packages in the archive still depend on Python 2?", [], []),
    (U, "Under which licence is the dirtbike tool released?", [], []),
    (U, "Who wrote the dirtbike rewheeling tool?", [], []),
    (U, "What was the default Python 3 version in Debian Stretch?", [], []),
    (U, "When will Ubuntu remove its Python 2 interpreter?", [], []),
    (U, "How many Python 3 versions are currently supported in Debian?", [], []),
    (U, "Which Debian package provides the tk module?", [], []),
    (U, "What does the profile module do?", [], []),
    (U, "In which Debian release was Python 3 first shipped?", [], []),
    (U, "Which command should a package's post-install script run to byte-compile its modules?", [], []),
    (U, "What is the codename of Debian 13?", [], []),
    (U, "What is the email address of the debian-python mailing list?", [], []),
    (U, "What is the telephone number of the Free Software Foundation?", [], []),
    (U, "How many Python 2 packages remained in the bullseye release?", [], []),
    (U, "In what year was PEP 404 published?", [], []),
    (U, "Who maintains the python3-django package in Debian?", [], []),
    (U, "Who maintains the dh-python package?", [], []),
]


if __name__ == "__main__":
    write_gold("debian-python-policy", ITEMS, "doc", 427, "test")  # whole set is held out
