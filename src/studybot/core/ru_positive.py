"""A Russian comparative with nothing to compare with, said by its plain adjective: a point "дизель тяжелее" (read
"более плотный", `comparisons`) or "руда дороже" is made by "дизель тяжёлый", "руда дорогая", and "легче" ("менее
плотный") by "лёгкий", when the point's comparative has no second term (no "чем", no noun after it in its clause:
"тяжелее воды" compares) and the answer compares nothing itself (no "более", "менее", "больше", "меньше", "выше",
"ниже", "чем"): the answer's adjective of that pole of the property (`lexicon_compare`) stands for the comparative, so
the other pole ("лёгкий" for "тяжелее") stays wrong. For `meaning.same_meaning_in`, a keypoint's word not found
otherwise. A rule of Russian, no word of a text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon_compare import COMPARISONS

if TYPE_CHECKING:
    from .matching import Prepared, Want

__all__ = ["positive_for_bare"]

_RU = COMPARISONS["ru"]
_POLES = {p.canon: (p.more, p.less) for p in _RU.properties}
_JOINING = frozenset(("и", "а", "но", "или"))
_COMPARING = _RU.markers | _RU.than


def _bare_comparative(phrase: Prepared) -> tuple[int, tuple[str, ...]] | None:
    """The phrase's one comparative with no second term: (position of its marker, the stems of its pole)."""
    words = phrase.words
    if not _RU.than.isdisjoint(words):
        return None
    found = [i for i in range(len(words) - 1) if words[i] in (_RU.more, _RU.less) and words[i + 1] in _POLES]
    if len(found) != 1:
        return None
    i = found[0]
    after = i + 2
    if after < len(words) and phrase.clauses[after] == phrase.clauses[i + 1] and words[after] not in _JOINING:
        return None  # "более плотный воды": a second term
    more, less = _POLES[words[i + 1]]
    return i, (more if words[i] == _RU.more else less)


def positive_for_bare(want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    """(0, position) of the answer's plain adjective of a bare comparative's pole, for the comparative's marker or
    its property's word; (-1, -1) otherwise."""
    if phrase.lang.code != "ru" or not (bare := _bare_comparative(phrase)):
        return -1, -1
    i, pole = bare
    if want.word not in (phrase.words[i], phrase.words[i + 1]) or not _COMPARING.isdisjoint(answer.words):
        return -1, -1
    return next(((0, j) for j in answer.content()
                 if answer.stems[j].startswith(pole) and answer.stems[j] not in avoid), (-1, -1))
