"""A designation of letters and a number written glued ("Ту104", "Р7", "№94", "B52", "Тайфун4М") where the card
writes it with a hyphen or a space ("Ту-104", "Р-7", "№ 94", "B-52", "Тайфун-4М"), or written in Latin letters
drawn like the card's Cyrillic ones or the other way round ("T-34" typed with a Latin "T" for "Т-34"): one
designation however it is written, read as the card writes it. Tried only on an answer found wrong, and only for a
designation one of the card's own texts (wordings, options, blanks, known mistakes) names with those letters and
that number (and the letters after it, "4Э"): a glued "Ту144" becomes the card's "Ту-144" (a wrong option stays
wrong), and a chemical formula ("CO2", "H2O") that the card writes glued is never touched. A mark of more than four
letters ("Тайфун4М") is read so only where the card writes it with a hyphen: a word and a figure apart ("лет 20")
are no designation.

A mark of letters alone that the card writes with a hyphen ("UV-B", "SYN-ACK", "e-mail") is one term written closed
up too ("uvb", "UVB", "synack"): read as the card writes it, the same way (`letter_marks_apart`), where each part has
at most four letters and the mark is written in capitals or a part is of one or two letters (an abbreviation's
mark, not two words joined: "re-sign" is no "resign").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..memos import memoised

__all__ = ["designations_apart", "letter_marks_apart", "other_designation"]

# letters (at most four: a model's or a series' mark, not a word; any number before a hyphen the card writes) or
# "№", then digits, then at most two letters of a variant ("4Э", "104Б"), glued or apart
_MARK = r"(?<![\w№])([^\W\d_]+|№)"
_NUMBER = r"(\d+)([^\W\d_]{0,2})(?![\w.,]\d|\w)"
_GLUED = re.compile(_MARK + _NUMBER)
_WRITTEN = re.compile(_MARK + r"(\s?-\s?|\s)" + _NUMBER)
_SHORT_MARK = 4
# Cyrillic and Latin capitals drawn alike, one key for both ("Т" / "T", "С" / "C")
_ALIKE = str.maketrans("авекмнорстух", "abekmhopctyx")


def _key(letters: str, digits: str, variant: str) -> tuple[str, str, str]:
    def fold(text: str) -> str:
        return text.casefold().replace("ё", "е").translate(_ALIKE)
    return fold(letters), digits, fold(variant)


@memoised(4096)
def _apart(texts: tuple[str, ...]) -> dict[tuple[str, str, str], tuple[str, str]]:
    """The designations the card's texts write apart ("Ту-104", "№ 94"), by (letters, digits, variant): as written,
    and the letters as written. Read once per card's texts (the dict is only ever read)."""
    found: dict[tuple[str, str, str], tuple[str, str]] = {}
    for text in texts:
        for m in _WRITTEN.finditer(text):
            if len(m.group(1)) <= _SHORT_MARK or "-" in m.group(2):
                found.setdefault(_key(m.group(1), m.group(3), m.group(4)), (m.group(0), m.group(1) + m.group(4)))
    return found


def designations_apart(answer: str, texts: Iterable[str]) -> str | None:
    """The answer with each designation written glued, or in the other script's letters drawn alike, as the card's
    texts write it, or None (no such designation the card writes apart)."""
    if not any(map(str.isdigit, answer)):  # (map: no generator step per letter)
        return None
    glued = [m for m in _GLUED.finditer(answer)]
    written = [m for m in _WRITTEN.finditer(answer)]
    if not glued and not written:
        return None
    apart = _apart(tuple(texts))
    if not apart:
        return None
    found: list[tuple[int, int, str]] = []
    for m in glued:
        card = apart.get(_key(m.group(1), m.group(2), m.group(3)))
        if card is not None and (len(m.group(1)) <= _SHORT_MARK or "-" in card[0]):
            found.append((m.start(), m.end(), card[0]))
    for m in written:  # apart already: read as the card's only where its letters are the other script's
        card = apart.get(_key(m.group(1), m.group(3), m.group(4)))
        if card is not None and (m.group(1) + m.group(4)).casefold() != card[1].casefold():
            found.append((m.start(), m.end(), card[0]))
    if not found:
        return None
    out, last = [], 0
    for start, end, card_form in sorted(found):
        if start >= last:
            out.append(answer[last:start] + card_form)
            last = end
    return "".join(out) + answer[last:]


