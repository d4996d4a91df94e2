"""The kind of answer the noun or adjective a question asks by wants ("which engineer", "what
distance", "how tall", "какой учёный", "на каком острове", "какой высоты"), in any language:
a person when it names a role or a person, a place when it names a kind of place, a figure
(of the kinds `TutorWords.measures` gives) when it names a measure, a date when it names a
unit of time ("which century", "в каком году": no name is asked for then).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from .. import wordnet
from ..lexicon_measures import MEASURE_VERB_ENDINGS
from ..lexicon_tutor import AnswerKind
from .words import PHYSICAL, Words

__all__ = ["Frame", "figure_asked", "measure_kinds", "noun_frame", "phrase_measures", "qualified_measures",
           "said_by_figures", "thing_asked"]

MIN_STEM = 4  # letters of a stem by which another form of a measure word is found ("высот": "высоты")
RATES = frozenset({"speed", "datarate", "frequency"})  # a figure per unit of time: "24 km/h", "8 words a minute"
TAKEN = "taken"  # the time a thing took ("за 42 минуты", `CountWords.taken`): says how fast it was done


@dataclass(frozen=True)
class Frame:
    """What the words right after a question word ask for."""

    person: bool = False  # "which engineer", "какой учёный"
    place: bool = False  # "which island", "на каком острове"
    figure: bool = False  # "what distance", "how tall", "какой высоты"
    measures: frozenset[str] = frozenset()  # ... of these quantity kinds
    timed: bool = False  # "which century", "в каком году": a date, not a name


def measure_kinds(words: Words, word: str) -> tuple[str, ...]:
    """The quantity kinds a word asks for, in any of its forms ("высоты", "высока" as "высота",
    "высокий"), or ()."""
    measures = words.tw.measures
    if word in measures:
        return measures[word]
    stem = words.lang.stem(word)
    return words.measure_stems.get(stem, ()) if len(stem) >= MIN_STEM and not _verb_of(words, word) else ()


def _verb_of(words: Words, word: str) -> bool:
    """Is a word a measure adjective with a verb's ending ("slows", "warmed": `MEASURE_VERB_ENDINGS`), not the plural
    of a measure noun ("speeds", "costs")?"""
    measures, nouns = words.tw.measures, words.tw.measure_nouns
    for ending in MEASURE_VERB_ENDINGS.get(words.lang.code, ()):
        base = word[: len(word) - len(ending)]
        if word.endswith(ending) and any(b in measures and b not in nouns for b in (base, base + "e")):
            return not (ending == "s" and base in nouns)
    return False


def said_by_figures(kinds: frozenset[str]) -> frozenset[str]:
    """The kinds of figure that say a measure word of a question by themselves, of the kinds it asks for (`kinds`):
    all of them for a physical measure or a span of time ("how hot": any "100 °C", "how long": any "3 weeks"); for a
    word of speed ("fast", "quickly"), its rates ("24 km/h", "8 words a minute", "every 20 minutes"), not the share or
    the length it may also be answered by ("grew fast": "by 35%"; "ran fast" is no "ran 40 km"), and the time taken
    when the word asks that too ("как быстро подняли X?": "за 42 минуты"); none for the rest."""
    if kinds and kinds <= PHYSICAL | {"duration"}:
        return kinds
    return kinds & (RATES | {TAKEN}) if "speed" in kinds else frozenset()


def noun_frame(words: Words, asked: Iterable[str]) -> Frame:
    """The frame of the words right after the question words (`Analyser._asked_kind`)."""
    person = place = figure = timed = False
    kinds: set[str] = set()
    for word in asked:
        stem = words.lang.stem(word)
        found = measure_kinds(words, word)
        if found or word in words.tw.measure_nouns or word in words.tw.percent_words or word in words.tw.number_words:
            figure = True
            kinds.update(found)
        elif stem in words.when_stems:
            timed = True
        elif stem in words.person_stems:
            person = True
        elif stem in words.where_stems:
            place = True
    return Frame(person, place, figure, frozenset(kinds), timed)


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def phrase_measures(words: Words, text: str) -> frozenset[str]:
    """The quantity kinds the phrases of a question (normalised) ask for (`TutorWords.measure_asks`: "сколько весит"
    a mass, "the lifespan of" a span of time, "какое население" a count), whatever word follows its question word."""
    return frozenset(k for pattern, kinds in words.tw.measure_asks if _compiled(pattern).search(text) for k in kinds)


def thing_asked(words: Words, chosen: Iterable[str], figure: re.Pattern[str] | None) -> bool:
    """Does an English question ask for a thing by a noun right after "what" / "which" (`chosen`: "what enzyme
    controls the rate of X?", "which country had the highest rate?"), so that a figure's words later in it ("the rate
    of", "the value of") ask no figure? The noun: one WordNet knows as a noun and not as a verb, that no figure,
    time or light word is, and that asks no figure right after "what" (`figure`: the language's pattern of them)."""
    if words.lang.code != "en":
        return False
    tw = words.tw
    return any(w.isalpha() and w not in words.stop and w not in tw.question_words and w not in tw.light_words
               and w not in tw.measure_nouns and w not in tw.percent_words and w not in tw.number_words
               and not measure_kinds(words, w) and words.lang.stem(w) not in words.when_stems
               and not (figure and figure.search(f"what {w}")) and wordnet.base_forms(w, "n")
               and not wordnet.base_forms(w, "v") for w in chosen)


def figure_asked(words: Words, chosen: Iterable[str], asks: Mapping[AnswerKind, re.Pattern[str]], text: str) -> bool:
    """Do a question's words ask for a figure (`asks["numeric"]`: the language's pattern), not a thing named after
    "what" ("what enzyme controls the rate of X?": `thing_asked`)?"""
    figure = asks.get("numeric")
    return bool(figure and figure.search(text)) and not thing_asked(words, chosen, figure)


MAX_QUALIFIERS = 2  # adjectives between a question word and the measure noun they qualify ("какая средняя годовая X")


def qualified_measures(words: Words, tokens: list[str], asking: frozenset[str]) -> list[str]:
    """The measure nouns after the adjectives that qualify them next to a question word ("какая средняя годовая
    температура", "какова общая длина"): each asks that measure as "какая температура" does. An adjective of a
    measure itself is passed over never ("какой самый высокий X" asks a thing); only in a language whose adjectives
    the tutor knows by their endings (`TutorWords.adjective_endings`)."""
    tw = words.tw
    if not tw.adjective_endings:
        return []
    out = []
    for i, a in enumerate(tokens[:-1]):
        if a not in asking:
            continue
        j = i + 1
        while j < len(tokens) - 1 and j - i <= MAX_QUALIFIERS and tokens[j].endswith(tw.adjective_endings) \
                and tokens[j] not in tw.measure_nouns and not measure_kinds(words, tokens[j]):
            j += 1
        if j > i + 1 and tokens[j] in tw.measure_nouns:
            out.append(tokens[j])
    return out
