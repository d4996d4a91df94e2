"""General English words a learner's own words put for a text's, read by the grader alone (`answer_groups`): an
illness for a disease, a stuff or a weather by its adjective in "-y" ("salty" for "salt"). Every form written out.
Only general vocabulary: nothing of one text."""

from __future__ import annotations

__all__ = ["EN_ANSWER_WORDS"]

EN_ANSWER_WORDS: tuple[tuple[str, ...], ...] = (
    # what makes a body ill ("illness, not hunger" for "disease, not starvation"; WordNet sets the two words apart)
    ("disease", "diseases", "illness", "illnesses", "sickness", "sicknesses"),
    # a stuff or a weather and its adjective in "-y", where WordNet does not link them ("salty harbour water" for
    # "salt water", "sandy dunes" for "sand dunes", "the rainy season" for "the rain season"; issue #11): only nouns
    # whose "-y" adjective says "of it" or "full of it", not another sense ("handy", "dirty", "sunny", "watery")
    *(tuple(group.split()) for group in (
        "salt salty", "sand sandy", "mud muddy", "stone stony", "silt silty", "clay clayey", "grass grassy",
        "smoke smoky", "soot sooty", "rust rusty", "chalk chalky", "marsh marshy", "swamp swampy", "hill hilly",
        "rain rainy", "storm stormy", "fog foggy", "mist misty", "frost frosty", "snow snowy", "cloud cloudy")),
    # a liquid that flows easily: "the syrup was thinner" is "runnier" (and so "less thick": `meaning`)
    ("runny", "runnier", "runniest", "thin", "thinner", "thinnest"),
    ("approve", "approves", "approved", "approving", "approval", "sign", "signs", "signed", "signing"),
    ("plan", "plans", "design", "designs", "blueprint", "blueprints"),
)
