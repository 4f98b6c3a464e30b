"""Build python-logging-howto.jsonl (hand-written gold QA, DEV set for tuning).

Run from /work/main:  python3 evals/gold/make_logging_gold.py
Document: docs/python-logging-howto.txt (build it with prepare_logging_doc.py).
Evidence is given as exact sentence (or whole-line) strings; offsets are found
with str.find, must be unique, and are asserted to round-trip. Table rows,
list items and the "Author:" field are whole lines. The questions were written
from the text alone, without running articleqa.
The HOWTO's dropped code blocks and their printed output are not part of the
document (only the 11 blocks that sit inside a sentence are kept inline), so
facts that appear only there (the dates and logger names in the example
outputs, the default message format, the config file) are unanswerable here.
Many questions ask "why" (reason in the same sentence, after "because", "as",
"since", "for reasons of", or in the next sentence, "This is because ...") or
"how"/"what happens if"; four unanswerable ones ask "why" about a fact whose
reason the text never gives.
Every item is split "dev": this set is for tuning, unlike the held-out
debian-python-policy.jsonl.
"""

from goldtools import write_gold

U = "unanswerable"
S_AUTHOR = "Author: Vinay Sajip <vinay_sajip at red-dove dot com>"
S_DEFAULT = "The default level is WARNING, which means that only events of this level and above will be tracked, unless the logging package is configured to do otherwise."
S_LAST = "The event is output using a ‘handler of last resort’, stored in logging.lastResort."
S_LAST_STDERR = "This internal handler is not associated with any logger, and acts like a StreamHandler which writes the event description message to the current value of sys.stderr (therefore respecting any redirections which may be in effect)."
S_DO_NOTHING = "If for some reason you don’t want these messages printed in the absence of any logging configuration, you can attach a do-nothing handler to the top-level logger for your library."
S_NULL_LINE = "NullHandler instances do nothing with error messages. They are used by library developers who want to use logging, but want to avoid the ‘No handlers could be found for logger XXX’ message which can be displayed if the library user has not configured logging. See Configuring Logging for a Library for more information."
S_WATCHED_LINE = "WatchedFileHandler instances watch the file they are logging to. If the file changes, it is closed and reopened using the file name. This handler is only useful on Unix-like systems; Windows does not support the underlying mechanism used."
S_CUSTOM = "Defining your own levels is possible, but should not be necessary, as the existing levels have been chosen on the basis of practical experience."
S_CUSTOM_LIB = "However, if you are convinced that you need custom levels, great care should be exercised when doing this, and it is possibly a very bad idea to define custom levels if you are developing a library."
S_CUSTOM_WHY = "That’s because if multiple library authors all define their own custom levels, there is a chance that the logging output from such multiple libraries used together will be difficult for the using developer to control and/or interpret, because a given numeric value might mean different things for different libraries."
S_FILEMODE = "If you want each run to start afresh, not remembering the messages from earlier runs, you can specify the filemode argument, by changing the call in the above example to:"
S_FILEMODE_OUT = "The output will be the same as before, but the log file is no longer appended to, so the messages from earlier runs are lost."
S_NULL_SINCE = "A do-nothing handler is included in the logging package: NullHandler (since Python 3.1)."

