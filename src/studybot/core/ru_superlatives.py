"""A Russian superlative in "-ейший" / "-айший" said with "самый": "крупнейший порт" is "самый крупный порт",
"высочайшая гора" is "самая высокая гора", "наиважнейшая задача" "самая важная задача". A rule of Russian word
formation for the grader (`preparing.read`), not words of a text: the superlative is read as "самый" and its
adjective (by stems, so the adjective's ending need not agree), the root's "ч", "ж", "ш" before "-айш-" back to the
adjective's "к", "г", "х" ("высоч-айш-ий" / "высок-ий", "строж-айш-ий" / "строг-ий", "тиш-айш-ий" / "тих-ий").
"Дальнейший" (further, the next) is no superlative of "дальний" and is left as it is, and so is a word of a name the
pack's aliases write ("Светлейший совет": a title, read as written on both sides, so that its alias "Совет" is it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["superlative_words", "superlatives_said"]

_SUPERLATIVE = re.compile(r"(?<![\w-])(?:наи)?([^\W\d_]{3,}?)(ейш|айш)(ий|ая|ее|ие|его|ей|ему|им|ими|их|ую|ем|ею)"
                          r"(?![\w-])")
_BACK = {"ч": "к", "ж": "г", "ш": "х"}  # the root's consonant before "-айш-", as the adjective has it
_NOT_SUPERLATIVE = frozenset(("дальн",))  # "дальнейший": further, the next


def _said(m: re.Match[str]) -> str:
    root, suffix = m.group(1), m.group(2)
    if root in _NOT_SUPERLATIVE:
        return m.group(0)
    if suffix == "айш" and root[-1] in _BACK:
        root = root[:-1] + _BACK[root[-1]]
    return f"самый {root}ый"


def superlatives_said(text: str, kept: frozenset[str] = frozenset()) -> str:
    """`text` (normalised, Russian) with each superlative in "-ейший" / "-айший" said as "самый" and its adjective,
    but the words of `kept` (those of the pack's names) as written."""
    if "йш" not in text:
        return text
    return _SUPERLATIVE.sub(lambda m: m.group(0) if m.group(0) in kept else _said(m), text)


def superlative_words(names: Iterable[str]) -> frozenset[str]:
    """The superlatives written in `names` (normalised): the words `superlatives_said` keeps."""
    return frozenset(m.group(0) for name in names if "йш" in name for m in _SUPERLATIVE.finditer(name))
