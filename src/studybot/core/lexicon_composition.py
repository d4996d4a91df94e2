"""What a thing is made of, said with any verb of composition: "made of", "made up of", "composed of", "built of",
"formed of" are "consist of", and so is being "a mixture (mix, combination, blend) of"; "построен из", "сложен из",
"образован из", "составлен из", "складывается из" are "состоит из", and so are "построили из", "сложили из",
"составили из" (the active voice of the same verbs). Only data, and only phrases any text on any subject uses
(`lexicon.PHRASES`, `lexicon_ru_own_words.RU_PHRASES`); "made from" and "make up" are left out (a material worked,
or the parts named first: "cells make up tissues"). With them, in English, a material said by its adjective or its
other name ("wooden", "wood": "timber"), and things set close said by how they are crowded ("packed together",
"squashed together", "tightly packed": "close together"), and what a thing holds more or less of ("richer in",
"poorer in": "more", "less"), issue #11."""

from __future__ import annotations

__all__ = ["COMPOSED_OF", "HAVE_FORMS", "HOLDING", "NOT_HELD_AFTER", "RU_COMPOSED_OF"]

COMPOSED_OF = {
    **{f"{verb} {part}of": "consist of" for verb in ("made", "composed", "comprised", "built", "formed", "constructed")
       for part in ("", "up ")},
    # a whole said as a mixture of its parts: "white paint is a blend of pigments" is "consists of" them
    **{f"{be} a {whole} of": f"{be} consist of" for be in ("is", "are", "was", "were", "be", "been", "being")
       for whole in ("mixture", "mix", "combination", "blend")},
    "wooden": "timber", "wood": "timber",  # ("woollen" / "wool", "lumber": the stemmer and WordNet already)
    **{f"{how} together": "close together" for how in ("packed", "crowded", "crammed", "huddled", "squeezed",
                                                       "squashed", "pressed", "jammed", "bunched", "clustered")},
    **{f"{adverb} packed": "close together" for adverb in ("tightly", "densely", "closely")},
    # what a thing holds more or less of: "limes, poorer in vitamin C" hold less of it, "richer in" more
    "richer in": "more", "poorer in": "less",
}
RU_COMPOSED_OF = {
    f"{stem}{ending} из": "состоит из" for stem in ("построен", "сложен", "образован", "составлен")
    for ending in ("", "а", "о", "ы")
} | {  # the same verbs in the active voice: "крепость построили из камня" is "крепость построена из камня"
    f"{stem}{ending} из": "состоит из" for stem in ("построил", "сложил", "составил")
    for ending in ("", "а", "о", "и")
} | dict.fromkeys(("складывается из", "складываются из", "складывался из", "складывалась из", "складывалось из",
                   "складывались из"), "состоит из")

# verbs of holding a thing in or among one's parts, which "have" says of a container or a whole ("each cell has a
# nucleus": "contains"; "the tank has 40 litres": "holds"; "the team has two doctors": "includes"), every form
HOLDING = {"en": frozenset("contain contains contained containing hold holds held holding include includes included "
                           "including possess possesses possessed possessing".split())}
# the forms of "have", and the words after one that make it an auxiliary or a duty ("has grown", "had to pay")
HAVE_FORMS = {"en": frozenset(("have", "has", "had", "having"))}
NOT_HELD_AFTER = {"en": frozenset(("to", "been", "got", "gotten", "become", "come", "gone", "done", "seen", "had"))}
