"""A question typed with the other keyboard layout on (`core.layouts`): "rnj bpj,htk lbpktkm&" for "кто изобрёл
дизель?" on a Russian pack, "зфслуе" for "packet" on an English one. The question is read in the pack's layout
when, as written, none of its words is one the pack knows (not even read as a romanisation: "Vinkler" is a
name written in Latin letters, `scripts`) and the reading is a request the tutor recognises or at least half
its words are words the pack knows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..layouts import pack_layout, typed_in_layout
from ..translit import latin_to_cyrillic

__all__ = ["read_layout"]

_WORD = re.compile(r"[^\W\d_]+")


def read_layout(question: str, code: str, known: Callable[[str], bool], request: Callable[[str], bool]) -> str | None:
    """The question read in the layout of the pack's language `code`, when it was typed in the other one; else
    None. `known(word)`: does the pack (or its language) know a lower-case word? `request(text)`: is a text a
    request the tutor recognises ("gjlcrfprf": "подсказка")?"""
    meant = pack_layout(code)
    reading = typed_in_layout(question, meant) if meant is not None else None
    if reading is None:
        return None
    written = _WORD.findall(question.casefold())
    if any(known(w) or (meant == "ru" and known(latin_to_cyrillic(w))) for w in written):
        return None
    if request(reading):
        return reading
    read = _WORD.findall(reading.casefold())
    hits = sum(1 for w in read if known(w))
    return reading if hits and 2 * hits >= len(read) else None
