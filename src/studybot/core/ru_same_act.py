"""One Russian act said with another verb, read by the word's form where stems cannot say it (`meaning._either`, for
a keypoint's word not found otherwise): rules of Russian word formation and general vocabulary, not words of a text.

- A verb of a short root under prefixes that make its plain perfective, or one act of it, either aspect: pouring on
  a thing ("заливали водой" / "облили водой" / "полили водой"), coming to the boil ("закипает" / "вскипает"),
  washing ("вымыл" / "помыл"), rotting ("сгнил" / "прогнил" / "загнил"), melting ("таял" / "растаял" / "стаял"),
  sleeping ("спал" / "поспал"); and a verb under two prefixes of one act: blowing a thing out or through
  ("выдувает" / "продувает" / "сдувает"), gathering ("накапливается" / "скапливается"), twisting ("скручивали" /
  "перекручивали"). The root is shorter than
  `ru_families.MIN_ROOT` (its Snowball stems are two or three letters, "обл", "пол": a noun's "пол" too), so the
  forms are written out and matched whole. Never a prefix that turns the act ("вылить", pouring out; "налить",
  pouring into; "пролить", spilling; "выкипеть", boiling away; "смыть", washing off).
- A thing coming to be, of its two intransitive verbs ("появилась трещина" / "образовалась трещина", "появляются
  вихри" / "образуются вихри"), matched by form: "образуется" has the noun "образ"'s stem, which a synonym group
  read by stems would join. Not "возникнуть", which says events and states as well ("возник вопрос", "возникает
  ток"): with it a check pack's wrong answer was accepted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .matching import Prepared, Want

__all__ = ["same_act", "same_act_of"]


def _forms(prefixes: tuple[str, ...], tails: tuple[str, ...]) -> frozenset[str]:
    return frozenset(p + t for p in prefixes for t in tails)


_REFLEXIVE = ("ся", "сь")
# the endings of a past, an infinitive, a present and a passive participle, after a short root's letters
_PAST = ("ть", "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись")
_PARTICIPLE = ("т", "та", "то", "ты", "тый", "тая", "тое", "тые", "того", "той", "тую", "тым", "тыми", "тых")
_IMPERFECTIVE = ("вать", "вал", "вала", "вало", "вали", "вает", "вают", "ваю", "вая", "вается", "ваются", "вался",
                 "валась", "валось", "вались")

# pouring on a thing: "за-", "об-" / "обо-", "по-" ("залить", "облить", "полить"; "зальёт", "обольёт", "польёт")
_POURING = _forms(("за", "об", "по"), tuple("ли" + t for t in (*_PAST, *_PARTICIPLE, *_IMPERFECTIVE))) \
    | _forms(("за", "обо", "по"), ("льет", "льют", "лью", "льется", "льются"))
# coming to the boil: "за-", "вс-" ("закипеть", "вскипеть"; "закипает", "вскипает")
_BOILING = _forms(("за", "вс"), ("кипеть", "кипел", "кипела", "кипело", "кипели", "кипит", "кипят", "кипает",
                                 "кипают", "кипал", "кипала", "кипало", "кипали", "кипая", "кипев"))
# washing: "вы-", "по-" ("вымыть", "помыть"; "вымоет", "помоет")
_WASHING = _forms(("вы", "по"), ("мыть", "мыл", "мыла", "мыло", "мыли", "моет", "моют", "мыт", "мыта", "мыто", "мыты",
                                 "мытый", "мытая", "мытое", "мытые", "мывает", "мывают", "мывал", "мывали"))
# rotting: "с-", "за-", "про-" ("сгнил", "загнил", "прогнил"; "сгниёт", "загнивает")
_ROTTING = _forms(("с", "за", "про"), ("гнить", "гнил", "гнила", "гнило", "гнили", "гниет", "гниют", "гнивает",
                                       "гнивают", "гнивал", "гнивала", "гнивали", "гнивший", "гнившая", "гнившие"))
# melting: the plain verb and "рас-", "с-", "от-" ("таял", "растаял", "стаял", "оттаял"; "растаивает"); not "тая",
# "таю", whose "с-" forms are a flock's ("стая", "стаю")
_MELTING = _forms(("", "рас", "с", "от"), ("таять", "таял", "таяла", "таяло", "таяли", "тает", "тают", "тающий",
                                           "тающая", "тающее", "тающие", "тающих", "таявший", "таявшая", "таявшее",
                                           "таявшие", "таявших", "таивает", "таивают", "таивал", "таивала", "таивали"))
# sleeping: the plain verb and "по-", a while of it ("спал" / "поспал"); not "вы-", "за-", "у-" (enough, falling
# asleep)
_SLEEPING = _forms(("", "по"), ("спать", "спал", "спала", "спали", "спит", "спят", "сплю", "спим", "спишь"))
# blowing a thing out or through: "вы-", "про-", "с-" ("выдувает" / "продувает" / "сдувает"; "выдуть", "продули");
# not "на-" (blowing up), "за-" (starting to blow), "об-" (blowing over a thing, cooling it)
_BLOWING = _forms(("вы", "про", "с"), ("дуть", "дул", "дула", "дуло", "дули", "дует", "дуют", "дувать", "дувал",
                                       "дувала", "дувало", "дували", "дувает", "дувают", "дувается", "дуваются",
                                       "дуваемый", "дуваемая", "дуваемые", "дувая"))
# gathering little by little: "на-", "с-" ("накапливается" / "скапливается", "накопил" / "скопил")
_GATHERING = _forms(("на", "с"), ("копить", "копил", "копила", "копило", "копили", "копит", "копят", "копиться",
                                  "копился", "копилась", "копилось", "копились", "копится", "копятся", "капливать",
                                  "капливал", "капливала", "капливало", "капливали", "капливает", "капливают",
                                  "капливается", "капливаются", "капливался", "капливалась", "капливалось",
                                  "капливались", "капливаясь"))
# twisting: "с-", "пере-" ("скручивали" / "перекручивали", "скручиванием" / "перекручиванием"), and its noun; not "за-"
# (screwing a thing in), "рас-" / "от-" (untwisting)
_TWISTING = _forms(("с", "пере"), ("крутить", "крутил", "крутила", "крутило", "крутили", "крутит", "крутят",
                                   "кручивать", "кручивал", "кручивала", "кручивало", "кручивали", "кручивает",
                                   "кручивают", "кручивание", "кручивания", "кручиванию", "кручиванием",
                                   "кручивании", "кручен", "кручена", "кручены", "крученный", "крученные"))
# a thing coming to be (intransitive): "появиться", "образоваться"
_ARISING = frozenset((
    "появиться появился появилась появилось появились появляется появляются появится появятся появлялся "
    "появлялась появлялось появлялись появившийся появившаяся появившееся появившиеся появившихся "
    "образоваться образовался образовалась образовалось образовались образуется образуются образуясь "
    "образовывается образовываются образовывался образовывалась образовывалось образовывались "
    "образовавшийся образовавшаяся образовавшееся образовавшиеся образовавшихся").split())

_ACTS = (_POURING, _BOILING, _WASHING, _ROTTING, _MELTING, _SLEEPING, _BLOWING, _GATHERING, _TWISTING, _ARISING)
_ACT_OF = {form: n for n, forms in enumerate(_ACTS) for form in forms}


def same_act_of(a: str, b: str) -> bool:
    """Are two different Russian word forms one act said by two verbs of the same short root and prefixes of one
    act, or the two verbs of a thing coming to be?"""
    a, b = a.replace("ё", "е"), b.replace("ё", "е")
    act = _ACT_OF.get(a)
    return act is not None and a != b and _ACT_OF.get(b) == act


def same_act(want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    """(0, position) of an answer word of the act of a phrase's verb not found otherwise, or (-1, -1)."""
    if answer.lang.code != "ru" or want.exact or want.word.replace("ё", "е") not in _ACT_OF:
        return -1, -1
    return next(((0, j) for j in answer.content() if answer.stems[j] not in avoid and not answer.dirs[j]
                 and same_act_of(want.word, answer.words[j])), (-1, -1))
