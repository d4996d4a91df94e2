"""A line typed with the other keyboard layout on, as the conversation reads it: a /command typed with the
Russian layout on (".рште": that layout's "." is the "/" key), a request ("yt pyf.": "не знаю") or a question
("Xnj nfrjt kfrvec&": "Что такое лакмус?") typed with the Latin layout on a Russian pack. An answer is left to
the grader, which reads it in the pack's layout itself (`core.grading.layout_slips`) and says so."""

from __future__ import annotations

from collections.abc import Callable, Collection

from .core.layouts import slash_command, typed_for

__all__ = ["as_meant"]


def as_meant(line: str, language: str, commands: Collection[str], said: Callable[[str], str | None]) -> str:
    """`line` read in the layout of the pack's `language` when so read it is a /command, a request (`said`) or
    a question; else `line` as typed."""
    command = slash_command(line, commands)
    if command != line or said(line) is not None:
        return command
    keys = typed_for(line, language)
    if not keys:
        return line
    from .core.language import asks_in_any  # the grader's language data: loaded at the first line typed

    return keys if said(keys) is not None or (keys.endswith("?") and asks_in_any(keys)) else line
