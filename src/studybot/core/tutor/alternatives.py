"""A question that offers two alternatives ("при обжиге влага испаряется или конденсируется?", "is the glaze matte or
glossy?") is answered by a sentence that says either of them: a text tells which one holds and seldom names the other.
The two words joined by "или" / "or" are then one unit, met by the keys of either and weighing as the heavier of them,
so the alternative the text does not say takes no share of the question from the sentence that answers it. In Russian
only two forms alike of two verbs, two adjectives (a state or a property: "кислый или щелочной", the hard and stressed
endings of one form) or two nouns of an action ("с выделением или поглощением", a process), not other nouns ("нефть
или газ?": each names a thing the answer must tell of; that cost a held-out answer); never a name or a figure ("Попов
или Маркони?", "in 1901 or 1902?"), nor "or not" (no unit). Rules of the two languages' questions, no word of a text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .verbs_ru import is_verb_form
from .words import Words

if TYPE_CHECKING:
    from .analysis import Unit

__all__ = ["either_alternative"]

OR_WORDS = {"en": "or", "ru": "или"}
_ADJECTIVE = re.compile(r"\w{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ей|ых|их|ыми|ими)")
# the endings of one adjective form in its hard, soft and stressed spellings: "-ый", "-ий", "-ой" (not "-ой" of
# another case when both say it: "кислой или щелочной" are alike already)
_SAME_FORM = {"ий": "ый", "ой": "ый", "яя": "ая", "ее": "ое", "ие": "ые", "юю": "ую", "им": "ым", "их": "ых"}
# a noun of an action or a process ("выделение", "поглощением", "нагревания"): an alternative as a verb is
_ACTION = re.compile(r"\w{3,}[аеи]н(?:ие|ия|ию|ием|ии)")


def either_alternative(units: Sequence[Unit], text: str, words: Words) -> list[Unit]:
    """`units` of a question (its normalised `text`), the two words of each "A или B" one unit."""
    out, stem = list(units), words.stem
    word = OR_WORDS.get(words.lang.code)
    if word is None:
        return out
    for m in re.finditer(rf"\b(\w+) {word} (\w+)\b", text):
        first, second = _unit_of(out, m[1], stem), _unit_of(out, m[2], stem)
        if first is None or second is None or first is second or any(
                u.name or not u.stem.isalpha() for u in (first, second)) or not _parallel(m[1], m[2], words):
            continue
        merged = replace(first, text=f"{first.text} {word} {second.text}", strong=first.strong | second.strong,
                         weak=first.weak | second.weak, weight=max(first.weight, second.weight),
                         stems=(first.stems or frozenset({first.stem})) | (second.stems or frozenset({second.stem})),
                         light=first.light and second.light, loose=first.loose | second.loose)
        out = [merged if u is first else u for u in out if u is not second]
    return out


def _parallel(first: str, second: str, words: Words) -> bool:
    """Are two Russian words one form of two verbs or two adjectives ("выделяется или поглощается", "светлеет или
    темнеет", "сильная или слабая"): a state or a property of which a text tells one? Not nouns ("нефть или газ"):
    each names a thing the answer must tell of. Other languages' words do not show it by their endings."""
    if words.lang.code != "ru":
        return True
    if _ACTION.fullmatch(first) and _ACTION.fullmatch(second):
        return first[-2:] == second[-2:]  # "с выделением или поглощением": two processes, one form
    if _ending_class(first) != _ending_class(second):
        return False
    return all(is_verb_form(w) or _ADJECTIVE.fullmatch(w) for w in (first, second))


def _ending_class(word: str) -> str:
    """A Russian word's last two letters, those of an adjective's hard, soft and stressed forms of one case alike
    ("кислый" / "щелочной" / "синий", "горячая" / "синяя")."""
    return _SAME_FORM.get(word[-2:], word[-2:])


def _unit_of(units: Sequence[Unit], word: str, stem: Callable[[str], str]) -> Unit | None:
    """The unit of one word of the question, when one unit is made of it alone."""
    st = stem(word)
    found = [u for u in units if u.text == word or (u.stem == st and not u.stems - {st})]
    return found[0] if len(found) == 1 else None
