"""A measured property said to change by its noun and a verb of rising or falling, read as the thing becoming more or
less so: "the speed of the trains increased" is "the trains became more fast" (as "the trains got faster" is written
by the comparison rewrite), "its strength grew" "became more strong", and "the temperature of the gas fell" "the gas
cool down" (as "the gas got colder" is read). So a point "the trains became faster" is made by the change of the
property's noun, and its direction is compared as every direction is ("the speed of the trains fell" stays wrong).

The properties and their nouns are `lexicon_compare`'s (speed, temperature, size, length, depth, width, thickness,
strength, density; and "pace"); the verbs, forms of the language's verbs of rising and falling. Only the noun right
before the verb ("the wind speed rose", "its speed rose") or with the thing after "of" in up to three words ("the
speed of the passenger trains rose"). English only, the grader's alone (`preparing.read`); words of the language,
none of a text. And a weight compared by its verb ("weighs far more than the bullet") is compared as by its adjective
("is far heavier"), and a weight or a price said with a word of degree is the adjective ("weighs very little": "is very
light", "cost a lot": "is expensive").
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon_compare import COMPARISONS
from .text import word_runs

__all__ = ["property_changes"]

# verbs of rising and falling, each form with the verb of becoming in its tense
_BECOME = {"ed": "became", "s": "becomes", "ing": "becoming", "": "become"}
_UP = {"rose": "ed", "risen": "", "rise": "", "rises": "s", "rising": "ing", "grew": "ed", "grown": "", "grow": "",
       "grows": "s", "growing": "ing", "increased": "ed", "increase": "", "increases": "s", "increasing": "ing",
       "climbed": "ed", "climbs": "s", "soared": "ed", "jumped": "ed"}
_DOWN = {"fell": "ed", "fallen": "", "fall": "", "falls": "s", "falling": "ing", "dropped": "ed", "drops": "s",
         "declined": "ed", "declines": "s", "decreased": "ed", "decrease": "", "decreases": "s", "decreasing": "ing",
         "sank": "ed", "shrank": "ed", "plunged": "ed"}
_VERBS = frozenset((*_UP, *_DOWN))  # (each shape ends in one, a whole word: a text with none of them has no change)
_MORE_NOUNS = {"pace": "fast"}  # a noun said of a change only ("the pace quickened"), never in "a higher N than"
_OWNERS = r"(?:the |its |their |his |her )?"


@cache
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The two shapes ("the N of X V", "N V") and each noun's property word."""
    canon = {noun: prop.canon for prop in COMPARISONS["en"].properties for noun in prop.nouns} | _MORE_NOUNS
    nouns = "|".join(sorted(canon, key=len, reverse=True))
    verbs = "|".join(sorted({*_UP, *_DOWN}, key=len, reverse=True))
    of = re.compile(rf"\b{_OWNERS}({nouns}) of (?:the )?((?:[a-z]+ ){{0,2}}?[a-z]+) ({verbs})\b")
    bare = re.compile(rf"\b{_OWNERS}({nouns}) ({verbs})\b")
    return of, bare, canon


def _said(verb: str, prop: str) -> str:
    up = verb in _UP
    if prop == "hot":  # as the lexicon reads "became warmer", "got colder" (`lexicon_phrasal.BECOMING_HOT`)
        return "heat up" if up else "cool down"
    return f"{_BECOME[(_UP if up else _DOWN)[verb]]} {'more' if up else 'less'} {prop}"


# weight said by its verb: "the gun weighs far more than the bullet" is "the gun is far more heavy" (which the
# comparison rewrite reads as "heavier"), each form with the copula in its tense
_WEIGHS = re.compile(r"\b(weighs|weighed|weigh|weighing) ((?:much |far |a lot |slightly |a little |a bit )?)(more|less)"
                     r"\b(?! than (?:\d|an? |half|twice|double|one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million))")
# (a figure after "than" is a bound: "weighs more than 5 kg", "more than a tonne", "more than ten tons")
_COPULA = {"weighs": "is", "weighed": "was", "weigh": "are", "weighing": "being"}
# and a weight or a price said with a word of degree is the plain adjective: "the sledge weighs (very) little" is "is
# (very) light", "weighs a lot" "is heavy", "the cloth cost little" "is cheap", "costs a lot" "is expensive" (not
# before "more", "less" or "than": "weighs little more than 5 kg" is a bound; "costs more" is read by `comparing`)
_SO = {"weigh": ("heavy", "light"), "cost": ("expensive", "cheap")}
_SAID_SO = re.compile(r"\b(weigh|cost)(s|ed|ing|) ((?:very |so |too |relatively |fairly |quite )?)"
                      r"(little|much|a lot|a great deal)\b(?! (?:more|less|than)\b)")
_COPULA_SO = {"s": "is", "ed": "was", "ing": "being", "": "is"}


def _said_so(m: re.Match[str]) -> str:
    verb, ending, degree, how = m.groups()
    if verb == "cost" and ending == "ed":
        return m.group()  # ("costed": a price worked out, not paid)
    copula = "are" if verb == "weigh" and not ending else _COPULA_SO[ending]  # ("cost" is a past too: "it cost little")
    return f"{copula} {degree}{_SO[verb][how == 'little']}"


def property_changes(text: str) -> str:
    """A normalised English text with its properties' changes said as becoming more or less so, its weights compared
    by the verb as by the adjective, and its weights and prices said with a word of degree as the adjective."""
    if not _VERBS.isdisjoint(word_runs(text)):
        of, bare, canon = _rules()
        text = of.sub(lambda m: f"{m.group(2)} {_said(m.group(3), canon[m.group(1)])}", text)
        text = bare.sub(lambda m: _said(m.group(2), canon[m.group(1)]), text)
    if "weigh" in text:
        text = _WEIGHS.sub(lambda m: f"{_COPULA[m.group(1)]} {m.group(2)}{m.group(3)} heavy", text)
    return _SAID_SO.sub(_said_so, text) if "weigh" in text or "cost" in text else text
