"""Russian synonyms as a meaning signal: the stems of words that share a main sense, per part of speech.

One table, `core/data/lexical_ru.tsv` (tools/build_lexical_ru.py), with its sources' attributions and licences in
its header. A line is a stem and four fields per part of speech, three of synonyms: from the synsets of Russian
Wiktionary (the wiki-ru-wordnet database; CC BY-SA; tools/build_wordnet_table_ru.py), from LibreOffice's Russian
thesaurus (mythes-ru; LGPL 2.1; tools/build_thesaurus_ru.py), and the wider ones (tools/build_thesaurus_wide_ru.py,
from both sources: the thesaurus's second line of synonyms and nouns), which hold only what the first two leave
out, and nouns one hypernym step apart in Wiktionary's database (tools/build_wordnet_related_ru.py, CC BY-SA; read
by `related_words` only, through `relatives`); each tool says what it keeps and why. A stem's synonyms (`synonyms`)
are those of the first two fields; `wide_synonyms` adds the third's, for the grader's verbs, adjectives and adverbs
(`meaning`) and the tutor's second look (`tutor.reworded_ru`). Russian is inflected and the grader compares Snowball
stems, so the table is keyed by stem (a verb's stem and those of its regular forms). It is read once, on first use
(only a Russian pack's grader or tutor asks for it), never at start-up. No field gives antonyms (the thesaurus's
caught nothing the lexicon's opposites and the direction words do not). General language only: the table describes
Russian, not one text.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.resources import files
from typing import Literal

__all__ = ["POSES", "Pos", "entry", "fields", "in_wiktionary", "noun_only", "parse", "parts_of_speech", "relatives",
           "synonyms", "table", "wide_entry", "wide_synonyms"]

Pos = Literal["v", "a", "r", "n"]  # verb, adjective, adverb, noun
POSES: tuple[Pos, ...] = ("v", "a", "r", "n")
_Partners = dict[Pos, frozenset[str]]
# the endings of a verb's infinitive, past and present forms (a reflexive -ся/-сь taken off first): a word without
# one is no verb form, though Snowball may give it a verb's stem (the noun "возраст", the verb "возрасти")
_VERB_ENDINGS = ("ть", "ти", "чь", "л", "ла", "ло", "ли", "ет", "ют", "ит", "ят", "ут", "ат", "ешь", "ишь", "ете",
                 "ите")
_NOT_VERB: tuple[Pos, ...] = ("a", "r", "n")
_VERB: tuple[Pos, ...] = ("v",)
FIELDS = 4  # fields of a line after its stem: Wiktionary's, the thesaurus's, the wider ones, the relatives (trailing
# empties left off)
_SYNONYMS = 3  # the fields of synonyms (the relatives are no synonyms)


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
            if not tab or not stem or "=" not in rest or rest.count("\t") >= FIELDS:
                raise ValueError(f"wordnet_ru table: unreadable line {line[:60]!r}")
            rows[stem] = rest
    return rows


@cache
def table() -> dict[str, str]:
    """The shipped table, read once (about 10,000 stems; a line's fields are read stem by stem, on demand)."""
    return parse(files("studybot.core").joinpath("data/lexical_ru.tsv").read_text(encoding="utf-8"))


def fields(stem: str) -> list[str]:
    """A stem's four fields (Wiktionary's, the thesaurus's, the wider ones, the relatives; empty for a stem the table
    lacks)."""
    found = table().get(stem, "").split("\t")
    return found + [""] * (FIELDS - len(found))


def in_wiktionary(stem: str) -> bool:
    """Does Wiktionary's field give the stem synonyms (a stem of the language's frequent words)?"""
    return bool(fields(stem)[0])


def _union(*parts: str) -> _Partners:
    found: dict[Pos, frozenset[str]] = {}
    for part in parts:
        for pos, stems in _partners(part).items():
            found[pos] = found.get(pos, frozenset()) | stems
    return found


@cache
def entry(stem: str) -> _Partners:
    """The synonyms of a stem in Wiktionary's or the thesaurus's field, per part of speech (empty for a stem
    neither holds)."""
    return _union(*fields(stem)[:2])


@cache
def wide_entry(stem: str) -> _Partners:
    """A stem's synonyms in any field of synonyms (`entry`'s and the wider ones), per part of speech."""
    return _union(*fields(stem)[:_SYNONYMS])


@cache
def relatives(stem: str) -> frozenset[str]:
    """The stems of the nouns one hypernym step from a noun's stem in Wiktionary ("деревн": "сел", "поселок")."""
    return _partners(fields(stem)[_SYNONYMS]).get("n", frozenset())


@lru_cache(maxsize=1 << 14)
def wide_synonyms(stem: str, poses: tuple[Pos, ...] = POSES) -> frozenset[str]:
    """`synonyms` with the wider field's too (a word said in other words where nothing closer says it). Memoised
    (as `meaning`'s English look-ups are): the union of a frequent stem's fields is asked for again and again."""
    found = wide_entry(stem)
    return frozenset().union(*(found.get(pos, frozenset()) for pos in poses))


@lru_cache(maxsize=1 << 12)
def noun_only(stem: str) -> bool:
    """Does the table know a stem as a noun's and never as a verb's, in any field ("земл": земля; not "стро", "сад")?"""
    poses = _union(*fields(stem)).keys()
    return "n" in poses and "v" not in poses


def parts_of_speech(word: str) -> tuple[Pos, ...]:
    """The parts of speech a Russian word form may be of, by its ending: a verb's form, or any other."""
    bare = word[:-2] if word.endswith(("ся", "сь")) and len(word) > 4 else word
    return _VERB if bare.endswith(_VERB_ENDINGS) else _NOT_VERB


@lru_cache(maxsize=1 << 14)
def synonyms(stem: str, poses: tuple[Pos, ...] = POSES) -> frozenset[str]:
    """Stems of the words that share a main sense with a word of `stem`, in the parts of speech `poses`. Memoised."""
    found = entry(stem)
    return frozenset().union(*(found.get(pos, frozenset()) for pos in poses))
