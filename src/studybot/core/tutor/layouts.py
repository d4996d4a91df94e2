"""A question typed with the other keyboard layout on (`core.layouts`): "rnj bpj,htk lbpktkm&" for "кто изобрёл
дизель?" on a Russian pack, "зфслуе" for "packet" on an English one. Read word by word: a word the pack knows
as written (or read as a romanisation: "Vinkler" is a name written in Latin letters, `scripts`) and a symbol
("pH", "CO2") stay as typed; the other words are read. The question is read when the whole reading is a
request the tutor recognises ("gjlcrfprf": "подсказка"), or when at least one word reads as a word the pack
knows and no fewer do than are unknown both ways.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..layouts import is_symbol, pack_layout, read_keys
from ..translit import latin_to_cyrillic

__all__ = ["read_layout"]

_WORD = re.compile(r"[^\W\d_]+")


def read_layout(question: str, code: str, known: Callable[[str], bool], request: Callable[[str], bool]) -> str | None:
    """The question read in the layout of the pack's language `code` where it was typed in the other one; else
    None. `known(word)`: does the pack (or its language) know a lower-case word? `request(text)`: is a text a
    request the tutor recognises?"""
    meant = pack_layout(code)
    if meant is None:
        return None
    whole = read_keys(question, meant)
    if whole is not None and request(whole):
        return whole
    unknown: list[str] = []
    read_words: list[str] = []

    def as_written(token: str) -> bool:
        written = _WORD.findall(token.casefold())
        return is_symbol(token) or any(known(w) or (meant == "ru" and known(latin_to_cyrillic(w))) for w in written)

    def keep(token: str) -> bool:  # counts the words read as the pack's and those unknown both ways
        if as_written(token):
            return True
        read = _WORD.findall(read_keys(token, meant, lambda _: False) or "")
        (read_words if read and all(known(w.casefold()) for w in read) else unknown).append(token)
        return False

    reading = read_keys(question, meant, keep)  # once it is a slip, a word the pack does not use is read too
    return reading if reading is not None and read_words and len(read_words) >= len(unknown) else None
