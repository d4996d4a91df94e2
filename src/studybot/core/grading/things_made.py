"""A list card's point of making a thing ("opened a picture gallery", "основал художественную школу") made by naming
the thing: "a picture gallery and an art school" or "картинная галерея, художественная школа" answers "Name two
things he did for the town", and so does the thing said with another verb of making ("built a picture gallery",
"создал школу", or the first verb carried on to the next: "opened a picture gallery and an art school").

Only where the answer says nothing but things the card's points make, verbs (or nouns) of making, the question's
own words and figures: any other word may say another deed or undo this one ("closed the gallery and the school",
"visited a gallery", "sold the gallery", "не открывал галерею"), or add guesses ("a port, a railway, a theatre, a
gallery..."), and a negated answer never counts. Only the point's first word is read as its verb; the tables are
general (`lexicon_making`): no word of any text."""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon_making import MAKING_ACTS, MAKING_VERBS
from ..matching import Prepared
from ..packs import Card

__all__ = ["thing_made"]

Covered = tuple[bool, str, bool, tuple[int, ...]]
_STEM = 4  # letters of a stem from which another form's stem may end a letter later or sooner
_PARTICLES = frozenset({"up"})  # "set up a fund": the verb's particle goes with it


def _thing(point: Prepared) -> str:
    """The words a point of making says after its verb ("a picture gallery" of "opened a picture gallery"), or ""."""
    making = MAKING_VERBS.get(point.lang.code, frozenset())
    content = point.content()
    if not content or content[0] != 0 or point.words[0] not in making or point.negated() or point.quantities:
        return ""
    rest = point.words[1:]
    while rest and rest[0] in _PARTICLES:
        rest = rest[1:]
    return " ".join(rest)


def _among(stem: str, stems: set[str]) -> bool:
    """Is a stem one of `stems`, or one a Snowball stem of another form of its word cuts at another letter
    ("галере" of "галерея", "галер" of "галерею")?"""
    return stem in stems or any(min(len(stem), len(s)) >= _STEM and (stem.startswith(s) or s.startswith(stem))
                                and abs(len(stem) - len(s)) <= 1 for s in stems)


def thing_made(card: Card, k: int, got: Prepared, prep: Callable[[str], Prepared], skip: frozenset[str],
               cover: Callable[[str, Prepared], Covered]) -> Covered | None:
    """Point `k` of a list card made by naming the thing it makes (see the module), or None."""
    if card.kind != "list" or got.negated():
        return None
    thing = _thing(prep(card.keypoints[k].point))
    if not thing or not any(prep(thing).stems[i] not in skip for i in prep(thing).content()):
        return None
    code = got.lang.code
    making = MAKING_VERBS.get(code, frozenset()) | MAKING_ACTS.get(code, frozenset())
    things = {st for kp in card.keypoints if (said := _thing(prep(kp.point))) for st in prep(said).stems}
    if not all(_among(got.stems[j], things) or got.stems[j] in skip or got.words[j] in making
               or got.words[j].isdigit() for j in got.content()):
        return None
    made = cover(thing, got)
    return made if made[0] else None
