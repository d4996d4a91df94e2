"""Russian becoming so, said by the verb of becoming so: "хлеб стал дешевле" is "хлеб подешевел", "стал дороже"
"подорожал", "стал быстрее" "ускорился", "стало лучше" "улучшилось", "жители стали богаче" "разбогатели". So a
form of "стать" / "становиться" right before such a comparative is read as that verb, where nothing is compared: not
before a second term ("баржи стали быстрее подвод", "стала дешевле, чем ..."), only where the comparative ends its
clause or a function word follows ("стала дешевле в городе", "подешевела вдвое"). The verb's one form stands for all
(Snowball gives them one stem: "подешевел" / "подешевела"). A rule of Russian, no word of a text (the
heating and cooling verbs, "стал теплее", are `lexicon_ru_own_words`' phrases)."""

from __future__ import annotations

import re

from .text import word_runs

__all__ = ["VERBS_OF_BECOMING", "became_said_by_verb"]

_BECAME = ("стал", "стала", "стало", "стали", "становился", "становилась", "становилось", "становились", "станет",
           "станут", "становится", "становятся",
           # "делаться" is "становиться" ("дорога сделалась шире": "расширилась")
           "делается", "делаются", "делался", "делалась", "делалось", "делались", "сделается", "сделаются",
           "сделался", "сделалась", "сделалось", "сделались")
_VERBS = {"дешевле": "подешевел", "дороже": "подорожал", "быстрее": "ускорился", "медленнее": "замедлился",
          "лучше": "улучшился", "хуже": "ухудшился", "шире": "расширился", "глубже": "углубился",
          "плотнее": "уплотнился", "длиннее": "удлинился", "богаче": "разбогател", "беднее": "обеднел",
          "грязнее": "загрязнился", "чище": "очистился", "темнее": "потемнел", "светлее": "посветлел",
          "проще": "упростился", "сложнее": "усложнился", "крепче": "окреп", "прочнее": "укрепился",
          "мягче": "смягчился", "жестче": "ужесточился", "острее": "обострился",
          # (only where the clause ends or a function word follows: "стали больше работать" is left as it is)
          "больше": "увеличился", "меньше": "уменьшился"}
# what may follow where nothing is compared: the clause's end, or a conjunction, a preposition, a particle, a factor
VERBS_OF_BECOMING = frozenset(_VERBS)  # the comparatives read so (`ru_comparatives` knows them too)
_AFTER = "и а но или да в во на после из за с со к ко по при благодаря же уже тоже также еще вдвое втрое почти".split()
_BECOMING = re.compile(rf"\b(?:{'|'.join(_BECAME)}) ({'|'.join(_VERBS)})"
                       rf"(?=\s*$|\s*[,.;:!?)]|\s+(?:{'|'.join(_AFTER)})\b)")
# a process going faster or slower is speeding up or slowing down: "брожение идёт медленнее" is "брожение
# замедляется" (only these two: "дела идут лучше" is no verb of the text's, and "идёт" before other words is motion)
_GOES = ("идет", "идут", "шло", "шел", "шла", "шли", "пошло", "пошел", "пошла", "пошли", "протекает", "протекают",
         "протекало", "протекал", "протекала", "протекали")
_GOING = re.compile(rf"\b(?:{'|'.join(_GOES)}) (быстрее|медленнее)(?=\s*$|\s*[,.;:!?)]|\s+(?:{'|'.join(_AFTER)})\b)")


# a thing coming out so, turning out so in the making, is becoming so: "корка выходит блестящей", "получается
# блестящей", "становится блестящей", "делается блестящей" are one link verb before an adjective or participle in the
# instrumental (read as "становится"; not "стали", also "of steel", nor "оказался", which says it was so all along)
_LINKS = ("выходит", "выходят", "выходил", "выходила", "выходило", "выходили", "выйдет", "выйдут", "вышел", "вышла",
          "вышло", "вышли", "получается", "получаются", "получался", "получалась", "получалось", "получались",
          "получится", "получатся", "получился", "получилась", "получилось", "получились", "становится", "становятся",
          "становился", "становилась", "становилось", "становились", "станет", "станут", "стал", "стала", "стало",
          "делается", "делаются", "делался", "делалась", "делалось", "делались", "сделался", "сделалась",
          "сделалось", "сделались")
_LINKED = re.compile(rf"\b(?:{'|'.join(_LINKS)}) (?=[^\W\d_]{{3,}}(?:ой|ей|ым|им|ыми|ими)\b)")
_LINK_WORDS = frozenset(_LINKS)  # (every match of `_LINKED` opens with one, a whole run: a text without one is left)


def became_said_by_verb(text: str) -> str:
    """`text` (normalised Russian) with "стал дешевле" read as "подешевел" where nothing is compared."""
    text = _BECOMING.sub(lambda m: _VERBS[m.group(1)], text) if "ста" in text or "дела" in text else text
    text = _GOING.sub(lambda m: _VERBS[m.group(1)], text) if "еннее" in text or "ыстрее" in text else text
    if _LINK_WORDS.isdisjoint(word_runs(text)):
        return text
    return _LINKED.sub("становится ", text)
