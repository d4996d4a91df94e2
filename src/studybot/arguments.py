"""The command line's argument types: each refuses a bad value with a one-line
message (argparse exits with status 2), before any file is opened."""

from __future__ import annotations

import argparse
import os
from typing import NoReturn

from .core.text import clean

__all__ = ["MAX_COUNT", "MAX_NAME", "Parser", "count_arg", "name_arg", "out_arg", "path_arg"]

MAX_COUNT = 100_000  # the largest --new, --reviews or --limit
MAX_NAME = 80  # characters of a learner name, a section id or a tag


class Parser(argparse.ArgumentParser):
    """argparse with a one-line error (no usage block) and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"studybot: {message} (see {self.prog} --help)\n")


def count_arg(text: str) -> int:
    """A whole number from 0 to MAX_COUNT (a daily limit, rows to show)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 0 <= value <= MAX_COUNT:
        raise argparse.ArgumentTypeError(f"{text} is out of range: give a number from 0 to {MAX_COUNT:,}")
    return value


def name_arg(text: str) -> str:
    """A learner name, section id or tag: printable UTF-8, at most MAX_NAME characters."""
    text = text.strip()
    if not text:
        raise argparse.ArgumentTypeError("is empty")
    if clean(text, multiline=False) != text:
        raise argparse.ArgumentTypeError("contains bytes that are not UTF-8 text, or control characters")
    if len(text) > MAX_NAME:
        raise argparse.ArgumentTypeError(f"is longer than {MAX_NAME} characters")
    return text


def path_arg(text: str) -> str:
    """A file name: any name the file system takes, except bytes that are not UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError("names a file with bytes that are not UTF-8; rename it") from None
    if not text:
        raise argparse.ArgumentTypeError("is empty")
    return text


def out_arg(text: str) -> str:
    """A file to write (or a folder to write into): a name ending in a slash names a folder, and one that does not
    exist is refused ("--out exports/" wrote a file called "exports" beside it)."""
    text = path_arg(text)
    if text.endswith(("/", os.sep)) and not os.path.isdir(text):
        raise argparse.ArgumentTypeError(f"{text}: no such folder")
    return text
