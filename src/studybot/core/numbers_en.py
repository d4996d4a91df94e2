"""English number words as digits: "one hundred seventy-six million" -> "176000000",
"a year and a half" -> "1.5 year", "twenty-eighth" -> "28", "eigth years" -> "8 years"."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz.distance import OSA

from . import wordnet
from .text import word_runs

__all__ = ["FRACTION_PARTS", "ORDINALS", "near_number_word", "ordinal_figures", "words_to_digits"]

# ----------------------------------------------------------------- number words

_UNITS = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
# the parts of a whole as English names them, singular and plural ("a third", "two fifths"): how many make it
FRACTION_PARTS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4,
                  **{w + s: n for w, n in _ORDINALS.items() if 3 <= n <= 10 for s in ("", "s")}}
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES, "dozen"], key=len, reverse=True))
_WORD_RUN = re.compile(
    rf"\b(?:a |an )?(?:{_NUMBER_WORD})(?:(?:[ -]|, | and )(?:{_NUMBER_WORD}))*\b"
)


def _listed(raw: str) -> list[str]:
    """Numbers in words listed with commas ("six hundred, nine hundred"): a comma goes on with the
    same number only after a scale of thousands ("two thousand, three hundred"), and not to a second
    number of that scale ("two thousand, thirty thousand": two numbers)."""
    first, *rest = raw.split(", ")
    parts = [first]
    for piece in rest:
        before = parts[-1].rsplit(" ", 1)[-1]
        if before in _SCALES and before != "hundred" and _SCALES[before] not in _thousands(piece.split()):
            parts[-1] += ", " + piece
        else:
            parts.append(piece)
    return parts if len(parts) > 1 else [raw]


def _thousands(tokens: list[str]) -> list[int]:
    """The scales of thousands a run of number words says, in order ("thousand", "million"; not "hundred")."""
    return [_SCALES[t] for t in tokens if t in _SCALES and t != "hundred"]


def _second_number(tokens: list[str]) -> int:
    """Where a run of number words says a second number: after a scale of thousands, the same scale once more ("two
    thousand and thirty thousand" is 2000 and 30000, never 32000; "two thousand three hundred" is one number), or 0."""
    last = 0
    for k, tok in enumerate(tokens):
        if tok in _SCALES and tok != "hundred":
            if last and _SCALES[tokens[last - 1]] == _SCALES[tok]:
                return last + (tokens[last] == "and")
            last = k + 1
    return 0


def _groups(tokens: list[str]) -> list[int] | None:
    """Number words without scales, grouped as spoken: "twenty one five" -> [21, 5]."""
    groups: list[int] = []
    pending_tens = False
    for tok in tokens:
        if tok == "and":
            continue
        if tok in _TENS:
            groups.append(_TENS[tok])
            pending_tens = True
        elif tok in _UNITS:
            if pending_tens and _UNITS[tok] < 10:
                groups[-1] += _UNITS[tok]
            else:
                groups.append(_UNITS[tok])
            pending_tens = False
        else:
            return None
    return groups


def _words_value(tokens: list[str]) -> float | None:
    """The value of a run of number words; a scale larger than every one before it multiplies all that came
    before ("thirteen thousand million" is 13,000,000,000, as "two thousand three hundred million" is 2.3 bn)."""
    total, current, largest = 0, 0, 0
    seen = False
    for tok in tokens:
        if tok in ("a", "an"):
            current = max(current, 1)
            continue
        if tok == "and":
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "dozen":
            current = max(current, 1) * 12
        elif tok == "hundred":
            current = max(current, 1) * 100
        elif tok in _SCALES and _SCALES[tok] > largest and total:
            total, current, largest = (total + current) * _SCALES[tok], 0, _SCALES[tok]
        elif tok in _SCALES:
            total += max(current, 1) * _SCALES[tok]
            current, largest = 0, max(largest, _SCALES[tok])
        else:
            return None
        seen = True
    return total + current if seen else None


_DIGIT_WORD = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
_POINT = re.compile(rf"\b(\d+|{_DIGIT_WORD}|[a-z]+teen|ten|eleven|twelve) point ((?:(?:{_DIGIT_WORD}|\d)\b ?)+)")


def _point(match: re.Match[str]) -> str:
    """ "zero point zero one five" -> "0.015" """
    whole = str(match.group(1))
    value = int(whole) if whole.isdigit() else _words_value([whole])
    if value is None:
        return str(match.group(0))
    digits = "".join(d if d.isdigit() else str(_UNITS.get(d, 0)) for d in match.group(2).split())
    return f"{int(value)}.{digits} "


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


_UNIT_AND_A_HALF = re.compile(
    rf"(?<![\w.,-])(\d+|{_NUMBER_WORD}) (year|month|week|day|hour|minute|second|decade|century)s? "
    r"and a (half|quarter)\b")
_PART = {"half": 0.5, "quarter": 0.25}
# a half or a quarter of a scale ("a million and a half", "two billion and a quarter"): of the scale, not of one
_SCALE_AND_A_HALF = re.compile(
    rf"(?<![\w.,-])(a|an|one|\d+|{'|'.join(_UNITS)}) (thousand|million|billion|trillion) and a (half|quarter)\b")


def _count(word: str) -> float:
    return float(word) if word.isdigit() else float(_words_value([word]) or 0)


def _scale_and_a_half(m: re.Match[str]) -> str:
    """ "a million and a half" -> "1.5 million", "two billion and a quarter" -> "2.25 billion"."""
    count = 1.0 if m.group(1) in ("a", "an") else _count(m.group(1))
    return f"{_fmt(count + _PART[m.group(3)])} {m.group(2)}"


_YEAR_OH = re.compile(r"\b(1[1-9]|20) oh? ([1-9])\b(?! (?:oh?|\d))")  # "nineteen oh five" (not "2 oh 3", a code)


@lru_cache(maxsize=8192)
def words_to_digits(text: str) -> str:
    """Replace runs of English number words with digits ("one hundred seventy-six
    million" -> "176000000"; "a year and a half" -> "1.5 year"). Text is expected
    normalised (lower case)."""
    if "per second" in text:
        text = text.replace("per second", "per sec")  # a rate's time, not an ordinal
    if "second" in text and _A_SECOND.search(text):
        text = _A_SECOND.sub(r"\1 per sec", text)  # "25 pulses a second": a rate's time ("a second time": an ordinal)
    if _FIGURE_SUFFIX.search(text):  # "the 16th", "21st", "3rd": the figure; "the 19th c." is a century
        text = _SUFFIXED.sub(lambda m: m.group(1) + (" century" if m.group(2) else ""), text)
    if _UNIT_AFTER.search(text):
        text = _NUMBER_TYPO.sub(_fix_number_typo, text)
    if _TENS_THEN_WORD.search(text):  # "thirty eigth", "forty-nien": the units word after a tens word
        text = _TENS_THEN_WORD.sub(_fix_units_slip, text)
    if text.count(" ") < 4 and not _NEAR_LONG_NUMBER.isdisjoint(word_runs(text)):  # a figure written out:
        text = _LONG_NUMBER_TYPO.sub(_fix_number_typo, text)  # "sixten", "about seventen countries"
    if _TRIGGER_WORDS.isdisjoint(word_runs(text)):  # no number word between word boundaries
        return text
    if "half" in text or "quarter" in text:  # (each form below names one)
        text = _halves(text)
    if " second" in text:
        text = re.sub(r"(?<=\d) second\b", " sec", text)  # "0.25 second": the unit, not an ordinal
    if " point " in text:
        text = _POINT.sub(_point, text)

    def repl_rest(raw: str) -> str:
        return _WORD_RUN.sub(repl, raw)

    def repl(match: re.Match[str]) -> str:
        raw = str(match.group(0))
        if ", " in raw and len(parts := _listed(raw)) > 1:
            return ", ".join(_WORD_RUN.sub(repl, part) for part in parts)
        tokens = [t for t in re.split(r"[ ,-]+", raw) if t]
        if tokens[0] in ("a", "an") and len(tokens) > 1 and tokens[1] not in _SCALES and tokens[1] != "dozen":
            return raw[:len(tokens[0])] + " " + repl_rest(raw[len(tokens[0]):].lstrip())  # "a six-month term"
        # a lone "a"/"an" followed by a scale ("a million") is a number; "a" alone is not
        if all(t in _SCALES or t == "and" for t in tokens):
            return raw  # "176 million": the magnitude reader handles a bare scale word
        if not any(t in _SCALES or t in ("a", "an", "dozen") for t in tokens):
            groups = _groups(tokens)
            if groups is None:
                return raw
            if len(groups) == 2 and groups[0] >= 10 and groups[1] >= 10 and "," not in raw:
                return str(groups[0] * 100 + groups[1])  # "nineteen thirty-nine"
            return (", " if "," in raw else " ").join(str(g) for g in groups)
        if (k := _second_number(tokens)) and (first := _words_value(tokens[:k])) is not None \
                and (second := _words_value([t for t in tokens[k:] if t != "and"])) is not None:
            return f"{_fmt(first)} and {_fmt(second)}"  # "two thousand and thirty thousand": two numbers
        value = _words_value(tokens)
        if value is None or value >= 1e15:
            return raw
        return _fmt(value)

    text = _TENS_ORDINAL.sub(lambda m: str(_TENS[m.group(1)] + _ORDINALS[m.group(2)]), text)  # twenty-eighth
    text = _WORD_RUN.sub(repl, text)
    if " oh " in text or " o " in text:  # "eighteen oh three": a year said in two parts, 1803
        text = _YEAR_OH.sub(lambda m: m.group(1) + "0" + m.group(2), text)
    if "half" in text or "quarter" in text:  # (each form below names one)
        text = re.sub(r"\b(\d+) and (?:a|one) (half|quarter)\b", lambda m: _fmt(int(m.group(1)) + _PART[m.group(2)]),
                      text)  # "two and a quarter hours": 2.25
        text = re.sub(r"\b(?:a |one )(half|quarter)\b", lambda m: _fmt(_FRACTIONS[m.group(1)]), text)
        text = re.sub(r"\bhalf\b(?= of| the| a\b)", "0.5", text)
    # "176 million" stays for the magnitude reader; ordinals become digits
    text = _ORDINAL.sub(lambda m: str(_ORDINALS[m.group(1)]), text)
    return text


_AND_HALF = re.compile(
    rf"\b(\d+|{_NUMBER_WORD}|(?:year|month|week|day|hour|minute|second|century|decade)s?) and half\b"
    r"(?! (?:of|the|a|an|my|his|her|its|our|their|your|this|that)\b)")


def _halves(text: str) -> str:
    """Halves and quarters of a unit or of one thing as figures: "a year and a half" -> "1.5 year",
    "a quarter of a century" -> "0.25 century", "half a million" -> "0.5 million". A half written without
    its article after a count or a unit is the same half ("a year and half", "two and half hours"); "and half
    the army" is not."""
    if " and half" in text:
        text = _AND_HALF.sub(r"\1 and a half", text)
    if "illion and a" in text or "thousand and a" in text:  # "a million and a half": 1.5 million
        text = _SCALE_AND_A_HALF.sub(_scale_and_a_half, text)
    if " and a half" in text or " and a quarter" in text:  # "2 hours and a half", "two years and a quarter"
        text = _UNIT_AND_A_HALF.sub(lambda m: f"{_fmt(_count(m.group(1)) + _PART[m.group(3)])} {m.group(2)}", text)
    for pattern, said in _HALF_FORMS:
        text = pattern.sub(said, text)
    return text


# the forms of a half or a quarter `_halves` reads, in turn, each with what it is read as (compiled once: a pattern
# given as a string is compiled again whenever the `re` module's cache has let it go)
_HALF_FORMS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"\b(?:a |an |one )?(year|month|week|day|hour|minute|decade|century|millennium)s? "
                r"and a (half|quarter)\b"),
     lambda m: f"{_fmt(1 + _PART[m.group(2)])} {m.group(1)}"),  # "a century and a quarter": 1.25
    (re.compile(r"\bhalf (?:a|an) (year|month|week|day|hour|minute)\b"), r"0.5 \1"),
    (re.compile(r"\b(?:a )?quarter(?: of an?)? (century|year)\b"), r"0.25 \1"),
    (re.compile(r"\bhalf (?:of )?an? (century|decade)\b"), r"0.5 \1"),
    (re.compile(r"\b(?:a )?half(?: an?)?[ -]dozen\b"), "6"),  # "half a dozen", "a half dozen"
    # of a scale: "a quarter million", "half-million", "three quarters of a million"
    (re.compile(r"(?<!\band )(?<!\band a )(?<!\band one )"  # not the end of "two and a half million"
                r"\b(?:(three|3)[ -]quarters|(?:a |one )?(quarter|half))(?: of an?)?[ -](thousand|million|billion)\b"),
     lambda m: f"{0.75 if m.group(1) else _PART[m.group(2)]} {m.group(3)}"),
    # half or a quarter of one thing: "half a million", "half an ampere", "a quarter of a litre"
    (re.compile(r"\b(?:(?:a |one )?(quarter) of|(half)(?: of)?) an? (?=[a-z])"),
     lambda m: "0.25 " if m.group(1) else "0.5 "),
)


