"""A measured property said in any part of speech: "how heavy?" by "weighs", "how loud?" by "silent", "как глубоко?"
by "глубина", "насколько толстый?" by "толщина", "how fast?" by "slowly". Every word of a property of
`lexicon_compare.PROPERTIES` (its nouns and `forms`) gets the property's weak key, in a question and in a passage, so
that a question's word is met in part by another word of its property (`Weights.partial_credit`), as by a word of
its family. English words are bases whose plurals, degrees and adverbs are made here ("heavier", "quietly"); Russian
ones are roots followed by a case, degree or adverb ending ("глубокого", "глубже" is not one: it is a comparative's
own word, "тяжелее"), or whole words."""

from __future__ import annotations

from functools import cache

from ..lexicon_compare import PROPERTIES

__all__ = ["PROPERTY_KEY", "property_keys"]

PROPERTY_KEY = "zprop"  # a measured property ("zpropheavy"), a weak key
MIN_RU_ROOT = 4  # a Russian root shorter than this is matched only as a whole word
# the endings a Russian root of a property takes: an adjective's cases, its short forms and adverb, its comparative
# ("тяжелее"), a noun's cases ("глубина", "скорость", "расстояние")
RU_ENDINGS = frozenset(
    "ый ий ой ая яя ое ее ые ие ого его ому ему ым им ом ем ую юю ых их ыми ими ей ою ею а я о е ы и у ю ь ью "
    "ам ям ами ями ах ях ие ия ии ию ием иям иями иях".split()) | {""}
_VOWELS = "aeiou"


def _english_forms(word: str) -> set[str]:
    """A word, its plural or third person, its comparative, superlative and adverb ("heavy": "heavier", "heaviest",
    "heavily"; "thin": "thinner"; "dense": "denser")."""
    if word.endswith("y") and len(word) > 3:
        stem = word[:-1] + "i"
        return {word, word[:-1] + "ies", stem + "er", stem + "est", stem + "ly"}
    if word.endswith("e"):
        return {word, word + "s", word + "r", word + "st", word + "ly"}
    doubled = word + word[-1] if (len(word) <= 4 and word[-1] not in _VOWELS + "wxy" and word[-2] in _VOWELS
                                  and word[-3] not in _VOWELS) else word
    return {word, word + "s", word + "es", doubled + "er", doubled + "est", word + "ly"}


@cache
def _index(code: str) -> tuple[dict[str, str], dict[str, str]]:
    """Whole words and (Russian) roots, each with its property's canonical word."""
    words: dict[str, str] = {}
    roots: dict[str, str] = {}
    for prop in PROPERTIES.get(code, ()):
        for entry in (*prop.nouns, *prop.forms):
            if code == "en":
                for form in _english_forms(entry):
                    words.setdefault(form, prop.canon)
            elif len(entry) >= MIN_RU_ROOT:
                roots.setdefault(entry, prop.canon)
            else:
                words.setdefault(entry, prop.canon)
    return words, roots


def property_of(word: str, code: str) -> str | None:
    """The canonical word of the property a normalised word says, or None."""
    words, roots = _index(code)
    if word in words:
        return words[word]
    for cut in range(min(len(word), 4), -1, -1):  # the longest ending first
        root = word[: len(word) - cut]
        if root in roots and word[len(root):] in RU_ENDINGS:
            return roots[root]
    return None


def property_keys(word: str, code: str) -> frozenset[str]:
    """The weak key of the property a normalised word says, if any."""
    found = property_of(word, code)
    return frozenset({PROPERTY_KEY + found}) if found else frozenset()
