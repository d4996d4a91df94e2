"""A choice answered in words that name another thing than the option they are nearest to: "a short strand of RNA"
for the option "A short strand of DNA", "Port Louis" written "порт-луи" for "Порт-Ройал". The option is recognised by
the words it shares, but a teacher reads the symbol or the name part that differs: another molecule, another
town. Read from what is written: a symbol the answer writes in capitals or with digits ("RNA") where the option
writes another one and not this ("DNA"), or a hyphened name whose other part differs ("Порт-Луи" / "Порт-Ройал")
where the option does not write the answer's part anywhere (parts compared by their stems: "cable-stay" is
"cable-stayed"). A word the option writes with a figure, written with another ("carbon-12" for the option "heavy
carbon (carbon-13)", "Mark 4" for "Mark 5"): another thing, or another figure. A rule of naming, no word of a
text."""

from __future__ import annotations

import re

from ..matching import Prepared

__all__ = ["other_thing_named"]


# a word and the whole number after it, with a hyphen or a space ("carbon-13", "uranium 235", "in 1815")
_NUMBERED = re.compile(r"(?<![\w-])([^\W\d_]{2,})[- ](\d+)(?![\d.,]*\d)")


def _other_figure(option: str, answer: str, stop: frozenset[str]) -> str | None:
    """The answer's word and figure where the option writes that word (no function word: "the 1978" is no name)
    with another figure only, or None."""
    theirs: dict[str, set[str]] = {}
    for word, figure in _NUMBERED.findall(option):
        if word not in stop:
            theirs.setdefault(word, set()).add(figure)
    return next((f"{word}-{figure}" for word, figure in _NUMBERED.findall(answer)
                 if word in theirs and figure not in theirs[word]), None)


def other_thing_named(option: Prepared, got: Prepared) -> str | None:
    """The answer's symbol or name part that names another thing than the option's, or None."""
    if any(ch.isdigit() for ch in got.text) \
            and (figure := _other_figure(option.text, got.text, got.lang.lex.stop)) is not None:
        return figure
    said = set(option.words) | option.exact  # (a symbol the pack's aliases write out is still written: "ECA")
    extra = [w for w in got.exact if w not in said]
    if extra and any(w not in got.words and w not in got.exact for w in option.exact):
        return extra[0]
    stem = got.lang.lemma_stem
    said_stems = {stem(w) for w in said}
    for mine in got.compounds:
        for theirs in option.compounds:
            mine_stems, their_stems = {stem(w) for w in mine}, {stem(w) for w in theirs}
            if mine_stems & their_stems and mine_stems != their_stems and len(mine) == len(theirs) \
                    and not (mine_stems - their_stems) & said_stems:
                return "-".join(sorted(w for w in mine if stem(w) not in their_stems))
    return None
