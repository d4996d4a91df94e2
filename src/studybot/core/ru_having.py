"""Russian having little or much of a thing, said by "беден" / "богат": "мука бедна клейковиной" is "в муке мало
клейковины", "руда богата железом" "в руде много железа", "страна, богатая нефтью" "много нефти". The short or full
adjective right before a noun in the instrumental is read as "мало" / "много" before that noun (its stem is the
genitive's); a full adjective only set off after a comma ("край, богатый лесом"), as one before a noun is its attribute
("с богатой семьёй", "стал богатым купцом"). Not "бедный" / "богатый" alone ("страна бедна", "богатые купцы": poor,
rich), nor before another case ("богат на выдумку"). And a condition of having none is "без": "если нет кислорода",
"когда кислорода нет" are "без кислорода" (not "если нет," with nothing after it: "if not"). A rule of Russian, no
word of a text."""

from __future__ import annotations

import re

__all__ = ["having_said"]

_SHORT = {**dict.fromkeys("беден бедна бедно бедны".split(), "мало"),
          **dict.fromkeys("богат богата богато богаты".split(), "много")}
_FULL = {**dict.fromkeys("бедная бедный бедное бедные бедной бедного бедных".split(), "мало"),
         **dict.fromkeys("богатая богатый богатое богатые богатой богатого богатых".split(), "много")}
_HOW = {**_SHORT, **_FULL}
# a noun in the instrumental: "-ом"/"-ем"/"-ой"/"-ей"/"-ью", "-ами"/"-ями" (at least three letters before)
_HAVING = re.compile(rf"(?:\b({'|'.join(_SHORT)})|(?<=, )({'|'.join(_FULL)})) "
                     r"(?=[^\W\d_]{3,}(?:ом|ем|ой|ей|ью|ами|ями)\b)")


# "если нет X", "когда X нет": "без X" (one word: the noun the condition lacks), in the clause it conditions (its
# commas go: "огонь гаснет, если нет воздуха" is "огонь гаснет без воздуха")
_LACKING = re.compile(r"(?:,\s*)?\b(?:если|когда) (?:нет ([^\W\d_]+)|([^\W\d_]+) нет\b)(?:\s*,(?=\s))?")


def having_said(text: str) -> str:
    """`text` (normalised Russian) with "бедна клейковиной" read as "мало клейковиной", "если нет воды" as "без
    воды"."""
    if "нет" in text and ("если" in text or "когда" in text):
        text = _LACKING.sub(lambda m: f"{' ' if m.group(0)[0] == ',' else ''}без {m.group(1) or m.group(2)}", text)
    if "бед" not in text and "богат" not in text:
        return text
    return _HAVING.sub(lambda m: f"{_HOW[m.group(1) or m.group(2)]} ", text)
