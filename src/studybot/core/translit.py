"""Russian written in Latin letters ("Pyotr Mikhailov", "prezident Ukrainy"), read back
into Cyrillic so that it is compared with a Russian pack's wordings. Typos are forgiven
afterwards, so the usual romanisations need not come back letter for letter."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["as_latin", "latin_lookalikes", "latin_to_cyrillic", "typed_in_latin"]

# Longest spellings first: "shch" before "sh", "kh" before "k".
_LETTERS = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
    ("yu", "ю"), ("ju", "ю"), ("ya", "я"), ("ja", "я"), ("yo", "е"), ("jo", "е"), ("ye", "е"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"),
    ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
    ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "к"), ("y", "ы"), ("x", "кс"), ("q", "к"),
)
_SPELLING = re.compile("|".join(latin for latin, _ in _LETTERS))
_TO_CYRILLIC = dict(_LETTERS)
_WORD = re.compile(r"\b[a-z]{4,}\b")  # lower-case words of four letters or more: not symbols ("Ga", "CO2")
_CYRILLIC = re.compile(r"[а-яё]")


def latin_to_cyrillic(text: str) -> str:
    """A normalised answer written wholly in Latin letters, its words of four letters or more in
    Cyrillic ("pyotr mikhailov" -> "петр михаилов"); any other text as it is."""
    if _CYRILLIC.search(text) or not _WORD.search(text):
        return text
    return _WORD.sub(lambda m: _word(m.group(0)), text)


def typed_in_latin(typed: str, aliased: str, mixed: bool = False) -> str:
    """An answer typed in Latin letters, in Cyrillic: `aliased` (the answer with the pack's aliases put in) read
    so, or, when an alias put Cyrillic into it beside Latin words left ("prezident украины"), `typed` read so. Latin
    words beside Russian ones are read so too with `mixed` (the grader's reading: "фирма General Electric": "фирма
    генерал електрик"), as the same words are when a text is wholly Latin ("General Electric"): a name is one
    reading in either. The tutor reads such words itself, against its pack's names (`tutor.scripts`)."""
    if _CYRILLIC.search(aliased) and _WORD.search(aliased) and not _CYRILLIC.search(typed):
        return latin_to_cyrillic(typed)
    if mixed and _CYRILLIC.search(aliased):
        return _WORD.sub(lambda m: _word(m.group(0)), aliased)
    return latin_to_cyrillic(aliased)


# how names are romanised at their ends and after vowels: "-sky"/"-skiy"/"-skii" -ский, "Arkadiy"/"Arkadii"
# Аркадий (a bare "-y" is also "-ы": "Ukrainy"), "Tolstoy"/"Tolstoi" Толстой, "Sergei"/"Sergey" Сергей,
# "Maykov" Майков; "Tchernov" Чернов
_ROMANISED = (
    (re.compile(r"sk(?:iy|ii|yi|y|i)$"), "ский"), (re.compile(r"(?<=[^aeiouy])(?:iy|ii|yi)$"), "ий"),
    (re.compile(r"(?<=[aeiou])i$"), "й"), (re.compile(r"(?<=[aeiou])y(?![aeiouy])"), "й"),
    (re.compile(r"^tch|(?<=[aeiou])tch"), "ч"),
)


# an English month's name is that month, never a Russian word in Latin letters: "July 11, 1890" is "июля 11, 1890"
# ("july" would be read "юлы"); in the genitive, as a date writes it
_MONTHS = dict(zip(("january", "february", "march", "april", "june", "july", "august", "september", "october",
                    "november", "december"),
                   ("января", "февраля", "марта", "апреля", "июня", "июля", "августа", "сентября", "октября",
                    "ноября", "декабря"), strict=True))


@lru_cache(maxsize=4096)
def _word(word: str) -> str:
    if word in _MONTHS:
        return _MONTHS[word]
    for pattern, cyrillic in _ROMANISED:
        word = pattern.sub(cyrillic, word)
    return _SPELLING.sub(lambda m: _TO_CYRILLIC[m.group(0)], word)


# Cyrillic letters drawn like Latin ones (after casefold): a keyboard left in the Russian layout, or a Russian
# learner typing a symbol ("К" for potassium's K, "СО2", "Н2О") gives these instead of the Latin letters
_LOOKALIKES = str.maketrans("авекмнорстухіјѕ", "abekmhopctyxijs")
_LOOKALIKE_LETTERS = "авекмнорстухіјѕ"
# a word mixing such letters with Latin letters, or opening with them before a digit ("со2", "h2о", "nаcl"); a
# figure before Cyrillic letters is a unit ("5км"), never a symbol
_MIXED = re.compile(rf"\b(?=[{_LOOKALIKE_LETTERS}a-z0-9]*[{_LOOKALIKE_LETTERS}])"
                    rf"(?=[{_LOOKALIKE_LETTERS}]+[0-9]|[{_LOOKALIKE_LETTERS}0-9]*[a-z])[{_LOOKALIKE_LETTERS}a-z0-9]+\b")
_LATIN_OR_FIGURE = re.compile(r"[a-z0-9]")  # held by every match of `_MIXED`: a text without one is left as it is
_ALL_LOOKALIKES = re.compile(rf"[{_LOOKALIKE_LETTERS}\W\d_]*[{_LOOKALIKE_LETTERS}][{_LOOKALIKE_LETTERS}\W\d_]*")
_OTHER_LETTER = re.compile(rf"[^\W\d_{_LOOKALIKE_LETTERS}]")


def latin_lookalikes(text: str) -> str:
    """A normalised text whose words mix Latin letters or figures with Cyrillic letters drawn alike, those words in
    Latin letters ("со2" -> "co2", "nаcl" -> "nacl"); Russian words and figures with a unit ("5 км") as they are. A
    "х" alone before a word, joined to it by a hyphen or apart ("Х-хромосома", "Х хромосома", "Х-лучи"), is the
    Latin "x" too: no Russian word or abbreviation is a lone "х"; the other letters are ("т-РНК", "м-РНК",
    "в-третьих", "с водой", "5 м") and stay as they are."""
    if _LONE_CUE.search(text):
        text = _LONE.sub("x", text)
    if not _LATIN_OR_FIGURE.search(text):
        return text  # (a Russian answer without a figure or a Latin letter: most are)
    return _MIXED.sub(lambda m: m.group(0).translate(_LOOKALIKES), text)


# a lone Cyrillic "х" before a hyphen or a space and a word of three letters or more; never after a figure ("3 х 4")
_LONE = re.compile(r"(?<![\w-])х(?=[- ][^\W\d_]{3,})")
_LONE_CUE = re.compile(r"(?<![\w-])х[- ]")


def as_latin(text: str) -> str | None:
    """A normalised text written only in Cyrillic letters drawn like Latin ones ("к", "со"), in Latin letters; None
    when it has another letter."""
    if _OTHER_LETTER.search(text) or not _ALL_LOOKALIKES.fullmatch(text):
        return None
    return text.translate(_LOOKALIKES)
