"""A keypoint's wording made but for one word, said with a word related to it (issue #11): "the mayor cancelled the
spring vote" for "the mayor cancelled the spring election", "governments pump up the economy before voting" for
"before elections".

When no wording of a point is in the answer as it is (stems, typos, synonyms in a frequent sense: `meaning`), the
wordings are tried once more allowing ONE of their words to be met by a looser relative of it (`related_words`: in
English a word of one synset in any sense, a direct hypernym or hyponym, a noun's two steps the same way; never a
sister, never an antonym). Everything else is asked as before: every other word of the wording found, the wording of
`_LOOSE_FROM` plain words or more (so that two or more are said as they are), the relative in a clause of another of
them, negation, direction, roles and figures checked as for any wording. A wording of two plain words ("spring
election") is tried after those, its relative and its other word one phrase of the answer, no content word between
them but adjectives ("the spring vote", "the spring popular vote", never "the spring of that year brought a vote").
A point made so counts at reduced weight: as a point made with a slip (rated Hard, not Good). Never a word that must
be said exactly (names, figures, directions, quantities, negators), a word of the pack's own `synonyms`, nor onto a
word of the card's known mistakes (`avoid`). In Russian the relative is a noun's: one hypernym step in Wiktionary,
or a noun synonym both list (`related_words.related_ru`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon_compare import COMPARISONS
from ..lexicon_ru_tutor import RUSSIAN_TUTOR
from ..matching import Prepared, Want
from ..meaning import Meaning, same_meaning_in
from ..related_words import related
from ..wordnet import base_forms
from .structured import StructuredGrading

__all__ = ["NearlyGrading", "adjective", "nearly_in", "one_relative"]

_SHORTEST = 3  # letters: shorter words are function words or abbreviations
# plain words of a wording, from which one may be met by a relative
_FEWEST = 2
# ... and from which the relative may stand anywhere in a clause of the others: of a wording of fewer, "all but one"
# is one word, so the relative and it must be one phrase, no content word but adjectives between them
# (`_one_phrase`): "the permanent weight" for "permanent load", never "the bees leave the gaps" for "bee space" (nor
# "workers earned more" for "paid", a wrong answer of a probe set when any two words were taken)
_LOOSE_FROM = 3
# English adverb particles: a verb followed by one is another verb ("held on to" is not "held", nor "postponed"): an
# answer's word with one after it is no relative (a phrasal verb with one meaning is read as it: `lexicon_phrasal`)
_PARTICLES = {"en": frozenset("on off up down out in over back away about through along around apart".split())}


def loose_word(want: Want, phrase: Prepared) -> bool:
    """May this word of a wording be the one met by a relative?"""
    lex = phrase.lang.lex
    return not (want.exact or want.direction or want.word in phrase.capitalised or len(want.word) < _SHORTEST
                or not want.word.isalpha() or want.word in lex.quantity_words or want.word in lex.modifiers
                or want.stem in phrase.lang.preventers or want.stem in phrase.lang.own_stems)


def _particle_after(text: Prepared, i: int) -> bool:
    """Is the word at i a verb's, with its particle after it ("held on", "set it up")? Not "about" or "around"
    before a figure ("lasted about 2 times more long": a figure said roughly)."""
    particles = _PARTICLES.get(text.lang.code, frozenset())
    after = text.words[i + 1:i + 3]
    if len(after) == 2 and after[0] in ("about", "around") and after[1][:1].isdigit():
        return False
    return bool(after) and (after[0] in particles or len(after) == 2 and after[0] in ("it", "them")
                            and after[1] in particles)


def _loose_answer_word(answer: Prepared, j: int, phrase: Prepared, avoid: frozenset[str]) -> bool:
    word, lex = answer.words[j], answer.lang.lex
    return (len(word) >= _SHORTEST and word.isalpha() and not answer.dirs[j] and word not in lex.quantity_words
            and word not in lex.modifiers and answer.stems[j] not in answer.lang.preventers
            and answer.stems[j] not in avoid and answer.stems[j] not in phrase.stems and not _particle_after(answer, j))


def relative_in(want: Want, answer: Prepared, phrase: Prepared, avoid: frozenset[str],
                light: frozenset[str] = frozenset()) -> int:
    """The position of the first word of the answer that may stand for a word of the phrase as a relative of it
    (`related_words`), never a word of `light`; -1 when none does."""
    return next((j for j in answer.content() if _loose_answer_word(answer, j, phrase, avoid)
                 and answer.words[j] not in light and related(want.word, answer.words[j], answer.lang.code, want.stem,
                                                              answer.stems[j])), -1)


def one_relative(first: Callable[[Want], tuple[int, int]] | None, phrase: Prepared, answer: Prepared,
                 avoid: frozenset[str], used: list[int], light: frozenset[str] = frozenset()
                 ) -> Callable[[Want], tuple[int, int]]:
    """`first` (a `Meaning`'s finder, or none), and then at most one word of the phrase met by a relative of it in
    the answer (`relative_in`, never a word of `light`; its position appended to `used`)."""
    taken: list[int] = []

    def otherwise(want: Want) -> tuple[int, int]:
        found = first(want) if first is not None else (-1, -1)
        if found[0] >= 0 or taken or not loose_word(want, phrase):
            return found
        j = relative_in(want, answer, phrase, avoid, light)
        if j >= 0:
            taken.append(j)
            used.append(j)
        return (0, j) if j >= 0 else (-1, -1)
    return otherwise


def nearly_in(skip: frozenset[str], used: list[int], two: bool = False) -> Meaning:
    """`meaning.same_meaning_in`, and then at most one word of the phrase met by a relative of it (its position
    appended to `used`); only for a phrase of `_LOOSE_FROM` plain words or more beside `skip`, or with `two`, only for
    one of fewer (but `_FEWEST` at least)."""
    def widen(phrase: Prepared, answer: Prepared, avoid: frozenset[str] | None
              ) -> Callable[[Want], tuple[int, int]] | None:
        first = same_meaning_in(phrase, answer, avoid)
        plain = [w for w in phrase.wanted(skip) if not w.direction]
        if first is None or avoid is None or len(plain) < _FEWEST or (len(plain) < _LOOSE_FROM) is not two:
            return first
        return one_relative(first, phrase, answer, avoid, used)
    return widen


def adjective(got: Prepared, k: int) -> bool:
    """Is the answer's word at k an adjective: by its ending in Russian, by WordNet alone in English ("old", not
    "gas", a noun)?"""
    word = got.words[k] if 0 <= k < len(got.words) else ""
    if got.lang.code == "ru":
        return word.endswith(RUSSIAN_TUTOR.adjective_endings) and not word.endswith(RUSSIAN_TUTOR.verbal_noun_endings)
    return bool(base_forms(word, "a")) and not base_forms(word, "n") and not base_forms(word, "v")


def _one_phrase(got: Prepared, where: tuple[int, ...]) -> bool:
    """Are the words at `where` one phrase of the answer: in one clause, no content word of the answer between
    them but adjectives and a comparison's factor ("lasted 2 times more long", of "lasted twice as long")?"""
    first, last = min(where), max(where)
    factors = COMPARISONS[got.lang.code].factors if got.lang.code in COMPARISONS else frozenset()
    return len({got.clauses[i] for i in where}) == 1 and all(
        j in where or adjective(got, j) or _factor(got, j, factors) for j in got.content() if first < j < last)


