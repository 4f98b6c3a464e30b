"""Build python-logging-howto.followups.jsonl (hand-written follow-up gold QA, DEV set for tuning).

Run from /work/main:  python3 evals/gold/make_logging_followups_gold.py
Document: docs/python-logging-howto.txt (build it with prepare_logging_doc.py).
Each item is one chat turn: a history of one or two earlier [question, answer] turns, then a
follow-up question. The questions were written from the text alone, without running articleqa or
looking at its answers, and independently of the other follow-up sets. Types:
  pronoun         the follow-up refers back with "it", "its", "his", "they", "them", "that", ... and
                  needs the history to be understood (the referent sits in an earlier question or
                  only in an earlier answer; a two-turn history has it in the first turn);
  ellipsis        an elliptical follow-up ("And DEBUG?", "And the current process ID?", "Why not?",
                  "And when it's True?") that reuses the previous question with one part swapped;
  self-contained  a complete question on its own, often on another topic than the history; it must
                  be answered as asked;
  unanswerable    a follow-up of any of these kinds whose answer the text does not give (checked by
                  searching the text): defaults, versions and names it never states, and one fact
                  (basicConfig()'s default message format) that only a dropped code block shows.
Evidence is given as exact whole sentences (or lines, e.g. table rows); offsets are found with
str.find and must be unique. Every item is split "dev": this set is for tuning the chat rewrite.
"""

import os

from goldtools import document, follow_up_rows, whole_span, write_rows

SEED = 1414
PREFIX = "lfu"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "python-logging-howto.followups.jsonl")
P, E, SC, U = "pronoun", "ellipsis", "self-contained", "unanswerable"

S_FIRST_CALL = "As it’s intended as a one-off simple configuration facility, only the first call will actually do anything: subsequent calls are effectively no-ops."
S_EXC_HANDLER = "Call this method only from an exception handler."
S_ROTATING_INSTEAD = "Instead, use RotatingFileHandler or TimedRotatingFileHandler."
S_RAISE_PROD = "It’s advised that you set raiseExceptions to False for production usage."
S_ENABLED_COST = "In some cases, isEnabledFor() can itself be more expensive than you’d like (e.g. for deeply nested loggers where an explicit level is only set high up in the logger hierarchy)."
S_DISABLE = "This may or may not be what you want, since it will cause any non-root loggers existing before the fileConfig() call to be disabled unless they (or an ancestor) are explicitly named in the configuration."
S_AUTHOR = "Author: Vinay Sajip <vinay_sajip at red-dove dot com>"
S_DATEFMT = "If there is no date format string, the default date format is: %Y-%m-%d %H:%M:%S with the milliseconds tacked on at the end."
S_MEMORY = "MemoryHandler instances send messages to a buffer in memory, which is flushed whenever specific criteria are met."
S_NOT_EVERY = "You don’t need to always call these methods on every logger you create."
S_LASTRESORT_LEVEL = "The handler’s level is set to WARNING, so all events at this and greater severities will be output."
S_DEBUG_10 = "Level: DEBUG; Numeric value: 10"
S_PROCESSES = "What you don’t want to collect: Current process ID (os.getpid()); How to avoid collecting it: Set logging.logProcesses to False."
S_DATAGRAM = "DatagramHandler instances send messages to UDP sockets."
S_STYLES = "If the style is '{', the message format string is assumed to be compatible with str.format() (using keyword arguments), while if the style is '$' then the message format string should conform to what is expected by string.Template.substitute()."
S_HANDLER_BASE = "Instead, the Handler class is a base class that defines the interface that all handlers should have and establishes some default behavior that child classes can use (or override)."
S_PRE32_TRUE = "If logging.raiseExceptions is True (development mode), a message ‘No handlers could be found for logger X.Y.Z’ is printed once."
S_RAW = "If there is no message format string, the default is to use the raw message."
S_ASCTIME = "To display the date and time of an event, you would place ‘%(asctime)s’ in your format string: import logging logging.basicConfig(format='%(asctime)s %(message)s') logging.warning('is when this event was logged.') which should print something like this:"
S_PRINT = "Task you want to perform: Display console output for ordinary usage of a command line script or program; The best tool for the task: print()"
S_USENET = "If your logging needs are simple, then use the above examples to incorporate logging into your own scripts, and if you run into problems or don’t understand something, please post a question on the comp.lang.python Usenet group (available at https://groups.google.com/forum/#!forum/comp.lang.python) and you should receive help before too long."
S_DICTCONFIG = "Creating a dictionary of configuration information and passing it to the dictConfig() function."
S_HANDLE_ERROR = "Other exceptions which occur during the emit() method of a Handler subclass are passed to its handleError() method."

