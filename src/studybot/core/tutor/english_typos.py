"""A misspelt English word read as the word it is a typo of, when the pack's own vocabulary has no word one edit from
it: "usedd" is "used", "discoverd" "discovered", "sequensed" "sequenced" (the notes say "sequence"), "invnted"
"invented". The pack's vocabulary holds the forms its notes use, not every form of their words, and a learner types
the form the question needs ("who sequenced X?" of notes saying "completed the sequence of X").

A candidate is one edit from the word (a letter left out, added, put for another or swapped with its neighbour) that
is a typo of it (`typos.plausible_typo`), keeps its verb ending ("relied" is no "relief") and is either a form of a
word of English WordNet's frequent senses or a form whose stem the pack knows. The word is read so only when the
candidates name one word (one stem) and it is no form of an English word itself: "useds" could be "used" or "uses",
both "use"; "nobel" could be "novel" or "noble", no one word; "scare" is a word, no "scarce". English only (the
tutor's other languages have their own correction); short words (below `MIN_LETTERS`) and capitalised ones (names)
are left as typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .. import wordnet
from ..typos import inflection, plausible_typo

__all__ = ["MIN_LETTERS", "english_typo"]

MIN_LETTERS = 5  # shorter words have too many neighbours to be read as one of them
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _edits(word: str) -> Iterator[str]:
    """Every word one edit from `word`: a letter left out, added, put for another, or two neighbours swapped."""
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            yield head + tail[1:]
            if len(tail) > 1:
                yield head + tail[1] + tail[0] + tail[2:]
            for c in _LETTERS:
                if c != tail[0]:
                    yield head + c + tail[1:]
        for c in _LETTERS:
            yield head + c + tail


def english_typo(word: str, knows: Callable[[str], bool], stem: Callable[[str], str]) -> str | None:
    """The word `word` is a typo of (see the module), or None. `knows`: does the pack know a word (or its stem);
    `stem`: the pack's stemmer, which tells two candidates of one word apart from two words."""
    if len(word) < MIN_LETTERS or not (word.isascii() and word.isalpha() and word.islower()) or (
            wordnet.base_forms(word)):
        return None  # a word of English itself ("scare" is no "scarce")
    ending = inflection(word)  # "relied" is no "relief"; "usedd", with no ending of its own, may be "used"
    found = {c for c in _edits(word) if c != word and inflection(c) in {ending, *(() if ending else ("ed", "ing"))}
             and plausible_typo(word, c)}
    pool = [c for c in found if knows(c) or wordnet.base_forms(c)]
    stems = {stem(c) for c in pool}
    if len(stems) != 1:
        return None
    return min(pool, key=lambda c: (c[-1] != word[-1], c))  # "discoverd": "discovered" (one word: any form will do)
