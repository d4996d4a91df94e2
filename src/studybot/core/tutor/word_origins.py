"""A question about a word or a name itself: what it means or where it comes from ("where does the word tulip come
from?", "what does the name Augustus mean?", "what did the word Hansa originally mean?", "what is the origin of the
name X?", "how did X get its name?"). Such a question names nothing but the word, so every sentence that uses the
word covers it in full, and the one telling how the thing was named is lost among them ("In 1593 Clusius ... brought
his collection of tulip bulbs"). The sentence that answers speaks of the word as a word: it names it right after a
noun for a name or a verb of naming ("the name Augustus, meaning ...", "was named insulin, from the Latin insula",
"The word Hansa is an old German word", "The name "tulip" probably comes from ..."), or says what it means or where
it comes from right after it ("Hansa meant a band"). That sentence answers: the best ranked of those that also say a
meaning or a source ("meaning", "from", "after"), else the best ranked of them; when no sentence speaks of the word
so, the question is read as any other (the text may still define the thing).

"Where does X come from?" without "the word" or "the name" asks where the thing comes from ("the tulip grew wild in
Central Asia"), and "why is X called Y?" asks a reason: neither is read so. English only (`_ASKED`, `_CUES`); a
language without these forms here is read as before."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .ranking import Scored

__all__ = ["asked_word", "word_origin"]

_TERM = r"[\"']?([^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){0,3}?)[\"']?"  # the word asked about, up to four words
_NOUN = r"(?:the )?(?:word|name|term)"
_ASKED = {"en": (
    # "where does the word X come from?", "where did the name X come from?"
    re.compile(rf"^\W*where (?:does|did|do) {_NOUN} {_TERM} (?:come|comes|came) from\W*$"),
    # "what does (the name) X mean?", "what did the word X originally mean?"
    re.compile(rf"^\W*what (?:does|did|do) (?:{_NOUN} )?{_TERM} (?:\w+ly )?mean\W*$"),
    # "what is the origin (meaning) of the name X?", "what's the meaning of the word X?"
    re.compile(rf"^\W*what(?: is|'s| was) the (?:origin|meaning|etymology|source) of {_NOUN} {_TERM}\W*$"),
    # "how did X get its name?", "where did X get its name from?"
    re.compile(rf"^\W*(?:how|where) (?:does|did|do) (?:the )?{_TERM} get (?:its|his|her|their) name(?: from)?\W*$"),
)}
# a sentence speaking of a word as a word: a noun for a name or a verb of naming right before it, or a verb of meaning
# or coming from right after it ("{}" stands for the word)
_CUES = {"en": (
    r"\b(?:name|names|named|naming|word|words|term|terms|call|calls|called|calling) [\"']?{}[\"']?(?!\w)",
    r"(?<!\w){}[\"']?,? (?:\w+ )?(?:means|meant|meaning|comes from|came from|derives from|is derived from|was derived "
    r"from)\b",
)}

# ... and of those, the one telling what it means or where it comes from first ("named X after Y", "from the Latin
# ...", "meaning ..."), not one saying only how the word was used ("proposed that the word X be used for ...")
_ORIGIN = {"en": re.compile(r"\b(?:means|meant|meaning|from|after|derives|derived)\b")}


def asked_word(text: str, code: str) -> str | None:
    """The word or name a question asks the meaning or the origin of (normalised), or None."""
    for pattern in _ASKED.get(code, ()):
        found = pattern.match(text)
        if found:
            return re.sub(r"^the ", "", found.group(1).strip("\"'"))
    return None


def word_origin(text: str, code: str, ranked: list[Scored]) -> Scored | None:
    """The best ranked passage speaking of the word a question asks the meaning or origin of as a word, or None."""
    term = asked_word(normalise(text), code)
    if term is None:
        return None
    spelt = r"(?:the )?" + re.escape(term) + r"(?:s|es)?"
    cues = [re.compile(cue.format(spelt)) for cue in _CUES.get(code, ())]
    speaking = [r for r in ranked if any(c.search(normalise(r.doc.text)) for c in cues)]
    origin = _ORIGIN.get(code)
    return next((r for r in speaking if origin is not None and origin.search(normalise(r.doc.text))),
                speaking[0] if speaking else None)
