"""Counts said with words that are not number words, as figures: "a couple of weeks" -> "2 weeks", "a fortnight" ->
"2 weeks", "more than a month" -> "more than 1 month"; "пару месяцев" -> "2 месяцев", "две сотни" -> "200",
"дюжину дней" -> "12 дней", "около сотни км" -> "около 100 км", "больше месяца" -> "больше 1 месяца", "пять с
небольшим недель" -> "5 недель с небольшим". Works on normalised text whose number words are digits already
(`quantities.spelled_to_digits` runs it after the number words). Only general language: the count nouns, the
units of time and the comparatives every text uses.

A plural count noun without a figure ("hundreds of km", "сотни км", "десятки лет") stays as it is: it gives no
figure (`CountWords.vague` and `magnitudes` name such words for the grader's feedback)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import word_runs

__all__ = ["en_count_nouns", "lone_count", "one_of_unit", "ru_count_nouns"]

_NUM = r"\d+(?:\.\d+)?"


def _fmt(value: float) -> str:
    return f"{value:g}"


# ------------------------------------------------------------------------------------------------ English

_EN_UNITS = "seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries|generations|times"
_EN_COUPLE_SCALE = re.compile(r"\b(?:a )?couple(?: of)? (hundred|thousand|million|billion)\b")
_EN_COUPLE_OF = re.compile(r"\b(?:a |the )?couple of (?=[a-z\d])")  # "a couple of weeks": 2 weeks
_EN_COUPLE_UNIT = re.compile(rf"\b(?:a )?couple (?=(?:{_EN_UNITS})\b)")  # "couple weeks", "a couple times"
_EN_FORTNIGHT = re.compile(rf"\b(?:(a|an|{_NUM}) )?fortnights?\b(?!')")
# units of measure said with "a" as a figure does after a hedge: "about a kilometre", "nearly a tonne"
_EN_A_MEASURES = ("metre meter kilometre kilometer centimetre centimeter millimetre millimeter mile foot yard inch "
                  "gram gramme kilogram kilogramme milligram milligramme tonne ton pound ounce litre liter "
                  "millilitre milliliter gallon pint hectare acre").split()
_EN_HEDGE_A_UNIT = re.compile(
    r"\b(more than|over|under|less than|about|around|almost|nearly|roughly|approximately|upwards of|at least|"
    r"at most|no more than|barely|just) an? (second|minute|hour|day|night|week|month|year|decade|century|"
    rf"millennium|{'|'.join(_EN_A_MEASURES)})\b")
_EN_A_UNITS = frozenset(["second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century",
                         "millennium", *_EN_A_MEASURES])
_EN_SCALES = {"hundred": 100}
# an age by its decade, of a person ("in his mid-forties", "her late twenties"): the years it spans
_EN_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
               "eighties": 80, "nineties": 90}
_EN_AGE_DECADE = re.compile(rf"\b(?:his|her|their|my|your|its) (?:(early|mid|late)[- ]?)?({'|'.join(_EN_DECADES)})\b")
_EN_DECADE_PART = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def en_count_nouns(text: str) -> str:
    """English counts without a number word read as figures ("a couple of weeks" -> "2 weeks", "a fortnight" ->
    "2 weeks", "about a month" -> "about 1 month", "nearly a tonne" -> "nearly 1 tonne", "in his mid-forties" -> "in
    his 44-46"); "a couple" alone is left to the caller (it is also two people)."""
    if "couple" in text:
        text = _EN_COUPLE_SCALE.sub(
            lambda m: _fmt(2 * _EN_SCALES[m.group(1)]) if m.group(1) in _EN_SCALES else f"2 {m.group(1)}", text)
        text = _EN_COUPLE_UNIT.sub("2 ", _EN_COUPLE_OF.sub("2 ", text))
    if "fortnight" in text:
        text = _EN_FORTNIGHT.sub(lambda m: f"{_fmt(2 * _en_count(m.group(1)))} weeks", text)
    if "ties" in text:
        text = _EN_AGE_DECADE.sub(_en_decade, text)
    if " a" in text and not _EN_A_UNITS.isdisjoint(word_runs(text)):  # (a unit of `_EN_HEDGE_A_UNIT`, a whole run)
        text = _EN_HEDGE_A_UNIT.sub(r"\1 1 \2", text)
    return text


def _en_decade(m: re.Match[str]) -> str:
    """"his mid-forties" -> "his 44-46": the span of years a decade of one's age says."""
    low, high = _EN_DECADE_PART[m.group(1)]
    decade = _EN_DECADES[m.group(2)]
    return f"{m.group(0).split()[0]} {decade + low}-{decade + high}"


def _en_count(word: str | None) -> float:
    return float(word) if word and word[0].isdigit() else 1.0


# ------------------------------------------------------------------------------------------------ Russian

_RU_TIME_GEN_PL = "секунд минут часов дней суток недель месяцев лет веков раз"
_RU_SCALE_GEN_PL = "сотен тысяч десятков дюжин миллионов миллиардов"
_RU_PAIR_OF = "|".join(f"{_RU_TIME_GEN_PL} {_RU_SCALE_GEN_PL}".split())
_RU_PAIR = re.compile(r"\bпару (?=[а-я\d])"  # "пару месяцев", "пару сотен", "пару раз"; "пара" is also steam's
                      rf"|\b(?:пара|пары|парой) (?=(?:{_RU_PAIR_OF})\b)")  # genitive: only before a count's noun
_RU_HALF_DOZEN = re.compile(r"\bпол-? ?дюжины\b")
# a comparative or "about" before a noun of a count in the genitive singular: "около сотни", "больше месяца"
_RU_HEDGE = (r"(?:около|более|больше|менее|меньше|свыше|почти|порядка|не более|не менее|не больше|не меньше|"
             r"чуть больше|чуть более|немногим более|немногим больше|немного больше|немного более)")
_RU_COUNT_NOUNS = {"сот": 100, "дюжин": 12, "десят": 10}
_RU_TIMES_COUNT = re.compile(rf"\b({_NUM}) (сотн(?:и|ю|я)|сотен|дюжин(?:ы|у|а)?|десятк(?:а|ов))\b")  # "2 сотни"
_RU_ONE_COUNT = re.compile(r"\b(сотн(?:я|ю|ей)|дюжин(?:а|у|ой)|десят(?:ок|ка|ком))\b")  # "сотню", "дюжину"
_RU_HEDGED_COUNT = re.compile(rf"\b({_RU_HEDGE}) (сотни|дюжины|десятка)\b")  # "около сотни": one hundred
_RU_HEDGED_UNIT = re.compile(rf"\b({_RU_HEDGE}) (минуты|часа|дня|суток|недели|месяца|года|века)\b")
_RU_A_LITTLE_MORE = re.compile(r"\b(\d+(?:\.\d+)?) с (небольшим|лишним) ([а-я]+)")  # "5 с небольшим недель"
_RU_UNIT_A_LITTLE_MORE = re.compile(r"(?<![\d.] )\b(минуту|час|день|сутки|неделю|месяц|год|век) с (небольшим|лишним)\b")


def ru_count_nouns(text: str) -> str:
    """Russian counts without a number word read as figures ("пару недель" -> "2 недель", "дюжину" -> "12", "две
    сотни" (as "2 сотни") -> "200", "около сотни" -> "около 100", "больше месяца" -> "больше 1 месяца", "месяц с
    небольшим" -> "1 месяц с небольшим", "5 с лишним недель" -> "5 недель с лишним")."""
    if "пар" in text:
        text = _RU_PAIR.sub("2 ", text)
    if "сотн" in text or "сотен" in text or "дюжин" in text or "десят" in text:
        text = _RU_HALF_DOZEN.sub("6", text)
        text = _RU_TIMES_COUNT.sub(lambda m: _fmt(float(m.group(1)) * _count_noun(m.group(2))), text)
        text = _RU_HEDGED_COUNT.sub(lambda m: f"{m.group(1)} {_fmt(_count_noun(m.group(2)))}", text)
        text = _RU_ONE_COUNT.sub(lambda m: _fmt(_count_noun(m.group(1))), text)
    if " с небольшим" in text or " с лишним" in text:
        text = _RU_A_LITTLE_MORE.sub(r"\1 \3 с \2", text)
        text = _RU_UNIT_A_LITTLE_MORE.sub(r"1 \1 с \2", text)
    if "ее " in text or "ше " in text or "около " in text or "почти " in text or "порядка " in text:
        text = _RU_HEDGED_UNIT.sub(r"\1 1 \2", text)
    return text


def _count_noun(word: str) -> float:
    return float(next(value for stem, value in _RU_COUNT_NOUNS.items() if word.startswith(stem)))


_LONE = {
    "en": re.compile(r"((?:about|around|maybe|perhaps|probably|just|only|roughly|approximately) )?"
                     r"((?:a )?couple|once|twice|thrice)"),
    "ru": re.compile(r"((?:около|примерно|приблизительно|где-то|наверное|всего|лишь|только) )?"
                     r"(пара|пару|однажды|дважды|трижды|четырежды"
                     r"|(?:единиц|двойк|тройк|четв[её]рк|пят[её]рк|шест[её]рк|сем[её]рк|восьм[её]рк|девятк|десятк)[ау])"),
}
# a figure's own noun, the whole answer: "десятку", "тройка" (the number ten, three), by its stem
_RU_NUMBER_NOUNS = {"единиц": "1", "двойк": "2", "тройк": "3", "четверк": "4", "пятерк": "5", "шестерк": "6",
                    "семерк": "7", "восьмерк": "8", "девятк": "9", "десятк": "10"}
# how many times said in one word ("twice", "дважды"), or a pair ("a couple"), as its figure
_LONE_FIGURES = {"once": "1", "twice": "2", "thrice": "3", "однажды": "1", "дважды": "2", "трижды": "3",
                 "четырежды": "4"}


def lone_count(text: str, lang: str) -> str | None:
    """ "a couple" or "пару", how many times in one word ("once", "twice", "дважды"), or a figure's own noun
    ("десятку", "тройка"), said alone, the whole answer, as its figure ("2"), else None. Not read in running text,
    where "a couple" is also two people, "пара" the genitive of steam and "once" "formerly"."""
    pattern = _LONE.get(lang)
    m = pattern.fullmatch(text.strip(" .!")) if pattern else None
    if m is None:
        return None
    said = m.group(2)
    figure = _LONE_FIGURES.get(said) or _RU_NUMBER_NOUNS.get(said[:-1].replace("ё", "е"), "2")
    return f"{m.group(1) or ''}{figure}"


# the units of money said with "a" as one of them: "a dollar", "a pound"
_EN_A_MONEY = ("dollar", "buck", "pound", "euro", "rouble", "ruble", "cent", "penny", "franc", "yen", "shilling")
_EN_A_UNIT = re.compile(rf"\ban? (?=(?:{'|'.join(sorted({*_EN_A_UNITS, *_EN_A_MONEY}, key=len, reverse=True))})\b)")


# the same in Russian, which says one of a unit by the noun alone, in the nominative or accusative singular: "месяц",
# "неделю", "рубль" (other cases say when or of what: "в прошлом месяце", "до года")
_RU_ONE_UNIT = re.compile(
    r"\b(?=(?:секунд[ау]|минут[ау]|час|день|сутки|недел[яю]|месяц|год|век|рубль|доллар|евро"
    r"|копейк[ау]|метр|километр|сантиметр|миллиметр|тонн[ау]|литр|килограмм|грамм|гектар|мил[яю]|верст[ау])\b)")


def one_of_unit(text: str, lang: str) -> str | None:
    """An answer that gives no figure but names one unit of measure, time or money with "a" ("a dollar each", "an
    hour"), with the article as its figure ("1 dollar each"), else None; in Russian a short answer (three words at
    most) that names one such unit by its noun alone ("месяц", "целую неделю", "за сутки"). Only where a figure is
    asked for and none is given: in running text "a year later" says when, not how long."""
    if lang == "ru":
        if len(text.split()) > 3 or len(_RU_ONE_UNIT.findall(text)) != 1:
            return None
        return _RU_ONE_UNIT.sub("1 ", text)
    if lang != "en" or " " not in text:
        return None
    out = _EN_A_UNIT.sub("1 ", text)
    return out if out != text else None


# an answer that says there were none: "none", "nobody died", "no one was hurt", "not a single one", "no deaths",
# "никто не погиб", "ни одного", "жертв не было" (a whole answer of at most a few words and no figure)
_NONE = {
    "en": re.compile(r"(?:there (?:were|was) )?(?:none|nobody|no one|no-one|noone|not one|not a single(?: one)?"
                     r"|not a soul|nil|zero)(?: (?!(?:but|except|apart|besides|other|more|less|than|only|if)\b)"
                     r"[a-z'-]+){0,5}"
                     r"|(?:there (?:were|was) )?no (?:deaths?|casualties|victims|fatalities|survivors|dead|injuries|"
                     r"lives|losses|people|one)(?: (?!(?:but|except|apart|besides|other|more|less|than|only|if)\b)"
                     r"[a-z'-]+){0,4}"),
    "ru": re.compile(r"(?:никто|никого|ни одного|ни одной|ни один|ни одна|ни души|нисколько|ноль|нуль)"
                     r"(?: (?!(?:кроме|но|а|только|больше|меньше|если)\b)[а-я-]+){0,5}"
                     r"|(?:[а-я-]+ ){1,2}не было"),
}


def none_count(written: str, lang: str, figures: Iterable[float] = ()) -> str | None:
    """An answer that says there were none, the whole answer as written, as "0", else None: "nobody died" and "no
    one" are 0 (not the one of "no one"), as are "никто не погиб" and "погибших не было". Not when it goes on with
    an exception or a figure ("none but two", "никто, кроме троих"), nor when the figures it was read with
    (`figures`) hold one besides the 0 and the 1 of "no one" ("ноль целых пять десятых", "zero point five": 0.5)."""
    pattern = _NONE.get(lang)
    if any(value not in (0, 1) for value in figures):
        return None
    said = " ".join(written.casefold().replace("ё", "е").split()).strip(" .!")
    return "0" if pattern and pattern.fullmatch(said) else None
