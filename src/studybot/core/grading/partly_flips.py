"""A long keypoint made in part (`StructuredGrading._mostly`: most of its words) is judged by the checks a wording
matched whole is (issue #11): an answer that makes most of a point is no more right than one that makes all of it
when it says the opposite in place of the word it leaves out.

- the checks of a whole wording (`StructuredGrading._cover`) where the point is made in part: a factor said only
  elsewhere, a point about losing a thing (less of it) against an answer that says more of it;
- the opposite of a point's word said by the opposite of a word of the same meaning: the lexicon pairs "deficit" /
  "surplus", and "shortage" means "deficit" ("a surplus of masons held up the work" for "a shortage of masons held
  up the work"); the meanings are the language's tables (`meaning`: English WordNet, Russian `wordnet_ru`, the
  lexicon's and the pack's synonym groups); in English also a word WordNet gives as the opposite of the missing
  word in a frequent sense, verbs and nouns too ("sold" in place of "bought"); and an adverb of doing apart in
  place of one of doing together, or the other way round (`joint_words`: "better apart" for "stronger together");
- a point's word that means a word of direction ("cut" is "reduce") gives the point that direction, against an
  answer that says the other way where it makes the point ("the toll raised trip times" for "the toll cut journey
  times"). Only words of the table's frequent senses, never of one text;
- a verb of taking back ("withdrew", "cancelled", "отменили": `revoking`) left out, with no such verb nor a denial
  where the point is made: "the bank offered to fund the bridge" is no "the bank withdrew its offer to fund it";
- a level the point gives its thing ("high", "low"; "высокий", "низкий") left out, where the answer moves that
  thing the other way: "wheat prices fell during the war" is no "high wheat prices during the war".
"""

from __future__ import annotations

from collections.abc import Callable

from ..comparing import factors_apart, oriented_direction
from ..joint_words import joint_opposites
from ..language import Language
from ..matching import Prepared, Want
from ..meaning import has_synonyms, opposite_in_any_sense, synonym_of
from ..revoking import REVOKING_PARTICLES, revoking_stems
from ..swings import swings
from .partly_figures import PartlyFiguresGrading

__all__ = ["PartlyFlipsGrading", "implied_direction", "opposite_by_meaning"]

_OPPOSITE_WORDS: dict[str, dict[str, frozenset[str]]] = {}  # language -> stem -> the words listed as its opposites
_SHORTEST = 3  # letters: shorter words are function words or abbreviations
# adjectives of a high or a low level, and the way a thing so described moved
_LEVELS = {"en": {"high": 1, "low": -1}, "ru": {"высокий": 1, "низкий": -1}}


def _opposite_words(lang: Language) -> dict[str, frozenset[str]]:
    """The lexicon's opposites of each stem, as the words it lists (a table of meanings reads words)."""
    found = _OPPOSITE_WORDS.get(lang.code)
    if found is None:
        out: dict[str, set[str]] = {}
        for a, b in lang.lex.antonyms:
            out.setdefault(lang.stem(a), set()).add(b)
            out.setdefault(lang.stem(b), set()).add(a)
        found = _OPPOSITE_WORDS[lang.code] = {st: frozenset(words) for st, words in out.items()}
    return found


def _means(lang: Language, word: str, stem: str, other: str) -> bool:
    """Does `word` mean `other` (a word of the lexicon): a synonym group of the language or the pack, or a synonym
    in the language's table?"""
    other_stem = lang.stem(other)
    return other_stem != stem and (lang.word_match(stem, other_stem) == 0 and lang.groups.get(stem) is not None
                                   or synonym_of(lang.code, word, stem, other, other_stem))


def _plain(text: Prepared, i: int) -> bool:
    word, lex = text.words[i], text.lang.lex
    return len(word) >= _SHORTEST and word.isalpha() and word not in text.capitalised \
        and word not in lex.quantity_words and word not in lex.modifiers


