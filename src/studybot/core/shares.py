"""Shares of a whole said as counts, in English and Russian: "one in four", "1 in 4", "three out of
ten", "one dollar in four", "every fourth", "two thirds", "a quarter of"; "каждый четвёртый", "один из четырёх",
"3 из 10", "3 студента из 10", "две трети", "три четверти", "одна пятая". Each is a percentage (25%, 30%, ...)
that a card's "25%" or "a quarter" states; the figures it is said with ("1" and "4") stay, marked as parts of
the share, so that "3 out of 10" still answers "how many?" with 3, but its "4" is no "4%".

`read_shares` works on normalised text whose number words are digits already (`spelled_to_digits`), with the
figures the text wrote as ordinals ("fourth", "4th", "четвёртый"): "every 4" is a share only when the 4
was "fourth". Bare "half", "third", "треть", "четверть" are left alone there: "the Third Estate", "the first
half of the century", "четверть века" name things, not shares. `every_share` adds them, read from the text as
said (before number words became digits: "a half" is no "0.5" there), for a grader that compares a share with a
percentage the card asks for and a tutor that looks for a passage with one: every share a text may say, the fractions
it names first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from .numbers_en import FRACTION_PARTS
from .quantities import Quantity
from .quick import any_piece
from .text import may_hold_digit

__all__ = ["Share", "every_share", "read_shares", "with_shares"]


class Share(NamedTuple):
    """A share a text says: its value (0 to 1) and the words that say it ("one in four")."""

    value: float
    said: str

_PLURAL_PARTS = {w: n for w, n in FRACTION_PARTS.items() if w.endswith("s")}  # "halves", "thirds" ... "tenths"
_RU_PARTS = {"втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9, "десят": 10}
_RU_COUNTS = {"одна": 1, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9}
_SHARE = re.compile(
    r"\b(?P<x>\d{1,3}) (?:(?!in\b|out\b|из\b|years?|months?|weeks?|days?|hours?|minutes?|лет|год|месяц|недел|дн|час"
    r"|минут)[^\W\d_]{2,} )?"  # "one dollar in four", "3 студента из 10": the thing counted between
    r"(?:in|out of|из) (?:an? |every |each )?(?P<y>1,000,000|1,000|10,000|100,000|\d{1,3}|1000|10000|100000|1000000)\b"
    r"(?![.,:/]\d|\s*%)"
    r"(?! (?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|лет|год|месяц|недел|дн|дней|час|минут))"
    r"|\b(?P<every>every) (?P<n>\d{1,3})\b(?![.,:/]\d)(?= [^\W\d_]{2,})"  # "every fourth voter"; "every second" alone
    r"|\b(?P<each>кажд(?:ый|ая|ое|ого|ому|ую|ым|ой|ом)) (?P<m>\d{1,3})\b(?![.,:/]\d)"
    r"|\b(?P<a>\d)/(?P<b>\d|10)\b(?![./-]\d)"  # "2/3", "3/10" (not "1/4/1990")
    r"|\bevery other\b(?P<other>)"
    r"|\b(?P<c>[2-9])[ -](?P<parts>" + "|".join(_PLURAL_PARTS) + r")\b"
    r"|\b(?:a|an|1) (?P<part>\d{1,2})(?= of\b)"  # "a third of", "one fifth of" (the ordinal as a figure)
    r"|\b(?P<q>0\.25|0\.5) (?=of\b|the\b)"  # "a quarter of", "half the"
    r"|\b(?P<rc>[2-4]) (?P<rparts>трети|четверти|третей|четвертей)\b"  # "две трети", "около трёх четвертей"
    r"|\b(?P<rw>одна|одну|две|три|четыре|пять|шесть|семь|восемь|девять|[1-9]) "
    r"(?P<rord>втор|трет|четверт|пят|шест|седьм|восьм|девят|десят)(?:ая|ья|ую|ью|ых|их)\b"
    r"|\b(?P<np>[3-9]|10) част(?:ь|и|ью)\b"  # "пятую часть", its ordinal a digit already: 1/5 (not "вторая часть")
    r"|\b(?P<npw>трет|четверт|пят|шест|седьм|восьм|девят|десят)(?:ья|ью|ьей|ая|ую|ой) част(?:ь|и|ью)\b"
    r"|\b(?P<rb>половин[аеуы]|треть|трети|четверть|четверти)\b(?= [^\W\d_]{2,})(?! (?:век|час|год|лет|столет|сут|минут"
    r"|секунд|месяц|недел|дн|ден|мил|тыс|\d))"  # "четверть жителей"; not "четверть века", "половина 6-го"
)
_RU_BARE = {"половин": 0.5, "треть": 1 / 3, "трети": 1 / 3, "четверт": 0.25}
# (the look-ahead holds the first character of every alternative: the others are tried only where one may start)
_HINT = re.compile(r"(?=[\deкптчaодсшв])(?:\d (?:[^\W\d_]{2,} )?(?:in|out of|из) |every|кажд|\d/\d|половин|трет|четверт"
                   r"|\d[ -](?:" + "|".join(_PLURAL_PARTS) + r"|трети|четверти)"
                   r"|(?:a|an|1) \d{1,2} of|0\.(?:25|5) (?:of|the)"
                   r"|(?:одна|одну|две|три|четыре|пять|шесть|семь|восемь|девять|\d) (?:втор|трет|четверт|пят|шест"
                   r"|седьм|восьм|девят|десят)|\d част|(?:пят|шест|седьм|восьм|девят|десят)\w* част)")

_WITHOUT_FIGURE = ("every", "кажд", "половин", "трет", "четверт", "втор", "пят", "шест", "седьм", "восьм",
                   "девят", "десят")  # in each match of `_HINT` with none
_WITHOUT_FIGURE_PIECES = any_piece(_WITHOUT_FIGURE)  # (one search for them all)

_PERCENT_WORDS = re.compile(r"(?<=\d)\s*(?:percentage points?|per ?cent|pct|pc|p\.\s?c\.|pp|пп|п\.\s?п\.?"
                            r"|процентн\w* пункт\w*|процент(?:а|ов)?)(?![^\W\d_])")  # ("40 pc": per cent)
_PERCENT_HINT = re.compile(r"\d\s*(?:perc|per c|pc|p\.\s?c\.|pp|пп|п\.|процент)")


def _value(m: re.Match[str], ordinals: frozenset[str]) -> float | None:
    """The share a match of `_SHARE` says, between 0 and 1; None when it says none."""
    g = m.group
    if g("x") or g("a"):
        x, y = int(g("x") or g("a")), int((g("y") or g("b")).replace(",", ""))  # ("1 in 100,000")
        return x / y if 0 < x < y and g("x") not in ordinals else None  # "the first in eight years": no share
    if g("rb"):
        return next(v for k, v in _RU_BARE.items() if g("rb").startswith(k))
    if g("every") or g("each"):
        n = g("n") or g("m")
        ordinal = n in ordinals or bool(g("each"))  # "каждый 4": a singular can only be the fourth
        return 1 / int(n) if ordinal and int(n) >= 2 else None
    if g("other") is not None:
        return 0.5
    if g("c"):
        return int(g("c")) / _PLURAL_PARTS[g("parts")] if int(g("c")) < _PLURAL_PARTS[g("parts")] else None
    if g("part"):
        return 1 / int(g("part")) if g("part") in ordinals and 2 <= int(g("part")) <= 10 else None
    if g("q"):
        return float(g("q"))
    if g("np"):  # "пятую часть": only a figure the text wrote as an ordinal
        return 1 / int(g("np")) if g("np") in ordinals else None
    if g("npw"):
        return 1 / _RU_PARTS[g("npw")]
    if g("rc"):
        whole = 3 if g("rparts").startswith("трет") else 4
        return int(g("rc")) / whole if int(g("rc")) < whole else None
    count = _RU_COUNTS.get(g("rw")) or _RU_COUNTS.get(g("rw")[:-1] + "а") or int(g("rw"))  # ("одну": "одна")
    parts = _RU_PARTS[g("rord")]
    return count / parts if count < parts else None


def read_shares(text: str, ordinals_of: Callable[[], frozenset[str]]) -> tuple[str, tuple[Share, ...]]:
    """The text with each share written as its percentage ("one in four" -> "25%", for the words; so are
    "2 percentage points", "2 п.п.", "2 процента": their unit is the quantity's to check), and the shares found
    (for `with_shares`, when the text's quantities are asked for); `ordinals_of` gives the figures the text wrote
    as ordinals, asked for only when a share may stand in it."""
    digit = may_hold_digit(text)  # (every match of `_PERCENT_HINT` holds one)
    if digit and _PERCENT_HINT.search(text):
        text = _PERCENT_WORDS.sub("%", text)  # "2 percentage points", "2 п.п.": the figure's word is "2"
    if not (digit or _WITHOUT_FIGURE_PIECES.search(text)) or not _HINT.search(text):
        return text, ()
    out: list[str] = []
    shares: list[Share] = []
    ordinals = ordinals_of()
    at = 0
    for m in _SHARE.finditer(text):
        value = _value(m, ordinals)
        if value is None:
            continue
        shares.append(Share(value, m.group(0)))
        out += [text[at:m.start()], f"{round(value * 100):d}% " if value >= 0.01 else f"{value * 100:.3g}% "]
        at = m.end()
    out.append(text[at:])
    return re.sub(r"% (?=\s|$)", "%", "".join(out)), tuple(shares)


def with_shares(quantities: list[Quantity], shares: tuple[Share, ...]) -> list[Quantity]:
    """The quantities of a text with its shares (`read_shares`) added (kind "percent", unit "share") and the
    figures each is said with marked as its parts."""
    if not shares:
        return quantities
    found = list(quantities)
    for share in shares:
        figures = [float(f) for f in re.findall(r"\d+(?:\.\d+)?", share.said)]
        for k, q in enumerate(found):
            if q.kind == "count" and q.share is None and q.value in figures:
                found[k] = replace(q, share=share.value)
                figures.remove(q.value)
        found.append(Quantity(share.value * 100, "percent", "share", share.said.strip()))
    return found


# ----------------------------------------------------------------- fractions named ("half", "a fifth", "треть")

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3, "4": 4}
_NAMED = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|[1-4])[ -])?(?P<part>halves|half|thirds?|quarters?|fourths?|fifths?"
    r"|sixths?|sevenths?|eighths?|ninths?|tenths?)\b"
    r"|\b(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?!/)"
    r"|\b(?P<x>\d{1,2}|one|two|three|four) (?:in|out of) (?:every |each )?(?P<y>\d{1,3}|two|three|four|five|ten)\b"
    r"(?![.,]\d)"
)
_RU_NAMED = {"половина": 0.5, "половину": 0.5, "половины": 0.5, "треть": 1 / 3, "трети": 1 / 3, "две трети": 2 / 3,
             "четверть": 0.25, "четверти": 0.25, "три четверти": 0.75}  # ("около четверти": the genitive)
_RU_NAMED_RE = re.compile(r"\b(?:" + "|".join(sorted(_RU_NAMED, key=len, reverse=True)) + r")\b")
# "одна четвёртая", "одну третью", "три пятых", "девять десятых": a count and an ordinal of the parts (of
# `_RU_COUNTS` and `_RU_PARTS`)
_RU_FRACTION = re.compile(r"\b(одна|одну|две|три|четыре|пять|шесть|семь|восемь|девять|[1-9]) "
                          r"(втор|трет|четверт|пят|шест|седьм|восьм|девят|десят)"
                          r"(?:ая|ья|ую|ью|ых|их)\b")
# "третья часть", "(одну) пятую часть": the Nth part is a share of 1/N ("вторая часть" is a second part, no half)
_RU_NTH_PART = re.compile(r"\b(трет|четверт|пят|шест|седьм|восьм|девят|десят)(?:ья|ью|ьей|ая|ую|ой) част(?:ь|и|ью)\b")
_NAMED_HINT = re.compile(r"\d/\d|hal[fv]|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth| in | out of "
                         r"|полови|трет|четверт|пят|втор|шест|десят")
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}


def _named(said: str) -> list[float]:
    """The fractions a normalised text names with its words as written ("half", "two thirds", "a fifth", "4/5",
    "one in five", "половина", "пятая часть", "одну третью"), between 0 and 1."""
    if not _NAMED_HINT.search(said):
        return []
    out: list[float] = []
    for m in _NAMED.finditer(said):
        if m.group("part"):
            count = _COUNTS.get(m.group("n") or "a", 1)
            if m.group("part").startswith("half") and m.group("n") in (None, "a", "an", "one"):
                out.append(0.5)
            else:
                out.append(count / FRACTION_PARTS[m.group("part")])
        elif m.group("a"):
            a, b = int(m.group("a")), int(m.group("b"))
            if 0 < a < b:
                out.append(a / b)
        else:
            x = _WORD_NUMBERS.get(m.group("x")) or int(m.group("x"))
            y = _WORD_NUMBERS.get(m.group("y")) or int(m.group("y"))
            if 0 < x < y:
                out.append(x / y)
    out.extend(_RU_NAMED[m.group(0)] for m in _RU_NAMED_RE.finditer(said))
    for m in _RU_FRACTION.finditer(said):
        count, parts = _RU_COUNTS.get(m.group(1)) or _RU_COUNTS.get(m.group(1)[:-1] + "а") or int(m.group(1)), \
            _RU_PARTS[m.group(2)]
        if count < parts:
            out.append(count / parts)
    out.extend(1 / _RU_PARTS[m.group(1)] for m in _RU_NTH_PART.finditer(said))
    return out


def every_share(said: str, read: tuple[Share, ...]) -> tuple[float, ...]:
    """Every share a text says, between 0 and 1, each value once: the fractions it names as `said` (its
    normalised text before number words became digits: "half", "a fifth", "the third"), then the shares
    `read_shares` read in it ("every fourth", "1 из 5")."""
    return tuple(dict.fromkeys([*_named(said), *(share.value for share in read)]))
