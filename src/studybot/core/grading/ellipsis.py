"""A list said by its items' adjectives, the noun they share left to the question (Russian ellipsis): "Назовите
три вида РНК" - "транспортная, рибосомная и информационная" names "транспортная РНК" and the others. A rule of
the language: the noun comes from the question's own words ("вида X", "типы X", "формы X"), never from a table."""

from __future__ import annotations

import re

__all__ = ["heads_restored"]

# "три вида РНК", "основные типы тканей", "какие формы собственности": the noun after a word of kinds
_KINDS = {"ru": re.compile(r"(?i)\b(?:вид|вида|виды|видов|тип|типа|типы|типов|форм|формы|разновидност[иья]\w*|"
                           r"класс|класса|классы|классов|род|рода|роды|родов)\s+(?:основных\s+|главных\s+)?"
                           r"([^\W\d_][\w-]*)")}
_ITEMS = {"ru": re.compile(r"\s*(?:[,;]|\s(?:и|или|а также)\s)\s*")}
_ADJECTIVE = {"ru": re.compile(r"^[^\W\d_]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$")}


def heads_restored(answer: str, prompt: str, code: str) -> str | None:
    """The answer with the question's noun after each item that is an adjective alone, or None (no noun of
    kinds in the question, or no such item)."""
    kinds, items, adjective = _KINDS.get(code), _ITEMS.get(code), _ADJECTIVE.get(code)
    if kinds is None or items is None or adjective is None or (found := kinds.search(prompt)) is None:
        return None
    head = found.group(1)
    parts = [p.strip() for p in items.split(answer.strip().rstrip(".")) if p.strip()]
    if len(parts) < 2:
        return None  # one word alone answers no list
    full = [f"{p} {head}" if adjective.match(p.casefold()) else p for p in parts]
    return ", ".join(full) if full != parts else None
