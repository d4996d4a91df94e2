"""Russian words written as they are heard, misspellings of the language's own sounds read as the words they spell.
Tried only on an answer found wrong.

- A verb's "-тся"/"-ться" written "-ца" ("уменьшица", "кажеца", "получаеца"), and a present's "-ется" / "-ются"
  written with the infinitive's soft sign ("повышаеться", "поднимаються": after a vowel no infinitive ends so).
- A comparative's "-еннее" written with one "н" ("медленее", "откровенее" for "медленнее", "откровеннее"): the
  doubled letter is not heard (not "менее", whose "-енее" follows one letter only).
"""

from __future__ import annotations

import re

__all__ = ["as_spelt"]

_HEARD = re.compile(r"(?<=[а-яё]{3})(?:тц|тьц|ц)а\b")
_SOFT_SIGN = re.compile(r"(?<=[а-яё]{2}[аеёиоуяю])(е|ю)ться\b")
_ONE_N = re.compile(r"(?<=[а-яё]{3})енее\b")


def as_spelt(answer: str, code: str) -> str | None:
    """The answer with its "-ца" verb endings written "-тся", "-еться" / "-ються" after a vowel "-ется" / "-ются" and
    "-енее" "-еннее", or None (no such spelling, or not Russian)."""
    if code != "ru" or not ("ца" in answer or "ться" in answer or "енее" in answer):
        return None
    spelt = _HEARD.sub("тся", answer) if "ца" in answer else answer
    spelt = _SOFT_SIGN.sub(r"\1тся", spelt) if "ться" in spelt else spelt
    spelt = _ONE_N.sub("еннее", spelt) if "енее" in spelt else spelt
    return spelt if spelt != answer else None
