"""A duration's last part said without its unit: "an hour twenty", "1 hour 20", "час двадцать", "два часа
пятнадцать", "минута тридцать", "2 h 40", "2ч40" are 1 h 20 min, 2 h 15 min, 1 min 30 s, 2 h 40 min: after hours
a bare figure under 60 is minutes, after minutes it is seconds. Only an answer that is the duration alone (one
word before it at most) is so read: "at"/"в" before it makes a time of day ("в час двадцать"), and a figure that
goes on ("1 hour 20 minutes", "2 часа 15 км", "20%") keeps what it says ("2h40" is a time of day or a duration,
as the card asks: `quantities`)."""

from __future__ import annotations

import re

__all__ = ["unsaid_last_unit"]

# a unit and the unit its bare last part is in; the unit without a figure before it only as "an hour", "час"
# ("минут двадцать", "часа два" put the figure after its unit to say "about": no second part)
_NEXT = {
    "en": ((r"hours?|hrs?|h", r"hour", "minutes"), (r"minutes?|mins?", r"minute", "seconds")),
    "ru": ((r"час|часа|часов|ч", r"час", "минут"), (r"минута|минуту|минуты|минут", r"минута|минуту", "секунд")),
}
_FIGURE = {"en": r"\d+(?:\.\d+)?|an?|one", "ru": r"\d+"}
_AT = {"en": re.compile(r"^at$"), "ru": re.compile(r"^(?:в|к)$")}


def _pattern(lang: str) -> re.Pattern[str]:
    counted = "|".join(f"(?P<u{i}>{unit})" for i, (unit, _, _) in enumerate(_NEXT[lang]))
    lone = "|".join(f"(?P<l{i}>{unit})" for i, (_, unit, _) in enumerate(_NEXT[lang]))
    glued = r"(?<=\d)(?=ч)"  # "2ч40"
    return re.compile(rf"^\W*(?:(?P<w>[^\W\d_]+)\s+)??(?:(?:{_FIGURE[lang]})(?:\s+|{glued})(?:{counted})|(?:{lone}))"
                      r"(?:\s+|(?<=\dч))(?P<n>\d{1,2})(?=[\s.!?)]*$)")


_PATTERNS = {lang: _pattern(lang) for lang in _NEXT}
_ENDS_IN_FIGURE = re.compile(r"\d[\s.!?)]*$")
_GLUED = re.compile(r"(?<=\d)\s*ч\s*(?=\d)")


def unsaid_last_unit(text: str, lang: str) -> str:
    """`text` (normalised, number words as digits) with the unit of a duration's bare last part written."""
    pattern = _PATTERNS.get(lang)
    if pattern is None or not _ENDS_IN_FIGURE.search(text):
        return text  # (the bare part is the answer's last word)

    def written(m: re.Match[str]) -> str:
        if int(m.group("n")) >= 60 or m.group("w") and _AT[lang].search(m.group("w")):
            return m.group(0)
        unit = next(after for i, (_, _, after) in enumerate(_NEXT[lang]) if m.group(f"u{i}") or m.group(f"l{i}"))
        return f"{_GLUED.sub(' ч ', m.group(0))} {unit}"  # ("2ч40": 2 ч 40 минут)

    return pattern.sub(written, text)
