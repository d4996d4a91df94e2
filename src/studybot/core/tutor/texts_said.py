"""What a text says, asked of a section about it: "what does the inscription say?", "что говорится в указе?".

The language's rewrites drop the verb of saying (`lexicon_framing`), so the question asks the text's content. Notes
often tell that content in a section titled by the text ("The tablet": "It carries a law that forbade the felling of
oaks") whose sentences never name it again, while another section mentions it in passing ("a teacher saw that the
tablet might matter"). So when a section's title says every word the question asks about and the chosen passage is of
another section, the answer is that section's first passage. Rules of English and Russian questions and of a pack's
sections, no word of one text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .ranking import Ranker, Scored

__all__ = ["asks_said", "titled_text"]

_ASKED = re.compile(
    r"^\W*what (?:does|did|do) .+ (?:say|state|tell us)\W*$"
    r"|^\W*что (?:же )?(?:было )?(?:говорит(?:ся)?|говорил(?:ось|ся|а|и)?|сказано|гласит|гласил[аои]?) (?:в|во|на) ")


def asks_said(text: str) -> bool:
    """Does a question (normalised) ask what a text says ("what does the decree say?", "что сказано в указе?")?"""
    return bool(_ASKED.search(text))


def titled_text(ranker: Ranker, q: Question, raw: str, best: Scored | None) -> Scored | None:
    """The first passage of the section titled by the text a "what does X say?" question asks of, when `best` is of
    another section (or None); else `best`."""
    if not asks_said(raw):
        return best
    asked = [u for u in q.units if not u.light]
    library = ranker.library
    titled = [sid for sid, keys in library.section_keys.items() if asked and all(u.strong & keys for u in asked)]
    if len(titled) != 1 or (best is not None and best.doc.section_id == titled[0]):
        return best
    first: Doc | None = next((d for d in library.docs if d.section_id == titled[0]), None)
    if first is None:
        return best
    from .ranking import Scored  # here: `ranking` is imported by the modules this one is read with

    return Scored(best.score if best else 0.0, best.coverage if best else 0.0, best.own if best else 0.0, first)
