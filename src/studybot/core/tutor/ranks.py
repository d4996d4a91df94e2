"""The rank a question asks of: "who was the second Astronomer Royal?" is not answered by "The first Astronomer Royal
was Flamsteed", nor "кто выполнил третий полёт?" by "Первый полёт выполнил Орвилл".

A question that writes an ordinal (first to tenth, "1st" to "10th", Russian "первый" to "десятый" in any case and
gender; "last", "final", "последний" too: "when was the last satellite launched?" is not answered by "The first
satellite was launched in 1960") before words of what it ranks ("the second point-contact transistor", "вторым
руководителем") asks of that rank. A passage that writes another ordinal before any of those words ("the first
point-contact transistor", "первым руководителем"), and never the rank asked (neither its ordinal, in words or figures,
"2nd", "2-й", nor a series member's number, "Восток-2" being the second), tells of the other's: it is no answer
(`other_rank`), and the tutor declines. A passage saying the rank asked anywhere stays ("Unlike the first, the Second
Triumvirate ..." for "who formed the Second Triumvirate?"); so does one naming no rank. So is a member of a series by
its number ("Спутник-3", "Ту-154"): a passage naming the same word with another number ("Масса Спутника-2 ...",
"Ту-104") and never the one asked tells of another member (`other_member`); in English a name and its number are
written apart too ("Ranger 7": "Ranger 6 crashed ..." tells of another), the numbers after one name all its own
("Ranger 6, 7 and 9", "Ranger 3 to 9"), a month's day none ("May 12" is a date). Rules of the language (English and
Russian ordinals), no word of a text. A member's number may be a Roman numeral ("Apollo XVIII", "Восток-VII",
"GPS III"): it is read as its figure, so "Apollo XVIII" is "Apollo 18" (`_arabic`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from ..roman import roman_value
from ..text import normalise
from .words import WORD

__all__ = ["member_unnamed", "members_said", "other_member", "other_rank", "ranks_asked"]

_EN = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_RU = ("перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят")  # stems, ё written е
_RU_FORM = re.compile(r"^(" + "|".join(_RU) + r")(?:ый|ой|ий|ого|ому|ым|ом|ая|ую|ое|ые|ых|ыми|ьего|ьему|ьим|ьем|ья"
                      r"|ью|ье|ьи|ьих|ьими|ьей)$")
_NUMBERED = re.compile(r"^(10|[1-9])(?:st|nd|rd|th)$")
_SERIES = re.compile(r"(?<![\W\d_])-(10|[1-9])(?!\d)")  # "Восток-2", "Gemini-4": the member of that rank
_FIGURED = re.compile(r"(?<![\w.,])(10|[1-9])-(?:й|я|е|го|му|м|ю|х|ми|ой)(?![\w-])")  # "2-й", "3-го": in figures
_MEMBER = re.compile(r"(?<![\w-])([^\W\d_]{2,})-(\d{1,4})(?![\w-])")  # "спутник-3", "ту-104" (normalised)
# "Ranger 7", "Ranger 6, 7 and 9", "Ranger 3 to 9" as written (a question: normalised); not "Ranger 1,200", "Ranger 7.5"
_SPACED = re.compile(r"(?<![\w-])([^\W\d_]{2,}) (\d{1,3})((?:(?:, | and | or |-|–| to )\d{1,3})*)(?![\d%-]|[.,]\d)")
# a Roman numeral after a word, all in capitals or all in small letters ("Apollo XVIII", "восток-vii"); apart from it,
# not a word ("xi", "li", "xl"), and one letter only in capitals after a name ("Пётр I"; "петр i", "then I": no member)
_ROMAN_AFTER = re.compile(r"(?<![\w-])([^\W\d_]{2,})([ -])([ivxl]{1,7}|[IVXL]{1,7})(?![\w-])")
_ROMAN_WORDS = frozenset(("xi", "li", "xl"))
_REACH = 3  # words after an ordinal that tell what it ranks
LAST = 100  # the rank of "the last X": another than the first ("the last satellite": not "the first satellite")
_LAST_EN = frozenset(("last", "final"))
_DETERMINERS = frozenset(("the", "its", "their", "his", "her", "our", "a"))  # before an English "last" that ranks
_LAST_RU = re.compile(r"^последн(?:ий|его|ему|им|ем|яя|юю|ей|ее|ие|их|ими)$")


def rank_of(token: str) -> int:
    """The rank an ordinal word (normalised) says, 0 for none; `LAST` for "last", "final", "последний"."""
    if token in _LAST_EN or _LAST_RU.match(token):
        return LAST
    if token in _EN:
        return _EN.index(token) + 1
    if m := _NUMBERED.match(token):
        return int(m.group(1))
    if m := _RU_FORM.match(token):
        return _RU.index(m.group(1)) + 1
    return 0


def _ranked(tokens: list[str], stop: Collection[str], stem: Callable[[str], str]) -> list[tuple[int, frozenset[str]]]:
    """Each ordinal of a text and the stems of the content words right after it."""
    out = []
    for i, t in enumerate(tokens):
        if (n := rank_of(t)) == LAST and t in _LAST_EN and (i == 0 or tokens[i - 1] not in _DETERMINERS):
            continue  # "how long did the effect last in ...": the verb
        if n:
            after = [stem(w) for w in tokens[i + 1:i + 1 + _REACH] if w not in stop and not rank_of(w)]
            out.append((n, frozenset(after)))
    return out


def ranks_asked(text: str, stop: Collection[str], stem: Callable[[str], str]) -> list[tuple[int, frozenset[str]]]:
    """The ranks a question (normalised) asks of, each with the stems of what it ranks."""
    return [(n, ranked) for n, ranked in _ranked(WORD.findall(text), stop, stem) if ranked]


def other_rank(asked: list[tuple[int, frozenset[str]]], passage: str, stop: Collection[str],
               stem: Callable[[str], str]) -> bool:
    """Does a passage rank what a question ranks by another ordinal, never saying the rank asked?"""
    if not asked:
        return False
    text = normalise(passage)
    tokens = WORD.findall(text)
    said = {rank_of(t) for t in tokens} | {
        int(m.group(1)) for pattern in (_SERIES, _FIGURED) for m in pattern.finditer(text)}
    found = _ranked(tokens, stop, stem)
    return any(n not in said and any(m != n and ranked & theirs for m, theirs in found) for n, ranked in asked)


def _arabic(text: str) -> str:
    """A series member's Roman numeral as its figure: "Apollo XVIII" as "Apollo 18", "востоке-vii" as "востоке-7"."""

    def figure(m: re.Match[str]) -> str:
        word, sep, numeral = m.groups()
        if sep == " " and (numeral.casefold() in _ROMAN_WORDS or len(numeral) < 2 and not (
                numeral.isupper() and word[0].isupper())):
            return m.group(0)
        value = roman_value(numeral.upper())
        return f"{word}{sep}{value}" if value else m.group(0)

    return _ROMAN_AFTER.sub(figure, text) if _ROMAN_AFTER.search(text) else text


