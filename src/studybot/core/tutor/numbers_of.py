"""A figure of "the number of X": "The number of letters rose sharply: from about 76 million in 1839 to 169 million in
1840", "Число мельниц в уезде росло: с 5 в 1800 году до 19 в 1830 году". A sentence that says "the number of X"
("число", "количество", "численность" + X in the genitive) and gives figures counts X by them, though no figure
stands before X: such figures count X, not the years or units of time beside them ("с 5 в 1800 году" counts mills,
not years). So the passage counts X (`counts.COUNTED_KEY` + X's keys) for "how many X", and its figures are no
lengths of time (`counts.SPANS_KEY`). A Russian adjective in the genitive may stand between them ("численность
озёрной выдры": the otters are counted, not "озёрной"), unless it is X itself ("число русских в городе", "число
пострадавших составило 120": a preposition or a verb after it)."""

from __future__ import annotations

import re

from .verbs_ru import VERB_FORM

__all__ = ["numbered_after"]

_NUMBER_OF = {"en": re.compile(r"\bnumbers? of$"),
              "ru": re.compile(r"^(?:число|числа|числу|числом|количество|количества|количеству|количеством"
                               r"|численность|численности|численностью)$")}
_WORDS_AFTER = {"en": 2, "ru": 1}  # "the number of [the] letters" (its article), "число мельниц"
_ADJECTIVE_GENITIVE = re.compile(r"\w{3,}(?:ого|его|ой|ых|их)$")  # "озёрной", "русских"


def numbered_after(seq: list[str], code: str) -> list[int]:
    """The places of the words that "the number of" / "число" stand before in a passage's words (none when none); a
    noun after a Russian adjective comes before the adjective (which is X when a preposition or a verb follows)."""
    pattern = _NUMBER_OF.get(code)
    if pattern is None:
        return []
    out: list[int] = []
    for i, w in enumerate(seq):
        said = f"{seq[i - 1]} {w}" if code == "en" and i > 0 else w
        if pattern.search(said) and i + 1 < len(seq):
            if code == "ru" and i + 2 < len(seq) and _ADJECTIVE_GENITIVE.fullmatch(seq[i + 1]) and not (
                    VERB_FORM.fullmatch(seq[i + 2])):
                out.append(i + 2)  # "численность озёрной выдры"
            out.extend(range(i + 1, min(len(seq), i + 1 + _WORDS_AFTER[code])))
    return out
