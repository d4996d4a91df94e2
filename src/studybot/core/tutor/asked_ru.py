"""Two kinds of answer a Russian question asks for that a figure or a date alone does not give.

1. An age (`gives_age`). "Сколько лет было Гагарину, когда он полетел?", "в каком возрасте ...?", "сколько лет
Ключевскому вулкану?" (the years of a thing or a person in the dative, nothing after it) ask how old someone or
something was: "Гагарину было 27 лет" answers, "весь полёт продолжался 108 минут" or "25 декабря 1991 года ..." does
not, though each gives a figure or a year, and a text that tells no one's age has no answer ("сколько лет было X в
1903?" of a text that gives the day of X's flight, not X's age). A passage gives an age when it says one: "было /
исполнилось / в возрасте / прожил" before a count of years ("было 27 лет", "в возрасте тридцати семи лет"), "в N лет"
("в двенадцать лет"), a count of years in the genitive ("умер тридцати семи лет"), "N лет от роду", "на N-м году жизни",
"ему было N", "его возраст около 7 000 лет", an adjective in "-летний" ("двенадцатилетний", "27-летний"), or where
an age starts or ends: "с шести лет", "после 40–45 лет", "к 30 годам", "старше 60 лет" (not "после 1900 года", a date,
nor "после 20 лет работы", a span). "С какого возраста ...?", "во сколько лет ...?", "с каких лет ...?" ask an age
too.

2. A condition or a moment of a process (`gives_condition`). "Когда" with a verb in the present tense asks when
something happens in general, not on which date: "когда самолёт входит в штопор?" is answered by "если одно крыло
сваливается раньше другого, самолёт может войти в штопор", "в какой момент свеча даёт искру?" by "в конце сжатия, чуть
раньше, чем поршень дойдёт до ВМТ, ...". Such a question (its verb in the present, none in the past) is met by a
passage that says a date or time as before (`Traits.timed`), or one that says a condition or a moment: "если",
"когда", "пока", "при", "как только", "в случае", "в начале / в конце", "перед", "после", "раньше / позже". A question
in the past ("когда французы перешли Неман?") still wants a date.

Rules of Russian (its question words, tenses and words of time), no word of a text; other languages' questions never
match the patterns, so they keep what they had."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc

__all__ = ["asks_age", "asks_condition", "gives_age", "gives_condition", "says_age"]

_AGE_ASKED = re.compile(r"^\W*(?:(?:а|и|но|так) )?(?:сколько (?:же )?лет (?:было|исполнилось|будет|исполнится)\b|"
                        r"в каком возрасте\b|(?:(?:с|со|до|после|к) )?какого возраста\b|"
                        # "во сколько лет ...?", "с каких лет ...?": the age at which something happens, said so in
                        # speech (not "через сколько лет", a span)
                        r"во сколько лет\b|(?:с|со|до|после) (?:каких|скольких) лет\b|"
                        # "сколько было Наполеону лет?", "сколько Наполеону было лет?": the same in another order
                        r"сколько (?:же )?(?:было|исполнилось|будет|исполнится) \w+ лет\b|"
                        r"сколько (?:же )?\w+(?:ому|ему|ой|ей|у|ю) (?:было|исполнилось|будет|исполнится) лет\b|"
                        # "сколько лет Ключевскому вулкану?": the years of a thing or a person in the dative, and
                        # nothing else (not "сколько лет шла война", "сколько лет строили мост"); the words before
                        # the noun in the dative too ("этому", "Ключевскому", "самой старой"), never a verb: "сколько
                        # лет строили башню?" asks a span, its noun in the accusative
                        r"сколько (?:же )?лет (?:\w+(?:ому|ему|ой|ей|ым|им) ){0,2}"
                        r"\w+(?:ому|ему|ой|ей|ым|им|у|ю|е)\W*$)")
_YEARS = r"(?:лет|год|года)\b"
_NUMBER = r"(?:од|дв|тр|четыр|пят|шест|сем|восем|девят|десят|сорок|девяност|ст)[а-я]*"  # "двенадцать", "тридцати"
_COUNT = rf"(?:\d{{1,3}}(?: \d{{3}})+|\d+|(?:{_NUMBER} )?{_NUMBER})"  # "27", "7 000", "двенадцать", "тридцати семи"
# an age given by where it starts or ends: "с шести лет", "после 40–45 лет", "до 7 лет", "к 30 годам", "старше 60 лет"
_AGE = rf"(?:\d{{1,3}}|(?:{_NUMBER} )?{_NUMBER})"  # a count of years a life can have ("после 1900 года" is a date)
_FROM_AGE = (rf"\b(?:с|со|после|до|к|старше|моложе) {_AGE}(?: ?[–—-] ?{_AGE})? (?:лет|года|годам)\b"
             rf"(?! (?:назад|спустя|после|до|работы|службы|войны|правления|жизни|строительства))")
_AGE_GIVEN = re.compile(rf"\b(?:было|исполнилось|исполнится|возраст\w{{0,2}}|прожил|прожила)\s+(?:(?:около|почти|"
                        rf"всего|лишь|уже|ровно|примерно|более|менее|меньше|больше|чуть|не) )?{_COUNT} {_YEARS}"
                        rf"|\bв {_COUNT} {_YEARS}|{_COUNT} {_YEARS} от роду|\bгоду жизни\b|\b(?:ему|ей) было \d+"
                        rf"|{_FROM_AGE}"
                        # "Каспарову был 21 год", "ей исполнился двадцать один год": a count ending in "один"
                        rf"|\b(?:был|исполнился)\s+(?:(?:около|почти|всего|лишь|уже|ровно) )?{_AGE} год\b"
                        rf"|(?<!около )(?<!более )(?<!менее )\b(?:{_NUMBER}и )?{_NUMBER}и лет\b"  # "умер сорока лет"
                        rf"|\w+-?летн(?:ий|его|ему|им|ем|яя|ей|юю|ие|их|ими)\b"
                        # "возраст X оценивают в 25-35 миллионов лет", "возраст X - около 7 млн лет": the noun of
                        # age, then in its clause a count of years (a range, thousands or millions of them) after a
                        # word that gives a value ("в", "около", a dash), not a span ("ещё 40 лет")
                        rf"|\bвозраст\w{{0,2}}\b[^.;:!?]{{0,50}}?(?:\bв|\bоколо|\bпримерно|\bпочти|\bсвыше|\bболее|"
                        rf"\bсоставляет|\bсоставил\w*|\bдостигает|[-—])\s+\d+(?:,\d+)?(?: ?- ?\d+(?:,\d+)?)?"
                        rf"(?: (?:тысяч|млн|миллион|миллиард)\w*)? {_YEARS}")

_WHEN = re.compile(r"^\W*(?:(?:а|и|но|так) )?(?:когда|в какой момент|в каком случае|при каком условии|при каких "
                   r"условиях)\b")
# a present form ("входит", "даёт", "кипит", "образуется"), a short adjective of state ("равна"); a past form
# ("перешли", "был", "основали", "спустился") or a future one ("будет") makes the question one about a date. A past
# form is told from a noun in "-л", "-ла", "-ло" ("колокол", "сила", "школа", "число") by the vowel before "л" and
# the letters before that vowel
_PRESENT = re.compile(r"\b\w{2,}(?:ет|ит|ут|ют|ат|ят|ется|ится|ются|ятся|утся|атся)\b|\bравн(?:а|о|ы|ен)\b")
_PAST = re.compile(r"\b(?:был|была|было|были|будет|будут|умер)\b|\b\w{2,}(?:лся|лась|лось|лись)\b"
                   r"|\b\w{3,}[аяиеу](?:л|ла|ло|ли)\b|\b\w*ш(?:ел|ла|ло|ли)\b")
_CONDITION = re.compile(r"\b(?:если|когда|пока|при|как только|в случае|в начале|в конце|перед|после|раньше|позже|"
                        r"позднее|сразу)\b")


def asks_age(q: Question) -> bool:
    """Does a Russian question ask how old someone was ("сколько лет было X ...?", "в каком возрасте ...?")?"""
    return _searched(_AGE_ASKED, q.text)


@lru_cache(maxsize=4096)
def says_age(text: str) -> bool:
    """Does a sentence say someone's age ("было 27 лет", "в возрасте 62 лет", "двенадцатилетний", "ей было 16")?"""
    return bool(_AGE_GIVEN.search(normalise(text)))


def gives_age(doc: Doc, q: Question) -> bool:
    """Does a passage give the kind of answer of an age question: any, unless the question asks an age and the
    passage says none?"""
    return not asks_age(q) or says_age(doc.text)


def asks_condition(q: Question) -> bool:
    """Does a Russian "когда" question, its verb in the present, ask when something happens in general?"""
    return _searched(_WHEN, q.text) and _searched(_PRESENT, q.text) and not _searched(_PAST, q.text)


def gives_condition(doc: Doc, q: Question) -> bool:
    """Does a passage say the condition or moment such a question asks for ("если ...", "при ...", "в конце ...")?"""
    return asks_condition(q) and _says_condition(doc.text)


@lru_cache(maxsize=4096)
def _says_condition(text: str) -> bool:
    return bool(_CONDITION.search(normalise(text)))


@lru_cache(maxsize=1024)
def _searched(pattern: re.Pattern[str], text: str) -> bool:
    """Is a pattern found in a text (read once per question: ranking asks for every candidate)?"""
    return bool(pattern.search(text))
