"""A phrase of a pack's synonyms group that holds the group's own word ("артериальная гипертония" beside
"гипертония", "air resistance" beside "resistance", "mitochondrial matrix" beside "matrix"). The group says the two
are one thing, so the phrase is read as the word, as the group's other phrases are (`Aliases`); an alias that holds
its name is left as written instead ("G7 summit" is no "G7"). A phrase of a group made with an English "inter-" word
is also read in the words that prefix stands for: "interstate highway" is "highway between the states", "highway
between the two states" and "highway between states" (`between_phrases`). And, for the grader, an English phrase
of a group in another form of its words, in its order: "flow backwards" for "flowing backwards", "the water ran
back" for "water running back" (`phrase_forms`, by the words' lemma stems). Nothing of one text: the pack's own
groups."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from .roman import roman_to_digits
from .text import normalise

__all__ = ["between_phrases", "is_phrase", "longer_phrases", "phrase_forms"]

StemTable = dict[str, list[tuple[tuple[str, ...], str]]]

_RUNS = re.compile(r"[^\W_]+")  # a letter or digit run, any script


def is_phrase(entry: str, hyphened: bool) -> bool:
    """Is a synonym group's entry a phrase, rewritten to the group's one-word entry: words with a space between, or
    (`hyphened`, the grader's) two runs joined by a hyphen too ("carbon-14" beside "C14"; figures with a sign, "2/3",
    are read as figures). The tutor keeps "fire-fighters" the two words a passage and a question share one by one,
    which rank the passage."""
    if not hyphened:
        return " " in normalise(entry)
    runs = _RUNS.findall(normalise(entry))
    return len(runs) > 1 and not all(run.isdigit() for run in runs)


_INTER = re.compile(r"^inter-?([a-z]{4,}) ([a-z]+)$")  # "interstate highway", "inter-island ferry"


def longer_phrases(word: str, phrases: tuple[str, ...]) -> list[str]:
    """The phrases of a group (normalised) that hold its word (normalised, `word`) and more."""
    out = []
    for phrase in phrases:
        written = normalise(roman_to_digits(phrase))
        if written != word and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", written):
            out.append(written)
    for phrase in (word, *phrases):
        out.extend(v for v in between_phrases(normalise(phrase)) if v != word)
    return out


def _plural(noun: str) -> str:
    """An English noun's regular plural ("state" -> "states", "bus" -> "buses", "city" -> "cities")."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def between_phrases(phrase: str) -> list[str]:
    """A normalised two-word phrase "inter-X N" said with "between": "N between the Xs", "N between the two Xs",
    "N between Xs" (the regular plural); none for any other phrase."""
    made = _INTER.match(phrase)
    if not made:
        return []
    things, noun = _plural(made.group(1)), made.group(2)
    return [f"{noun} between the {things}", f"{noun} between the two {things}", f"{noun} between {things}"]


def phrase_forms(phrases: frozenset[str], variants: Mapping[str, Sequence[tuple[tuple[str, ...], str]]],
                 stem: Callable[[str], str]) -> StemTable:
    """The variants (`Aliases.by_first`: words and canonical name) that are phrases of the pack's synonyms (`phrases`,
    their words joined by spaces), by the stems of their words in order, keyed by the first stem, longest first."""
    table: StemTable = {}
    for seq, canon in (entry for entries in variants.values() for entry in entries):
        if len(seq) >= 2 and all(w.isalpha() for w in seq) and " ".join(seq) in phrases:
            stems = tuple(stem(w) for w in seq)
            table.setdefault(stems[0], []).append((stems, canon))
    for entries in table.values():
        entries.sort(key=lambda e: len(e[0]), reverse=True)
    return table
