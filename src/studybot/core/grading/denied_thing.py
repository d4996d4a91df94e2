"""A point met by the name of a thing alone ("tremors", "steam" for "instruments record bursts of tremors", "more
steam escapes") is not made where the answer names the thing only to deny what it does: "the tremors stop", "no steam
comes out" is "the steam does not come out", "пар не выходит", "толчки прекращаются", "прекратились толчки". The
verb the answer denies is not the point's (a verb of the point is matched and its negation checked with it), so
the word that denies it is the one right after the thing (in Russian also right before it), in its clause: a
negated word, or a verb of ceasing said of the thing itself (English "stop", "cease" ending the clause, not "stop
the leaks"; Russian reflexive "прекращаются", "прекратилось"). A rule of how a thing's happening is denied, not a
word of a text.

A thing done away with is no thing made either (issue #11): the answer names it only to say it was ended, or never
done: "street lighting was abolished", "they scrapped the street lighting", "уличное освещение отменили", "street
lighting was never built", "was not allowed" (what "banned" is read as), none of which makes a point "street
lighting" (a reform). A verb of ending done to the thing: right after it with only auxiliaries between (English
"was abolished"), right before it with only function words between ("abolished the"), in Russian either side; in
English a deed's participle denied right after it ("was never built": a Russian "не" with a verb after a thing most
often says what the thing did not do, "снег не таял", and is left alone). Unless the question or the point
says such a verb itself ("Name two things the council abolished": "street tolls were abolished" makes "street
tolls")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon_negative import AUXILIARIES
from ..matching import Prepared
from ..revoking import revoking_stems

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


def denied_thing(point: Prepared, ref: Prepared, got: Prepared, at: tuple[int, ...],
                 asked: frozenset[str] = frozenset()) -> bool:
    """Is the thing a wording `ref` of a point names (matched at `at`) met only where the answer denies what it
    does, or says it was ended or never done (unless the question, its stems `asked`, or the point says a verb of
    ending), the point itself not denied?"""
    if not at or point.negated() or ref.negated() or len(ref.content()) > _MOST \
            or any(got.negated_at(j) for j in at) or not point.lang.preventers.isdisjoint(point.stems):
        return False  # (a point of stopping a thing is made by its denial: "сорвать выборы")
    if _done_away(point, got, at, asked):
        return True
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


# verbs of ending a thing done to it, by their grader's stems (with the language's verbs of taking back: "abolished",
# "отменили"); "banned", "запретили" are read as "not allowed", "не разрешили" (`lexicon_negative`). Not "stop" (a
# thing's ceasing, read above; "they stop tremors" names them) nor "remove" ("grazing fish are removed" is a deed
# the thing suffers, a point of its own)
_ENDING = {"en": "end ended scrap scrapped close closed dismantle dismantled abandon abandoned shut",
           "ru": "закрыл закрыла закрыли закрыто закрыт закрыта закрыты ликвидировал ликвидировала ликвидировали "
                 "ликвидирован ликвидирована ликвидированы прекратил прекратила прекратили свернул свернули "
                 "отменен отменена отменено отменены упразднен упразднена упразднены"}
# the words that may stand between a verb of ending and the thing it ends ("abolished the", "scrapped all their")
_PAST_EN = frozenset(("shut", "withdrawn", "withdrew"))  # past forms of verbs of ending not in "-ed"
_FUNCTION = frozenset("the a an all its their his her this these those that every any".split())
_PARTICIPLE = re.compile(r"[^\W\d_]{2,}(?:ed|en|wn|ilt|ent|ght)")  # "introduced", "built", "sent", "brought"


_ENDING_STEMS: dict[str, frozenset[str]] = {}  # language -> the grader's stems of `_ENDING` and of taking back


def _done_away(point: Prepared, got: Prepared, at: tuple[int, ...], asked: frozenset[str]) -> bool:
    """Does the answer say the thing it names at `at` was ended, or never done (see the module)?"""
    lang, code = got.lang, got.lang.code
    ending = _ENDING_STEMS.get(code)
    if ending is None:
        ending = _ENDING_STEMS[code] = frozenset(map(lang.lemma_stem, _ENDING.get(code, "").split())) \
            | revoking_stems(code)
    if not ending.isdisjoint(asked) or not ending.isdisjoint(lang.lemma_stem(w) for w in point.words):
        return False
    first, last, words = min(at), max(at), got.words
    same = got.clauses[last]
    auxiliaries = AUXILIARIES.get(code, frozenset())
    k = last + 1
    while k < len(words) and got.clauses[k] == same and words[k] in auxiliaries:
        k += 1
    if k < len(words) and got.clauses[k] == same:
        if _ending_said(lang.lemma_stem, words[k], code, ending) and (code == "ru" or k > last + 1):
            return True  # "street lighting was abolished", "освещение отменили"
        if code == "en" and words[k] in _DENYING and k > last + 1 and k + 1 < len(words) \
                and got.clauses[k + 1] == same and _PARTICIPLE.fullmatch(words[k + 1]):
            return True  # "street lighting was never built" (a Russian "не" + verb says what the thing did not do)
    j = first - 1
    while j >= 0 and got.clauses[j] == got.clauses[first] and words[j] in _FUNCTION:
        j -= 1
    return j >= 0 and got.clauses[j] == got.clauses[first] and _ending_said(lang.lemma_stem, words[j], code, ending)


def _ending_said(stem: Callable[[str], str], word: str, code: str, ending: frozenset[str]) -> bool:
    """Is the word a verb of ending (its stem one of `ending`), in English in a past form ("closed", "scrapped",
    "shut"): "close ties", "end" of "the end" are no deed done to a thing?"""
    return stem(word) in ending and (code != "en" or word.endswith("ed") or word in _PAST_EN)
