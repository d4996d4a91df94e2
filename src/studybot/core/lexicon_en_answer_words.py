"""General English words a learner's own words put for a text's, read by the grader alone (`answer_groups`): an
illness for a disease. Every form written out. Only general vocabulary: nothing of one
text."""

from __future__ import annotations

__all__ = ["EN_ANSWER_WORDS"]

EN_ANSWER_WORDS: tuple[tuple[str, ...], ...] = (
    # what makes a body ill ("illness, not hunger" for "disease, not starvation"; WordNet sets the two words apart)
    ("disease", "diseases", "illness", "illnesses", "sickness", "sicknesses"),
)
