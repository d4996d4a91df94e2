"""Figures inside a keypoint. A wording whose figures the answer gives (checked as quantities, in any unit or
decimal mark: "83.6 кг" for "83,6 кг", "58 сантиметров" for "58 см") is matched on its other words; and a term
the answer counts with another figure than the point's ("2 FADH2" for "1 FADH2", though "an FADH2" is one of its
wordings) is not the point, nor are the things a point counts counted with another figure where the point is made
("1000 ozone molecules" for "1 atom destroys 100,000 ozone molecules"). Rules of writing figures, no words of a
text."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon_measures import EN_DIMENSIONS, PLACING_VERBS, RU_DIMENSIONS
from ..lexicon_negative import GOVERNING_NEGATORS
from ..matching import CLAUSE_SPLIT, Prepared
from ..quantities import Quantity, find_quantities
from ..reciprocals import paired_ones
from .figure_words import figure_places, figure_positions, scaled
from .figures import same_quantity

__all__ = ["counts_moved", "counts_other_thing", "counts_swapped", "figure_stems", "other_count_before"]

_WORD = re.compile(r"[^\W_]+")


def figure_stems(ref: Prepared, prep: Callable[[str], Prepared], got: Prepared) -> frozenset[str]:
    """The stems of the words that write a wording's measures and their units ("83", "6", "кг" of "83,6 кг");
    none when it has a bare count, whose place among the words tells what it counts ("у теллура 52"), or when the
    answer denies a figure, a negator right before it ("not 10 days", "не 10 дней"): then its words are matched
    as words, the negation with them."""
    if any(q.kind == "count" and not scaled(q) for q in ref.quantities) or _denied(got):
        return frozenset()  # (a count with a scale word, "12,5 миллиона ферм", is a figure: its words are "12,5 млн")
    return frozenset(st for q in ref.quantities for st in prep(q.text).stems) \
        | {ref.stems[i] for i in figure_positions(ref)} | _dimensions_said(ref, got) | _placing_said(ref)


def _placing_said(ref: Prepared) -> frozenset[str]:
    """The stems of a wording's verbs of where a thing is ("lies" of "it lies at about 51 degrees") whose next word
    of content, in their clause, writes a figure: said by the figure itself (`lexicon_measures.PLACING_VERBS`)."""
    placing = PLACING_VERBS.get(ref.lang.code, frozenset())
    content = ref.content()
    if placing.isdisjoint(ref.words):
        return frozenset()
    figures = figure_positions(ref)
    return frozenset(ref.stems[i] for i, j in zip(content, content[1:], strict=False)
                     if ref.words[i] in placing and j in figures and ref.clauses[i] == ref.clauses[j])


# the words that name what a figure of a kind measures, one group a measure (word beginnings, both languages):
# "длина 11,2 км" is said by "11,2 км", "a mass of 830 kg" by "830 kg" or "weighs 830 kg"; the dimensions of a
# length are the tutor's (`lexicon_measures`), joined with distance
_LENGTHS = tuple("|".join((*en, *ru)) for (_, en), (_, ru) in zip(EN_DIMENSIONS, RU_DIMENSIONS, strict=True))
_DIMENSIONS: dict[str, tuple[re.Pattern[str], ...]] = {kind: tuple(re.compile(rf"(?:{group})") for group in groups)
                                                       for kind, groups in {
    "length": (*_LENGTHS, "расстояни|distance"),
    "mass": (r"масс|вес(?:$|а$|у$|ом$|ил|ит|ят|ящ)|mass|weigh",),
    "temperature": ("температур|temperature",),
    "speed": ("скорост|speed|velocity",),
}.items()}


def _dimensions_said(ref: Prepared, got: Prepared) -> frozenset[str]:
    """The stems of a wording's words that name what its figures measure ("длина" of "длина 11,2 км"), said by the
    figures themselves, unless the answer names another measure ("высота 58 см" for "диаметр 58 см")."""
    out: set[str] = set()
    for kind in {q.kind for q in ref.quantities} & _DIMENSIONS.keys():
        for group in _DIMENSIONS[kind]:
            mine = {ref.stems[i] for i in ref.content() if group.match(ref.words[i])}
            others = [g for g in _DIMENSIONS[kind] if g is not group]
            if mine and not any(g.match(got.words[i]) for g in others for i in got.content()):
                out |= mine
    return frozenset(out)


def _denied(got: Prepared) -> bool:
    """Is a figure of the answer said with a negator right before it ("not 10 days", "не 10 дней")?"""
    negators = GOVERNING_NEGATORS.get(got.lang.code, frozenset())
    return any(w in negators and i + 1 < len(got.words) and got.words[i + 1][:1].isdigit()
               for i, w in enumerate(got.words))


def other_count_before(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer count a matched term with a figure the point does not give ("2 FADH2" for a point of
    "1 FADH2")? Only bare counts (a figure alone, right before the term) of a point that has counts; and the things
    the point counts, counted otherwise (`counts_other_thing`); and a term the point numbers, numbered otherwise
    (`numbered_otherwise`)."""
    if numbered_otherwise(point, got, positions):
        return True
    ones = paired_ones(point)  # ("immunity to one protects against the other": a pronoun, no count)
    counts = {q.value for q, at in figure_places(point) if q.kind == "count" and not (at and set(at) <= ones)} \
        if ones else {q.value for q in point.quantities if q.kind == "count"}
    if not counts:
        return False
    if counts_other_thing(point, got, positions):  # ("1000 ozone molecules" for "100,000 ozone molecules")
        return True
    written = {i: q.value for q, at in figure_places(got) for i in at}  # ("3 000 000 экспонатов": one figure)
    # the point's own figure before that word, of any kind ("3 days" of "the fair lasts three days and the market
    # one", its figure maybe one the question says too, "name three ...", and so no word of the match)
    own = {(point.words[i - 1], point.stems[i]) for i in range(1, len(point.words)) if point.words[i - 1].isdigit()}
    for j in positions:
        before = got.words[j - 1] if j > 0 else ""
        if before.isdigit() and float(before) not in counts and written.get(j - 1) not in counts \
                and (j - 1) not in positions and (before, got.stems[j]) not in own \
                and got.clauses[j - 1] == got.clauses[j] and not _name_numbered(got, j - 1):
            return True
    return False


