"""What became of someone or something (issue #12): "what happened to X?", "what became of X?", "what was the fate of
X?", "что стало с X?", "какова судьба X?" ask for X's fate, and a text tells a fate after what it tells of X before:
"Кулик увидел поваленный лес ... В 1941 году Кулик ушёл добровольцем на фронт, попал в плен и умер". When X is a name
(not "что случилось с десятой главой Онегина?": a chapter is no name), the words that only frame the question ("fate",
"became", "судьба"; "later", "потом" at its end: `TutorWords.fate_asks`, `fate_later`) are left out, and of the
passages that then answer it (`Ranker.answers`, `supplies`) and name everything it names, the latest in the text
answers (a sentence of the notes before one of the source text), whatever else of the question it leaves to the
sentences before ("после дуэли"). Nothing answers when fewer than two passages do: the ranking's choice stands, on
the whole question ("что случилось с Ворониным потом?", of a man the text names once, is declined as it was).
Round 37: this path answers 9 held-out questions the text does not answer (of 45 it answers there, none on
development); requiring the rest of the question ("после дуэли", "in 1905") said by the passage or a sentence before
it in its section moved no verdict of any set."""

from __future__ import annotations

import re
from dataclasses import replace

from .analysis import Question
from .ranking import Ranker, Scored, supplies
from .words import WORD

__all__ = ["latest"]


def latest(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The latest passage answering a question of what became of something (see the module), or None."""
    tw = ranker.library.words.tw
    asked = re.search(tw.fate_asks, q.text) if tw.fate_asks else None
    if asked is None:
        return None
    later = re.search(tw.fate_later, q.text) if tw.fate_later else None
    frame = set(WORD.findall(asked.group(0) + " " + (later.group(0) if later else "")))
    units = tuple(u for u in q.units if u.name or not set(u.text.split()) & frame)
    names = [u for u in units if u.name]
    if not units or not units[0].name:
        return None  # the fate of a name ("what happened to Egypt?"), not of a thing it qualifies ("с главой Онегина")
    fate = replace(q, units=units, total=sum(u.weight for u in units) or 1.0)
    answering = []
    for r in ranked:
        if all(u.strong & r.doc.keys for u in names):
            coverage, own = ranker.coverage(r.doc, units, fate.total)
            scored = Scored(r.score, coverage, own, r.doc)
            if ranker.answers(scored, fate) and supplies(r.doc, fate, ranker.library.words):
                answering.append(scored)
    if len(answering) < 2:
        return None
    return max(answering, key=lambda r: (r.doc.section_id is not None, r.doc.id))
