"""Russian abbreviations a question types where the pack's text writes the words in full: a stump compound
(сложносокращённое слово: "Совбез" for "Совет Безопасности", "Госсовет" for "Государственный совет", "Минобороны" for
"Министерство обороны": the first syllables of each word, the last word whole or cut too) and an initialism in
capitals ("ЦЧР" for "Центрально-Чернозёмный район": the first letter of each word, a hyphen's parts as words).

A word the question capitalises and the pack does not know is read as the run of the text's words it abbreviates,
when the text has one such run (by their stems; two runs that differ leave it as typed): "Когда Госсовет утвердил
герб?" asks of the "Государственный совет" the text names. A stump's pieces are of `MIN_PIECE` letters or more, the
words consecutive, so that a name the text never gives ("Минске") is not read as words that happen to begin alike.

A year may be shortened too, to its last two figures with a case ending or as a pair of years: "в сентябре 41-го",
"в 41-м", "зимой 41-42" are 1941 (and 1942) when the years the text names end so in one century only; a figure with
another word after it ("на 41-м ходу") is no year."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container, Iterable
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .documents import Library
    from .words import Words

__all__ = ["expanded_abbreviations"]

_LETTERS = re.compile(r"[^\W\d_]+")  # a word of normalised text; a hyphen's parts are two ("центрально-черноземный")
MIN_PIECE = 3  # letters of each piece of a stump compound ("гос", "сов", "без")
MIN_STUMP = 6  # letters of a stump compound (its stem)
MIN_INITIALS, MAX_INITIALS = 3, 6  # letters of an initialism: two letters begin too many runs of words by chance
MAX_WORDS = 4  # words a stump compound stands for
# two figures with a case ending ("41-го", "41го", "41-м") or a pair of them ("41-42"), at the end of the question or
# before "год"
_SHORT_YEAR = re.compile(r"(?<![\w.,])(\d\d)(?:-?(?:го|м|ом)|\s?[-–]\s?(\d\d))(?=\s*(?:$|[?!.]|год))")


def _stump_end(rest: str, run: list[str], at: int, pieces: int) -> int | None:
    """The index after the last word of `run` from `at` whose leading letters, `MIN_PIECE` or more each, spell
    `rest` in turn (the last word may be spelt whole), or None."""
    if at >= len(run) or pieces >= MAX_WORDS:
        return None
    word = run[at]
    for size in range(min(len(rest), len(word)), MIN_PIECE - 1, -1):
        if not word.startswith(rest[:size]):
            continue
        if size == len(rest):
            return at + 1
        if len(rest) - size >= MIN_PIECE and (end := _stump_end(rest[size:], run, at + 1, pieces + 1)) is not None:
            return end
    return None


def _runs_for(letters: str, initialism: bool, runs: Iterable[list[str]], stop: frozenset[str]) -> set[tuple[str, ...]]:
    """The runs of words (two or more, the first no function word) that an abbreviation stands for."""
    found: set[tuple[str, ...]] = set()
    for run in runs:
        for start, word in enumerate(run):
            if word[:1] != letters[:1] or word in stop:
                continue
            if initialism:
                words = run[start:start + len(letters)]
                if len(words) == len(letters) and all(w[:1] == c for w, c in zip(words, letters, strict=True)):
                    found.add(tuple(words))
            elif (end := _stump_end(letters, run, start, 0)) is not None and end - start >= 2:
                found.add(tuple(run[start:end]))
    return found


def _full_years(m: re.Match[str], known: Container[str]) -> str:
    """A shortened year (and the next, "41-42") in full, when one century of the years the text names (`known`) ends
    so; else as typed."""
    first, second = m.group(1), m.group(2)
    if second is not None and int(second) != (int(first) + 1) % 100:
        return m.group(0)  # "12-13": no pair of years
    centuries = [c for c in range(10, 21) if f"{c}{first}" in known]
    if len(centuries) != 1:
        return m.group(0)
    year = f"{centuries[0]}{first}"
    return year if second is None else f"{year}-{int(year) + 1}"


def expanded_abbreviations(text: str, words: Words, library: Library, typed: tuple[Collection[str], Collection[str]],
                           known: Callable[[str], bool]) -> str:
    """A normalised question with each word the learner capitalised (`typed`: those capitalised, those in capitals)
    that the pack does not know (`known`) and that abbreviates one run of the words of the library's passages (read
    only when a question has such a word) written as that run (see the module); Russian only."""
    capitalised, capitals = typed
    stem, stop = words.stem, words.stop
    if words.lang.code != "ru":
        return text
    text = _SHORT_YEAR.sub(lambda m: _full_years(m, library.df), text)
    if not (asked := {w for w in capitalised if w.isalpha() and not known(w)}):
        return text
    runs: list[list[str]] | None = None

    def repl(m: re.Match[str]) -> str:
        nonlocal runs
        word = m.group(0)
        if word not in asked:
            return word
        initialism = word in capitals and MIN_INITIALS <= len(word) <= MAX_INITIALS
        letters = word if initialism else stem(word)
        if not initialism and (word in capitals or len(letters) < MIN_STUMP):
            return word
        runs = [_LETTERS.findall(normalise(d.text)) for d in library.docs] if runs is None else runs
        found = _runs_for(letters, initialism, runs, stop)
        if len({tuple(map(stem, r)) for r in found}) != 1:
            return word  # none, or two different runs: it stays as typed
        return " ".join(next(iter(found)))

    return _LETTERS.sub(repl, text)
