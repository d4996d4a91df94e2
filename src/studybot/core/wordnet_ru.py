"""Russian synonyms as a meaning signal: the stems of words that share a main sense, per part of speech.

Two tables, read alongside, each a separate data file with its own source's attribution and licence in its
header: `core/data/wordnet_ru.tsv`, derived from the synsets of Russian Wiktionary (the wiki-ru-wordnet database;
CC BY-SA) by `tools/build_wordnet_table_ru.py`, and `core/data/thesaurus_ru.tsv`, derived from LibreOffice's
Russian thesaurus (mythes-ru; LGPL 2.1) by `tools/build_thesaurus_ru.py`; each tool says what it keeps and why.
A stem's synonyms are those of either table. Russian is inflected and the grader compares Snowball stems, so both
are keyed by stem (a verb's stem and those of its regular forms). They are read once, on first use (only grading
of a Russian pack asks for them), never at start-up. Neither gives antonyms (the thesaurus's caught nothing the
lexicon's opposites and the direction words do not). General language only: the tables describe Russian, not one
text.
A third table, `core/data/thesaurus_wide_ru.tsv` (tools/build_thesaurus_wide_ru.py, from both sources: the
thesaurus's second line of synonyms and nouns), holds only what those two leave out; `wide_synonyms` reads it with
them, for the grader's verbs, adjectives and adverbs (`meaning`) and the tutor's second look (`tutor.reworded_ru`).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Literal

__all__ = ["POSES", "Pos", "entry", "parse", "parts_of_speech", "synonyms", "table", "thesaurus", "wide",
           "wide_entry", "wide_synonyms"]

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
def thesaurus() -> dict[str, str]:
    """The shipped thesaurus table, read once, as `table` is (about 5,000 stems)."""
    return parse(files("studybot.core").joinpath("data/thesaurus_ru.tsv").read_text(encoding="utf-8"))


@cache
def entry(stem: str) -> _Partners:
    """The synonyms of a stem in either table, per part of speech (empty for a stem neither holds)."""
    found: dict[Pos, frozenset[str]] = {}
    for rest in (table().get(stem), thesaurus().get(stem)):
        for pos, stems in ({} if rest is None else _partners(rest)).items():
            found[pos] = found.get(pos, frozenset()) | stems
    return found


@cache
def wide() -> dict[str, str]:
    """The shipped wider thesaurus table (`data/thesaurus_wide_ru.tsv`: later senses and nouns too), read once, on
    the first look-up that asks for it."""
    return parse(files("studybot.core").joinpath("data/thesaurus_wide_ru.tsv").read_text(encoding="utf-8"))


@cache
def wide_entry(stem: str) -> _Partners:
    """A stem's synonyms in either main table (`entry`) or in the wider one, per part of speech."""
    found = dict(entry(stem))
    rest = wide().get(stem)
    for pos, stems in ({} if rest is None else _partners(rest)).items():
        found[pos] = found.get(pos, frozenset()) | stems
    return found


def wide_synonyms(stem: str, poses: tuple[Pos, ...] = POSES) -> frozenset[str]:
    """`synonyms` with the wider table's too (a word said in other words where nothing closer says it)."""
    found = wide_entry(stem)
    return frozenset().union(*(found.get(pos, frozenset()) for pos in poses))


def parts_of_speech(word: str) -> tuple[Pos, ...]:
    """The parts of speech a Russian word form may be of, by its ending: a verb's form, or any other."""
    bare = word[:-2] if word.endswith(("ся", "сь")) and len(word) > 4 else word
    return _VERB if bare.endswith(_VERB_ENDINGS) else _NOT_VERB


def synonyms(stem: str, poses: tuple[Pos, ...] = POSES) -> frozenset[str]:
    """Stems of the words that share a main sense with a word of `stem`, in the parts of speech `poses`."""
    found = entry(stem)
    return frozenset().union(*(found.get(pos, frozenset()) for pos in poses))
