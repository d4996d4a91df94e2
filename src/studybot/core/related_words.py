"""Two words related in a looser way than `meaning`'s synonyms, for the ONE word a wording lacks
(`grading.nearly`): rules and tables of the language, nothing of one text.

- English: `core/data/wordnet_related_en.tsv` (tools/build_wordnet_related.py, from WordNet): two common words
  that share a synset in any sense, or a noun or verb and its direct hypernym or hyponym ("pay" / "earn",
  "lack" / "shortage", "lower" / "decrease"); never two sisters, never two antonyms. Words are compared by their
  WordNet base forms ("paid" / "earned").
- Russian: nothing yet (its tables, `wordnet_ru`, hold main senses only).
The table is read once, on first use (only grading of an English pack that needs it asks), never at start-up.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from . import wordnet

__all__ = ["related", "related_en", "table"]


@cache
def table() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """word -> (the words sharing a synset with it in any sense, its hypernyms and hyponyms); about 7,000 words."""
    text = files("studybot.core").joinpath("data/wordnet_related_en.tsv").read_text(encoding="utf-8")
    rows: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            if len(fields) != 3 or not fields[0] or not (fields[1] or fields[2]):
                raise ValueError(f"wordnet_related_en table: unreadable line {line[:60]!r}")
            rows[fields[0]] = (frozenset(filter(None, fields[1].split(","))),
                               frozenset(filter(None, fields[2].split(","))))
    return rows


@cache
def _lemmas(word: str) -> frozenset[str]:
    return wordnet.base_forms(word) | {word}


@cache
def _relatives(word: str) -> frozenset[str]:
    """The words related to a word's lemmas: of one synset, hypernyms and hyponyms."""
    rows = table()
    return frozenset().union(*(row[0] | row[1] for row in (rows.get(lemma) for lemma in _lemmas(word)) if row))


def related_en(a: str, b: str) -> bool:
    """Are two English words (any forms) related in any sense: of one synset, or one the other's hypernym or
    hyponym?"""
    return not _relatives(a).isdisjoint(_lemmas(b))


def related(word: str, other: str, lang: str) -> bool:
    """Is `other` (an answer's word) a looser relative of `word` (a wording's) in the language `lang`?"""
    return lang == "en" and related_en(word, other)
