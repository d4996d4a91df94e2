"""Russian synonyms as a meaning signal: the stems of words that share a main sense, per part of speech.

The data is `core/data/wordnet_ru.tsv`, a compact table derived from the synsets of Russian Wiktionary (the
wiki-ru-wordnet database) by `tools/build_wordnet_table_ru.py`, which says what it keeps and why; the
attribution and licence (CC BY-SA) are in its header. Russian is inflected and the grader compares Snowball
stems, so the table is keyed by stem (a verb's stem and those of its regular forms). It is read once, on first
use (only grading of a Russian pack asks for it), never at start-up. The source gives no antonyms, so the table
has none: an opposite in Russian is still caught by the lexicon's opposites and the direction words.
General language only: the table describes Russian, not one text.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Literal

__all__ = ["POSES", "Pos", "entry", "parse", "parts_of_speech", "synonyms", "table"]

Pos = Literal["v", "a", "r", "n"]  # verb, adjective, adverb, noun
POSES: tuple[Pos, ...] = ("v", "a", "r", "n")
_Partners = dict[Pos, frozenset[str]]
# the endings of a verb's infinitive, past and present forms (a reflexive -ся/-сь taken off first): a word without
# one is no verb form, though Snowball may give it a verb's stem (the noun "возраст", the verb "возрасти")
_VERB_ENDINGS = ("ть", "ти", "чь", "л", "ла", "ло", "ли", "ет", "ют", "ит", "ят", "ут", "ат", "ешь", "ишь", "ете",
                 "ите")
_NOT_VERB: tuple[Pos, ...] = ("a", "r", "n")
_VERB: tuple[Pos, ...] = ("v",)


def _pos(text: str) -> Pos:
    for pos in POSES:
        if text == pos:
            return pos
    raise ValueError(f"wordnet_ru table: unknown part of speech {text!r}")


def _partners(field: str) -> _Partners:
    """"v=покида,оставл;a=быстр" -> {"v": {покида, оставл}, "a": {быстр}}."""
    found: _Partners = {}
    for part in filter(None, field.split(";")):
        pos, _, stems = part.partition("=")
        found[_pos(pos)] = frozenset(stems.split(","))
    return found


def parse(text: str) -> dict[str, str]:
    """The table's lines, stem -> the rest of its line (read into partners when first asked for)."""
    rows: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            stem, tab, rest = line.partition("\t")
            if not tab or not stem or "=" not in rest or "\t" in rest:
                raise ValueError(f"wordnet_ru table: unreadable line {line[:60]!r}")
            rows[stem] = rest
    return rows


@cache
def table() -> dict[str, str]:
    """The shipped table, read once (about 2,000 stems; a line's fields are read stem by stem, on demand)."""
    return parse(files("studybot.core").joinpath("data/wordnet_ru.tsv").read_text(encoding="utf-8"))


@cache
def entry(stem: str) -> _Partners:
    """The synonyms of a stem, per part of speech (empty for a stem the table does not hold)."""
    rest = table().get(stem)
    return {} if rest is None else _partners(rest)


def parts_of_speech(word: str) -> tuple[Pos, ...]:
    """The parts of speech a Russian word form may be of, by its ending: a verb's form, or any other."""
    bare = word[:-2] if word.endswith(("ся", "сь")) and len(word) > 4 else word
    return _VERB if bare.endswith(_VERB_ENDINGS) else _NOT_VERB


def synonyms(stem: str, poses: tuple[Pos, ...] = POSES) -> frozenset[str]:
    """Stems of the words that share a main sense with a word of `stem`, in the parts of speech `poses`."""
    found = entry(stem)
    return frozenset().union(*(found.get(pos, frozenset()) for pos in poses))
