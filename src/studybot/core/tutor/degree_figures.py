"""Questions of degree that no measure names: "how accurate are the clocks?", "how badly was the city hit?",
"насколько старое это озеро?", "насколько американцы отстали?". A question of a measure ("how deep", "насколько
глубок") asks a figure of it (`TutorWords.asks["numeric"]`); one of any other degree is answered by a figure as often
as by words ("within about 5 metres", "25-35 миллионов лет", "меньше чем на месяц", "lost half of its people"), so a
passage giving a figure is a little likelier to answer it (`Weights.fit_bonus` times `Weights.figure_fit`), while one
without is never refused for it (ranking only, not `supplies`). Not a question of manner ("how exactly does X kill
Y?", "how did they heat it?": `Wants.manner`), nor one of a figure already."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc

__all__ = ["asks_degree", "figure_kind_fit"]

# "how" and a word of degree before the verb ("how accurate are ...", "how badly was ..."), not "how is X ...",
# "how come", "how exactly does ..." (the way it is done); "насколько" before anything
_AUXILIARY = r"(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|must|may|might)"
_NOT_DEGREE = r"(?:come|exactly|precisely|else|often|soon|about|so)"
DEGREE = {"en": re.compile(rf"^\W*(?:and |but |so )?how (?!{_AUXILIARY}\b|{_NOT_DEGREE}\b)[a-z]+ {_AUXILIARY}\b"),
          "ru": re.compile(r"^\W*(?:(?:а|и|но|так|ну) )?насколько\b")}


def asks_degree(q: Question, code: str) -> bool:
    """Does a question ask a degree no measure names, so that a figure may answer it?"""
    pattern = DEGREE.get(code)
    wants = q.wants
    return pattern is not None and not (wants.numeric or wants.manner or wants.reason or wants.dated) and bool(
        pattern.search(q.text))


def figure_kind_fit(doc: Doc, q: Question, code: str) -> int:
    """+1: a passage gives a figure to a question of degree; -1: it gives figures, but none of the measure asked
    ("how heavy ...?": "3 December 1967", "the first"); else 0."""
    traits, wants = doc.traits, q.wants
    if not traits.numeric:
        return 0
    if wants.numeric and wants.measures and traits.kinds and not wants.measures & traits.kinds:
        return -1
    return 1 if asks_degree(q, code) else 0
