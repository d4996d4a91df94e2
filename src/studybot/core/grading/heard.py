"""A Russian verb's "-тся"/"-ться" written as it is heard, "-ца" ("уменьшица", "кажеца", "получаеца"): a
misspelling of the language's own sound, read as the verb ending it spells. Tried only on an answer found wrong."""

from __future__ import annotations

import re

__all__ = ["as_spelt"]

_HEARD = re.compile(r"(?<=[а-яё]{3})(?:тц|тьц|ц)а\b")


def as_spelt(answer: str, code: str) -> str | None:
    """The answer with its "-ца" verb endings written "-тся", or None (no such ending, or not Russian)."""
    if code != "ru" or "ца" not in answer:
        return None
    spelt = _HEARD.sub("тся", answer)
    return spelt if spelt != answer else None