def _members(text: str, stem: Callable[[str], str], roman: bool = True) -> set[tuple[str, int]]:
    return {(stem(m.group(1)), int(m.group(2))) for m in _MEMBER.finditer(_arabic(text) if roman else text)}


def _spaced(text: str, stem: Callable[[str], str], names: Collection[str], roman: bool = True) -> set[tuple[str, int]]:
    """The members of a series written as a name, a space and a number ("Ranger 7"; "Ranger 6, 7 and 9": each, "Ranger
    3 to 9": each between), of the names `names` (stems) only: "In 12 days", "May 12" name no member."""
    out: set[tuple[str, int]] = set()
    for m in _SPACED.finditer(_arabic(text) if roman else text):
        word = stem(m.group(1).casefold().replace("ё", "е"))  # as a question is normalised
        if word not in names:
            continue
        numbers = [int(m.group(2)), *(int(n) for n in re.findall(r"\d+", m.group(3)))]
        ranged = len(numbers) == 2 and re.match(r"\s*(?:-|–|to)\s*\d", m.group(3)) and numbers[0] < numbers[1]
        out.update((word, n) for n in (range(numbers[0], numbers[1] + 1) if ranged else numbers))
    return out


def other_member(question: str, passage: str, stem: Callable[[str], str],
                 name_stem: Callable[[str], str] | None = None, names: Collection[str] = ()) -> bool:
    """Does a passage name a series member the question (normalised) names ("спутник-3", "ranger 7") by another number
    only ("Спутника-2", "Ranger 6")? Members written apart are read of the pack's names (`names`, by `name_stem`)."""
    asked = _members(question, stem)
    said = _members(normalise(passage), stem)
    if name_stem is not None and names:
        asked |= _spaced(question, name_stem, names)
        said |= _spaced(passage, name_stem, names)
    return any((word, n) not in said and any(w == word and m != n for w, m in said) for word, n in asked)


def members_said(texts: Collection[str], stem: Callable[[str], str], name_stem: Callable[[str], str],
                 names: Collection[str]) -> frozenset[tuple[str, int]]:
    """The members of a series the texts name ("Восток-2", "Ranger 6, 7 and 9": each), by the stem of the series."""
    said: set[tuple[str, int]] = set()
    for text in texts:
        said |= _members(normalise(text), stem) | _spaced(text, name_stem, names)
    return frozenset(said)


def member_unnamed(question: str, said: Collection[tuple[str, int]], stem: Callable[[str], str],
                   name_stem: Callable[[str], str], names: Collection[str]) -> bool:
    """Does a question (normalised) ask of a member of a series the pack's texts never name, while they name other
    members of it ("Apollo 20?" where the notes tell of Apollo 1 to 17; "Восток-7?" of "Восток-1" to "Восток-6")?
    No passage tells of it: "On 20 July ..." is no answer to "who flew on Apollo 20?". A member numbered by a Roman
    numeral ("GPS III", "Восток-VII") is one the texts never name whether or not they number others of its series:
    "Unlike GPS and GLONASS, Galileo ..." is no answer to "who launched GPS III?"."""
    asked = _members(question, stem) | _spaced(question, name_stem, names)
    series = {word for word, _ in said}
    roman = asked - _members(question, stem, roman=False) - _spaced(question, name_stem, names, roman=False)
    return any((word in series or (word, n) in roman) and (word, n) not in said for word, n in asked)
