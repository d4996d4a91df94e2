"""Russian written in Latin letters ("Pyotr Mikhailov", "prezident Ukrainy"), read back
into Cyrillic so that it is compared with a Russian pack's wordings. Typos are forgiven
afterwards, so the usual romanisations need not come back letter for letter."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["latin_to_cyrillic"]

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


# how names are romanised at their ends and after vowels: "-sky"/"-skiy"/"-skii" -ский, "Arkadiy"/"Arkadii"
# Аркадий (a bare "-y" is also "-ы": "Ukrainy"), "Tolstoy"/"Tolstoi" Толстой, "Sergei"/"Sergey" Сергей,
# "Maykov" Майков; "Tchernov" Чернов
_ROMANISED = (
    (re.compile(r"sk(?:iy|ii|yi|y|i)$"), "ский"), (re.compile(r"(?<=[^aeiouy])(?:iy|ii|yi)$"), "ий"),
    (re.compile(r"(?<=[aeiou])i$"), "й"), (re.compile(r"(?<=[aeiou])y(?![aeiouy])"), "й"),
    (re.compile(r"^tch|(?<=[aeiou])tch"), "ч"),
)


@lru_cache(maxsize=4096)
def _word(word: str) -> str:
    for pattern, cyrillic in _ROMANISED:
        word = pattern.sub(cyrillic, word)
    return _SPELLING.sub(lambda m: _TO_CYRILLIC[m.group(0)], word)
