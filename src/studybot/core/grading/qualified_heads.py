"""A body's name said by its kind alone, and an answer that gives that kind another qualifier: with `accept:
[дума]` for "городская дума", "Государственная дума" or "Боярская дума" names another body; with `accept: [the
Commission]` for "the Northern Lights Commission", "the European Commission" names another. The bare kind is right
("дума", "the Commission"), and so is the card's own qualifier; a qualifier the card never uses, in the place of
the one its name has, makes another name. Rules of the language: the kinds of body are `lexicon_names` heads; a
qualifier is a Russian adjective, or an English word in capitals (a lower-case "the powerful commission" qualifies
nothing of the name)."""

from __future__ import annotations

from collections.abc import Iterable

from ..lexicon_names import NAME_WORDS
from ..matching import Prepared

__all__ = ["another_qualifier"]

# endings of a Russian adjective in any case ("государственная", "государственной", "боярскую")
_RU_ADJECTIVE = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ую", "юю", "ей", "ого", "его", "ому", "ему", "ым", "им",
                 "ом", "ем", "ых", "их", "ые", "ие")


def _qualifier(text: Prepared, i: int) -> bool:
    """Is word i a qualifier of the word after it: a Russian adjective, an English word in capitals?"""
    word = text.words[i]
    if not word.isalpha() or word in text.lang.lex.stop or i not in text.content():
        return False
    if text.lang.code == "ru":
        return len(word) >= 5 and word.endswith(_RU_ADJECTIVE)
    return word in text.capitalised


def _heads(text: Prepared) -> set[int]:
    """The positions of a text's kinds of body ("дума", "думы", "Commission")."""
    code = text.lang.code
    if code not in _HEAD_STEMS:
        heads = NAME_WORDS[code].heads if code in NAME_WORDS else frozenset()
        _HEAD_STEMS[code] = frozenset({text.lang.stem(h) for h in heads} | {text.lang.lemma_stem(h) for h in heads})
    return {i for i, st in enumerate(text.stems) if st in _HEAD_STEMS[code]}


_HEAD_STEMS: dict[str, frozenset[str]] = {}


def another_qualifier(wording: Prepared, wordings: Iterable[Prepared], got: Prepared, allowed: frozenset[str]) -> str:
    """The qualifier an answer puts before a kind of body that the matched wording says alone, when a right wording
    of the card qualifies that kind with words of its own and no right wording nor the prompt (`allowed`: their
    stems) has the answer's: "Государственная" of "Государственная дума" for "городская дума" (accept "дума")."""
    if len(wording.content()) != 1:
        return ""
    head = wording.content()[0]
    if head not in _heads(wording):
        return ""
    stem = wording.stems[head]
    if not any(k > 0 and ref.stems[k] == stem and _qualifier(ref, k - 1) for ref in wordings for k in _heads(ref)):
        return ""  # (the card's name is the kind alone: "Дума", whatever the answer adds, is left to the other rules)
    for j in _heads(got):
        if j > 0 and got.stems[j] == stem and _qualifier(got, j - 1) and got.stems[j - 1] not in allowed:
            return got.words[j - 1]
    return ""