def _factor(got: Prepared, j: int, factors: frozenset[str]) -> bool:
    """Is the answer's word at j a factor's figure or its word ("2", "times" of "2 times more")?"""
    word, after = got.words[j], got.words[j + 1] if j + 1 < len(got.words) else ""
    return word.replace(".", "", 1).isdigit() and after in factors \
        or word in factors and j > 0 and got.words[j - 1].replace(".", "", 1).isdigit()


class NearlyGrading(StructuredGrading):
    """`StructuredGrading` with a point's wording made but for one word said with a relative of it."""

    def _cover(self, point_text: str, accept: tuple[str, ...], got: Prepared, skip: frozenset[str],
               known: frozenset[str] = frozenset(), absent: bool = False,
               avoid: frozenset[str] | None = None, sense: Meaning = same_meaning_in
               ) -> tuple[bool, str, bool, tuple[int, ...]]:
        found = super()._cover(point_text, accept, got, skip, known, absent, avoid, sense)
        if found[0] or avoid is None or sense is not same_meaning_in:
            return found
        for two in (False, True):  # (a wording of fewer than `_LOOSE_FROM` plain words: its relative one phrase)
            if not self._within_reach(point_text, accept, got, _FEWEST if two else _LOOSE_FROM):
                continue
            used: list[int] = []
            near = super()._cover(point_text, accept, got, skip, known, absent, avoid, nearly_in(skip, used, two))
            where = near[3]
            loose = [j for j in used if j in where]
            if near[0] and loose and any(got.clauses[i] == got.clauses[loose[-1]] for i in where if i != loose[-1]) \
                    and (not two or _one_phrase(got, where)):
                return True, near[1], True, where
        return found

    def _within_reach(self, point_text: str, accept: tuple[str, ...], got: Prepared, fewest: int) -> bool:
        """Has some wording of `fewest` content words or more all but one of those in the answer as they are? (A
        cheap test before a second pass, which asks for all but one.)"""
        have = set(got.stems)
        for text in (point_text, *accept):
            ref = self.prep(text)
            mine = {ref.stems[i] for i in ref.content()}
            if len(mine) >= fewest and len(mine & have) >= fewest - 1:
                return True
        return False
