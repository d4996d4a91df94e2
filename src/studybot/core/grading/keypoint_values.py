"""A keypoint's figures read as values (a number times its scale, with its unit or currency): the point's figure is
made by the same value in any notation the number reader knows ("$1.5bn", "US$1,500 million", "1,5 млрд долларов"
for "USD 1.5 billion"), and a figure of another value or unit where the point is made goes against it.

- `value_hits`: in a long point made in part (`_mostly`), the words of a figure the answer gives as the same value
  count as said ("US$15,000 million" says "15", "billion" and "usd" of "USD 15 billion");
- `other_unit`: a long point made in part with its figure's number in another unit ("130 тысяч тонн леса" for "130
  тысяч гектаров леса") and the point's value nowhere is not made;
- `figure_elsewhere`: a point whose words are made in clauses that give a figure of its kind other than its own,
  its own figure standing in another clause ("a grant of USD 1.5 billion and loans of USD 300 million" for "USD 1.5
  billion in loans") is not made: the figure is another thing's.

Only figures of a value (`figure_words.valued`: a measure, money, a percentage, a count with a scale word); a bare
count's place tells what it counts and is read elsewhere (`counted`). Rules of writing figures, no words of a text.
"""

from __future__ import annotations

from collections.abc import Callable

from ..matching import Prepared, Want
from ..preparing import TOKEN
from ..quantities import Quantity
from .dated import year_figure
from .figure_words import VALUE_KINDS, figure_places, valued
from .figures import same_quantity, written

__all__ = ["figure_elsewhere", "figures_alone", "other_thing_counted", "other_unit", "value_hits"]

Finder = Callable[[Want], tuple[int, int]]


def value_hits(point: Prepared, got: Prepared, otherwise: Finder | None) -> Finder | None:
    """`otherwise` (a finder of a point's word the answer did not say as written), finding too the words of the
    point's figures of a value that the answer gives as the same value, at the place of the answer's figure."""
    given: dict[str, int] = {}
    places: list[tuple[Quantity, tuple[int, ...]]] | None = None  # the answer's, read for a point with a value
    for want, at in figure_places(point):
        if not at or not valued(want):
            continue
        places = figure_places(got) if places is None else places
        where = next((spot for have, spot in places if spot and have.kind == want.kind
                      and same_quantity(want, have)), None)
        if where is not None:  # (each word at a word of the answer's figure, in turn, while there are any)
            for k, i in enumerate(at):
                given.setdefault(point.words[i], where[min(k, len(where) - 1)])
    if not given:
        return otherwise

    def find(want: Want) -> tuple[int, int]:
        if want.word in given:
            return 0, given[want.word]
        return otherwise(want) if otherwise is not None else (-1, -1)
    return find


def other_unit(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer, in the clauses where it makes a point, give the number of the point's figure of a value in
    a unit of another kind ("130 тысяч тонн" for "130 тысяч гектаров", "1.5 million km" for "USD 1.5 billion"), and
    the point's figure nowhere?"""
    wants = [w for w in point.quantities if valued(w) and w.kind in VALUE_KINDS]
    if not wants or not positions:
        return False
    clauses, kinds = {got.clauses[j] for j in positions}, {w.kind for w in point.quantities}
    for want in wants:
        if any(same_quantity(want, have) for have in got.quantities):
            continue
        if any(at and got.clauses[at[0]] in clauses and have.kind in VALUE_KINDS and have.kind not in kinds
               and (_digits(have) == _digits(want) or abs(written(have) - written(want)) <= 1e-9 * abs(written(want)))
               for have, at in figure_places(got)):
            return True
    return False


def _digits(q: Quantity) -> tuple[str, ...]:
    """The digits a figure is written with ("1.5" of "USD 1.5 billion" and of "1.5 million km")."""
    return tuple(t for t in TOKEN.findall(q.text) if t[:1].isdigit())


def _kind(q: Quantity) -> str:
    return "year" if year_figure(q) else q.kind


def _clause_of(got: Prepared, at: tuple[int, ...], spans: set[int]) -> int:
    """The clause a figure stands in; a figure set off alone, with none but function words ("in 1958, the bridge
    was opened"), is of the clause after it."""
    clause, content = got.clauses[at[0]], set(got.content())
    alone = not any(got.clauses[k] == clause and k in content and k not in spans for k in range(len(got.words)))
    return clause + 1 if alone and clause + 1 in got.clauses else clause


def figure_elsewhere(wordings: list[Prepared], got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer make a point's words in clauses that give figures of a value (or years) of a kind the point
    has, none of them the point's (nor its wordings'), while the point's figure stands in another clause? The
    clauses are those of the point's words other than figures: "in 1990 a museum was founded, in 1966 the site was
    listed" does not make "in 1966 a museum was founded", its year taken from the other clause."""
    wants = [w for ref in wordings for w in ref.quantities if valued(w) or year_figure(w)]
    if not wants or not positions:
        return False
    places = [(have, at) for have, at in figure_places(got) if at]
    spans = {j for have, at in places for j in (*at, *((max(at) + 1,) if year_figure(have) else ()))}  # ("1990 году")
    worded = [j for j in positions if j not in spans and not any(c.isdigit() for c in got.words[j])]
    clauses = {got.clauses[j] for j in (worded or positions)}
    placed = [(have, _clause_of(got, at, spans) in clauses) for have, at in places]
    for kind in {_kind(w) for w in wants}:
        mine = [w for w in wants if _kind(w) == kind]
        near = [have for have, here in placed if here and _kind(have) == kind]
        if near and not any(same_quantity(w, have) for w in mine for have in near) \
                and any(same_quantity(w, have) for w in mine for have, here in placed if not here):
            return True
    return False


def figures_alone(ref: Prepared, got: Prepared, skip: frozenset[str]) -> bool:
    """Is a wording nothing but figures of a value and words the answer need not say (`skip`: the question's,
    the figures' words), and does the answer give each of those figures as the same value of the same kind ("2250
    млн" for "2,25 млрд чашек" asked how many cups; not "2,25 млрд литров")?"""
    wants = [w for w in ref.quantities if valued(w, grouped=True)]
    return bool(wants) and len(wants) == len(ref.quantities) and all(ref.stems[i] in skip for i in ref.content()) \
        and all(any(have.kind == want.kind and same_quantity(want, have) for have in got.quantities) for want in wants)


def _counted_after(text: Prepared, at: tuple[int, ...]) -> str | None:
    """The stem of the word a figure counts: the first content word after its words, in its clause."""
    content, end = set(text.content()), max(at) + 1
    for k in range(end, len(text.words)):
        if text.clauses[k] != text.clauses[at[0]] or any(c.isdigit() for c in text.words[k]):
            return None
        if k in content:
            return text.stems[k]
    return None


def other_thing_counted(point: Prepared, got: Prepared) -> bool:
    """Does the answer give a point's count of a value ("3 million exhibits") as a count of another thing ("3 million
    visitors"), never saying the point's thing? A long point made in part is then not made."""
    for want, at in figure_places(point):
        if want.kind != "count" or not at or not valued(want) or (thing := _counted_after(point, at)) is None \
                or any(got.lang.word_match(thing, got.stems[j]) >= 0 for j in got.content()):
            continue
        for have, spot in figure_places(got):
            if spot and have.kind == "count" and same_quantity(want, have) \
                    and (theirs := _counted_after(got, spot)) is not None and theirs != thing:
                return True
    return False