_SUFFIXED = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b( c\b\.?)?")
_FIGURE_SUFFIX = re.compile(r"\d(?:st|nd|rd|th)")  # in every match of _SUFFIXED: a quick search for one
# "a second", "each second", "every second" right after a figure and at most two words: the time of a rate
_A_SECOND = re.compile(r"(\d[\d.,]*(?: [^\W\d_]+){0,2}) (?:a|each|every) second\b"
                       r"(?! (?:time|one|place|half|round|day|night|week|month|year|decade|generation))")
_TENS_ORDINAL = re.compile(rf"\b({'|'.join(_TENS)})[ -]({'|'.join(k for k, v in _ORDINALS.items() if v < 10)})\b")
_ORDINAL = re.compile(rf"\b({'|'.join(_ORDINALS)})\b")
_NUMBER_TYPO = re.compile(
    r"\b([a-z]{4,})(?= (?:years?|months?|weeks?|days?|times|million|billion|thousand|hundred|percent|per cent|%))"
)
_UNIT_AFTER = re.compile(r" (?:years?|months?|weeks?|days?|times|million|billion|thousand|hundred|percent|per cent|%)")
_SPELLED = sorted([*_UNITS, *_TENS, *_SCALES, *(k for k, v in _ORDINALS.items() if v > 10)])  # "ninteenth" too
_BY_FIRST: dict[str, list[str]] = {}
for _number in _SPELLED:
    _BY_FIRST.setdefault(_number[0], []).append(_number)
