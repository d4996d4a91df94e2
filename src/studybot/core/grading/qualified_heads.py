"""A body's name said by its kind alone, and an answer that gives that kind another qualifier: with `accept:
[дума]` for "городская дума", "Государственная дума" or "Боярская дума" names another body; with `accept: [the
Commission]` for "the Northern Lights Commission", "the European Commission" names another. The bare kind is right
("дума", "the Commission"), and so is the card's own qualifier; a qualifier the card never uses, in the place of
the one its name has, makes another name. Rules of the language: the kinds of body are `lexicon_names` heads; a
qualifier is a Russian adjective, or an English word in capitals (a lower-case "the powerful commission" qualifies
nothing of the name)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import OSA

from ..lexicon_names import NAME_WORDS
from ..matching import Prepared
from ..related_words import related
from ..text import normalise

__all__ = ["another_qualifier", "name_qualifier_replaced", "qualifier_replaced", "thing_qualified"]

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
_LETTERS = re.compile(r"[^\W\d_]+")
_PARTED = re.compile(r"[,;:()]")


def another_qualifier(wording: Prepared, wordings: Iterable[Prepared], got: Prepared, allowed: frozenset[str]) -> str:
    """The qualifier an answer puts before a kind of body that the matched wording says alone, when a right wording
    of the card qualifies that kind with words of its own and no right wording nor the prompt (`allowed`: their
    stems) has the answer's: "Государственная" of "Государственная дума" for "городская дума" (accept "дума"). So
    too, in English, a name in capitals said without its qualifier ("the Olympic Games" for "the Berlin Olympics"):
    a word in capitals the answer puts before it, which no right wording nor the prompt has, names another one
    ("the Winter Olympic Games", "the Paris Olympics") (`_name_qualified`)."""
    if len(wording.content()) != 1 or wording.content()[0] not in _heads(wording):
        return _name_qualified(wording, wordings, got, allowed)
    head = wording.content()[0]
    stem = wording.stems[head]
    if not any(k > 0 and ref.stems[k] == stem and _qualifier(ref, k - 1) for ref in wordings for k in _heads(ref)):
        return ""  # (the card's name is the kind alone: "Дума", whatever the answer adds, is left to the other rules)
    for j in _heads(got):
        if j > 0 and got.stems[j] == stem and _qualifier(got, j - 1) and got.stems[j - 1] not in allowed:
            return got.words[j - 1]
    return ""


def _name_qualified(wording: Prepared, wordings: Iterable[Prepared], got: Prepared, allowed: frozenset[str]) -> str:
    """The word in capitals an English answer puts right before a right wording that is a name in capitals, when
    another right wording of the card gives that name a qualifier in capitals of its own ("Berlin" of "the Berlin
    Olympics" beside "the Olympic Games"), and no right wording nor the prompt has the answer's: "Winter" of "the
    Winter Olympic Games". "" otherwise (a lower-case word, "the great Olympic Games", qualifies nothing of a name)."""
    content = wording.content()
    written = [w for w in _LETTERS.findall(wording.written) if w.casefold() not in got.lang.lex.stop]
    if got.lang.code != "en" or not content or not written or not all(w[:1].isupper() for w in written):
        return ""  # (read as written: a pack's synonym may have put other words in)
    stems, head = {wording.stems[i] for i in content}, wording.stems[content[0]]
    if not any(k > 0 and ref.stems[k] == head and ref.stems[k - 1] not in stems and _qualifier(ref, k - 1)
               for ref in wordings for k in ref.content()):
        return ""  # (no right wording qualifies the name's first word: "Berlin" of "the Berlin Olympics")
    first = got.find_word(head, wording.words[content[0]], None)[1]
    if first <= 0 or not _qualifier(got, first - 1) or got.stems[first - 1] in stems \
            or got.words[first - 1] in got.lang.lex.titles or got.clauses[first - 1] != got.clauses[first] \
            or _PARTED.search(got.text.split(got.words[first], 1)[0].rstrip()[-2:] or " "):
        return ""  # (a title before a person's name is none, "Col. Bradford Parkinson"; nor a word before a comma)
    said = got.stems[first - 1]
    return "" if any(got.lang.word_match(stem, said) >= 0 for stem in allowed) else got.words[first - 1]


def thing_qualified(wording: Prepared, wordings: Iterable[Prepared], got: Prepared, allowed: frozenset[str]) -> str:
    """The lower-case qualifier an answer puts right before a thing the matched wording names by one word, when
    the card's other right wordings qualify that word with one qualifier of their own and neither they nor the
    prompt (`allowed`) have the answer's: "fox" of "a fox coat" for "a hare-skin coat" (accept "coat"), "лисий" of
    "лисий тулупчик" for "заячий тулупчик" (accept "тулупчик"). The bare word stays right, and so does the card's
    own qualifier (or a slip of it, "persnal"); a card that qualifies the word in several ways ("free", "extra
    electrons") holds no one qualifier as the fact, and an answer that also says the word bare has said it."""
    content = wording.content()
    if len(content) != 1 or wording.words[content[0]] in wording.capitalised:
        return ""
    stem = wording.stems[content[0]]
    own = {ref.words[k - 1] for ref in wordings for k in ref.content()
           if k > 0 and ref.stems[k] == stem and _lower_qualifier(ref, k - 1)}
    if len({got.lang.stem(word) for word in own}) != 1:
        return ""
    mine = min(own)
    said = [j for j in got.content() if got.stems[j] == stem and got.words[j] not in got.capitalised]
    if not said or any(not (j and _lower_qualifier(got, j - 1)) or got.clauses[j - 1] != got.clauses[j] for j in said):
        return ""  # (the word said bare somewhere: "голубей, которые все от сизого голубя")
    for j in said:
        word = got.words[j - 1]
        if any(got.lang.word_match(st, got.stems[j - 1]) >= 0 for st in allowed) or OSA.distance(word, mine) <= 1 \
                or len(word) >= 3 and mine.startswith(word) or related(word, mine, got.lang.code, got.stems[j - 1],
                                                                        got.lang.stem(mine)):
            return ""  # ("persnal", "pro" of "professional", "textile" for "cloth")
    return got.words[said[0] - 1]


def _lower_qualifier(text: Prepared, i: int) -> bool:
    """Is word i a qualifier in lower case of the word after it ("лисий тулупчик", "a fox coat")? A word in
    capitals is a name's, left to the rules of names."""
    word = text.words[i]
    if text.lang.code == "ru":  # (and an adjective of a kind of animal: "лисью шапку", "волчьи")
        return word not in text.capitalised and (_qualifier(text, i) or len(word) >= 5 and word.endswith(_RU_OWNER))
    return word not in text.capitalised and word.isalpha() and word not in text.lang.lex.stop and i in text.content()


_RU_OWNER = ("ья", "ью", "ье", "ьи", "ьей", "ьего", "ьему", "ьим", "ьих", "ьем")


_NAMED = 2  # content words of a short name at most ("Карское море", "the Laptev Sea"): longer items are paraphrased


def qualifier_replaced(item: Prepared, piece: Prepared, capitals: frozenset[str] | set[str]) -> str:
    """The qualifier a piece of an answer says in the place of the one a short name has, the name's other words
    kept: "Лаптевых" of "море Лаптевых" for the item "Карское море", "Baltic" of "the Baltic Sea" for "the Kara
    Sea" (`capitals`: the words the whole answer writes in capitals, which a piece cut from it may have lost). Such
    a piece names another thing. "" when it does not."""
    mine, theirs = piece.content(), item.content()
    if not 2 <= len(theirs) <= _NAMED or len(mine) > _NAMED:
        return ""
    found = {i: piece.find_word(item.stems[i], item.words[i], None)[0] for i in theirs}
    lost = [i for i in theirs if found[i] < 0]
    if len(lost) != 1 or len(lost) == len(theirs) or not (_qualifier(item, lost[0]) or item.words[lost[0]] in capitals
                                                           or item.words[lost[0]] in item.capitalised):
        return ""
    added = [j for j in mine if item.find_word(piece.stems[j], piece.words[j], None)[0] < 0
             and (_qualifier(piece, j) or piece.words[j] in capitals)]
    return piece.words[added[0]] if len(added) == 1 else ""


def name_qualifier_replaced(wordings: Iterable[Prepared], got: Prepared, allowed: frozenset[str]) -> str:
    """Russian: the adjective in capitals an answer puts right before a word of a right wording whose own adjective
    there is written in capitals and which the answer as written leaves out: "Тотемский" of "Тотемский совет" for
    "Вельский совет ремесленных старост" (the pack's name read from the answer's other words, "совет ремесленных
    старост", is passed over: the learner wrote none of it). No right wording nor the prompt (`allowed`: their
    stems) has it, nor a slip of it; an adjective in small letters ("тёплый") is left to the rules of opposites. Not
    in English, where a word in capitals before a name is as often a title or a slip ("Reverend", "Mr", "the
    Nationale Assembly"): measured, it failed more right answers than wrong ones. "" otherwise."""
    if got.lang.code != "ru":
        return ""
    written = {got.lang.stem(w) for w in _LETTERS.findall(normalise(got.written))}
    mine = [j for j in got.content() if got.stems[j] in written]
    for ref in wordings:
        for k in ref.content():
            if k + 1 >= len(ref.words) or (k + 1) not in ref.content() or not _qualifier(ref, k) \
                    or ref.words[k] not in ref.capitalised or ref.stems[k] in written:
                continue
            for j, after in zip(mine, mine[1:], strict=False):
                if got.stems[after] == ref.stems[k + 1] and _qualifier(got, j) and got.words[j] in got.capitalised \
                        and got.clauses[j] == got.clauses[after] \
                        and not any(got.lang.word_match(st, got.stems[j]) >= 0 for st in allowed):
                    return got.words[j]
    return ""
