"""English: a keypoint's quality named by the noun of what a sense perceives ("the pitch of the whistle was higher",
"its taste is bitter", "the pitch of the siren rises") said by the answer with the verb of that sense ("the
whistle sounded higher", "it tastes bitter", "the siren sounds higher"; issue #11).

A verb of the senses before a quality says the quality of what that sense perceives: what sounds higher has a higher
pitch, what tastes bitter a bitter taste, what looks darker a darker colour; a pitch that rises is a higher one, a
volume that falls a quieter one. The point is tried once more as the quality of the thing itself ("the whistle was
higher", "it is bitter"), which the answer's verb of the senses reads as (`linking.senses_as_copula`), only where the
answer says the verb of the very sense whose noun the point names, before the point's own quality word: "it sounded
higher" makes "the pitch was higher", "it looked higher" or "the volume was higher" do not. The nouns and verbs are
the language's, none of a text.
"""

from __future__ import annotations

import re

from ..matching import Prepared
from ..text import normalise

__all__ = ["sensed_wordings"]

# the nouns of what each sense perceives, by the forms of its verb
_SENSES = {
    ("sound", "sounds", "sounded", "sounding"): "pitch tone note sound noise volume loudness",
    ("look", "looks", "looked", "looking"): "colour color colours colors appearance shade hue brightness",
    ("taste", "tastes", "tasted", "tasting"): "taste flavour flavor",
    ("smell", "smells", "smelled", "smelt", "smelling"): "smell odour odor scent",
    ("feel", "feels", "felt", "feeling"): "texture feel",
}
_VERB_OF = {noun: forms for forms, nouns in _SENSES.items() for noun in nouns.split()}
_NOUN = "|".join(sorted(_VERB_OF, key=len, reverse=True))
_COPULA = "is|was|are|were|be|been|being|becomes|became|become|gets|got|get|getting|remains|remained|stays|stayed"
_DEGREE = "(?:(?:much|far|a bit|a little|slightly|even|more|less|very|quite|rather) )*"
# "the pitch of the whistle was higher", "its pitch is higher", "the whistle's pitch was higher"
_OF = re.compile(rf"\b(?:(?:the|its|their|his|her) |([a-z]+)'s )({_NOUN})(?: of ((?:the |a |an |its |their |his "
                 rf"|her )?[a-z]+(?: [a-z]+)?))? ({_COPULA}) ({_DEGREE}[a-z]+)\b")

# a noun's quality gone up or down ("the pitch of the siren rises", "the volume fell"): the comparative the verb of its
# sense says it with ("the siren sounds higher", "it sounded quieter"); only nouns of a quality that has a scale
_RISE = "rises|rose|risen|rising|increases|increased|goes up|went up|gone up|going up"
_FALL = "falls|fell|fallen|falling|drops|dropped|decreases|decreased|goes down|went down|gone down|going down"
_SCALE = {**dict.fromkeys(("pitch", "tone", "note"), ("higher", "lower")),
          **dict.fromkeys(("volume", "loudness"), ("louder", "quieter")), "brightness": ("brighter", "dimmer")}
_CHANGED = re.compile(rf"\b(?:(?:the|its|their|his|her) |([a-z]+)'s )({'|'.join(_SCALE)})(?: of ((?:the |a |an |its "
                      rf"|their |his |her )?[a-z]+(?: [a-z]+)?))? ({_RISE}|{_FALL})\b")


def _quality(said: str) -> str:
    """The quality word of a quality said with its degree ("much higher": "higher")."""
    return said.split()[-1]


def _sensed(answer: str, forms: tuple[str, ...], quality: str) -> bool:
    """Does the answer say `quality` with a verb of the sense (`forms`) right before it, a word of degree between?"""
    return re.search(rf"\b(?:{'|'.join(forms)}) {_DEGREE}{re.escape(quality)}\b", answer) is not None


def sensed_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording whose quality is named by the noun of a sense, said as the quality of the thing itself ("the
    whistle was higher" for "the pitch of the whistle was higher"), where the answer says that quality with the
    verb of the same sense ("the whistle sounded higher"); nothing in any other language."""
    if got.lang.code != "en":
        return ()
    answer = normalise(got.written)
    if not any(form in answer for forms in _SENSES for form in forms):
        return ()
    out: list[str] = []
    for text in wordings:
        mine = normalise(text)

        def thing(m: re.Match[str]) -> str:
            if not _sensed(answer, _VERB_OF[m.group(2)], _quality(m.group(5))):
                return m.group(0)
            return f"{m.group(1) or m.group(3) or 'it'} {m.group(4)} {m.group(5)}"

        def changed(m: re.Match[str]) -> str:
            quality = _SCALE[m.group(2)][0 if re.fullmatch(_RISE, m.group(4)) else 1]
            if not _sensed(answer, _VERB_OF[m.group(2)], quality):
                return m.group(0)
            return f"{m.group(1) or m.group(3) or 'it'} is {quality}"

        said = _CHANGED.sub(changed, _OF.sub(thing, mine))
        if said != mine:
            out.append(said)
    return tuple(dict.fromkeys(out))
