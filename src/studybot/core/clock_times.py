"""Times of day in free text, in English and Russian: "17:30", "5:30 pm", "5.30 p.m.", "half past five
in the afternoon", "quarter to six", "noon", "midnight", "17h30", "6 o'clock"; "в 17.30", "в 17 ч 30 мин",
"в половине шестого вечера", "без четверти шесть", "в полдень", "в шесть утра"; an hour said by its ordinal, "в
седьмом часу" and (a time of day beside it) "утром, в начале седьмого", is read as the whole hour before it, 6.

`read_clock(text, lang)` works on normalised text whose number words are digits already. It returns
the text with each time written one way, "h:mm" on a 12-hour dial ("5:30", or "6" for a whole hour,
so that "half past five" and "17:30" share their words), and each time's minutes after midnight and
whether the text leaves morning and evening open ("5:30": either; "5:30 pm", "17:30", "noon": one).
A bare "1:48" with nothing of a clock about it is not read here: it may be a ratio, a score or a
verse, and stays two figures (`quantities` marks their clock reading for a card that asks a time).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .numbers_ru import ru_words_to_digits
from .text import may_hold_digit

__all__ = ["ClockTime", "clock_minutes", "read_clock"]


class ClockTime(NamedTuple):
    minutes: float  # after midnight, 0 <= minutes < 1440
    either: bool  # morning or evening: the text does not say which
    start: int  # where the time is written in the returned text
    end: int
    span: float | None = None  # "2h40": a time, or hours and minutes of a duration (in minutes) for a card of one


# what says which half of the day: a word after the time, and how it moves the hour
_AM = r"a\.?\s?m\b\.?|in\s+the\s+morning|утра"
_PM = r"p\.?\s?m\b\.?|in\s+the\s+(?:afternoon|evening)|вечера|дня|пополудни"
_NIGHT = r"at\s+night|ночи"
_NOON = r"noon|midday|полдень|полудня"
_MIDNIGHT = r"midnight|полночь|полуночи"
_MARK = rf"{_AM}|{_PM}|{_NIGHT}|noon|midnight|o'?clock"
_MARKED = re.compile(rf"(?:(?P<am>{_AM})|(?P<pm>{_PM})|(?P<night>{_NIGHT})|(?P<noon>noon)|(?P<midnight>midnight)"
                     rf"|(?P<oclock>o'?clock))$")
_AFTER = rf"(?:\s*(?:{_MARK}))?"
_HOURS = r"(?:\s*(?:ч|час(?:а|ов)?)\b\.?)"  # "в 6 часов", "в 17 ч 30 мин"
_MINS = r"(?:\s*(?:мин(?:ут[аыу]?)?)\b\.?)"
# a word before a figure that makes it a time: "в 17.30", "в 6 часов", "с 9.00", "около 6 утра"
_AT_RU = r"(?:^|(?<=\s))(?:в|к|около|до|после|с|между)\s+"
_QUARTER = r"(?:(?:a|one)\s+)?quarter|0\.25"
_NOT_A_COUNT = r"(?!\s*(?:[-.,:]?\d|%|percent|per\b|times|раз|процент|тыс|млн|млрд|миллион|миллиард|thousand|million))"
_SCALES = r"тыс|млн|млрд|трлн|миллион|миллиард|триллион"  # "около 2.25 млрд": a figure of a scale, no time
_UNITS_AFTER = r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|people|men|women|persons?)\b)"
_CLOCKS = [re.compile(pattern, re.VERBOSE) for pattern in (  # each read alone: where two overlap, the longer wins
    rf"(?P<word>\b(?:{_NOON})\b|\b(?:{_MIDNIGHT})\b)",
    rf"\b(?P<hh>[01]?\d|2[0-3])(?P<sep>[:.]|h)(?P<mm>[0-5]\d)(?::[0-5]\d)?(?![\d.,:]?\d){_AFTER}",
    rf"\b(?P<sh>1[0-2]|[1-9])\s+(?P<smm>[0-5]\d)\s*(?:{_MARK})",
    rf"""(?P<at>\bat\s+)?\b(?P<rel>half|{_QUARTER}|[1-5]?\d(?:\s+minutes?)?)\s+(?P<dir>past|after|to|till|before)\s+
        (?:(?P<rh>1[0-2]|[1-9])\b{_NOT_A_COUNT}{_UNITS_AFTER}{_AFTER}|(?P<rw>noon|midday|midnight)\b)""",
    rf"\bhalf\s+(?P<bh>1[0-2]|[1-9])(?=\s*(?:$|[,;.!?)]|{_MARK}))",
    rf"""(?P<ru>{_AT_RU})(?P<rhh>[01]?\d|2[0-3])(?:(?P<hw>{_HOURS})(?:\s*(?P<rmm>[0-5]?\d){_MINS})?
        |[.:](?P<rdm>[0-5]\d))?(?![\d.,]?\d)(?!\s*(?:раз|%|процент|{_SCALES})){_AFTER}""",
    rf"(?:\bв\s+)?\b(?:половин[аеуы]\s+|пол-?\s?)(?P<half>1[0-2]|[1-9])(?:-?го)?\b{_NOT_A_COUNT}{_AFTER}",
    rf"\bбез\s+(?P<less>четверти|[1-5]?\d)(?:\s+минут[ы]?)?\s+(?P<lh>1[0-2]|[1-9])\b{_NOT_A_COUNT}{_AFTER}",
    rf"\bчетверт[ьи]\s+(?P<qh>1[0-2]|[1-9])(?:-?го)?\b{_NOT_A_COUNT}{_AFTER}",
    rf"\bв\s+(?P<nth>1[0-2]|[1-9])(?:-?м)?\s+часу\b{_AFTER}",
    rf"""\bв\s+начале\s+(?P<early>1[0-2]|[1-9])(?:-?го)?\b(?=\s*(?:$|[,;.!?)]|{_MARK}|по\s+(?:местному|московскому)\b))
        {_AFTER}""",
    rf"""(?P<ru>{_AT_RU})(?P<mins>[1-5]?\d)\s+минут[аыу]?\s+(?P<mh>1[0-2]|[1-9])(?:-?го)?\b
        (?!\s*(?:[-.,:]?\d|сек|с\b|час|ч\b)){_AFTER}""",
    rf"\b(?P<eh>1[0-9]|2[0-4]|[1-9])(?P<ehw>{_HOURS})?\s*(?:{_MARK})",
)]
_GROUPS = ("word", "hh", "sep", "mm", "sh", "smm", "at", "rel", "dir", "rh", "rw", "bh", "ru", "rhh", "hw", "rmm",
           "rdm", "half", "less", "lh", "qh", "nth", "early", "mins", "mh", "eh", "ehw")


class _Match:
    """A match of one of `_CLOCKS`, asked for any group of them ("" when its pattern has no such group)."""

    def __init__(self, m: re.Match[str]) -> None:
        self.m = m
        self.groups = {k: v for k, v in m.groupdict().items() if v is not None}

    def group(self, name: str | int) -> str:
        return self.m.group(0) if name == 0 else self.groups.get(str(name), "")

    def start(self) -> int:
        return self.m.start()

    def end(self) -> int:
        return self.m.end()


# (the look-ahead holds the first character of every alternative: the others are tried only where one may start)
_HINT = re.compile(r"(?=[\dnmпбчнptbh\sвкодсм])"
                   r"(?:\d[:h.]\d\d|\d\s*(?:a\.?\s?m|p\.?\s?m|o'?clock|утра|вечера|дня|ночи|at night|in the|ч|час)|noon"
                   r"|midday|midnight|полд|полноч|полуноч|половин|\bпол-?\s?\d|без |четверт[ьи] \d|начале \d|past \d"
                   r"|to \d|till \d|before \d|\bhalf \d|(?:^|\s)(?:в|к|около|до|после|с|между) \d"
                   r"|\bпол-?[а-я]+(?:ого|его)\b)")
# what every match of `_HINT` without a figure holds ("noon", "midday", "полдень", "половине", "без четверти")
_WITHOUT_FIGURE = ("noon", "mid", "пол", "без ")
_ANY_WITHOUT_FIGURE = re.compile("|".join(map(re.escape, _WITHOUT_FIGURE)))  # (one search: faster than four tests)


def _may_hold_time(text: str) -> bool:
    """A quick test before `_HINT`: a figure, or a piece of a time said without one."""
    return may_hold_digit(text) or _ANY_WITHOUT_FIGURE.search(text) is not None


# "полшестого", "пол-седьмого": half of the sixth, seventh hour (the ordinal glued to "пол")
_GLUED_HALF = re.compile(r"\bпол-?((?:перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят|одиннадцат"
                         r"|двенадцат)\w*?(?:ого|его))\b")


def _half_of_day(hour: int, m: re.Match[str] | None) -> tuple[int, bool]:
    """The hour on a 24-hour clock and whether it is still open, from what the text says after it."""
    if m is None:
        return hour, 1 <= hour <= 12
    if m.group("am"):
        return (0 if hour == 12 else hour), False
    if m.group("pm"):
        return (hour + 12 if hour < 12 else hour), False
    if m.group("night"):  # "11 at night", "11 ночи" is 23:00; "3 at night", "3 ночи" is 3:00; 12 is midnight
        return (0 if hour == 12 else hour + 12 if 7 <= hour < 12 else hour), False
    if m.group("noon"):  # "12 noon"
        return 12, False
    if m.group("midnight"):
        return 0, False
    return hour, 1 <= hour <= 12


def _mark(m: _Match) -> re.Match[str] | None:
    """What the time says of its half of the day, at the end of its match ("pm", "вечера")."""
    return _MARKED.search(m.group(0))


def _read(m: _Match) -> tuple[int, int, bool] | None:
    """(hour, minute, open) of one match of `_CLOCK`; the hour on a 24-hour clock."""
    g = m.group
    mark = _mark(m)
    if mark is not None and mark.group("pm") == "дня" and not (g("hw") or g("ehw") or g("rmm") or g("rdm") or g("mm")):
        return None  # "2 дня" is two days; "2 часа дня", "в 14.00 дня" a time
    if g("word"):
        return (12, 0, False) if re.fullmatch(_NOON, g("word")) else (0, 0, False)
    if g("hh"):
        hour, minute = int(g("hh")), int(g("mm"))
        if not _marked(m) and g("sep") != "h" and (g("sep") == "." or 1 <= hour <= 12 and g("hh")[0] != "0"):
            return None  # "5.30", "12.50" alone are decimals; "1:48" a ratio, a score or a verse as well
    elif g("sh"):
        hour, minute = int(g("sh")), int(g("smm"))
    elif g("rel"):
        return _relative(m)
    elif g("bh"):
        hour, minute = int(g("bh")), 30  # British "half five": 5:30
    elif g("rhh"):
        hour, minute = int(g("rhh")), int(g("rmm") or g("rdm") or 0)
        said = g("rmm") or g("rdm") or _marked(m) or g("hw") and g("ru").strip() == "в"
        if not said:
            return None  # "в 6 часов" is a time; "до 6 часов" may be a duration, "в 6" a count
        if g("rdm") and not _marked(m) and g("ru").strip() not in ("в", "к") and hour <= 12 and g("rdm") != "00" \
                and m.m.string[m.m.end("rhh")] == ".":
            return None  # "около 1.33", "до 2.45": a decimal, as "1.33" alone is ("в 9.30", "около 1:33" are times)
    elif g("half"):  # "в половине шестого": half of the sixth hour, 5:30
        hour, minute = int(g("half")) - 1, 30
    elif g("less"):  # "без четверти шесть": 5:45; "без пяти шесть": 5:55
        hour, minute = int(g("lh")) - 1, 60 - (15 if g("less") == "четверти" else int(g("less")))
    elif g("qh"):  # "четверть шестого": a quarter of the sixth hour, 5:15
        hour, minute = int(g("qh")) - 1, 15
    elif g("nth") or g("early"):  # "в седьмом часу", "в начале седьмого": in the sixth hour, 6 and some minutes
        if g("early") and not (_marked(m) or _TIME_OF_DAY_BEFORE.search(m.m.string[:m.start()])
                               or _LOCAL_TIME_AFTER.match(m.m.string, m.end())):
            return None  # "в начале восьмого" alone may be a century, a year of school, a chapter
        hour, minute = int(g("nth") or g("early")) - 1, 0
    elif g("mins"):  # "в пять минут седьмого": 6:05
        hour, minute = int(g("mh")) - 1, int(g("mins"))
    else:
        hour, minute = int(g("eh")), 0
    return _hour(hour, minute, m)


def _relative(m: _Match) -> tuple[int, int, bool] | None:
    """ "half past 5", "quarter to 6", "10 past 5", "20 minutes to 6", "10 to midnight", and with the half of the day
    said, "20 to 12 at night" (a bare "5 to 6" is a range, and so are "5 to 6 pm", where the first figure may be an
    hour, and "from 10 to midnight")."""
    rel, word = m.group("rel"), m.group("rw")
    hour = (0 if word == "midnight" else 12) if word else int(m.group("rh"))
    minute = 30 if rel == "half" else 15 if "quarter" in rel or rel == "0.25" else int(rel.split()[0])
    if not 0 < minute < 60:
        return None
    back = m.group("dir") in ("to", "till", "before")
    if back:
        after_from = _FROM.search(m.m.string[:m.start()]) is not None
        said = "quarter" in rel or rel == "0.25" or "minute" in rel or m.group("at") \
            or (word or _marked(m) and minute > 12) and not after_from
        if rel == "half" or not said:
            return None
        hour, minute = hour - 1, 60 - minute
    if word:  # the word says the half of the day: "10 to midnight" is 23:50, "20 past noon" 12:20
        return hour % 24, minute, False
    return _hour(hour, minute, m)


_FROM = re.compile(r"\b(?:from|between)\s+$")  # "from 10 to midnight": a span of hours
# a time of day said just before "в начале восьмого" ("утром, в начале восьмого"): the ordinal is an hour
_TIME_OF_DAY_BEFORE = re.compile(r"\b(?:утром|вечером|ночью|дн[её]м)\b\W*(?:\w+\W+){0,2}$")
_LOCAL_TIME_AFTER = re.compile(r"\s*по\s+(?:местному|московскому)\b")  # "в начале восьмого по местному"


def _hour(hour: int, minute: int, m: _Match) -> tuple[int, int, bool] | None:
    if not 0 <= minute < 60:
        return None
    if hour == 0 and not m.group("hh") and not m.group("rhh"):
        hour = 12  # "без четверти час", "quarter to one": 12:45
    hour, either = _half_of_day(hour, _mark(m))
    if m.group("hh") and m.group("hh")[0] == "0":
        either = False  # "05:30": the 24-hour clock writes the morning with a nought
    return hour, minute, either


def _marked(m: _Match) -> bool:
    return _mark(m) is not None


def _written(hour: int, minute: int) -> str:
    """A time as both halves of the day write it on a 12-hour dial: "5:30", "6", "12:15"."""
    dial = hour % 12 or 12
    return f"{dial}:{minute:02d}" if minute else str(dial)


@lru_cache(maxsize=8192)
def read_clock(text: str, lang: str = "en") -> tuple[str, tuple[ClockTime, ...]]:
    """The text with its times of day written one way, and the times (see the module's docstring)."""
    if not _may_hold_time(text) or not _HINT.search(text):
        return text, ()
    if "пол" in text and _GLUED_HALF.search(text):
        text = _GLUED_HALF.sub(lambda m: "пол " + ru_words_to_digits(m.group(1)), text)
    found: list[tuple[_Match, tuple[int, int, bool]]] = []
    for pattern in _CLOCKS:
        pos = 0
        while (raw := pattern.search(text, pos)) is not None:
            m = _Match(raw)
            read = _read(m)
            if read is not None:
                found.append((m, read))
            pos = raw.start() + 1 if read is None else raw.end()
    found.sort(key=lambda f: (f[0].start(), -f[0].end()))
    out: list[str] = []
    times: list[ClockTime] = []
    at, length = 0, 0
    for m, (hour, minute, either) in found:
        if m.start() < at:
            continue  # inside a longer time read already
        before = text[at:m.start()] + (m.group("ru") or m.group("at"))
        written = _written(hour, minute)
        span = float(int(m.group("hh")) * 60 + minute) if m.group("sep") == "h" and not _marked(m) else None
        times.append(ClockTime(float(hour % 24 * 60 + minute), either, length + len(before),
                               length + len(before) + len(written), span))
        out += [before, written]
        length += len(before) + len(written)
        at = m.end()
    out.append(text[at:])
    return "".join(out), tuple(times)


_BARE = re.compile(r"([01]?\d|2[0-3])[.:]([0-5]\d)")


def clock_minutes(written: str) -> tuple[float, bool] | None:
    """A bare figure read as a time when the card asks one: "5.30", "17.30", "6" ((minutes after
    midnight, either half of the day)); None when it cannot be a time."""
    written = written.strip()
    m = _BARE.fullmatch(written)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2))
    elif written.isdigit() and int(written) <= 24:
        hour, minute = int(written) % 24, 0
    else:
        return None
    return float(hour * 60 + minute), 1 <= hour <= 12
