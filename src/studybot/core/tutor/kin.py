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

# English: the words that ask of a marriage, and the stems (Snowball's) that tell of one
_SPOUSE_EN = re.compile(r"\b(?:wife|wives|husbands?|spouses?|marry|married|marries|marrying|marriages?|wed|wedded|"
                        r"widows?|widowers?)\b")
_SPOUSE_SAID_EN = re.compile(r"\b(?:wife|wives|husbands?|spouses?|marr\w*|wed|weds|wedded|wedding|widow\w*|bride\w*|"
                             r"bridegroom|fianc\w*|divorc\w*|engaged|engagement|betroth\w*|courted|courtship|"
                             r"proposed to|proposal)\b")
# ... and of another tie of family
_KIN_EN = re.compile(r"\b(?:sons?|daughters?|child|children|kids?|fathers?|mothers?|parents?|brother|sister|"
                     r"siblings?|grandsons?|granddaughters?|grandchild|grandchildren|grandfathers?|grandmothers?|"
                     r"grandparents?|uncles?|aunts?|nephews?|nieces?|cousins?)\b")
_KIN_SAID_EN = re.compile(r"\b(?:sons?|daughters?|child|children|childless|kids?|fathers?|mothers?|parents?|"
                          r"brothers?|sisters?|siblings?|grand\w+|uncles?|aunts?|nephews?|nieces?|cousins?|family|"
                          r"families|heirs?|offspring|descendants?|orphan\w*|twins?)\b")
# Russian: the same, by the forms of each word (not "женщина", "мужчина", "семь", "братство")
_SPOUSE_RU = re.compile(r"\b(?:жена|жены|жене|жену|женой|жён|жен|женам|женами|женах|муж|мужа|мужу|мужем|мужья|"
                        r"мужей|супруг\w*|женил\w*|женат\w*|женить\w*|замуж\w*|брак|брака|браке|браку|браком|"
                        r"вдов\w*)\b")
_SPOUSE_SAID_RU = re.compile(r"\b(?:жена|жены|жене|жену|женой|жён|жен|муж|мужа|мужу|мужем|мужья|мужей|супруг\w*|"
                             r"женил\w*|женат\w*|замуж\w*|брак\w*|венча\w*|обвенча\w*|повенча\w*|свадьб\w*|вдов\w*|"
                             r"невест\w*|жених\w*|развел\w*|развод\w*|сват\w*|помолв\w*|обручи\w*|выда\w* за)\b")
_KIN_RU = re.compile(r"\b(?:сын\w{0,4}|доч(?:ь|ери|ерью|ерей|ерям|ерьми|ерях)|дет(?:и|ей|ям|ьми|ях)|ребён\w*|"
                     r"ребен\w*|отец|отц\w*|мать|матер(?:и|ью|ей|ям|ями|ях)|родител\w*|брат(?:а|у|ом|е|ьев|"
                     r"ьям|ьями|ьях)?|сестр(?:а|е|у|ой|ам|ами|ах)?|сест[её]р|внук\w*|внучк\w*|дед(?:а|у|ом|е|ушк\w*)?|"
                     r"бабушк\w*|дяд(?:я|и|е|ю|ей)|т[её]т(?:я|и|е|ю|ей)|племянн\w*)\b")
_KIN_SAID_RU = re.compile(r"\b(?:сын\w{0,4}|доч(?:ь|ери|ерью|ерей|ерям|ерьми|ерях)|дет(?:и|ей|ям|ьми|ях)|ребён\w*|"
                          r"ребен\w*|бездетн\w*|отец|отц\w*|мать|матер(?:и|ью|ей|ям|ями|ях)|родител\w*|брат(?:а|у|ом|"
                          r"е|ья|ьев|ьям|ьями|ьях)?|сестр(?:а|ы|е|у|ой|ам|ами|ах)?|сест[её]р|внук\w*|внучк\w*|"
                          r"дед(?:а|у|ом|е|ушк\w*)?|бабушк\w*|дяд(?:я|и|е|ю|ей)|т[её]т(?:я|и|е|ю|ей)|племянн\w*|"
                          r"семь(?:я|и|е|ю|ёй|ей)|семей|сирот\w*|наследник\w*|потом\w*|близнец\w*)\b")
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