ITEMS = [
    # ---------------- factoid ----------------
    (
        "factoid",
        "Who is the author of the Logging HOWTO?",
        ["Vinay Sajip", "Vinay Sajip <vinay_sajip at red-dove dot com>"],
        [S_AUTHOR],
    ),
    (
        "factoid",
        "In the very simple example, why is nothing printed for the info() call?",
        ["the default level is WARNING", "because the default level is WARNING"],
        ["The INFO message doesn’t appear because the default level is WARNING."],
    ),
    (
        "factoid",
        "In which attribute is the ‘handler of last resort’ stored?",
        ["logging.lastResort"],
        [S_LAST],
    ),
    (
        "factoid",
        "Which logger method tells you whether an event at a given level would actually be created?",
        ["isEnabledFor()", "the isEnabledFor() method"],
        ["To decide what to do, you can call the isEnabledFor() method which takes a level argument and returns true if the event would be created by the Logger for that level of call."],
    ),
    (
        "factoid",
        "Which two kinds of exception does the logging package never swallow?",
        ["SystemExit and KeyboardInterrupt"],
        ["SystemExit and KeyboardInterrupt exceptions are never swallowed."],
    ),
    (
        "factoid",
        "According to the table of tasks, what is the best tool for reporting an error regarding a particular runtime event?",
        ["Raise an exception"],
        ["Task you want to perform: Report an error regarding a particular runtime event; The best tool for the task: Raise an exception"],
    ),
    (
        "factoid",
        "Why does the disable_existing_loggers parameter of fileConfig() default to True?",
        ["for reasons of backward compatibility", "backward compatibility"],
        ["The fileConfig() function takes a default parameter, disable_existing_loggers, which defaults to True for reasons of backward compatibility."],
    ),
    (
        "factoid",
        "How can you avoid collecting threading information during logging?",
        ["Set logging.logThreads to False", "logging.logThreads"],
        ["What you don’t want to collect: Threading information; How to avoid collecting it: Set logging.logThreads to False."],
    ),
    (
        "factoid",
        "Which style indicator does a Formatter use when none is specified?",
        ["'%'", "style='%'"],
        ["If one of these is not specified, then '%' will be used."],
    ),
    (
        "factoid",
        "How can you restore the pre-3.2 behaviour for events that find no handlers?",
        ["logging.lastResort can be set to None"],
        ["To obtain the pre-3.2 behaviour, logging.lastResort can be set to None."],
    ),
    (
        "factoid",
        "How can a script turn the value of a --log command-line option, held in a variable loglevel, into the value to pass to basicConfig()?",
        ["getattr(logging, loglevel.upper())"],
        ["If you want to set the logging level from a command-line option such as: --log=INFO and you have the value of the parameter passed for --log in some variable loglevel, you can use: getattr(logging, loglevel.upper()) to get the value which you’ll pass to basicConfig() via the level argument."],
    ),
    (
        "factoid",
        "Why does a do-nothing handler on a library's top-level logger keep the messages from being printed?",
        ["a handler will always be found for the library’s events", "since a handler will always be found for the library’s events"],
        ["This avoids the message being printed, since a handler will always be found for the library’s events: it just doesn’t produce any output."],
    ),
    (
        "factoid",
        "What happens if you create your own level that reuses the number of a predefined level?",
        ["it overwrites the predefined value", "it overwrites the predefined value; the predefined name is lost"],
        ["If you define a level with the same numeric value, it overwrites the predefined value; the predefined name is lost."],
    ),
    (
        "factoid",
        "How can you make every formatter show logging times in GMT?",
        [
            "set the converter attribute in the Formatter class",
            "set the converter attribute in the Formatter class (to time.gmtime for GMT display)",
        ],
        ["To change it for all formatters, for example if you want all logging times to be shown in GMT, set the converter attribute in the Formatter class (to time.gmtime for GMT display)."],
    ),
    # ---------------- paraphrase ----------------
    (
        "paraphrase",
        "What can a library hook onto its top-level logger if it wants to stay quiet when the application has not set up logging?",
        ["a do-nothing handler", "NullHandler"],
        [S_DO_NOTHING],
    ),
    (
        "paraphrase",
        "Who are the handlers that throw every message away meant for?",
        ["library developers", "library developers who want to use logging"],
        [S_NULL_LINE],
    ),
    (
        "paraphrase",
        "What happens when a logging call is made at a severity below the level set on its logger?",
        ["no logging message is actually generated"],
        ["If the logger’s level is higher than the method call’s, no logging message is actually generated."],
    ),
    (
        "paraphrase",
        "Why does the fallback handler used when nothing is configured honour any redirection of standard error?",
        [
            "writes the event description message to the current value of sys.stderr",
            "acts like a StreamHandler which writes the event description message to the current value of sys.stderr",
        ],
        [S_LAST_STDERR],
    ),
    (
        "paraphrase",
        "Which part of the logging machinery decides how records look in what finally gets written?",
        ["Formatters"],
        ["Formatters specify the layout of log records in the final output."],
    ),
    (
        "paraphrase",
        "When would a stored result of the is-this-level-enabled check have to be worked out again?",
        ["when the logging configuration changes dynamically while the application is running"],
        ["Such a cached value would only need to be recomputed when the logging configuration changes dynamically while the application is running (which is not all that common)."],
    ),
    (
        "paraphrase",
        "What can you do to stop a logger handing its records up to the handlers of its ancestors?",
        ["setting the propagate attribute of a logger to False", "turn off propagation by setting the propagate attribute of a logger to False"],
        ["(You can, however, turn off propagation by setting the propagate attribute of a logger to False.)"],
    ),
    (
        "paraphrase",
        "Why shouldn't there normally be any need to invent your own severity levels?",
        ["the existing levels have been chosen on the basis of practical experience"],
        [S_CUSTOM],
    ),
    (
        "paraphrase",
        "What becomes of a record once one of the filters it is checked against turns it down?",
        ["the message is not processed further"],
        ["If any filter returns a false value, the message is not processed further."],
    ),
    # ---------------- numeric ----------------
    (
        "numeric",
        "What numeric value does the ERROR level have?",
        ["40", "Numeric value: 40"],
        ["Level: ERROR; Numeric value: 40"],
    ),
    (
        "numeric",
        "What is the numeric value of NOTSET?",
        ["0", "Numeric value: 0"],
        ["Level: NOTSET; Numeric value: 0"],
    ),
    (
        "numeric",
        "Since which Python version has the logging package shipped a handler that does nothing?",
        ["3.1", "Python 3.1"],
        [S_NULL_SINCE],
    ),
    (
        "numeric",
        "In which Python version was the encoding argument added, according to the section on logging to a file?",
        ["3.9", "Changed in version 3.9"],
        ["Changed in version 3.9: The encoding argument was added."],
    ),
    (
        "numeric",
        "How many handlers are needed for an application that sends everything to a log file, errors and above to stdout, and critical messages to an email address?",
        ["three", "three individual handlers"],
        [
            "As an example scenario, an application may want to send all log messages to a log file, all log messages of error or higher to stdout, and all messages of critical to an email address.",
            "This scenario requires three individual handlers where each handler is responsible for sending messages of a specific severity to a specific location.",
        ],
    ),
    (
        "numeric",
        "How many optional arguments can be passed when constructing a Formatter?",
        ["three", "three optional arguments"],
        ["The constructor takes three optional arguments – a message format string, a date format string and a style indicator."],
    ),
    # ---------------- multi_sentence ----------------
    (
        "multi_sentence",
        "From which Python version on is an event that finds no handlers written out by a ‘handler of last resort’?",
        ["3.2", "Python 3.2 and later"],
        ["In Python 3.2 and later, the behaviour is as follows:", S_LAST],
    ),
    (
        "multi_sentence",
        "Why is it advised not to attach handlers other than NullHandler to a library's loggers?",
        ["the configuration of handlers is the prerogative of the application developer who uses your library"],
        [
            "It is strongly advised that you do not add any handlers other than NullHandler to your library’s loggers.",
            "This is because the configuration of handlers is the prerogative of the application developer who uses your library.",
        ],
    ),
    (
        "multi_sentence",
        "Why should basicConfig() be called before debug(), info() and the like?",
        ["those functions will call basicConfig() for you with the default options", "only the first call will actually do anything"],
        [
            "The call to basicConfig() should come before any calls to debug(), info(), etc.",
            "Otherwise, those functions will call basicConfig() for you with the default options.",
            "As it’s intended as a one-off simple configuration facility, only the first call will actually do anything: subsequent calls are effectively no-ops.",
        ],
    ),
    (
        "multi_sentence",
        "Why is raiseExceptions True by default?",
        ["during development, you typically want to be notified of any exceptions that occur"],
        [
            "The default value of raiseExceptions is True.",
            "This is because during development, you typically want to be notified of any exceptions that occur.",
        ],
    ),
    (
        "multi_sentence",
        "Why does logging still merge variable data into messages with the old %-style of string formatting?",
        ["for backwards compatibility", "the logging package pre-dates newer formatting options such as str.format() and string.Template"],
        [
            "As you can see, merging of variable data into the event description message uses the old, %-style of string formatting.",
            "This is for backwards compatibility: the logging package pre-dates newer formatting options such as str.format() and string.Template.",
        ],
    ),
    (
        "multi_sentence",
        "Why is it possibly a very bad idea to define custom levels when developing a library?",
        [
            "a given numeric value might mean different things for different libraries",
            "the logging output from such multiple libraries used together will be difficult for the using developer to control and/or interpret",
        ],
        [S_CUSTOM_LIB, S_CUSTOM_WHY],
    ),
    (
        "multi_sentence",
        "Why do both loggers and handlers have a setLevel() method?",
        [
            "The level set in the logger determines which severity of messages it will pass to its handlers",
            "The level set in each handler determines which messages that handler will send on",
        ],
        [
            "Why are there two setLevel() methods?",
            "The level set in the logger determines which severity of messages it will pass to its handlers.",
            "The level set in each handler determines which messages that handler will send on.",
        ],
    ),
    (
        "multi_sentence",
        "What happens to the messages from earlier runs once the basicConfig() call specifies the filemode argument?",
        ["the messages from earlier runs are lost", "the log file is no longer appended to, so the messages from earlier runs are lost"],
        [S_FILEMODE, S_FILEMODE_OUT],
    ),
    (
        "multi_sentence",
        "Why is it unnecessary to define and configure handlers for every logger an application uses?",
        ["Child loggers propagate messages up to the handlers associated with their ancestor loggers"],
        [
            "Child loggers propagate messages up to the handlers associated with their ancestor loggers.",
            "Because of this, it is unnecessary to define and configure handlers for all the loggers an application uses.",
        ],
    ),
    # ---------------- yes_no ----------------
    (
        "yes_no",
        "Is INFO the default logging level?",
        ["no", "The default level is WARNING"],
        [S_DEFAULT],
    ),
    (
        "yes_no",
        "Does the handler of last resort apply any formatting to the message?",
        ["no", "No formatting is done on the message"],
        ["No formatting is done on the message - just the bare event description message is printed."],
    ),
    (
        "yes_no",
        "Is the handler of last resort attached to the root logger?",
        ["no", "This internal handler is not associated with any logger"],
        [S_LAST, S_LAST_STDERR],
    ),
    (
        "yes_no",
        "Is WatchedFileHandler useful on Windows?",
        ["no", "This handler is only useful on Unix-like systems"],
        [S_WATCHED_LINE],
    ),
    (
        "yes_no",
        "Is NullHandler defined in the logging.handlers sub-module?",
        ["no", "The NullHandler, StreamHandler and FileHandler classes are defined in the core logging package."],
        ["The NullHandler, StreamHandler and FileHandler classes are defined in the core logging package."],
    ),
    (
        "yes_no",
        "May application code instantiate formatter classes itself?",
        ["yes", "application code may instantiate formatter classes"],
        ["Unlike the base logging.Handler class, application code may instantiate formatter classes, although you could likely subclass the formatter if your application needs special behavior."],
    ),
    (
        "yes_no",
        "Can a logger have more than one handler associated with it?",
        ["yes", "Each logger can have zero, one or more handlers associated with it"],
        ["Each logger can have zero, one or more handlers associated with it (via the addHandler() method of Logger)."],
    ),
    (
        "yes_no",
        "Do repeated calls to getLogger() with the same name give back the same logger object?",
        ["yes", "Multiple calls to getLogger() with the same name will return a reference to the same logger object."],
        ["Multiple calls to getLogger() with the same name will return a reference to the same logger object."],
    ),
    (
        "yes_no",
        "Does the root logger always have an explicit level set?",
        ["yes", "The root logger always has an explicit level set (WARNING by default)."],
        ["The root logger always has an explicit level set (WARNING by default)."],
    ),
    # ---------------- unanswerable ----------------
    # near misses: a default, a version, a number, a date, a person or a reason the text never gives
    (U, "What is the default maximum file size at which RotatingFileHandler rotates a log file?", [], []),
    (U, "At which timed interval does TimedRotatingFileHandler rotate the log file by default?", [], []),
    (U, "Which TCP port does SocketHandler send to by default?", [], []),
    (U, "How many records can a MemoryHandler buffer before it is flushed?", [], []),
    (U, "What is the numeric value of a TRACE level?", [], []),
    (U, "What level does a newly created handler have by default?", [], []),
    (U, "What is the default value of the errors argument that can be passed when logging to a file?", [], []),
    (U, "In which Python version was the fileConfig() function introduced?", [], []),
    (U, "In which Python version was the logging package added to the standard library?", [], []),
    (U, "In which Python version was the QueueListener class added?", [], []),
    (U, "Which PEP introduced the logging package?", [], []),
    (U, "Which module-level function gives a name to a custom logging level?", [], []),
    (U, "Who wrote the Logging Cookbook?", [], []),
    (U, "In which year was the Logging HOWTO first written?", [], []),
    # facts only in the dropped code blocks and outputs
    (U, "What date and time does the first %(asctime)s example print?", [], []),
    (U, "On what date was the sample output of simple_logging_module.py produced?", [], []),
    (U, "What name does the Python-code configuration example give its logger?", [], []),
    # reasons the text never gives
    (U, "Why was WARNING chosen as the default level?", [], []),
    (U, "Why does Windows not support the mechanism WatchedFileHandler relies on?", [], []),
    (U, "Why can't PyPy speed up code that uses sys._getframe()?", [], []),
    (U, "Why does SocketHandler pickle an event before sending it over the wire?", [], []),
    # off topic
    (U, "How do you create a virtual environment with the venv module?", [], []),
    (U, "Which sorting algorithm does Python's list.sort() use?", [], []),
]

# Added later, numbered after the rest: the dev sets had no unanswerable yes/no question. Written
# from the text, before articleqa was run on them, when a user found that it answered "No." to
# yes/no questions the text never addresses; each checked against the text by search.
LATER = [
    (U, "Can logging send messages to Slack?", [], []),
    (U, "Does the logging module compress old log files automatically?", [], []),
    (U, "Is logging slower than print?", [], []),
]


if __name__ == "__main__":
    write_gold("python-logging-howto", ITEMS, "log", 1999, "dev", later=LATER)  # tuning set; never use it as a test set
