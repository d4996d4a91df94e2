"""A short answer that says a wording's adjective after its noun, as a predicate: "your blood sugar gets too low",
"blood sugar that is too low" for "low blood sugar", "a strain of the bacterium that is resistant to penicillin" ...
read again with the adjective before its noun ("low blood sugar"), and an adjective's object before it as one
compound ("staphylococcus aureus that is resistant to methicillin": "methicillin-resistant staphylococcus aureus").
Only an adjective a wording of the card says (so "blood sugar is high" is read "high blood sugar", which no wording
says, and stays wrong), in an answer that denies nothing ("blood sugar is not low" stays as said), and only the
whole answer: a noun, perhaps a verb of being or becoming and a word of degree, the adjective, perhaps its object. The
reading is graded as any answer (`regrade`): the noun must still be the wording's. A rule of English, no word of a
text."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..matching import Prepared
from .shortage import shortage_as_lack
from .verdict import Verdict

__all__ = ["predicate_as_attribute", "read_again"]

_OPENING = r"(?:(?:the|a|an|your|their|its|his|her|our|my|some) )?"
_BEING = r"(?:(?:that|which|who) )?(?:is|are|was|were|be|been|being|gets|got|get|getting|becomes|became|become)"
_DEGREE = r"(?:(?:too|very|so|far too|much too|dangerously|abnormally|extremely|unusually) )?"
_PREDICATE = re.compile(rf"^{_OPENING}(?P<noun>[^\W\d_][\w' -]*?) (?P<being>{_BEING} {_DEGREE})?(?P<adj>[^\W\d_][\w-]*)"
                        r"(?: (?:to|of|against) (?P<obj>[^\W\d_][\w-]*))?$")


def _predicate(text: str) -> re.Match[str] | None:
    """The answer's noun, adjective and the adjective's object, when it says a verb of being or an object."""
    found = _PREDICATE.match(re.sub(r"[.!]+$", "", text.strip().lower()))
    return found if found is not None and (found["being"] or found["obj"]) else None


def predicate_as_attribute(got: Prepared, wordings: tuple[str, ...],
                           regrade: Callable[[str], Verdict]) -> Verdict | None:
    """The answer read with its predicate adjective before its noun, when a wording says that adjective and so it
    is right; None otherwise."""
    if got.lang.code != "en" or got.negated():
        return None
    found = _predicate(got.written)
    if found is None:
        return None
    noun, adjective, obj = found["noun"], found["adj"], found["obj"]
    said = {w for text in wordings for w in re.findall(r"[^\W\d_][\w-]*", text.lower())}
    if adjective not in said and not any(w.endswith(f"-{adjective}") for w in said):
        return None
    reading = f"{obj}-{adjective} {noun}" if obj else f"{adjective} {noun}"
    if _predicate(reading) is not None:
        return None  # (read once: the reading says its adjective before its noun)
    again = regrade(reading)
    return again if again.correct else None


def read_again(got: Prepared, wordings: tuple[str, ...], regrade: Callable[[str], Verdict]) -> Verdict | None:
    """A short answer read another way and right so: a shortage as a lack (`shortage`), a predicate adjective before
    its noun (above); None otherwise."""
    return shortage_as_lack(got, wordings, regrade) or predicate_as_attribute(got, wordings, regrade)
