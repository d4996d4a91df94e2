"""A Russian noun of going or riding and its verb, for a keypoint's word not found otherwise (issue #11): "выход из
союза" / "вышли из союза", "отход за реку" / "полк отошёл", "переход через перевал" / "перейти перевал", "приезд
посла" / "посол приехал". A rule of Russian word formation, not words of a text: the verbs of going make their
past and infinitive on other roots ("шёл", "шли", "йти", "йдёт") than their noun and present ("ход", "ходит"), and
riding its past and infinitive ("ехал", "ехать") than its noun ("езд"), so neither the stemmer nor
`ru_verbal_nouns` (nouns in "-ение") brings them together.

The noun and the verb must carry the same prefix (the prefix gives the way: "вышли" is no "вход", "прошёл" no
"переход"); only the prefixes whose noun names the going itself: not "по-" ("поход" is a campaign), "на-"
("находка" is a find), "до-" ("доход" is income), "рас-" ("расход" is spending), "вос-" / "вз-", "из-" ("исход"),
nor "у-" / "съ-" of riding ("уезд" is a district, "съезд" a congress). Never a direction word, a name or onto a
word of `avoid`.

The verbs themselves are joined the same way where they have no noun: "идти" ("шёл" / "идёт" / "шли"), "ехать" ("ехал"
/ "едет"), "вести" ("вёл" / "ведёт", "привёл" / "приведёт" / "приводит"), and going under "по-", "до-", "на-", riding
under "по-", "у-", "до-", "съ-" ("пошёл" / "пойдёт", "уехал" / "уезжает"); "ходить" and "ездить" (to and fro) stay
other verbs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .matching import Prepared, Want

__all__ = ["motion_noun_of", "motion_pair"]

_NOUN_ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")

# going: the noun's prefix, and the prefix its past and infinitive take ("в-ход" / "во-шли", "от-ход" / "ото-шёл")
_GOING_PREFIXES = {"в": "во", "вы": "вы", "при": "при", "у": "у", "от": "ото", "пере": "пере", "про": "про",
                   "под": "подо", "за": "за", "об": "обо", "с": "со"}
_GOING_PRESENT = ("ходит", "ходят", "ходил", "ходила", "ходило", "ходили", "ходить", "ходя")
_GOING_PAST = ("шел", "шла", "шло", "шли", "шедший", "шедшие", "шедшая", "шедшее", "шедших", "шедшего", "йти",
               "йдет", "йдут", "йду", "йдя")
_COMING = ("придет", "придут", "приду", "придя")  # "при-" keeps no "й" in its future: "придёт", not "прийдёт"

# riding: the noun's prefix, written as the verb's ("въ-езд" / "въ-ехал")
_RIDING_PREFIXES = ("въ", "вы", "при", "отъ", "пере", "про", "подъ", "за", "объ")
_RIDING_VERB = ("ехал", "ехала", "ехало", "ехали", "ехать", "едет", "едут", "еду", "ехав")


# the verbs alone (their noun is another word, or there is none): going under "по-", "до-", "на-" ("пошёл" / "пойдёт",
# "дошёл" / "доходит", "нашёл" / "находит"; "поход", "доход", "находка" are no going), riding under "по-", "у-",
# "до-", "съ-" ("уехал" / "уезжает"; "уезд", "съезд"), and the unprefixed "идти" and "ехать", whose past is made on
# another root ("шёл" / "идёт", "ехал" / "едет"); not "ходить" / "ездить", which are other verbs (going to and fro),
# nor "еду" (also the noun "food")
_GOING_VERB_ONLY = {"по": False, "до": True, "на": True}  # (whether its "-ход-" present is the same verb)
_RIDING_VERB_ONLY = ("по", "у", "до", "съ")
_RIDING_PRESENT = ("езжает", "езжают", "езжал", "езжала", "езжало", "езжали", "езжать", "езжая")
_GOING_ITSELF = ("идти", "иду", "идешь", "идет", "идем", "идете", "идут", "идя", "идущий", "идущие", "идущая",
                 "идущее", "идущих", "шел", "шла", "шло", "шли", "шедший", "шедшие", "шедшая", "шедших")
_RIDING_ITSELF = ("ехать", "едет", "едут", "едем", "едешь", "едете", "ехал", "ехала", "ехало", "ехали", "едущий",
                  "едущие", "ехавший", "ехавшие")

# leading: "вести" has its past on "вёл" ("вёл", "вела") and its present and future on "вед-" ("ведёт", "приведёт"),
# and a prefixed one its imperfective on "-вод-" ("приводит"): one verb under one prefix; not "по-" in the present
# ("поводит" is another verb)
_LEADING_PREFIXES = ("", "в", "вы", "при", "у", "от", "за", "про", "пере", "под", "на", "раз", "до", "с", "об", "из",
                     "произ", "по")
_LEADING = ("вести", "веду", "ведешь", "ведет", "ведем", "ведете", "ведут", "ведя", "вел", "вела", "вело", "вели",
            "ведший", "ведшие")
_LEADING_PRESENT = ("водит", "водят", "водил", "водила", "водило", "водили", "водить", "водя")

# coming from, or coming about: "произойти" makes its past and future on "-шл-" / "-йд-" after "произо-" ("произошли",
# "произойдёт") and its imperfective and noun on "-ход-" / "-хожд-" after "проис-" ("происходят", "происхождение"):
# one verb ("виды произошли от одного предка" / "происходят от", "происхождение от"); "случиться" is another word
_ORIGIN = ("произо" + form for form in _GOING_PAST)
_ORIGIN_PRESENT = ("проис" + form for form in (*_GOING_PRESENT, "ходящий", "ходящие", "ходящих"))
_ORIGIN_NOUN = ("происхождение", "происхождения", "происхождению", "происхождением", "происхождении")


def _verbs_only() -> dict[str, str]:
    """Verb form -> its family, for the verbs of going, riding and leading that have no noun of their own (and
    "произойти", whose noun is not made on its verb's prefix: "происхождение")."""
    verbs = dict.fromkeys(_GOING_ITSELF, "идти") | dict.fromkeys(_RIDING_ITSELF, "ехать")
    verbs.update(dict.fromkeys((*_ORIGIN, *_ORIGIN_PRESENT, *_ORIGIN_NOUN), "произ ход"))
    for prefix, present in _GOING_VERB_ONLY.items():
        verbs.update({f"{prefix}{form}": f"{prefix} ход" for form in _GOING_PAST})
        verbs.update({f"{prefix}{form}": f"{prefix} ход" for form in (_GOING_PRESENT if present else ())})
    for prefix in _LEADING_PREFIXES:
        verbs.update({f"{prefix}{form}": f"{prefix} вод" for form in _LEADING})
        if prefix not in ("", "по"):
            verbs.update({f"{prefix}{form}": f"{prefix} вод" for form in _LEADING_PRESENT})
    for prefix in _RIDING_VERB_ONLY:
        verbs.update({f"{prefix}{form}": f"{prefix} езд" for form in (*_RIDING_VERB, *_RIDING_PRESENT)})
    return verbs


def _forms() -> tuple[dict[str, str], dict[str, str]]:
    """(noun form -> its family, verb form -> its family): a family is the way of going or riding ("вы ход")."""
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    for prefix, verb_prefix in _GOING_PREFIXES.items():
        family = f"{prefix} ход"
        nouns.update({f"{prefix}ход{end}": family for end in _NOUN_ENDINGS})
        verbs.update({f"{prefix}{form}": family for form in _GOING_PRESENT})
        verbs.update({f"{verb_prefix}{form}": family for form in _GOING_PAST})
    verbs.update(dict.fromkeys(_COMING, "при ход"))
    for prefix in _RIDING_PREFIXES:
        family = f"{prefix} езд"
        nouns.update({f"{prefix}езд{end}": family for end in _NOUN_ENDINGS})
        verbs.update({f"{prefix}{form}": family for form in (*_RIDING_VERB, *_RIDING_PRESENT)})
    return nouns, _verbs_only() | verbs


_NOUNS, _VERBS = _forms()


def _folded(word: str) -> str:
    return word.replace("ё", "е")


def motion_pair(a: str, a_stem: str, b: str, b_stem: str) -> bool:
    """Are `a` and `b` one way of going or riding, the one a noun and the other its verb ("выход" / "вышли"), or two
    forms of its verb ("вышел" / "выйти")? (Stems are taken for the signature `ru_verbal_nouns` has; the forms are
    read whole.)"""
    a, b = _folded(a), _folded(b)
    if a == b:
        return False
    mine, theirs = _NOUNS.get(a) or _VERBS.get(a), _NOUNS.get(b) or _VERBS.get(b)
    return mine is not None and mine == theirs and not (a in _NOUNS and b in _NOUNS)


def motion_noun_of(want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    """(0, position) of an answer word that is the verb of a phrase's noun of going or riding, its noun, or another
    form of its verb; (-1, -1) when none is."""
    if want.exact or want.direction or want.word in phrase.capitalised or not want.word.isalpha():
        return -1, -1
    if _folded(want.word) not in _NOUNS and _folded(want.word) not in _VERBS:
        return -1, -1
    for j in answer.content():
        word, stem = answer.words[j], answer.stems[j]
        if stem in avoid or answer.dirs[j] or not word.isalpha():
            continue
        if motion_pair(want.word, want.stem, word, stem):
            return 0, j
    return -1, -1
