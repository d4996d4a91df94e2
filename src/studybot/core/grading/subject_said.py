"""A point "the SUBJECT was ..." ("the ship was top-heavy", "корабль был перегружен") made by its predicate with the
subject said by a pronoun, by the question's own words or not at all: "it was top-heavy", "the Vasa was top-heavy"
(asked why the Vasa capsized), "top-heavy, too little ballast" in a list of causes.

Only where nothing else stands in the subject's place: no other content word before the predicate in its clause
but the question's words, and none of those that the predicate itself says ("the town was higher than the river"
makes no "the river was higher than the town"), and a predicate that compares or says a direction ("is larger
than", "rose") keeps its subject, one side of it. A subject that is a name keeps its place (who did what is read by
`parties`), and so does a negated point; an English passive said in the active voice keeps its subject where the
answer's verb takes another object ("they added sand to the pond" is no "lime was added to the pond"). Only the
order of words and a table of copulas: no word of any text."""

from __future__ import annotations

from collections.abc import Callable

from .. import wordnet
from ..lexicon_subjects import SUBJECT_PRONOUNS
from ..matching import Prepared
from .becoming import becoming_flipped
from .intensifiers import intensifier

__all__ = ["subject_left", "subject_replaced"]

Covered = tuple[bool, str, bool, tuple[int, ...]]
COPULAS = {"en": frozenset({"was", "were", "is", "are"}), "ru": frozenset({"был", "была", "было", "были"})}
_SUBJECT = 3  # content words at most in a subject
# a pronoun that opens the predicate's clause as its subject after a connective or a verb of saying or belief (and
# "that", "что"): the words before frame the clause ("they thought that it was", "because it was", "считали, что он")
_PRONOUNS = {"en": frozenset({"it", "they", "he", "she"}), "ru": SUBJECT_PRONOUNS["ru"]}
_FRAMES = {"en": frozenset("because since as so thought think believed believe said say says felt feared knew realised "
                           "claimed argued suspected reckoned assumed".split()),
           "ru": frozenset("что потому поскольку так как считали считал думали думал говорили говорил полагали "
                           "полагал".split())}
_COMPARING = frozenset({"than", "чем"})  # a predicate that compares or changes needs its subject: one side of it


def _predicate(point: Prepared, skip: frozenset[str]) -> int:
    """Where the copula after a point's opening subject stands, or -1."""
    copulas, content = COPULAS.get(point.lang.code, frozenset()), point.content()
    if not content or point.negated() or len(set(point.clauses)) > 1:
        return -1
    at = next((i for i, w in enumerate(point.words) if w in copulas), -1)
    subject = [i for i in content if i < at]
    rest = [i for i in content if i > at and point.stems[i] not in skip]
    if at < 0 or not subject or len(subject) > _SUBJECT or not rest \
            or any(point.words[i] in point.capitalised for i in subject) \
            or any(point.dirs[i] or point.words[i] in _COMPARING for i in range(at, len(point.words))) \
            or {point.stems[i] for i in subject} & {point.stems[i] for i in rest}:
        return -1  # (a predicate naming the subject's kind again has two parties: "the old loom was replaced by a
    return at  # power loom")


def subject_left(point_text: str, got: Prepared, prep: Callable[[str], Prepared], skip: frozenset[str],
                 cover: Callable[[str, Prepared], Covered]) -> Covered | None:
    """The point made by its predicate alone (see the module), or None."""
    point = prep(point_text)
    at = _predicate(point, skip)
    if at < 0:
        return None
    predicate = " ".join(point.words[at:])
    made = cover(predicate, got)
    if not made[0] or not made[3] or becoming_flipped(point, got):
        return None  # (the subject said as what it became: "small grains are ground into large ones")
    first, said = min(made[3]), {point.stems[i] for i in point.content() if i > at}
    subject = {point.stems[i] for i in point.content() if i < at}
    code, clause, opening = got.lang.code, got.clauses[first], _opening(got, first, said, skip)
    framed = opening - 1 if _framed(got, opening) else 0  # ("they thought it was", "because it was")
    if any(got.clauses[j] == clause and not intensifier(got.words[j], code)
           and (got.stems[j] not in skip or got.stems[j] in said) for j in got.content() if framed <= j < opening):
        return None
    if any(got.stems[j] in subject and got.clauses[j] != clause and got.clauses[j + 1:j + 2] != [clause]
           for j in got.content()):  # (but ending the clause right before: "thin steel, brittle in the cold")
        return None  # the subject named in another clause: this one is of another thing ("the road was slow, but
    if any(got.clauses[j] == clause and got.stems[j] not in said for j in got.content() if j > max(made[3])):
        return None  # the ferry fast"); words after the predicate: another verb's object ("lost its warehouses")
    if _passive(point, at) and got.words[first - 1:first] != [point.words[at]] and any(
            got.clauses[j] == clause and got.stems[j] not in said and got.stems[j] not in skip
            for j in got.content() if first < j < max(made[3])):
        return None  # a passive said actively, another thing its object: "they added sand to the pond" is no "lime
    return made  # was added to the pond"


def subject_replaced(point: Prepared, got: Prepared, skip: frozenset[str], positions: tuple[int, ...]) -> bool:
    """Is a point "the SUBJECT is ..." made in part at `positions` (most of a long point's words) with another subject
    in its place: a word of content right before the answer's copula that opens the predicate ("the horizon is a
    circle around the pole" for "the bow is a circle around the pole"), none of the subject's own words said?"""
    at = _predicate(point, skip)
    if at < 0 or not positions:
        return False
    subject = {point.stems[i] for i in point.content() if i < at}
    if not subject.isdisjoint(got.stems):
        return False
    first, said = min(positions), {point.stems[i] for i in point.content() if i > at}
    opening = _opening(got, first, said, skip)
    if got.words[opening] not in COPULAS.get(got.lang.code, frozenset()) or opening == 0:
        return False
    before = opening - 1
    return got.clauses[before] == got.clauses[first] and before in got.content() \
        and got.stems[before] not in skip and got.stems[before] not in said


def _framed(got: Prepared, opening: int) -> bool:
    """Does a subject pronoun stand right before the copula at `opening`, after a frame (`_FRAMES`)?"""
    code, words = got.lang.code, got.words
    if opening < 2 or words[opening] not in COPULAS.get(code, ()) or words[opening - 1] not in _PRONOUNS.get(code, ()):
        return False
    before = opening - 3 if words[opening - 2] == "that" and opening >= 3 else opening - 2
    return words[before] in _FRAMES.get(code, ())


def _opening(got: Prepared, first: int, said: set[str], skip: frozenset[str]) -> int:
    """Where the answer's predicate made at `first` begins: back over the predicate's own words that the question
    gives, left unmatched ("circle" of "it's a circle around the pole", asked why it looks like an arc and not a full
    circle: no subject), and the words of no content between, to its copula if one stands there."""
    copulas, clause, content = COPULAS.get(got.lang.code, frozenset()), got.clauses[first], set(got.content())
    at = first
    while at > 0 and got.clauses[at - 1] == clause:
        if got.words[at - 1] in copulas:
            return at - 1
        if at - 1 in content and not (got.stems[at - 1] in said and got.stems[at - 1] in skip):
            break
        at -= 1
    return at


def _passive(point: Prepared, at: int) -> bool:
    """Is the point's predicate a passive, its copula followed by a verb's past participle ("was added")? (English)"""
    if point.lang.code != "en" or at + 1 >= len(point.words):
        return False
    word = point.words[at + 1]
    return word.endswith(("ed", "en")) and bool(wordnet.base_forms(word, "v") - {word})
