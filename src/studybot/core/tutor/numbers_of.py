"""A figure of "the number of X": "The number of letters rose sharply: from about 76 million in 1839 to 169 million in
1840", "Число мельниц в уезде росло: с 5 в 1800 году до 19 в 1830 году". A sentence that says "the number of X"
("число", "количество", "численность" + X in the genitive) and gives figures counts X by them, though no figure
stands before X: such figures count X, not the years or units of time beside them ("с 5 в 1800 году" counts mills,
not years). So the passage counts X (`counts.COUNTED_KEY` + X's keys) for "how many X", and its figures are no
lengths of time (`counts.SPANS_KEY`)."""

from __future__ import annotations

import re

__all__ = ["numbered_after"]

_NUMBER_OF = {"en": re.compile(r"\bnumbers? of$"),
              "ru": re.compile(r"^(?:число|числа|числу|числом|количество|количества|количеству|количеством"
                               r"|численность|численности|численностью)$")}
_WORDS_AFTER = {"en": 2, "ru": 1}  # "the number of [the] letters" (its article), "число мельниц"


def numbered_after(seq: list[str], code: str) -> list[int]:
    """The places of the words that "the number of" / "число" stand before in a passage's words (none when none)."""
    pattern = _NUMBER_OF.get(code)
    if pattern is None:
        return []
    out: list[int] = []
    for i, w in enumerate(seq):
        said = f"{seq[i - 1]} {w}" if code == "en" and i > 0 else w
        if pattern.search(said) and i + 1 < len(seq):
            out.extend(range(i + 1, min(len(seq), i + 1 + _WORDS_AFTER[code])))
    return out
