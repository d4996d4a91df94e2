"""`studybot study --plain`: the study conversation line by line on stdin/stdout, for
screen readers, pipes and scripts (input may be piped from a file)."""

from __future__ import annotations

import sys
from typing import TextIO

from .conversation import Conversation, Message
from .services import AppConfig, ServiceError, Services

LABELS = {"tutor": "Question: ", "reply": "Tutor: ", "decline": "Tutor: ", "error": "Error: "}


def _emit(messages: list[Message], out: TextIO) -> None:
    for message in messages:
        out.write(f"\n{LABELS.get(message.kind, '')}{message.text}\n")
    out.flush()


def run_plain(config: AppConfig, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    stdin = stdin or sys.stdin
    out = stdout or sys.stdout
    interactive = stdin.isatty() and out.isatty()
    services = Services(config)
    try:
        services.open()
    except ServiceError as exc:
        print(f"studybot: {exc}", file=sys.stderr)
        return 1
    try:
        conversation = Conversation(services)
        out.write(conversation.welcome() + "\nType your answer and press Enter; end a line with ? to ask; "
                  "/help lists commands; end of input quits.\n")
        _emit(conversation.start(), out)
        while True:
            if interactive:
                out.write("> ")
                out.flush()
            line = stdin.readline()
            if not line:
                break
            if not interactive and line.strip():
                out.write(f"> {line.rstrip()}\n")  # piped input: show what was answered
            _emit(conversation.handle(line), out)
        if not conversation.finished:
            _emit(conversation.end(), out)
    finally:
        services.close()
    return 0
