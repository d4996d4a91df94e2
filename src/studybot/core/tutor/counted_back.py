"""A figure that counts a pronoun: "The owners sold about half of them abroad." after "The works made some 40,000
bottles.", "Половину из них разгружали ночью." after "... подошло около 400 барж.", "The printers printed about 68
million of them." after two sentences on the Penny Black. "Of them" / "из них" / "их было" stands for what was named
before: what the sentence before counts ("40,000 bottles"), or, when it counts nothing, the names it is about (its own,
or, when it opens with a pronoun and so goes on about the sentence before it, that one's: "It showed ... . The printers
printed 68 million of them" counts the Penny Black of the sentence before "It"). The passage then counts that thing
(`counts.COUNTED_KEY` + its keys) and says it (its keys), for "how many X": a reader takes "half of them" as half of
the bottles. Only after a figure ("68 million of them", "half of them", "восемь из них"; not "most of them"), the only
one of its passage (in "sixty keepers ..., and nine of them" the pronoun stands for what its own figure counts), and in
one paragraph; a thing the paragraph never named is not found."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from .words import COUNTED_KEY, NUMBER_KEY, PERCENT_KEY, PHRASE_KEY, Words

if TYPE_CHECKING:
    from ..matching import Prepared
    from .names import NameBook
    from .passages import Passage

__all__ = ["inherit_counted"]

_OF_THEM = {"en": re.compile(r"(?:^|\s)(\S+) of (?:them|these|those)\b"),
            "ru": re.compile(r"(?:^|\s)(\S+) из (?:них|этих)\b"
                             r"|\bих (?:было|стало|насчитывалось|осталось) (?:\S+ )?(\S+)")}
_YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$")
_SHARES = frozenset({"half", "third", "quarter", "fifth", "tenth", "thirds", "quarters", "fifths", "tenths",
                     "половину", "половина", "треть", "четверть", "трети", "четверти"})


class _Draft(Protocol):
    passage: Passage
    prepared: Prepared
    stems: list[str]
    content: list[int]
    keys: set[str]


def _figure(word: str | None, words: Words) -> bool:
    if not word:
        return False
    cardinal = words.tw.cardinal
    return word[:1].isdigit() or word in words.tw.counts.magnitudes or word in _SHARES or bool(
        cardinal and re.fullmatch(cardinal, word))


def _counts_pronoun(d: _Draft, words: Words) -> bool:
    pattern = _OF_THEM.get(words.code)
    if pattern is None or not {NUMBER_KEY, PERCENT_KEY} & d.keys:
        return False
    seq = d.prepared.words
    figures = [i for i, w in enumerate(seq) if _figure(w, words) and not _YEAR.match(w)
               and not (i and _figure(seq[i - 1], words))]
    # "sixty keepers ..., and nine of them": the pronoun stands for what its own figure counts
    return len(figures) == 1 and any(_figure(m.group(1), words) or _figure(m.group(m.lastindex or 1), words)
                                     for m in pattern.finditer(" ".join(seq)))


def _same_paragraph(a: _Draft, b: _Draft) -> bool:
    return (a.passage.section_id, a.passage.paragraph, a.passage.kind) == (
        b.passage.section_id, b.passage.paragraph, b.passage.kind)


def _name_keys(d: _Draft, names: NameBook, words: Words) -> set[str]:
    """The keys of the names a passage says: of each whole name the pack gives aliases to ("Penny Black", not its
    word "penny", which "Penny Red" shares), else of each name word."""
    whole = {key for key, at in words.phrase_matches(d.stems, d.content) if any(d.stems[j] in names.stems for j in at)}
    return whole or {k for i in d.content if d.stems[i] in names.stems
                     for k in words.keys(d.prepared.words[i], d.stems[i])[0]}


def _referred(drafts: Sequence[_Draft], k: int, names: NameBook, words: Words) -> set[str]:
    """The keys of what a pronoun of `drafts[k]` stands for (see the module's text)."""
    if k == 0 or not _same_paragraph(drafts[k - 1], drafts[k]):
        return set()
    before = drafts[k - 1]
    counted = {key[len(COUNTED_KEY):] for key in before.keys if key.startswith(COUNTED_KEY)}
    if counted:
        return counted
    reach, j = words.tw.pronoun_reach or 3, k - 1
    while j > 0 and _same_paragraph(drafts[j - 1], drafts[j]) and any(
            w in words.tw.pronouns for w in drafts[j].prepared.words[:reach]):
        j -= 1  # "It showed ...": about the sentence before it
    return _name_keys(drafts[j], names, words)


def inherit_counted(drafts: Sequence[_Draft], names: NameBook, words: Words) -> None:
    """Give each passage whose figure counts "them" / "них" what that pronoun stands for (counted and said)."""
    for k, d in enumerate(drafts):
        if _counts_pronoun(d, words):
            referred = _referred(drafts, k, names, words)
            d.keys |= {COUNTED_KEY + key for key in referred} | {key for key in referred if key.startswith(PHRASE_KEY)}
