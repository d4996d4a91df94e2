"""A question asking for someone's occupation, answered by the passage that gives a role or a noun for a person.

"Moore's job in 1965?" is answered by "Gordon Moore was director of research and development at Fairchild ...",
"what was his father's trade?" by "..., the son of a carpenter": the word that asks for the occupation ("job",
"occupation", "profession", "trade": `lexicon_jobs`) is the kind of answer wanted, said in the passage by the role or
the noun for a person it gives (`Doc.roles`, `Doc.people`) that the question does not itself say. When
`Ranker.choose` declines, the best-ranked passages giving one (as many as it tries, `Weights.answers_tried`) are
judged again with that word met by it, as by a synonym, and the same thresholds decide (`Ranker.answers`,
`supplies`). Languages with no such words keep the ranking's decision.

A verb of employment is read so too (`lexicon_jobs.JOB_VERBS`) in a question asking where, who or which: "where did X
work?" by "X, a biochemist at Y", "in whose department did X and Y work?" by "in Z's department, the physicists X and
Y"; not in one asking a figure or a date ("how many people work at X?" asks a headcount, which "a committee of nine
members" does not give; "when did the Tarn Works ban X?" names a works).
"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon_jobs import JOB_ASKS, JOB_VERBS
from .analysis import Question
from .ranking import Ranker, Scored, supplies

__all__ = ["job_of"]


def job_of(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The first of the best-ranked passages that answers a question asking for an occupation with that
    word met by the role or person it gives (see the module's docstring); else None."""
    code = ranker.library.words.lang.code
    asks = JOB_ASKS.get(code, frozenset())
    wants = q.wants
    if (wants.place or wants.person or wants.entity) and not (wants.numeric or wants.dated):  # "where / who / which"
        asks |= JOB_VERBS.get(code, frozenset())  # ("how many people work at X?" asks a headcount, "when did the X
        # Works ban Y?" a date: no noun for a person says either)
    if not any(u.text in asks for u in q.units):
        return None
    for r in ranked[:ranker.weights.answers_tried]:
        given = (r.doc.roles | r.doc.people) - q.stems
        if not given:
            continue
        units = tuple(replace(u, strong=u.strong | given) if u.text in asks and not (u.strong | u.weak) & r.doc.keys
                      else u for u in q.units)
        asked = replace(q, units=units)
        coverage, own = ranker.coverage(r.doc, asked.units, asked.total)
        found = Scored(r.score, coverage, own, r.doc)
        if ranker.answers(found, asked) and supplies(r.doc, asked, ranker.library.words):
            return found
    return None
