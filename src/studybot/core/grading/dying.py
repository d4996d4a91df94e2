"""English: a death said by its cause, either way round: "many weavers died of typhus" is made by "typhus killed many
weavers", and "typhus killed many weavers" by "many weavers died of (from) typhus". The point is said again in the
answer's frame (the one who died after "killed", the cause before it), tried as a point of its own (`en_variants`),
so another cause or another victim fails as for any point ("cholera killed many weavers"). Only where the point says
one frame and the answer the other; a rule of the language, no word of a text. (Russian makes "тиф убил многих
ткачей" by "многие ткачи умерли от тифа" already; the other way round would need the nouns' cases changed.)"""

from __future__ import annotations

import re

from ..matching import Prepared
from ..text import normalise

__all__ = ["dying_wordings"]

# (the point's "X died of Y", the point's "Y killed X", the answer's "killed", the answer's "died of"), by language
_FRAMES = {
    "en": (re.compile(r"^(?P<who>.+?) (?:died|dies|die) (?:of|from) (?P<cause>.+)$"),
           re.compile(r"^(?P<cause>.+?) (?:killed|kills|kill) (?P<who>.+)$"),
           re.compile(r"\b(?:killed|kills|kill)\b"), re.compile(r"\b(?:died|dies|die) (?:of|from)\b"),
           "{cause} killed {who}", "{who} died of {cause}"),
}
_SENTENCES = re.compile(r"[.;!?]\s*\S")  # an answer of two sentences or more: left as it is
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)$")  # "were killed by": the victim first, no cause


def dying_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording of a death and its cause said in the answer's frame, when the wording says the other."""
    frames = _FRAMES.get(got.lang.code)
    if frames is None:
        return ()
    died, killed, says_killed, says_died, as_killed, as_died = frames
    answer = normalise(got.written)
    if _SENTENCES.search(answer):
        return ()
    said_killed, said_died = says_killed.search(answer) is not None, says_died.search(answer) is not None
    if said_killed == said_died:
        return ()  # neither frame in the answer, or both: none to say a wording in
    out: list[str] = []
    for text in wordings:
        said = normalise(text).strip(" .")
        if said_killed and (m := died.match(said)):
            out.append(as_killed.format(**m.groupdict()))
        elif said_died and (m := killed.match(said)) and not _PASSIVE.search(m.group("cause")):
            out.append(as_died.format(**m.groupdict()))
    return tuple(out)