def _name_numbered(got: Prepared, i: int) -> bool:
    """Is the figure at i the number of a name written before it ("Mariner 4 flew past", "Луна 9 села"): a
    capitalised word that is no function word, in its clause? It names which one, and counts nothing."""
    k = i - 1
    return k >= 0 and got.clauses[k] == got.clauses[i] and got.words[k] in got.capitalised \
        and got.words[k] not in got.lang.lex.stop and got.words[k].isalpha()


# a term and its number joined by a hyphen, as a designation is written ("cobalt-60", "R-7")
_NUMBERED = re.compile(r"(?<![\w-])([^\W\d_]+)-\d+(?![\w.,]\d)")


def numbered_otherwise(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer give a matched word with a number after it where the point gives that word another one
    ("cobalt-58" for a point "cobalt-60"), though an accepted wording without the number made the point
    ("radioactive cobalt")? Only a number the point joins to its word by a hyphen, as a designation is written
    ("senators serve two years" numbers nothing)."""
    named = {m.group(1).casefold() for m in _NUMBERED.finditer(point.text)}
    words, clauses = point.words, point.clauses
    numbered = {st: words[i + 1] for i, st in enumerate(point.stems[:-1])
                if words[i] in named and words[i + 1].isdigit() and clauses[i] == clauses[i + 1]}
    if not numbered:
        return False
    return any(j + 1 < len(got.words) and got.words[j + 1].isdigit() and got.clauses[j] == got.clauses[j + 1]
               and numbered.get(got.stems[j], got.words[j + 1]) != got.words[j + 1] for j in positions)


COUNTED_WORDS = 2  # words after a bare count that say what it counts ("100,000 ozone molecules")


def _counted(text: Prepared) -> list[tuple[Quantity, frozenset[str], int]]:
    """Each bare count of a text with the stems of the words it counts: the first words after it in its clause,
    function words left out ("1 atom destroys 100,000 ozone molecules": 1 atom, 100,000 ozone molecules), and the
    number of its clause."""
    out: list[tuple[Quantity, frozenset[str], int]] = []
    stop, offset = text.lang.lex.stop, 0
    for piece in CLAUSE_SPLIT.split(text.text):
        offset = text.text.find(piece, offset)
        start = 0
        for q in find_quantities(piece, normalised=True, lang=text.lang.code):
            at = piece.find(q.text, start)
            if at < 0:
                continue
            start = at + len(q.text)
            if q.kind != "count":
                continue
            after: list[str] = []
            for word in _WORD.findall(piece[start:]):
                if word[0].isdigit() or len(after) == COUNTED_WORDS:
                    break
                if word not in stop:
                    after.append(text.lang.stem(word))
            token = min(len(_WORD.findall(text.text[:offset + at])), len(text.clauses) - 1)
            out.append((q, frozenset(after), text.clauses[token] if token >= 0 else 0))
        offset += len(piece)
    return out


def counts_other_thing(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer give a count of the things a point counts with another figure than the point's ("1000
    ozone molecules" or "only one ozone molecule" for "1 atom destroys 100,000 ozone molecules"), and nowhere the
    point's figure for them, though it may have the point's other figure, of other things ("1 atom")? Only things
    among the words and in the clauses that make the point: another point's ("IPv6's 128 bits" beside IPv4's) are
    not its."""
    if not any(q.kind == "count" for q in point.quantities):
        return False
    mine, made = _counted(point), {got.stems[j] for j in positions}
    clauses = {got.clauses[j] for j in positions}
    names = {w for i, w in enumerate(got.words) if w.isdigit() and _name_numbered(got, i)}  # ("Mariner 4")
    for q, words, clause in _counted(got):
        if q.text in names:
            continue
        near = [want for want, theirs, _ in mine if clause in clauses and theirs & words & made]
        if near and not any(same_quantity(want, given) for want in near for given in got.quantities):
            return True  # (another count of those things, the point's not given: "32-bit, then 128-bit" is not)
    return False


def _figure_nouns(text: Prepared) -> set[tuple[str, str, int]]:
    """(figure, stem of the word it counts, clause) for each figure of a text followed in its clause by a content
    word ("2 leaves": ("2", "leav", 0)); an ordinal names which one, and counts nothing."""
    content = set(text.content())
    return {(w, text.stems[i + 1], text.clauses[i]) for i, w in enumerate(text.words[:-1]) if w[:1].isdigit()
            and w not in text.ordinals and text.clauses[i + 1] == text.clauses[i] and i + 1 in content}


def counts_swapped(ref: Prepared, got: Prepared) -> bool:
    """Does a short answer count with a wording's figure another thing the wording names, which the wording counts
    otherwise ("two buds and a leaf", "two buds" for "two leaves and a bud")? The thing a figure counts may go
    without saying (`short._counted`), but not be another thing of the same wording."""
    mine = {(figure, noun) for figure, noun, _ in _figure_nouns(ref)}
    if not mine:
        return False
    named = set(ref.stems)
    return any((figure, noun) not in mine and noun in named and any(f == figure and n != noun for f, n in mine)
               for figure, noun, _ in _figure_nouns(got))


_COUNTED_RUN = 3  # content words at most read after a figure, none between ("two large fires", "4 Scanian forts")


def _counted_runs(text: Prepared, clauses: set[int] | None = None) -> list[tuple[str, int, set[int]]]:
    """(figure, clause, the places of the content words right after it: no other word between) for each figure."""
    content, out = set(text.content()), []
    for i, w in enumerate(text.words):
        if not w[:1].isdigit() or w in text.ordinals or clauses is not None and text.clauses[i] not in clauses:
            continue
        run = set()
        for j in range(i + 1, min(len(text.words), i + 1 + _COUNTED_RUN)):
            if j not in content or text.clauses[j] != text.clauses[i] or text.words[j][:1].isdigit():
                break
            run.add(j)
        if run:
            out.append((w, text.clauses[i], run))
    return out


def counts_moved(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer, in a clause where it makes a point, give a figure of the point to another thing the point
    names, while it names the thing the point counts with it there, or in a clause that "and" joins on ("five
    Swedes and a Norwegian", "пять шведов и один норвежец" for "five Norwegians and a Swede", "пять норвежцев и один
    швед")? The words right after a figure are what it counts ("two large fires" counts fires, "4 Scanian fortresses"
    fortresses)."""
    mine = _counted_runs(point)
    if not mine:
        return False
    named, clauses = set(point.stems), {got.clauses[j] for j in positions}
    for figure, _, run in _counted_runs(got, clauses):
        counted = {got.stems[j] for j in run}
        if not counted & named:
            continue
        here = tuple(j for j in got.content() if j not in run and (got.clauses[j] in clauses or _joined_after(
            got, j, clauses)))
        for want, _, theirs in mine:
            words = {point.stems[i]: point.words[i] for i in theirs}
            if want == figure and not counted & set(words) and any(
                    got.find_word(st, word, here)[0] == 0 for st, word in words.items()):
                return True
    return False


_AND = frozenset({"and", "и"})


def _joined_after(text: Prepared, j: int, clauses: set[int]) -> bool:
    """Is the word at `j` in a clause that opens with "and" right after one of `clauses` ("3 crates | and a
    barrel")?"""
    clause = text.clauses[j]
    if clause - 1 not in clauses:
        return False
    first = next(k for k in range(len(text.words)) if text.clauses[k] == clause)
    return text.words[first] in _AND
