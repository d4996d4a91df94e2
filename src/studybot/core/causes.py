"""English reasons said with another connective, read as "because" in a second reading of an answer whose point is not
made as written (`grading.degrees.plain_answer`; read so before every point, it moved labelled verdicts the wrong
way): a point that says "the ship sank because it was overloaded" is made by "the ship sank since it was overloaded",
"... due to overloading", "... owing to ...", "... as a result of ...", "..., as it was overloaded", "since it was
overloaded, the ship sank", and by the result said after its cause: "it was overloaded, so the ship sank", "...,
therefore ...", "..., which is why ..." (read "the ship sank because it was overloaded"; a result without its
subject, "... and therefore sank", stays unmade). A cause and its result swapped around "because" ("the ship was
overloaded because it sank") fail the point however it is read (`connectives.cause_turned`). Not read so: "since" of
time ("since 1990", "since then", "ever since"), "so" of degree or purpose ("so heavy", "so that", "so as to", "and
so on"). One connective a sentence; a sentence with a "because" of its own is left as it is. Only words any text on any
subject uses.
"""

from __future__ import annotations

import re

__all__ = ["read_causes"]

_SENTENCES = re.compile(r"[^.;!?]+[.;!?]*")
# a cause after its result: "X since Y", "X due to Y", "X, as Y" (a clause after the comma: not "X, as usual")
_REASON = re.compile(r"\b(?:since(?!\s+(?:then|that time|when|\d|the (?:early|late|mid)|ever|before|after|"
                     r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b))"
                     r"|due to|owing to|as a result of|as a consequence of|on account of|thanks to"
                     r"|(?<=, )as(?= (?:it|they|he|she|there|the|its|their|his|her|this|these|those|we)\b))\b")
_EVER_SINCE = re.compile(r"\bever since\b")
# a result after its cause: "Y, so X" ("so" after a comma or "and" only: "so heavy"), "Y, which is why X"
_RESULT = re.compile(r"(?:(?:,\s*|\s+and\s+)(?:and\s+)?so(?!\s+(?:that|as|far|much|many|long|on|called|to|forth)\b)"
                     r"|(?:,\s*|\s+)(?:and\s+)?(?:therefore|thus|hence|consequently|which is why|that is why"
                     r"|as a result(?! of)|as a consequence(?! of)))\s*,?\s+(?=[a-z])")


def read_causes(text: str) -> str:
    """An English text (lower case) with each sentence's one reason said by "because", its result first."""
    if not any(w in text for w in (", as ", "since", "due to", "owing to", "result", "consequen", "account of",
                                   "thanks to", "so ", "therefore", "thus", "hence", "which is why", "that is why")):
        return text
    return _SENTENCES.sub(lambda m: _sentence(m.group()), text)


def _sentence(text: str) -> str:
    if re.search(r"\bbecause\b", text) or _EVER_SINCE.search(text):
        return text
    reasons, results = list(_REASON.finditer(text)), list(_RESULT.finditer(text))
    if len(reasons) + len(results) != 1:
        return text
    end = re.search(r"[.;!?]*\s*$", text)
    tail = end.group() if end else ""
    body = text[:len(text) - len(tail)]
    if results:
        m = results[0]
        cause, result = body[:m.start()].strip(), body[m.end():].strip()
        return f"{result} because {cause}{tail}" if cause and result else text
    m = reasons[0]
    before = body[:m.start()].strip()
    if not before:  # "since it was overloaded, the ship sank"
        cause, comma, result = body[m.end():].partition(",")
        return f"{result.strip()} because {cause.strip()}{tail}" if comma and result.strip() else text
    return f"{before} because {body[m.end():].strip()}{tail}"