ITEMS = [
    # ---------------- pronoun ----------------
    (P, [["Which function does the simple configuration of logging in the tutorial?", "basicConfig()"]],
     "If it is called several times, which call actually does anything?", ["only the first call", "the first call"], [S_FIRST_CALL]),
    (P, [["Which logger method dumps a stack trace along with the message?", "Logger.exception()"]],
     "Where should it be called from?", ["only from an exception handler", "an exception handler"], [S_EXC_HANDLER]),
    (P, [["Which class is the base class for handlers that rotate log files at a certain point?", "BaseRotatingHandler"],
         ["Is it meant to be instantiated directly?", "No."]],
     "Which classes should you use instead of it?", ["RotatingFileHandler or TimedRotatingFileHandler"], [S_ROTATING_INSTEAD]),
    (P, [["What is the default value of raiseExceptions?", "True"]],
     "What should it be set to for production usage?", ["False"], [S_RAISE_PROD]),
    (P, [["Which logger method tells you whether an event at a given level would be created?", "isEnabledFor()"]],
     "Why might you cache its result instead of calling it each time?", ["isEnabledFor() can itself be more expensive than you’d like", "more expensive than you’d like"], [S_ENABLED_COST]),
    (P, [["Which parameter of fileConfig() defaults to True for reasons of backward compatibility?", "disable_existing_loggers"]],
     "Which loggers does it cause to be disabled?", ["any non-root loggers existing before the fileConfig() call", "non-root loggers existing before the fileConfig() call"], [S_DISABLE]),
    (P, [["Who is the author of the Logging HOWTO?", "Vinay Sajip"]],
     "What is his email address, as given on the page?", ["vinay_sajip at red-dove dot com"], [S_AUTHOR]),
    (P, [["Which objects configure the final order, structure, and contents of the log message?", "Formatter objects"]],
     "What date format do they use if none is given?", ["%Y-%m-%d %H:%M:%S with the milliseconds tacked on at the end", "%Y-%m-%d %H:%M:%S"], [S_DATEFMT]),
    (P, [["Which handler sends messages to a buffer in memory?", "MemoryHandler"]],
     "When is that buffer flushed?", ["whenever specific criteria are met"], [S_MEMORY]),
    (P, [["Which logger methods add and remove handler objects?", "Logger.addHandler() and Logger.removeHandler()"]],
     "Do you need to call them on every logger you create?", ["no", "You don’t need to always call these methods on every logger you create"], [S_NOT_EVERY]),
    (P, [["Where is the ‘handler of last resort’ stored?", "logging.lastResort"]],
     "What level is it set to?", ["WARNING"], [S_LASTRESORT_LEVEL]),
    # ---------------- ellipsis ----------------
    (E, [["What is the numeric value of the WARNING level?", "30"]],
     "And DEBUG?", ["10"], [S_DEBUG_10]),
    (E, [["How can you avoid collecting threading information?", "Set logging.logThreads to False."]],
     "And the current process ID?", ["Set logging.logProcesses to False", "logging.logProcesses"], [S_PROCESSES]),
    (E, [["What do SocketHandler instances send messages to?", "TCP/IP sockets"]],
     "And DatagramHandler instances?", ["UDP sockets"], [S_DATAGRAM]),
    (E, [["With which Formatter style is the message format string assumed to be compatible with str.format()?", "'{'"]],
     "And with string.Template.substitute()?", ["'$'", "$"], [S_STYLES]),
    (E, [["Should application code directly instantiate and use instances of Handler?", "No."]],
     "Why not?", ["the Handler class is a base class", "a base class that defines the interface that all handlers should have"], [S_HANDLER_BASE]),
    (E, [["Before Python 3.2, what happened to an event with no handlers if logging.raiseExceptions was False?", "It was silently dropped."]],
     "And when it's True?", ["a message ‘No handlers could be found for logger X.Y.Z’ is printed once", "‘No handlers could be found for logger X.Y.Z’"], [S_PRE32_TRUE]),
    (E, [["If a Formatter is given no date format string, what does it use?", "%Y-%m-%d %H:%M:%S with the milliseconds tacked on at the end"]],
     "And if it has no message format string?", ["the raw message", "to use the raw message"], [S_RAW]),
    # ---------------- self-contained ----------------
    (SC, [["What do FileHandler instances do?", "They send messages to disk files."]],
     "What do you put in the format string to display the date and time of an event?", ["‘%(asctime)s’", "%(asctime)s"], [S_ASCTIME]),
    (SC, [["What is the default logging level?", "WARNING"]],
     "What is the best tool for displaying console output for ordinary usage of a command line script?", ["print()"], [S_PRINT]),
    (SC, [["Which handler sends messages to a Unix syslog daemon?", "SysLogHandler"]],
     "On which Usenet group can you post a question if you run into problems with logging?", ["comp.lang.python"], [S_USENET]),
    (SC, [["What is the numeric value of CRITICAL?", "50"]],
     "Which function is passed a dictionary of configuration information?", ["dictConfig()", "the dictConfig() function"], [S_DICTCONFIG]),
    (SC, [["How are logger names separated in the namespace hierarchy?", "with dots (periods)"]],
     "Which method receives the exceptions raised in the emit() method of a Handler subclass?", ["handleError()", "its handleError() method"], [S_HANDLE_ERROR]),
    # ---------------- unanswerable ----------------
    (U, [["Which handler supports maximum log file sizes and log file rotation?", "RotatingFileHandler"]],
     "How many backup files does it keep by default?", [], []),
    (U, [["Which handler sends messages to an HTTP server?", "HTTPHandler"]],
     "Does it support HTTPS?", [], []),
    (U, [["Who wrote the Logging HOWTO?", "Vinay Sajip"]],
     "Which company does he work for?", [], []),
    (U, [["What does the ‘handler of last resort’ write to?", "the current value of sys.stderr"]],
     "What is the name of its class?", [], []),
    (U, [["Which file formats can be used to populate the configuration dictionary?", "JSON or YAML"]],
     "What about TOML?", [], []),
    (U, [["Which Handler method sends the message to its destination?", "emit()"]],
     "What does it return?", [], []),
    (U, [["Since which version does SocketHandler support Unix domain sockets?", "3.4"]],
     "And SysLogHandler?", [], []),
    (U, [["What does setting logging._srcfile to None avoid?", "calling sys._getframe()"]],
     "How much faster does that make code under PyPy?", [], []),
    (U, [["What can be used to format multiple messages in a batch?", "BufferingFormatter"]],
     "What are its header and trailer format strings by default?", [], []),
    (U, [["If no destination is set, what do debug() and the other module-level functions set up?", "a destination of the console (sys.stderr) and a default format for the displayed message"]],
     "What exactly is that default format?", [], []),
]

if __name__ == "__main__":
    text, _ = document("python-logging-howto")
    rows = follow_up_rows(ITEMS, PREFIX, SEED, lambda sentence: whole_span(text, sentence), split="dev")
    write_rows(rows, OUT)
    print("wrote", OUT, len(rows))
