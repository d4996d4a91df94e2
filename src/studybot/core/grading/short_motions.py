"""A short answer that matches a right wording word for word can still send its thing the other way, or to
another of its things (issue #11): "the coast carried salt to the barges" has every word of "the barges carried
salt to the coast", as "from the coast" has of "to the coast", and "taxes without markets" of "markets without
taxes" (`swapped_sides`). The motion check of keypoints (`roles.motion_flipped`:
a goal or a source is the word after "to"/"from", "к"/"от", in the language's lexicon) is asked of the wording matched.
"""

from __future__ import annotations

from ..matching import Prepared
from ..packs import Card
from .peoples import people_swapped
from .roles import motion_flipped
from .short import ShortGrading
from .swapped_sides import sides_swapped
from .verdict import Verdict, wrong

__all__ = ["ShortMotionsGrading"]


class ShortMotionsGrading(ShortGrading):
    """`ShortGrading` whose matched wordings keep where their things go to and come from."""

    def _added(self, card: Card, got: Prepared, wording: str) -> Verdict | None:
        found = super()._added(card, got, wording)
        if found is None and motion_flipped(self.prep(wording), got):
            return wrong("Who did what is the wrong way round.", "mismatch",
                         f"where things of '{wording}' go to or come from changed")
        if found is None and people_swapped(self.prep(wording), got):
            return wrong("Whose it is is the wrong way round.", "mismatch", f"the peoples of '{wording}' swapped")
        if found is None and sides_swapped(self.prep(wording), got):
            return wrong("The two sides are the wrong way round.", "mismatch", f"the sides of '{wording}' swapped")
        return found
