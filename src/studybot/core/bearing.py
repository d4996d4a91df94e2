"""A load a thing cannot bear, said as its weakness (issue #11): "the floor could not bear the load", "was unable to
withstand the load", "was too weak for the load" and "was not strong enough to carry the load" say one thing; in
Russian "пол не выдержал нагрузку", "не мог выдержать нагрузку", "был слишком слабым для нагрузки". Both the card's
wording and the answer are read with one denied verb in their place ("can not bear", "не выдерживал"), so either way
round meets the other, negated as said: a load borne ("could bear the load", "выдерживала нагрузку") stays the
opposite, and the thing and its load exchanged ("the load could not bear the wall") stay another claim. Another
quality too much for a thing ("too shallow to carry the water") is left as written: its verb may be the words of
another claim. An inability with no thing after it ("фундамент не выдержал") is left as written.

Only verbs of bearing a weight: "bear", "withstand", "sustain" after a word of inability, and also "carry",
"support", "hold (up)" after "too weak to"; "did not bear" (fruit, a name) and "could not support" (a plan) are
no weight borne. A rule of the language, no word of any text.
"""

from __future__ import annotations

import re

__all__ = ["read_bearing"]

# an inability before a verb of bearing a weight, with the thing borne after it ("could not bear the load")
_EN_CANNOT = re.compile(r"\b(?:could not|can not|was unable to|were unable to|is unable to|are unable to) "
                        r"(?:bear|withstand|sustain)(?= [^\W\d_])")
# weakness for a thing, or for bearing it ("too weak for the load", "too weak to carry the load")
_EN_TOO_WEAK = re.compile(r"\b(?:(?:was|were|is|are|be|been|being) )?too (?:weak|feeble) "
                          r"(?:for|to (?:bear|withstand|sustain|carry|support|hold(?: up)?))(?= [^\W\d_])")
_RU_CANNOT = re.compile(r"(?<!\w)не (?:(?:мог|могла|могло|могли|может|могут|смог|смогла|смогло|смогли|сможет|смогут) "
                        r"(?:выдержать|выдерживать)|выдержал|выдержала|выдержало|выдержали|выдерживала|"
                        r"выдерживало|выдерживали|выдерживает|выдерживают|выдержит|выдержат)(?= [^\W\d_])")
_RU_TOO_WEAK = re.compile(r"(?<!\w)(?:(?:был|была|было|были|будет|будут|оказался|оказалась|оказалось|оказались) )?"
                          r"слишком (?:слаб|слабый|слабая|слабое|слабые|слабой|слабым|слабыми|слаба|слабо|"
                          r"слабы)(?: для|,? чтобы (?:выдержать|выдерживать|удержать|держать|нести))(?= [^\W\d_])")
_READINGS = {"en": ((_EN_CANNOT, "can not bear"), (_EN_TOO_WEAK, "can not bear")),
             "ru": ((_RU_CANNOT, "не выдерживал"), (_RU_TOO_WEAK, "не выдерживал"))}
_CUES = {"en": ("bear", "withstand", "sustain", "weak", "feeble"), "ru": ("держ", "слаб")}


def read_bearing(text: str, code: str) -> str:
    """`text` (normalised, lower case) with a load it cannot bear, or is too weak for, said as one denied verb ("was
    too weak for the load", "was unable to withstand the load": "can not bear the load"); other languages and texts
    without such words as they are."""
    readings = _READINGS.get(code)
    if readings is None or not any(cue in text for cue in _CUES[code]):
        return text
    for pattern, said in readings:
        text = pattern.sub(said, text)
    return text
