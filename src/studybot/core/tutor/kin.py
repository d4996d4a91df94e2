"""Declining a question about a person's family that the passage does not tell of.

"What was X's wife called?", "who did X marry?", "how many children did X have?", "как звали жену X?", "за кого вышла
замуж X?": a question that names a tie of family asks of that tie. A passage about X that says no word of family
("X was a doctor from York who ...") answers something else, however well it covers X: the tutor takes the next
passage that says one, else declines. A marriage asked ("wife", "married", "жена", "женился") is told only by a word
of marriage ("wed", "widow", "proposed to", "обвенчался", "сватался", "выдать за"); another tie ("son", "father",
"дочь") by any word of family, a marriage's too ("his wife bore him three sons" says "sons"; "she was the daughter of
Y" tells no husband).

Words of the language, not of a text: a name that holds such a word ("Mother Teresa") asks no tie, nor do brothers or
sisters named as a group ("the Wright brothers", "братья Райт": the plural is not asked); a question of a reason or a
manner ("why are children vaccinated?", "how did X marry?") or a yes/no question is left to the other rules (a
definition is not: "what was the name of X's wife?" is read as one). Read on the passage chosen alone, as `telling`
reads others.
"""

from __future__ import annotations

import re

from .analysis import Question
from .documents import Doc, Library

__all__ = ["kin_unsaid"]


def _words(*alternations: str) -> re.Pattern[str]:
    """Whole words (or phrases) of any of the alternations."""
    return re.compile(r"\b(?:" + "|".join(alternations) + r")\b")


# English: the words that ask of a marriage; a passage tells of one by them or by the words after them
_SPOUSE_ASKED_EN = (r"wife|wives|husbands?|spouses?|marry|married|marries|marrying|marriages?|wed|wedded|widows?|"
                    r"widowers?")
_SPOUSE_EN = _words(_SPOUSE_ASKED_EN)
_SPOUSE_SAID_EN = _words(_SPOUSE_ASKED_EN, r"marr\w*|weds|wedding|widow\w*|bride\w*|bridegroom|fianc\w*|divorc\w*|"
                         r"engaged|engagement|betroth\w*|courted|courtship|proposed to|proposal")
# ... and of another tie of family (brothers or sisters named as a group are not asked: "the Wright brothers")
_KIN_ASKED_EN = (r"sons?|daughters?|child|children|kids?|fathers?|mothers?|parents?|brother|sister|siblings?|"
                 r"grandsons?|granddaughters?|grandchild|grandchildren|grandfathers?|grandmothers?|grandparents?|"
                 r"uncles?|aunts?|nephews?|nieces?|cousins?")
_KIN_EN = _words(_KIN_ASKED_EN)
_KIN_SAID_EN = _words(_KIN_ASKED_EN, r"childless|brothers|sisters|grand\w+|family|families|heirs?|offspring|"
                      r"descendants?|orphan\w*|twins?")
# Russian: the same, by the forms of each word (not "женщина", "мужчина", "семь", "братство"; not "братья", "сёстры")
_SPOUSE_ASKED_RU = (r"жена|жены|жене|жену|женой|жён|жен|женам|женами|женах|муж|мужа|мужу|мужем|мужья|мужей|супруг\w*|"
                    r"женил\w*|женат\w*|женить\w*|замуж\w*|брак|брака|браке|браку|браком|вдов\w*")
_SPOUSE_RU = _words(_SPOUSE_ASKED_RU)
_SPOUSE_SAID_RU = _words(_SPOUSE_ASKED_RU, r"брак\w*|венча\w*|обвенча\w*|повенча\w*|свадьб\w*|невест\w*|жених\w*|"
                         r"развел\w*|развод\w*|сват\w*|помолв\w*|обручи\w*|выда\w* за")
_KIN_ASKED_RU = (r"сын\w{0,4}|доч(?:ь|ери|ерью|ерей|ерям|ерьми|ерях)|дет(?:и|ей|ям|ьми|ях)|ребён\w*|ребен\w*|отец|"
                 r"отц\w*|мать|матер(?:и|ью|ей|ям|ями|ях)|родител\w*|брат(?:а|у|ом|е|ьев|ьям|ьями|ьях)?|"
                 r"сестр(?:а|е|у|ой|ам|ами|ах)?|сест[её]р|внук\w*|внучк\w*|дед(?:а|у|ом|е|ушк\w*)?|бабушк\w*|"
                 r"дяд(?:я|и|е|ю|ей)|т[её]т(?:я|и|е|ю|ей)|племянн\w*")
_KIN_RU = _words(_KIN_ASKED_RU)
_KIN_SAID_RU = _words(_KIN_ASKED_RU, r"бездетн\w*|братья|сестры|семь(?:я|и|е|ю|ёй|ей)|семей|сирот\w*|наследник\w*|"
                      r"потом\w*|близнец\w*")

_ASKED = {"en": ((_SPOUSE_EN, _SPOUSE_SAID_EN), (_KIN_EN, _KIN_SAID_EN)),
          "ru": ((_SPOUSE_RU, _SPOUSE_SAID_RU), (_KIN_RU, _KIN_SAID_RU))}


def kin_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a question ask of a tie of family (a marriage, a child, a parent) that the passage says no word of?"""
    asks = _ASKED.get(library.words.lang.code)
    wants = q.wants
    if asks is None or wants.reason or wants.manner or wants.yes_no:
        return False
    plain = " ".join(u.text for u in q.units if not u.name)  # "Mother Teresa" asks no tie
    told = doc.text.casefold()
    spouse, kin = asks
    if spouse[0].search(plain):
        return spouse[1].search(told) is None
    if kin[0].search(plain):
        return kin[1].search(told) is None and spouse[1].search(told) is None
    return False
