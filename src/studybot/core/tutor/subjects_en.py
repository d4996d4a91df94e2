"""A "why" question asks the motive of its own subject (English): "Why did Tarrow want closer ties with Orvia?" is not
answered by "Orvia knows Tarrow cannot leave the league, so it wants at least a foothold there", which tells why
Orvia wants something. A passage whose subject (the name it opens with, "The" passed over, before a verb of its own:
"Orvia knows", "Orvia now says") is another name the question gives, not the one it asks about (the names
after "why" and its auxiliary), does not answer it; another passage does, or the tutor looks for a motive
named otherwise (`motive_nouns`) or declines. Not a name that only qualifies a noun ("The Orvia treaty angered
Tarrow": no verb after the name), a name the question says as an owner ("why did the Board turn down Orvia's
plan?": "Orvia sent its plan ..., but the Board ..." tells of the plan) nor a question whose subject is no name
("why did the talks fail?"). English only:
its subject comes before its verb, and WordNet tells an inflected verb."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .agents import inflected_verb
from .names import WRITTEN_WORD

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc, Library

__all__ = ["others_motive"]

_WHY = re.compile(r"^\W*why\s+(?:did|does|do|was|were|is|are|has|have|had|would|will|could|can|should|must)\s")
_OWNER = re.compile(r"([^\W\d_]+)['’](?:s\b|(?!\w))")  # a name said as an owner: "Y's paper", "the Carters' cart"
_OPENING = frozenset({"the"})  # an article a subject's name may open with ("The Orvia council says")


def others_motive(doc: Doc, q: Question, library: Library) -> bool:
    """Is a passage's subject another name of an English "why did X ...?" question than X (see the module)?"""
    english = library.words.lang.code == "en"
    if not english or not q.wants.reason or not _WHY.match(q.text) or not q.units or not q.units[0].name:
        return False
    owners = library.strong_keys(" ".join(_OWNER.findall(q.text)))  # "why did X turn down Y's paper?": Y owns
    lead = next((k for k, u in enumerate(q.units) if not u.name), len(q.units))  # "Khedive Ismail": one subject
    subject = frozenset().union(*(u.strong for u in q.units[:lead]))
    others = [u for u in q.units[lead:] if u.name and not u.strong & subject and not u.strong & owners]
    if not others:
        return False
    tokens = [m.group() for m in WRITTEN_WORD.finditer(doc.text)]
    k = 1 if tokens and tokens[0].casefold() in _OPENING else 0
    run = []
    while k < len(tokens) and tokens[k][:1].isupper():
        run.append(tokens[k])
        k += 1
    if not run or k >= len(tokens):
        return False
    verb = next((t for t in tokens[k:k + 2] if not t.endswith("ly")), "")  # "Orvia regularly says"
    if not (verb.islower() and inflected_verb(verb)):
        return False
    keys = library.strong_keys(" ".join(run))
    return not keys & subject and any(keys & u.strong for u in others)
