"""Who the members are: "Who were the members of the First Triumvirate?" asks for the people who made up a group, by
their names; the noun for them ("members", "founders", "leaders": a role or a noun for people, `people_nouns`) frames
the question as "which engineer" does, and the passage that names them ("In 60 BC Caesar, Pompey and Crassus formed
the First Triumvirate") need not say the noun. A plural noun for people right after "who were / are the" and before
"of" is such a frame: the analyser weighs it as a light word (`Weights.light`), so what the question asks about the
group (the group's own words) decides, not a passage that says "members" of something else ("the Senate had 600
members"). A singular ("who was the leader of X?") asks for the holder of a post, which the passage must name
(`Ranker._holds_post`), and is left as it is. A rule of English; no word of a text.

Nor is such a singular a question of what the thing named after "of" is: "who was the commander of the STS-9
mission?" asks for a person holding a post (`holder_asked`: "who is / was the" and a role word right before "of", an
adjective allowed before it), so it asks for a person as "which engineer" does, never for a definition of the name
that follows (which a passage saying only when the mission flew would give)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .people_nouns import people_noun

if TYPE_CHECKING:
    from .words import Words

__all__ = ["holder_asked", "people_asked"]

_FRAMES = {"en": re.compile(r"^\W*who (?:were|are) (?:the|its|their) ([^\W\d_]+s) of\b")}
_HOLDERS = {"en": re.compile(r"^\W*who(?:'s| is| was) (?:the|its|their) (?:[^\W\d_]+ )?([^\W\d_]+) of\b")}


def people_asked(text: str, words: Words) -> frozenset[str]:
    """The plural noun for people a question (normalised) asks the names of ("who were the members of X?": "members"),
    if any."""
    frame = _FRAMES.get(words.lang.code)
    m = frame.match(text) if frame else None
    if m is None:
        return frozenset()
    word = m.group(1)
    stem = words.stem(word)
    return frozenset({word}) if stem in words.role_stems or people_noun(word, stem, words) else frozenset()


def holder_asked(text: str, words: Words) -> bool:
    """Does a question (normalised) ask who holds a post of something ("who was the commander of X?", "who is the
    chief engineer of X?"): a role word right before "of"?"""
    frame = _HOLDERS.get(words.lang.code)
    m = frame.match(text) if frame else None
    return m is not None and words.stem(m.group(1)) in words.role_stems
