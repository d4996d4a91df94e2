"""Two words related in a looser way than `meaning`'s synonyms, for the ONE word a wording lacks
(`grading.nearly`): rules and tables of the language, nothing of one text.

- English: `core/data/lexical_en.tsv`'s fields of relatives (`wordnet.related`; tools/build_wordnet_related.py,
  from WordNet, merged into the one English table by tools/build_lexical_en.py): two common words
  that share a synset in any sense, a noun or verb and its direct hypernym or hyponym ("pay" / "earn",
  "lack" / "shortage", "lower" / "decrease"), or a noun's two steps the same way ("car" / "vehicle"); never two
  sisters or cousins, never two antonyms. Words are compared by their WordNet base forms ("paid" / "earned").
- Russian: `core/data/lexical_ru.tsv` (`wordnet_ru`): two nouns one step apart in Wiktionary's hypernym links, in
  any sense ("деревня" / "село"; tools/build_wordnet_related_ru.py), or two nouns that list each other as synonyms
  in any of its fields ("конь" / "лошадь"), which the grader's `meaning` never swaps (a noun is a text's term):
  here only ONE word of a wording of three or more, all the others said as they are. Words are compared by stem.
The tables are read once, on first use (only grading of a pack in their language asks), never at start-up.
"""

from __future__ import annotations

from functools import cache

from . import wordnet, wordnet_ru

__all__ = ["related", "related_en", "related_ru"]


@cache
def _lemmas(word: str) -> frozenset[str]:
    return wordnet.base_forms(word) | {word}


@cache
def _relatives(word: str) -> frozenset[str]:
    """The words related to a word's lemmas: of one synset, hypernyms and hyponyms."""
    return frozenset().union(*(row[0] | row[1] for row in (wordnet.related(lemma) for lemma in _lemmas(word)) if row))


def related_en(a: str, b: str) -> bool:
    """Are two English words (any forms) related in any sense: of one synset, or one the other's hypernym or
    hyponym?"""
    return not _relatives(a).isdisjoint(_lemmas(b))


def _nouns_ru(stem: str) -> frozenset[str]:
    return wordnet_ru.wide_entry(stem).get("n", frozenset())


def _forms(*declined: tuple[str, tuple[str, ...]]) -> frozenset[str]:
    return frozenset(base + end for base, ends in declined for end in ends)


# a metal and the metals, which Wiktionary's hypernyms leave out ("нехватка стали" for "не хватало металла"), by their
# forms: "стали" ends as a verb's past, and "мед" is honey's stem too (never a sister: "сталь" is no "железо")
_METAL = _forms(("металл", ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")))
_METALS = _forms(*((w, ("ь", "и", "ью")) for w in ("стал", "мед", "латун")),
                 *((w, ("о", "а", "у", "ом", "е")) for w in ("желез", "олов", "золот", "серебр")),
                 *((w, ("", "а", "у", "ом", "е")) for w in ("чугун", "цинк", "титан")),
                 ("бронз", ("а", "ы", "е", "у", "ой")), ("никел", ("ь", "я", "ю", "ем", "е")),
                 ("алюмини", ("й", "я", "ю", "ем", "и")), ("свинец", ("",)), ("свинц", ("а", "у", "ом", "е")))


def related_ru(word: str, stem: str, other: str, other_stem: str) -> bool:
    """Are two Russian nouns (any forms, with their stems) relatives: synonyms that list each other in any field of
    `wordnet_ru` ("конь" / "лошадь", "педагог" / "учитель"), or one step apart in Wiktionary's hypernyms ("деревня"
    / "село"), or a metal and "металл"? A verb's form is neither (`wordnet_ru.parts_of_speech`)."""
    if word in _METAL and other in _METALS or word in _METALS and other in _METAL:
        return True
    if "v" in wordnet_ru.parts_of_speech(word) or "v" in wordnet_ru.parts_of_speech(other):
        return False
    return other_stem in wordnet_ru.relatives(stem) or other_stem in _nouns_ru(stem) and stem in _nouns_ru(other_stem)


def related(word: str, other: str, lang: str, stem: str = "", other_stem: str = "") -> bool:
    """Is `other` (an answer's word) a looser relative of `word` (a wording's) in the language `lang`? (Russian
    compares stems: without them, no.)"""
    if lang == "ru":
        return bool(stem) and related_ru(word, stem, other, other_stem)
    return lang == "en" and related_en(word, other)
