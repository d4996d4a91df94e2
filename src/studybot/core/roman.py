"""Roman numerals read as digits ("Charles XII" -> "Charles 12", "XIV" -> "14", "в X веке" -> "в 10 веке"),
before a text is lower-cased."""

from __future__ import annotations

import re

from .lexicon import STOP

__all__ = ["regnal_numbers", "roman_to_digits", "roman_value", "ru_regnal_ordinals"]

# "XIV", "Charles XII"; one letter may be a word ("I"). A possessive after a numeral is left out, as a name's is
# ("Edward III's law": "Edward 3 law", not a word "s")
_ROMAN = re.compile(r"(?<![\w.-])([IVXL]{2,7})(?:['’]s)?(?![\w-])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(numeral: str) -> str:
    """A Roman numeral in capitals as digits ("XIV" -> "14"); anything else as written."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return str(total) if total > 0 and _as_roman(total) == numeral else numeral


_REGNAL = re.compile(r"(?<![\w.-])([^\W\d_]+) ([IVXL]{1,7})(?![\w-])")


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral in capitals ("XIV": 14), 0 for letters that write none ("IIII", "VX")."""
    value = _roman(numeral)
    return int(value) if value.isdigit() else 0


def regnal_numbers(raw: str) -> frozenset[tuple[str, str]]:
    """The names written with a Roman numeral after them, as a text writes a ruler's number ("Pope Clement VI",
    "Edward III": ("clement", "6"), ("edward", "3")): the name (lower-cased) and the numeral as digits."""
    return frozenset((m.group(1).casefold(), value) for m in _REGNAL.finditer(raw)
                     if m.group(1)[0].isupper() and m.group(1).casefold() not in _NOT_NAMES
                     and (value := _roman(m.group(2))).isdigit())


def _as_roman(n: int) -> str:
    out = []
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def roman_to_digits(raw: str) -> str:
    """Roman numerals as digits ("Charles XII" -> "Charles 12", "XIV" -> "14", "henry viii" ->
    "henry 8", "Александр I" -> "Александр 1"), before the text is lower-cased. A numeral is
    written all in capitals or all in small letters ("Xi", "Mix", "civil" are words); a lone
    letter only where it numbers a name (see `_LONE`); "xi", "li", "xl" in small letters are words."""
    if " v" in raw:  # "Harlow v. Benton", "Harlow vs Benton": the name of a case at law, one way
        raw = _VERSUS.sub(" v", raw)
    if " the " in raw or " The " in raw:  # "Adolf the Second": a ruler's number said as an ordinal
        raw = _REGNAL_WORD.sub(lambda m: f"{m.group(1)} {_as_roman(_ORDINALS.index(m.group(2).casefold()) + 1)}", raw)
    if not _HINT.search(raw) or not _numeral_word(raw):
        return raw
    if "Х" in raw:  # "ХIХ век" typed with the Cyrillic "Х"
        raw = _CYRILLIC_X.sub(lambda m: m.group(0).replace("Х", "X"), raw)
    if "-" in raw or "–" in raw or "—" in raw:  # "XIX-XX вв.", "IV–V классы": both ends of a range, any dash
        raw = _ROMAN_RANGE.sub(lambda m: f"{_roman(m.group(1))}{m.group(2)}{_roman(m.group(3))}", raw)
    raw = _ROMAN.sub(lambda m: _roman(m.group(1)), raw) if not raw.islower() else raw
    if _SMALL_ROMAN.search(raw):
        raw = _SMALL_ROMAN.sub(lambda m: m.group(0) if m.group(1) in _SMALL_WORDS else _small(m.group(1)), raw)
    if _LONE.search(raw):
        raw = _LONE.sub(_lone, raw)
    if _LONE_CENTURY.search(raw):  # "в X веке", "V в.", "the X century"
        raw = _LONE_CENTURY.sub(lambda m: str(_ROMAN_VALUES[m.group(0).upper().replace("Х", "X")]), raw)
    return raw


# "v." / "vs" / "versus" between the names of a case at law ("Marbury v. Madison"), no numeral: written "v", which a
# lone small letter stays (`_LONE`)
_VERSUS = re.compile(r"(?<=[^\W\d_]{2}) (?:v|vs|versus)\.?(?= [^\W\d_])")
_HINT = re.compile(r"[IVXLivxlХ](?![^\W\d_])")  # a word ending in a numeral's letter
_NUMERAL_RUN = re.compile(r"(?<!\w)[IVXLivxlХ]+(?!\w)")  # a whole run of word characters in a numeral's letters


def _numeral_word(raw: str) -> bool:
    """Is a word of `raw` written in a numeral's letters only? Every form read above is one ("XIV", "viii", "I")."""
    return _NUMERAL_RUN.search(raw) is not None


_CYRILLIC_X = re.compile(r"(?<![\w.-])(?=[IVXLХ]{2,7}(?![\w-]))[IVXL]*Х[IVXLХ]*")
_LONE_CENTURY = re.compile(r"(?<![\w.-])[IVXХ](?=\s+(?:век|веке|века|в\.|вв\.|столети|century|centuries)(?!\w))")
_ROMAN_RANGE = re.compile(r"(?<![\w.-])([IVXL]{1,7})(\s*[-–—]\s*)([IVXL]{1,7})(?![\w-])")
_SMALL_ROMAN = re.compile(r"(?<![\w.-])([ivxl]{2,7})(?:['’]s)?(?![\w-])")  # "henry viii's", as `_ROMAN`
_SMALL_WORDS = frozenset(("xi", "li", "xl"))  # the Greek letter, a name, a size
# a lone I, V or X after a name: "Charles I", "Henry V", "Пётр I", "петр i" (Latin between Cyrillic words is never
# the pronoun); in English only at the end of the name's clause ("Charles I, then..."), not "Then I went", "It was I"
_LONE = re.compile(r"(?<=[^\W\d_]{2} )(?P<n>[IVXivx])(?![\w-])(?P<end>\s*(?:$|[,;:.!?)]|(?:and|or|и|или)\b))?")
_NOT_NAMES = STOP | {"me", "you", "we", "am", "yesterday", "today", "maybe", "perhaps", "yes", "no", "well", "think"}

# nouns that a Roman numeral numbers, in any subject ("type I error", "stage I tumour", "Phase I trial")
_NUMBERED = frozenset("type types class stage phase grade level category chapter volume part article act section "
                      "period group division tier series mark step round book world war".split())
_VERBS_AFTER_I = frozenset("am was had have did do like love want need know think read saw see mean said wrote got "
                           "found made chose prefer use can could will would should may might must".split())


def _small(numeral: str) -> str:
    value = _roman(numeral.upper())
    return value if value.isdigit() else numeral


def _lone(m: re.Match[str]) -> str:
    letter, end = m.group("n"), m.group("end")
    start = m.start("n")
    before = m.string[:start].rstrip()
    prev_word = re.findall(r"[^\W\d_]+$", before)[0]
    cyrillic = "\u0400" <= prev_word[-1] <= "\u04ff"
    named = letter.isupper() and prev_word[0].isupper() and not prev_word.endswith("ly")  # "Charles I was ..."
    if end is None and prev_word.casefold() in _NUMBERED:  # "type I error", not "the part I played"
        following = re.match(r"\s*([^\W\d_]+)", m.string[m.end("n"):])
        named = following is not None and following.group(1).casefold() not in _VERBS_AFTER_I \
            and not following.group(1).endswith("ed")
    if not cyrillic and (prev_word.casefold() in _NOT_NAMES or (end is None and not named)):
        return letter + (end or "")
    return str(_ROMAN_VALUES[letter.upper()]) + (end or "")


# a ruler's number said as an ordinal after a capitalised name, ending the name ("Adolf the Second", "Henry the
# eighth of England"), written as its numeral: "the second city" or "the Second World War" number no ruler
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
             "nineteenth", "twentieth")
