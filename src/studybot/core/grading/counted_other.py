"""A short answer that gives a wording's count as a count of another thing ("seven towers" for "seven beacons").

What a wording's figure counts may go without saying (`short._counted`: "seven" for "seven beacons"), and a word the
language does not know may be the learner's own name for the thing (a misspelling, a term of the trade). But a count
of a thing the language knows, which is neither the wording's thing nor a relative of it (a synonym, a kind of it,
what it is a kind of), nor a general word for things or people ("parts", "items", "people"), nor a word the card
gives, counts another thing: seven towers are no seven beacons. Rules and tables of the language (WordNet for
English; Wiktionary's and the thesaurus's stems for Russian), no words of a text.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import wordnet, wordnet_ru
from ..lexicon_counts import ENGLISH_COUNTS, RUSSIAN_COUNTS
from ..matching import Prepared
from ..related_words import related

__all__ = ["opposite_counted", "other_thing_counted", "unit_counted_other"]

# general words for things counted, which name no kind of thing ("seven parts", "семь частей")
_GENERAL = {
    "en": frozenset("thing things one ones item items piece pieces unit units part parts kind kinds type types sort "
                    "sorts object objects element elements component components bit bits lot lots time times".split()),
    "ru": frozenset("штука штуки штук вещь вещи вещей предмет предмета предметов часть части частей элемент элемента "
                    "элементов единица единицы единиц вид вида видов тип типа типов раз".split()),
}
_PEOPLE = {code: frozenset().union(*(general | kinds for general, kinds in counts.kinds_of)) | counts.collectives
           for code, counts in (("en", ENGLISH_COUNTS), ("ru", RUSSIAN_COUNTS))}


def _figure_things(text: Prepared, units: bool = False) -> list[tuple[str, int]]:
    """(figure, position of the word it counts) for each bare count of a text, a figure of one word ("6", not "85
    thousand", "85,000" or "180 °C"), followed in its clause by a content word; an ordinal names which one, and counts
    nothing. `units`: a figure of one word with its unit's one word counts that unit too ("one week", "3 years")."""
    content, counts = set(text.content()), {q.text for q in text.quantities if q.kind == "count" and not q.unit}
    measured = {q.text for q in text.quantities if q.kind != "count" and len(q.text.split()) == 2} if units else set()
    return [(w, i + 1) for i, w in enumerate(text.words[:-1]) if (w in counts or f"{w} {text.words[i + 1]}" in measured)
            and w not in text.ordinals and text.clauses[i + 1] == text.clauses[i] and i + 1 in content]


def _known_en(word: str) -> frozenset[str]:
    return frozenset(b for b in (word, *wordnet.detached(word, ("n",)), *wordnet.base_forms(word, "n"))
                     if wordnet.known(b))


def _known_ru(stem: str) -> bool:
    return any(wordnet_ru.fields(stem))


def _another_thing(got: Prepared, j: int, ref: Prepared, i: int, loose: bool = True) -> bool:
    """Is the answer's word j a known word for another thing than the wording's word i? `loose`: a general word, a
    word for people or a looser relative is none; not so for a unit, a word of the language though the tables may
    lack it, and no kind of the thing counted ("one hour" for "one night")."""
    word, mine, code, stem = got.words[j], ref.words[i], got.lang.code, got.stems[j]
    if got.lang.word_match(ref.stems[i], stem) >= 0 or loose and (
            word in _GENERAL.get(code, ()) or word in _PEOPLE.get(code, ()) or related(mine, word, code, ref.stems[i],
                                                                                       stem)):
        return False
    if code == "en":
        theirs, ours = _known_en(word), _known_en(mine) | {mine}
        return (bool(theirs) or not loose) and not theirs & ours \
            and not any(wordnet.synonyms(b, "n") & ours for b in theirs) \
            and not any(wordnet.synonyms(b, "n") & theirs for b in ours)
    if code == "ru":
        return (not loose or _known_ru(got.stems[j])) and got.stems[j] not in wordnet_ru.synonyms(ref.stems[i]) \
            and ref.stems[i] not in wordnet_ru.synonyms(got.stems[j])
    return False


def other_thing_counted(ref: Prepared, got: Prepared, allowed: Iterable[str]) -> str:
    """The answer's word for another thing it counts with a wording's figure (`_another_thing`), where the wording
    counts its own thing with that figure and the answer names that thing nowhere; "" when none: a unit counted in its
    place too ("in one week" for "in one night"). `allowed` are the stems of the card's right wordings and prompt,
    whose words are never another thing."""
    mine = _figure_things(ref)
    if not mine:
        return ""
    allowed = frozenset(allowed)
    lang = got.lang
    bare = _figure_things(got)
    for figure, j in _figure_things(got, units=True):
        stem = got.stems[j]
        if stem in allowed or any(lang.word_match(stem, a) >= 0 for a in allowed):
            continue
        for want, i in mine:
            if want == figure and not any(lang.word_match(ref.stems[i], got.stems[k]) >= 0 for k in got.content()) \
                    and _another_thing(got, j, ref, i, loose=(figure, j) in bare):
                return got.words[j]
    return ""


def unit_counted_other(unit: Prepared, got: Prepared, figures: Iterable[str], allowed: Iterable[str]) -> str:
    """The answer's word for another thing it counts with a right figure of a card of money counted in a word
    (`unit: francs`): "1200 looms" is no 1200 francs (`_another_thing`, the unit's word in place of the wording's
    thing), where the answer names the unit nowhere; "" when none. `figures`: the right figures as the answer writes
    them; `allowed`: the stems of the card's words (prompt, right wordings), never another thing."""
    if not unit.content() or any(got.lang.word_match(unit.stems[i], st) >= 0 for i in unit.content()
                                 for st in got.stems):
        return ""
    allowed, figures = frozenset(allowed), frozenset(figures)
    lang, last = got.lang, unit.content()[-1]  # (the unit's head word: "francs", "kilometres")
    for figure, j in _figure_things(got):
        stem = got.stems[j]
        if figure in figures and stem not in allowed and not any(lang.word_match(stem, a) >= 0 for a in allowed) \
                and _another_thing(got, j, unit, last):
            return got.words[j]
    return ""


def opposite_counted(prompt: Prepared, got: Prepared) -> tuple[str, str] | None:
    """The answer's word for the opposite of what the card asks to count, and the prompt's word it stands for
    ("three men" asked how many women, "four girls" asked how many boys: a noun and its WordNet antonym), where the
    answer names the thing asked nowhere; None when none. English (the Russian tables hold no antonyms of nouns)."""
    if got.lang.code != "en":
        return None
    asked = {b: prompt.words[i] for i in prompt.content() for b in _known_en(prompt.words[i])}
    said = {b for i in got.content() for b in _known_en(got.words[i])}
    for _, j in _figure_things(got):
        for b in _known_en(got.words[j]):
            opposite = next((a for a in sorted(wordnet.antonyms(b, "n")) if a in asked), None)
            if opposite is not None and not _known_en(asked[opposite]) & said:
                return got.words[j], asked[opposite]
    return None