# a long number word misspelt anywhere ("sixten", "seventen"): no English word is one edit from it
_LONG_NUMBER_TYPO = re.compile(r"\b((?:[st][a-z]{4,}|[efn][a-z]{4,}|[tb][a-z]{5,}|[hm][a-z]{5,}))\b")



def _slips(word: str) -> set[str]:
    """Every word of small Latin letters one slip from `word` (as OSA counts: a letter left out, added or
    changed, or two neighbours swapped)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = {word[:i] + word[i + 1:] for i in range(len(word))}
    out |= {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in letters}
    out |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in letters}
    return out | {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}


# English words of their own one slip from a number word (WordNet's words among `_slips` of `_SPELLED`): never a slip
_WORDS_NEAR_NUMBERS = frozenset({"thirsty", "nicety", "shirty", "mighty"})
# the words `_LONG_NUMBER_TYPO` may change, one slip from a number word of six letters or more: a quick test
_NEAR_LONG_NUMBER = frozenset(slip for number in _SPELLED if len(number) >= 6
                              for slip in _slips(number)) - _WORDS_NEAR_NUMBERS


def _fix_number_typo(match: re.Match[str]) -> str:
    """ "eigth years" -> "eight years": a misspelt number word right before a unit; "sixten" ->
    "sixteen": a long number word misspelt anywhere."""
    return _number_for(str(match.group(1)), match.re is _LONG_NUMBER_TYPO)


@lru_cache(maxsize=8192)
def _number_for(word: str, long_only: bool) -> str:
    if word in _UNITS or word in _TENS or word in _SCALES or word in _ORDINALS or word in _WORDS_NEAR_NUMBERS:
        return word
    for number in _BY_FIRST.get(word[0], ()):
        if long_only and len(number) < 6:
            continue
        if abs(len(number) - len(word)) <= 1 and OSA.distance(number, word, score_cutoff=1) == 1:
            return number
    return word


# a word right after a tens word, which may be its units word misspelt ("thirty eigth", "forty-nien", "sixty fiev")
_TENS_THEN_WORD = re.compile(rf"\b(?:{'|'.join(_TENS)})[ -]([a-z]{{4,6}})\b")
_LONG_UNITS = ("three", "four", "five", "seven", "eight", "nine")  # ("one", "two", "six": too short to tell a slip)


def _fix_units_slip(match: re.Match[str]) -> str:
    number = _units_word_near(match.group(1))
    return match.group() if number is None else match.group()[:match.start(1) - match.start()] + number


@lru_cache(maxsize=1024)
def _units_word_near(word: str) -> str | None:
    """The units word ("eight") that `word` is one slip from, unless it is a word of its own ("fight", "hours",
    "there", "eighth")."""
    if word in _TRIGGER_WORDS or wordnet.known(word) or (word.endswith("s") and wordnet.known(word[:-1])):
        return None
    return next((n for n in _LONG_UNITS
                 if abs(len(n) - len(word)) <= 1 and OSA.distance(n, word, score_cutoff=1) == 1), None)


def ordinal_figures(text: str) -> frozenset[str]:
    """The figures a normalised text writes as ordinals ("the 3rd", "twenty-first", "the second"), as digits:
    an ordinal says which one, not how many (see `grading.short`)."""
    found = {m.group(1) for m in _SUFFIXED.finditer(text)}
    found.update(str(_TENS[m.group(1)] + _ORDINALS[m.group(2)]) for m in _TENS_ORDINAL.finditer(text))
    found.update(str(_ORDINALS[m.group(1)]) for m in _ORDINAL.finditer(text))
    return frozenset(found)


def near_number_word(word: str) -> str | None:
    """The number word that `word` (four letters or more) is one slip from ("sevn", "nien"), if any."""
    if len(word) < 4 or word in _TRIGGER_WORDS:
        return None
    for number in _SPELLED:
        if len(number) >= 4 and abs(len(number) - len(word)) <= 1 and OSA.distance(number, word, score_cutoff=1) == 1:
            return number
    return None


_TRIGGERS = sorted([*_UNITS, *_TENS, *_SCALES, *_ORDINALS, "dozen", "half", "quarter", "point", "oh"],
                   key=len, reverse=True)
_TRIGGER_WORDS = frozenset(_TRIGGERS)


ORDINALS = _ORDINALS
