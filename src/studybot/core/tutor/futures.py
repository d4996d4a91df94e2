"""A future or planned event asked: "when will the stone be returned?", "who will build X?", "когда будет X?" ask of an
event still to come, which only a sentence stating that event (to come or planned) gives.

A passage that tells of a past event of the same things ("the Treaty of 1801 handed the stone to the British"; a year,
a verb in the past) and says nothing to come ("will", "plans", "is expected to", "predicted that ... would",
"будет", "планируется") does not answer it, however much of it it covers: the next passage that answers and says
something to come is taken, else the tutor declines. A passage in the present ("a fuse blows when ...") is left to the
ranking: "when will X happen?" may ask a condition. Rules of English and Russian, no word of one text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .ranking import Ranker, Scored

__all__ = ["asks_future", "future_unsaid", "says_future", "telling_future"]

_ASKED = re.compile(
    r"^\W*(?:when|where|who|how (?:many|much|long|soon)|(?:in )?(?:what|which) year) (?:[\w'-]+ ){0,4}?"
    r"(?:will|shall|is going to|are going to)\b"
    r"|^\W*(?:когда|где|кто|сколько|в каком году) (?:\w+ ){0,4}?(?:будет|будут|станет|станут)(?!\w)")
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|going to|plans?|planned|planning|intends?|intended|scheduled|due to|expected|expects"
    r"|forecasts?|forecast|predicted|predicts|would|is to|are to|proposed|proposes|hopes?|hoped|aims?|future"
    r"|promised|promises)\b"
    r"|(?<!\w)(?:будет|будут|станет|станут|планир\w*|намечен\w*|собира\w*|предполага\w*|ожида\w*|прогноз\w*"
    r"|обеща\w*|буд\w+щ\w*)(?!\w)")
_PAST = re.compile(r"\b(?:1\d{3}|20\d\d)\b|\b(?:was|were|had|did)\b|\b\w{3,}ed\b"
                   r"|(?<!\w)\w{2,}(?:ал|ял|ил|ел|ыл|ул|ла|ли|ло)(?:сь|ся)?(?!\w)")


def asks_future(q: Question) -> bool:
    """Does a question ask when, where, who or how many of an event to come ("when will X be returned?")?"""
    return _asked(q.text)


def says_future(text: str) -> bool:
    """Does a sentence say something to come or planned ("will", "plans to", "predicted that ... would", "будет")?"""
    return bool(_FUTURE.search(normalise(text)))


def future_unsaid(q: Question, doc: Doc) -> bool:
    """Does a question of an event to come get a passage that tells of the past only?"""
    return asks_future(q) and not says_future(doc.text) and bool(_PAST.search(normalise(doc.text)))


def telling_future(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The best-ranked passage that answers the question and says something to come."""
    from .supplying import telling  # here: `supplying` reads the questions this module is asked of

    return telling(ranker, q, ranked, lambda doc: says_future(doc.text))


@lru_cache(maxsize=1024)
def _asked(text: str) -> bool:
    return bool(_ASKED.search(text))