# a mark of letters with a hyphen between ("UV-B"), and a word of letters alone as an answer writes it
_LETTER_MARK = re.compile(r"(?<![\w-])([^\W\d_]{1,4})-([^\W\d_]{1,4})(?![\w-])")
_LETTER_WORD = re.compile(r"(?<![\w-])[^\W\d_]{2,8}(?![\w-])")


@memoised(4096)
def _letter_marks(texts: tuple[str, ...]) -> dict[str, str]:
    """The card's marks of letters written with a hyphen (`letter_marks_apart`), by their letters closed up and
    casefolded: as written. Read once per card's texts (the dict is only ever read)."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _LETTER_MARK.finditer(text):
            first, second = m.group(1), m.group(2)
            if (first + second).isupper() or min(len(first), len(second)) <= 2:
                found.setdefault((first + second).casefold(), m.group(0))
        for m in _LETTER_WORD.finditer(text):  # "UVB" written closed up: "uv-b" is it too
            if m.group(0).isupper():
                found.setdefault(m.group(0).casefold(), m.group(0))
    return found


def letter_marks_apart(answer: str, texts: Iterable[str]) -> str | None:
    """The answer with each mark of letters the card writes with a hyphen ("UV-B") written closed up ("uvb", "UVB"),
    or that the card writes closed up in capitals ("UVB") written with a hyphen ("uv-b"), as the card writes it; None
    when there is no such mark."""
    marks = _letter_marks(tuple(texts))
    if not marks:
        return None
    found: list[tuple[int, int, str]] = []
    for m in _LETTER_WORD.finditer(answer):
        form = marks.get(m.group(0).casefold())
        if form is not None and "-" in form:
            found.append((m.start(), m.end(), form))
    for m in _LETTER_MARK.finditer(answer):
        form = marks.get((m.group(1) + m.group(2)).casefold())
        if form is not None and "-" not in form:
            found.append((m.start(), m.end(), form))
    if not found:
        return None
    out, last = [], 0
    for start, end, form in sorted(found):
        out.append(answer[last:start] + form)
        last = end
    return "".join(out) + answer[last:]


# a mark joined to its number by a hyphen or glued to it ("Т-34", "МБ12"): a designation, never a preposition before a
# figure ("в 1941")
_JOINED = re.compile(r"(?<![\w№])([^\W\d_]{1,4})(-?)" + _NUMBER)


@memoised(4096)
def _marks(wordings: tuple[str, ...]) -> dict[str, set[tuple[str, str, str]]]:
    """The designations of a card's wordings that hold a capital, by their number: their keys as written and
    romanised. Read once per card's wordings (the dict is only ever read)."""
    card: dict[str, set[tuple[str, str, str]]] = {}
    for text in wordings:
        for m in _JOINED.finditer(text):
            if any(c.isupper() for c in m.group(1)):
                card.setdefault(m.group(3), set()).update((_key(m.group(1), m.group(3), m.group(4)),
                                                           _romanised(m.group(1), m.group(3), m.group(4))))
    return card


def other_designation(answer: str, wordings: tuple[str, ...]) -> str | None:
    """The answer's designation that gives a number of the card's designations with other letters ("Ф-34", "КБ-34"
    for "Т-34"): another thing, whatever the rest of the answer matches; None when there is none. The card's marks
    are read where they hold a capital ("Т-34", "Ту-104"); look-alike letters of the other script are one letter,
    and a mark romanised is the mark ("R7" for "Р-7")."""
    if not any(map(str.isdigit, answer)):
        return None
    card = _marks(wordings)
    if not card:
        return None
    for m in _JOINED.finditer(answer):
        if m.group(3) in card and not {_key(m.group(1), m.group(3), m.group(4)),
                                       _romanised(m.group(1), m.group(3), m.group(4))} & card[m.group(3)]:
            return m.group(0)
    return None


# Cyrillic letters by the Latin ones a mark is romanised with ("R7" for "Р-7", "MiG" for "МиГ")
_ROMAN = str.maketrans({"б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i", "й": "y", "л": "l",
                        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
                        "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "а": "a", "е": "e",
                        "к": "k", "м": "m", "н": "n", "о": "o"})


def _romanised(letters: str, digits: str, variant: str) -> tuple[str, str, str]:
    """A designation's key with its Cyrillic letters romanised."""
    return letters.casefold().translate(_ROMAN), digits, variant.casefold().translate(_ROMAN)
