"""A blank answered with the text's own words around it: "no heed" for the blank of "paid no ___", "не знал
покоя" for "не знал ___", "heed to the toll" for "paid no ___ to the toll". The words repeated are the text's, not
the answerer's: what fills the blank is the rest. Only a run of the words right next to the blank, as the text
writes them, is taken off ("not heed" keeps its "not": the text says "no"); a unit counts as written when the
answer gives it by another name of the same unit ("11 million km" for "{{11}} million kilometres"). A figure may be
followed by the noun of the words after its blank without their modifiers ("4 weeks" for "after {{4}} degree heating
weeks").

A blank may be filled by a phrase of the pack's `synonyms` that goes on into the text around it: with the group
[Большой светлый зал, Соборный зал], "Большой светлый" fills "в {{Соборном}} зале", since the text read with it in
the blank says "в Большом светлом зале", which the group makes the text with the blank's own wording (`phrase_fills`):
the blank's words with the text next to them are what is compared, as the pack reads them."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..matching import Prepared
from ..quantities import measure
from .plain import read_plain

__all__ = ["phrase_fills", "text_word_given", "without_context"]

_BLANK = re.compile(r"\{\{([^|}]*)[^}]*\}\}")  # a cloze's blank and its first wording
_NEAR = 4  # words of the text on each side of a blank that an answer may repeat


def without_context(text: str, index: int, piece: Prepared, prep: Callable[[str], Prepared]) -> Prepared | None:
    """The answer to blank `index` of a cloze `text` without the text's words next to the blank that it repeats
    before or after its own; None when it repeats none (or nothing else is left)."""
    blanks = list(_BLANK.finditer(text))
    if index >= len(blanks):
        return None
    at = blanks[index]
    before = prep(_BLANK.sub(r"\1", text[:at.start()])).words[-_NEAR:]
    after = prep(_BLANK.sub(r"\1", text[at.end():])).words[:_NEAR]
    words = piece.words
    start = next((len(before) - k for k in range(len(before)) if words[:len(before) - k] == before[k:]), 0)
    end = next((n for n in range(len(after), 0, -1) if n <= len(words)
                and all(map(_same_word, words[len(words) - n:], after[:n]))), 0)
    if (not start and not end or start >= len(words) - end) and _figure_then_words_after(words, after):
        return prep(words[0])  # "4 weeks" for "after {{4}} degree heating weeks": the figure and the text's noun
    if not start and not end or start >= len(words) - end:
        return None
    return prep(" ".join(words[start:len(words) - end]))


def _figure_then_words_after(words: list[str], after: list[str]) -> bool:
    """Is the piece a figure followed by words the text writes after the blank, in their order (the unit's noun
    without its modifiers: "4 weeks" of "{{4}} degree heating weeks")?"""
    if len(words) < 2 or not words[0].replace(".", "", 1).isdigit():
        return False
    rest = iter(after)
    return all(any(_same_word(w, a) for a in rest) for w in words[1:])


def _same_word(word: str, text_word: str) -> bool:
    """Is an answer's word the text's: the same, or a unit of the same measure ("km" for "kilometres")?"""
    return word == text_word or (unit := measure(word)) is not None and unit == measure(text_word)


def text_word_given(text: str, index: int, piece: Prepared, alternatives: tuple[str, ...],
                    prep: Callable[[str], Prepared]) -> bool:
    """Is the answer to blank `index` of a cloze `text` only words its own sentence already says outside the blanks,
    none of them a word of the blank's wordings ("expelled" for "could be expelled, or {{unhansed}}", though the pack
    makes the two synonyms)? The text gives that word; the blank asks for another."""
    blanks = list(_BLANK.finditer(text))
    if index >= len(blanks) or not piece.content():
        return False
    at = blanks[index]
    start = max(text.rfind(end, 0, at.start()) for end in ".;!?")
    stop = min((k for k in (text.find(end, at.end()) for end in ".;!?") if k >= 0), default=len(text))
    around = prep(_BLANK.sub(" ", text[start + 1:at.start()] + " , " + text[at.end():stop]))
    said = {around.words[k] for k in around.content()}
    wanted = {st for alt in alternatives for read in (prep(alt),) for st in read.stems}
    return all(piece.words[k] in said and piece.stems[k] not in wanted for k in piece.content())


def phrase_fills(text: str, index: int, piece: Prepared, alternatives: tuple[str, ...],
                 prep: Callable[[str], Prepared]) -> bool:
    """Does the answer to blank `index`, put in the blank, make the text next to it (`_NEAR` words each side) read as
    it does with one of the blank's wordings there, where the pack's phrases or names read the two alike (and the
    language alone does not: the blank's own rules judged that)?"""
    blanks = list(_BLANK.finditer(text))
    if index >= len(blanks) or not piece.content():
        return False
    at = blanks[index]
    before = " ".join(_BLANK.sub(r"\1", text[:at.start()]).split()[-_NEAR:])
    after = " ".join(_BLANK.sub(r"\1", text[at.end():]).split()[:_NEAR])
    said = f"{before} {piece.written} {after}"
    mine, plain = prep(said).stems, read_plain(said, piece.lang.code).stems
    return any(prep(text := f"{before} {alt} {after}").stems == mine  # (alike by the pack, not by the language)
               and read_plain(text, piece.lang.code).stems != plain for alt in alternatives)