_REGNAL_WORD = re.compile(rf"\b([A-Z][^\W\d_]+) [Tt]he ({'|'.join(_ORDINALS)}|{'|'.join(o.title() for o in _ORDINALS)})"
                          r"(?=\s*(?:$|[,.;:!?)]|of\b|and\b|who\b|was\b|had\b))")

# ... and in Russian, the ordinal capitalised after a capitalised name, in any case and gender ("Николай Второй",
# "Петра Первого", "Екатериной Второй"); not "Москва первой получила метро" (a rank, in small letters), nor an
# ordinal before its noun ("Вторая мировая война")
_RU_ORDINALS = ("перв", "втор", "трет", "четв[её]рт", "пят", "шест", "седьм", "восьм", "девят", "десят",
                "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат",
                "восемнадцат")
_RU_REGNAL_HINT = re.compile(r"[А-ЯЁа-яё] (?:П|В|Т|Ч|Ш|С|Д|О)[а-яё]")
_RU_REGNAL_WORD = re.compile(
    r"(?<![\w-])([А-ЯЁ][а-яё]{2,}) (" + "|".join(o[0].upper() + o[1:] for o in _RU_ORDINALS)
    + r")(ий|ья|ье|ьего|ьей|ьему|ьим|ьем|ью|ый|ой|ая|ое|ого|ому|ым|ом|ую)(?![\w-])")


def ru_regnal_ordinals(raw: str) -> str:
    """A ruler's number said in Russian as an ordinal after the name, written as its numeral ("Николай Второй" ->
    "Николай II", "Петра Первого" -> "Петра I"), for `roman_to_digits` to read (the grader's reading)."""
    return _RU_REGNAL_WORD.sub(lambda m: f"{m.group(1)} {_as_roman(_ru_ordinal(m))}", raw) \
        if _RU_REGNAL_HINT.search(raw) else raw


def _ru_ordinal(m: re.Match[str]) -> int:
    """The number a Russian ordinal of `_RU_REGNAL_WORD` says (its stem's place in `_RU_ORDINALS`)."""
    stem = m.group(2).casefold().replace("ё", "е")
    return next(i for i, o in enumerate(_RU_ORDINALS) if re.fullmatch(o.replace("[её]", "е"), stem)) + 1
