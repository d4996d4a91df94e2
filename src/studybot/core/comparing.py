"""The two terms of a comparison ("the comet moves faster than the asteroid": comet, asteroid), so that
one made the other way round is read as the same claim ("the asteroid moves slower than the comet") and
one with its terms swapped as the opposite ("the asteroid moves faster than the comet")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .changes import figures_of, relative, same_change
from .comparisons import rewrite_comparisons
from .language import language
from .lexicon_compare import COMPARISONS, Comparisons

if TYPE_CHECKING:
    from .matching import Prepared
    from .quantities import Quantity

__all__ = ["Sides", "bare_directions", "change_words", "comparison_sides", "crossed", "crossed_clauses", "directed",
           "factor_missing", "factors_apart", "oriented_direction",
           "rewrite_comparisons"]


Sides = tuple[frozenset[str], frozenset[str], str, str]  # the stems of each term, and the first of each


def comparison_sides(p: Prepared) -> dict[int, Sides]:
    """The comparisons a text makes, by clause: the stems of the first term (before its word of more or
    less) and of the second (after "than", "чем"; in Russian also right after the comparative: "менее
    плотный воды"; maybe none), and the first stem of each ("the comet moves faster than the asteroid":
    comet, asteroid)."""
    cmp = COMPARISONS.get(p.lang.code)
    if cmp is None or cmp.markers.isdisjoint(p.words) or not any(p.dirs):
        return {}  # (each comparison has a word of more or less of its markers)
    out: dict[int, Sides] = {}
    words: dict[int, list[int]] = {}  # clause -> its positions, and its content positions (one pass: linear)
    content: dict[int, list[int]] = {}
    for i in range(len(p.words)):
        words.setdefault(p.clauses[i], []).append(i)
    for i in p.content():
        if not p.dirs[i] and p.words[i].isalpha():
            content.setdefault(p.clauses[i], []).append(i)
    for clause, places in words.items():
        d = next((i for i in places if p.words[i] in cmp.markers and p.dirs[i]), -1)
        if d < 0 or clause not in content:
            continue
        than = next((t for t in places if t > d and p.words[t] in cmp.than), -1)
        start = than if than >= 0 else len(p.words) if not cmp.genitive \
            else d + (d + 1 < len(p.words) and (p.lang.stem(p.words[d + 1]) in _canons(cmp) or p.words[d] in (
                cmp.more, cmp.less)))  # (the adjective of "более выносливый", a property known or not)
        left = [i for i in content[clause] if i < d]
        right = [i for i in content[clause] if i > start]
        if left:  # (the second term may go without saying: "the comet is younger")
            lead = left[0] if not right or _in_place(p, right[0]) else next(  # ("в пустыне мул": the mule; "в
                (i for i in left if not _in_place(p, i)), left[0])  # городе ..., чем в деревне": places compared)
            out[clause] = (frozenset(p.stems[i] for i in left), frozenset(p.stems[i] for i in right),
                           p.stems[lead], p.stems[right[0]] if right else "")
    return out


def _in_place(p: Prepared, i: int) -> bool:
    """Is the word at i said after a preposition of place ("в пустыне", "in the desert"): a place, no term compared?"""
    k = i - 1 - (i > 1 and p.words[i - 1] in ("the", "a", "an"))
    return k >= 0 and p.words[k] in p.lang.lex.locatives


_CANONS: dict[str, frozenset[str]] = {}


def _canons(cmp: Comparisons, bare: bool = False) -> frozenset[str]:
    """The stems of a language's canonical property words ("плотный": "плотн"); with `bare`, but those of
    properties whose rise is also said alone (a price)."""
    key = cmp.more + str(bare)
    if key not in _CANONS:
        lang = language("ru" if cmp.genitive else "en")
        _CANONS[key] = frozenset(lang.stem(p.canon) for p in cmp.properties if not (bare and p.rise))
    return _CANONS[key]


def crossed(a: Sides | None, b: Sides | None) -> bool:
    """Are two comparisons of the same two things made in the opposite order ("X is faster than Y",
    "Y is slower than X")? Judged by each first term: it is the other's second term, not its first; where both
    terms of each open with the same word, by the words that tell the terms apart, each found on the other side."""
    if a is None or b is None:
        return False
    if a[2] == a[3] and b[2] == b[3]:  # both terms open with one word ("germs in the air ... than germs on hands"):
        la, ra, lb, rb = a[0] - a[1], a[1] - a[0], b[0] - b[1], b[1] - b[0]  # judged by the words that differ (a
        return bool(la & rb) and bool(ra & lb) and not ra & rb  # verb before the word of more stays on the left)
    return (a[2] in b[1] or a[3] in b[0]) and not (a[2] in b[0] or a[3] in b[1])


def crossed_clauses(a: Prepared, b: Prepared) -> frozenset[int]:
    """The clauses of `b` that make a comparison of `a` with its terms swapped."""
    a_sides = comparison_sides(a)
    if not a_sides:
        return frozenset()
    return frozenset(c for c, y in comparison_sides(b).items() if any(crossed(x, y) and not _joined_first(x, y, b, c)
                                                                        for x in a_sides.values()))


def _joined_first(a: Sides, y: Sides, b: Prepared, clause: int) -> bool:
    """Is a comparison of `b` (its sides `y`) with no second term said of `a`'s first term too, the clause before it
    naming only that term ("the pressure inside and outside was lower" for "the pressure inside was higher than
    outside": both lower, not the outside lower than the inside)?"""
    if clause == 0 or y[1]:
        return False
    before = [b.stems[i] for i in b.content() if b.clauses[i] == clause - 1]
    return bool(before) and a[2] in before and all(st in a[0] for st in before)


def directed(p: Prepared, j: int, flips: frozenset[int]) -> int:
    """The direction of word j, turned round in the clauses `flips` (see `crossed_clauses`)."""
    return -p.dirs[j] if p.clauses[j] in flips else p.dirs[j]


def factors_apart(ref: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does `got` give a factor or a percentage of change of `ref` ("2 times", "в 2 раза", "by 100%") only
    outside the clauses where it makes the rest of it ("the output tripled and the toll halved" does not say
    the output doubled, nor "the output tripled and the toll rose by 100%")?"""
    want = [q for q in ref.quantities if relative(q)]
    if not want:
        return False
    factors = _factor_words(ref)
    clauses = {got.clauses[j] for j in positions if got.words[j].isalpha() and got.words[j] not in factors}
    here = [h for h, placed in zip(got.quantities, _placed(got), strict=True) if relative(h)
            and (placed is None or placed in clauses)]
    return not all(any(_same_figure(w, h) for h in here) for w in want)


def _same_figure(want: Quantity, have: Quantity) -> bool:
    """Do two factors or percentages of change agree: said another way (`same_change`), or said alike ("rose by
    8%" and "went up 8 per cent": two percentages of change, compared as figures)?"""
    found = same_change(want, have)
    return found if found is not None else want.kind == have.kind and have.matches(want.value)


def _placed(p: Prepared) -> list[int | None]:
    """The clause each quantity's figure stands in: first the place where a quantity of more than one word is
    written as such ("2 times" at the "2" before "times", wherever the quantities are listed) when the figure
    stands elsewhere too, then the n-th of the places left of its figure for the n-th quantity written with it
    (None when it is not found as written: any clause). So "2 crews ... so it took 2 times less long" places the
    factor in the second clause."""
    places: dict[str, list[int]] = {}
    for j, w in enumerate(p.words):
        if w[:1].isdigit():
            places.setdefault(w, []).append(j)
    out: list[int | None] = [None] * len(p.quantities)
    taken: set[int] = set()
    for i, q in enumerate(p.quantities):
        said = q.text.split()
        if len(said) > 1 and said[0] in places:
            written = [j for j in places[said[0]] if p.words[j:j + len(said)] == said]
            # (where every place of the figure is so written, "дважды ... вдвое", the order of the quantities)
            at = next((j for j in written if j not in taken), None) if len(written) < len(places[said[0]]) else None
            if at is not None:
                taken.add(at)
                out[i] = p.clauses[at]
    for i, q in enumerate(p.quantities):
        if out[i] is not None:
            continue
        figure = next((f for f in sorted(figures_of(q)) if f in places), None)
        left = [j for j in places.get(figure or "", ()) if j not in taken]
        if left:
            taken.add(left[0])
            out[i] = p.clauses[left[0]]
    return out


def factor_missing(ref: Prepared, got: Prepared) -> str:
    """A factor `ref` gives ("3 times", "в 3 раза") that `got` does not give as a factor or a percentage of
    change ("by 200%"; "by a third" is no "three times", nor a bare "3"), as written; "" when none is missing."""
    for want in ref.quantities:
        if want.kind == "factor" and not any(relative(h) and same_change(want, h) for h in got.quantities):
            return want.text
    return ""


def _factor_words(p: Prepared) -> frozenset[str]:
    cmp = COMPARISONS.get(p.lang.code)
    return cmp.factors if cmp is not None else frozenset()


def change_words(ref: Prepared) -> frozenset[str]:
    """The stems of the words a wording says its factors and percentages of change with ("2" and "times" of
    "2 times", "100" of "by 100%"): once the figures agree (the grader's hard checks), the words need not."""
    figures = {f for q in ref.quantities if relative(q) for f in figures_of(q)}
    if not figures:
        return frozenset()
    factors = _factor_words(ref)
    places = [j for j, w in enumerate(ref.words) if w in figures]
    places += [j + 1 for j in places if j + 1 < len(ref.words) and ref.words[j + 1] in factors]
    return frozenset(ref.stems[j] for j in places)


def oriented_direction(ref: Prepared, got: Prepared, positions: list[int] | None = None) -> int:
    """`got.direction(positions)`, turned round in the clauses where `got` compares the two things of a
    comparison of `ref` the other way round ("Y is slower than X" for "X is faster than Y": the same way)."""
    flips = crossed_clauses(ref, got)
    if not flips:
        return got.direction(positions)
    clauses = None if positions is None else {got.clauses[j] for j in positions}
    found = {directed(got, j, flips) for j in range(len(got.words)) if clauses is None or got.clauses[j] in clauses}
    found.discard(0)
    return found.pop() if len(found) == 1 else 0


def bare_directions(p: Prepared) -> list[int]:
    """A text's content positions but the words of more or less of a compared property ("more" of "more
    fast", said for "faster"): a phrase that is only a direction ("more per chip") is no comparison of speed."""
    cmp = COMPARISONS.get(p.lang.code)
    if cmp is None:
        return p.content()
    canons = _canons(cmp, bare=True)
    return [j for j in p.content() if not (p.words[j] in cmp.markers and j + 1 < len(p.words)
                                         and p.lang.stem(p.words[j + 1]) in canons)]
