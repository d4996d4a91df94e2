"""`studybot study --plain`: the study conversation line by line on stdin/stdout, for
screen readers, pipes and scripts (input may be piped from a file).

Everything written goes through `clean` (pack text, the learner's own answers, error
messages); input that is not UTF-8 is read with replacement characters; a database
that fails mid-session ends it with one line on stderr, never a traceback."""

from __future__ import annotations

import contextlib
import sys
from typing import TextIO

from .conversation import Conversation, Message, wants_to_quit
from .core.store import StoreError
from .core.text import clean
from .core.wording import says
from .services import AppConfig, ServiceError, Services

LABELS = {"tutor": "Question: ", "reply": "Tutor: ", "decline": "Tutor: ", "error": "Error: "}


def _emit(messages: list[Message], out: TextIO) -> None:
    for message in messages:
        out.write(clean(f"\n{LABELS.get(message.kind, '')}{message.text}\n"))
    out.flush()


def _tolerant(stream: TextIO) -> TextIO:
    """Read bytes that are not UTF-8 as U+FFFD instead of failing (or, in a C locale,
    passing them on as surrogates)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):  # if it cannot change, clean() drops surrogates
            reconfigure(errors="replace")
    return stream


def run_plain(config: AppConfig, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    stdin = _tolerant(stdin or sys.stdin)
    out = stdout or sys.stdout
    services = Services(config)
    try:
        services.open()
    except ServiceError as exc:
        print(clean(f"studybot: {exc.line}", multiline=False), file=sys.stderr)
        return 1
    try:
        _converse(Conversation(services), stdin, out)
    except (StoreError, ServiceError) as exc:
        out.flush()
        print(clean(f"studybot: {getattr(exc, 'line', exc)}", multiline=False), file=sys.stderr)
        return 1
    finally:
        services.close()
    return 0


def _converse(conversation: Conversation, stdin: TextIO, out: TextIO) -> None:
    interactive = stdin.isatty() and out.isatty()
    out.write(clean(conversation.welcome()) + "\n" + says("plain_intro", conversation.language) + "\n")
    _emit(conversation.start(), out)
    while True:
        if interactive:
            out.write("> ")
            out.flush()
        line = stdin.readline()
        if not line:
            break
        line = line.rstrip("\r\n")  # the answer is what was typed, not the key that ended it
        if wants_to_quit(line):
            break
        if not interactive and line.strip():
            out.write(clean(f"> {line.rstrip()}\n"))  # piped input: show what was answered
        _emit(conversation.handle(line), out)
    if not conversation.finished:
        _emit(conversation.end(), out)
