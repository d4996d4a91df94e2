"""A "why" question answered in the voice of the one who acted, not of someone who imputes a motive (English).

"Why did the manufacturers want cheap bread?": "Many Chartists suspected that the manufacturers wanted cheap bread
only so that they could cut wages" says what others suspected; "Dear bread meant that employers had to pay higher
wages" says why. When the chosen passage gives its reason only inside what someone suspected, claimed, alleged or
accused another of, one of the next best-ranked passages that answers the question and gives a reason in its own
voice is taken instead; when none does, the passage stays (the text may give no other reason). Other languages keep
the ranking's choice."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ranking import gives_reason, supplies

if TYPE_CHECKING:
    from .analysis import Question
    from .ranking import Ranker, Scored

__all__ = ["TRIED", "imputed", "own_motive"]

TRIED = 3  # the best-ranked passages tried in place of one that imputes the motive

# a verb by which one person says what another intends or did, before what it says: "suspected that", "accused X of"
_IMPUTING = re.compile(r"\b(?:suspect|suspects|suspected|claim|claims|claimed|allege|alleges|alleged|accuse|accuses|"
                       r"accused|insinuated|rumoured|rumored)\b(?:\s+\w+){0,3}?\s+(?:that|of)\b", re.IGNORECASE)


def imputed(text: str) -> bool:
    """Does a passage say what someone suspected, claimed or accused another of ("suspected that the manufacturers
    wanted ...")?"""
    return _IMPUTING.search(text) is not None


def own_motive(ranker: Ranker, q: Question, best: Scored, ranked: list[Scored]) -> tuple[Scored, list[Scored]]:
    """The passage to answer a "why" question with and the candidates in the order the reply reads them: `best` and
    `ranked`, or, when `best` only imputes the motive, the first of the `TRIED` best-ranked passages (another text)
    that answers, supplies and gives a reason without imputing one, with the passages that impute one put last."""
    if ranker.library.words.lang.code != "en" or not q.wants.reason or not imputed(best.doc.text):
        return best, ranked
    own = next((r for r in ranked[:TRIED] if r.doc.text != best.doc.text and not imputed(r.doc.text)
                and gives_reason(r.doc) and ranker.answers(r, q) and supplies(r.doc, q, ranker.library.words)), None)
    if own is None:
        return best, ranked
    return own, [r for r in ranked if not imputed(r.doc.text)] + [r for r in ranked if imputed(r.doc.text)]