def opposite_by_meaning(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer, in the clauses where it makes the point, say a word that is the opposite of a word meaning
    one the point leaves unsaid there, or that means the opposite of it ("surplus" for "shortage": "deficit")?"""
    lang, opposites = point.lang, _opposite_words(point.lang)
    clauses = {got.clauses[j] for j in positions}
    said = {got.stems[j] for j in got.content() if got.clauses[j] in clauses}
    mine = {point.stems[i] for i in point.content()}
    missing = [i for i in point.content() if point.stems[i] not in said and _plain(point, i) and not point.dirs[i]]
    theirs = [j for j in got.content() if got.clauses[j] in clauses and j not in positions
              and got.stems[j] not in mine and _plain(got, j) and not got.dirs[j]]
    for i in missing:
        for j in theirs:
            if point.negated_at(i) != got.negated_at(j):
                continue  # ("not scarce" / "plentiful" agree)
            if any(_means(lang, point.words[i], point.stems[i], w) for w in opposites.get(got.stems[j], ())) \
                    or any(_means(lang, got.words[j], got.stems[j], w) for w in opposites.get(point.stems[i], ())) \
                    or lang.code == "en" and opposite_in_any_sense(point.words[i], got.words[j]) \
                    or joint_opposites(lang.code, point.words[i], got.words[j]):  # "apart" for "together"
                return True  # ("exhale" in place of "inhale": a verb's opposite said instead of it)
    return False


def implied_direction(lang: Language, word: str, stem: str) -> int:
    """The direction a word means though it is no word of direction: +1 when it means a word of rising ("boost"),
    -1 of falling ("cut" is "reduce"), 0 neither or both. Memoised."""
    memo: dict[str, int] = lang.__dict__.setdefault("_implied_directions", {})  # (the pack's synonyms count)
    found = memo.get(word)
    if found is None and lang.groups.get(stem) is None and not has_synonyms(lang.code, word, stem):
        found = memo[word] = 0  # (a word of no group and no synonym means no other: `_means`)
    if found is None:
        ways = {way for way, words in ((1, lang.lex.up), (-1, lang.lex.down))
                if any(_means(lang, word, stem, w) for w in words)}
        found = memo[word] = ways.pop() if len(ways) == 1 else 0
    return found


def _direction_meant(point: Prepared) -> int:
    """The direction a point states by its words of direction, or else by the words that mean one."""
    if point.direction() or any(point.dirs):
        return point.direction()
    ways = {implied_direction(point.lang, point.words[i], point.stems[i]) for i in point.content()
            if _plain(point, i)} - {0}
    return ways.pop() if len(ways) == 1 else 0


def _level_meant(point: Prepared) -> int:
    """The way a point's level adjective says its thing stands ("high prices": +1), or 0."""
    levels = {point.lang.stem(w): way for w, way in _LEVELS.get(point.lang.code, {}).items()}
    ways = {levels[point.stems[i]] for i in point.content() if point.stems[i] in levels}
    return ways.pop() if len(ways) == 1 else 0


def flipped_in_part(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Is a point made in part at `positions` said the other way: by the checks of a whole wording, an opposite
    by meaning, or a direction its words mean?"""
    if factors_apart(point, got, positions):
        return True
    # (not `other_count_before`: a figure before a term of a long point is often another of its own; nor
    # `bound_elsewhere`: a part made by an elided verb, "азотная диссоциирует полностью, а угольная частично",
    # has that verb beside the other point's word)
    got_dir = oriented_direction(point, got, list(positions))
    want_dir = _direction_meant(point) or -int(not point.lang.lex.losses.isdisjoint(point.words)) \
        or _level_meant(point)
    if want_dir and got_dir and want_dir != got_dir:
        return True
    if got_dir and swings(point.words, point.dirs, point.lang.code):
        return True  # ("prices rose" for "prices rose and fell": one way of a swing)
    return opposite_by_meaning(point, got, positions) or revoking_unsaid(point, got, positions)


def revoking_unsaid(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the point say a verb of taking back ("withdrew", "отменили") that the answer leaves out, with no such
    verb nor any denial in the clauses where it makes the point ("the bank offered to fund the bridge" for "the bank
    withdrew its offer to fund the bridge")? The verb undoes the rest: without it, the answer says the opposite."""
    revoking = revoking_stems(point.lang.code)
    if revoking.isdisjoint(point.stems):
        return False
    clauses = {got.clauses[j] for j in positions}
    said = [j for j in range(len(got.words)) if got.clauses[j] in clauses]
    particles = REVOKING_PARTICLES.get(point.lang.code, {})
    if any(got.stems[j] in revoking or got.words[j] in got.lang.lex.negators
           or j and got.words[j - 1] in particles.get(got.words[j], ()) for j in said):
        return False  # ("pulled out of funding it", "отказались от")
    return any(point.stems[i] in revoking and point.stems[i] not in got.stems for i in point.content())


class PartlyFlipsGrading(PartlyFiguresGrading):
    """`PartlyFiguresGrading` whose part-made long points are not said the other way."""

    @staticmethod
    def _mostly(point: Prepared, got: Prepared, skip: frozenset[str],
                otherwise: Callable[[Want], tuple[int, int]] | None = None) -> tuple[bool, str, bool, tuple[int, ...]]:
        found = PartlyFiguresGrading._mostly(point, got, skip, otherwise)
        if found[0] and flipped_in_part(point, got, found[3]):
            return False, "", False, ()
        return found
