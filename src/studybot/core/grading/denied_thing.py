"""A point met by the name of a thing alone ("tremors", "steam" for "instruments record bursts of tremors", "more
steam escapes") is not made where the answer names the thing only to deny what it does: "the tremors stop", "no steam
comes out" is "the steam does not come out", "пар не выходит", "толчки прекращаются", "прекратились толчки". The
verb the answer denies is not the point's (a verb of the point is matched and its negation checked with it), so
the word that denies it is the one right after the thing (in Russian also right before it), in its clause: a
negated word, or a verb of ceasing said of the thing itself (English "stop", "cease" ending the clause, not "stop
the leaks"; Russian reflexive "прекращаются", "прекратилось"). A rule of how a thing's happening is denied, not a
word of a text."""

from __future__ import annotations

import re

from ..matching import Prepared

__all__ = ["denied_thing"]

# verbs of ceasing said of their subject: English intransitive forms (a word after them in their clause makes them
# transitive: "stop the leaks"), Russian reflexive ones and verbs with no object ("исчезли", "стихли")
_CEASING = {
    "en": re.compile(r"(?:stop|stops|stopped|cease|ceases|ceased|disappear|disappears|disappeared|vanish|vanishes|"
                     r"vanished)"),
    "ru": re.compile(r"(?:прекрат|прекращ|законч|заканчива|оконч|оканчива|конча|конч)\w*(?:ся|сь)|исчез\w*|"
                     r"стиха\w*|стихл\w*|утиха\w*|утихл\w*|затиха\w*|затихл\w*"),
}
# verbs of a thing's happening, coming or showing: denied, the thing is absent ("толчки не происходят", "no
# steam comes out"); another verb denied says something of the thing ("Морана не считается планетой": it is there)
_OCCURRING = {
    "en": re.compile(r"(?:happen|occur|appear|exist|emerg|aris|arose|come|came|escap|leak|form)\w*"),
    "ru": re.compile(r"(?:происход|произош|произойд|случа|случи|появ|возни|возник|выход|вышл|вышел|выйд|выдел|"
                     r"наблюда|быва|ид[уёет]|идт|шл[иао]|шел|образу|образова)\w*"),
}
# a Russian adjective denied says what the thing is like, not that it is absent ("газы не ядовитые")
_RU_ADJECTIVE = re.compile(r"\w+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ым|им|ых|их)")
_MOST = 2  # content words of a wording that names a thing ("слабые толчки")
_NEAR = 3  # words from the thing to the word that denies it ("the gas does not come")
# the words that deny a verb outright ("few", "hardly" say how much, not that it is not so)
_DENYING = frozenset(("not", "never", "не", "никогда"))
# a purpose or a fear said of the thing ("чтобы выборы не состоялись", "so the soil does not wash away"): no denial
# that it happens, but what was wanted (`averted`, `aims`)
_PURPOSE = frozenset(("чтобы", "чтоб", "дабы", "lest", "so", "that"))


def _denies(got: Prepared, j: int, after: bool, thing: int) -> bool:
    """Does the word at `j` deny what the thing at `thing` does?"""
    word, code = got.words[j], got.lang.code
    if code == "ru" and _RU_ADJECTIVE.fullmatch(word):
        return False
    between = got.words[min(j, thing) + 1:max(j, thing)]
    if got.negated_at(j) and not _DENYING.isdisjoint(between):
        return bool((occurring := _OCCURRING.get(code)) and occurring.fullmatch(word))
    ceasing = _CEASING.get(code)
    if ceasing is None or not ceasing.fullmatch(word):
        return False
    if code == "en":  # ("they stop the leaks": the thing stopped comes after)
        return after and not any(got.clauses[k] == got.clauses[j] for k in got.content() if k > j)
    return True


def denied_thing(point: Prepared, ref: Prepared, got: Prepared, at: tuple[int, ...]) -> bool:
    """Is the thing a wording `ref` of a point names (matched at `at`) met only where the answer denies what it
    does, the point itself not denied?"""
    if not at or point.negated() or ref.negated() or len(ref.content()) > _MOST \
            or any(got.negated_at(j) for j in at) or not point.lang.preventers.isdisjoint(point.stems):
        return False  # (a point of stopping a thing is made by its denial: "сорвать выборы")
    content = got.content()
    first, last = min(at), max(at)
    clause = got.clauses[last]
    if any(got.clauses[k] == clause and got.words[k] in _PURPOSE for k in range(first)):
        return False
    later = [j for j in content if j > last]
    if later and later[0] not in at and got.clauses[later[0]] == clause and later[0] <= last + _NEAR \
            and _denies(got, later[0], True, last):
        return True
    if got.lang.code != "ru":
        return False
    earlier = [j for j in content if j < first]
    return bool(earlier) and earlier[-1] not in at and got.clauses[earlier[-1]] == got.clauses[first] \
        and earlier[-1] >= first - 2 and _denies(got, earlier[-1], False, first)
