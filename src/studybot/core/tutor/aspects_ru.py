"""A Russian perfective verb in "-ить" met by the synonyms of its imperfective in "-ять" / "-лять".

The Russian tables (`wordnet_ru`) give a verb's synonyms in its own aspect: "отправить" / "послать", "отправлять" /
"посылать". A learner asks in one aspect and a text says the other: "почему экспедицию не отправили?" of a text that
says "экспедицию не посылали". A perfective in "-ить" makes its imperfective regularly with "-ять" ("заменить" /
"заменять", "проверить" / "проверять"), and after a labial with "-лять" ("отправить" / "отправлять", "объявить" /
"объявлять"): a question's verb in "-ить" (a stem Snowball leaves without "и") is looked up as that imperfective too,
when the tables know it. Not the other derivations ("ответить" / "отвечать", whose table sense is "to talk back"),
nor the other way round (an imperfective's perfective may have a prefix of its own). Rules of Russian word
formation, no word of a text."""

from __future__ import annotations

import re

from .. import wordnet_ru

__all__ = ["imperfective_synonyms"]

_LABIALS = "бпвфм"  # before "-ять" they take an "л": "отправ-ить" / "отправ-лять"
_PERFECTIVE = re.compile(r"\w+(?:ить|ил|ила|ило|или|ился|илась|илось|ились|иться)")  # "отправили", "заменить"
_VERB: tuple[wordnet_ru.Pos, ...] = ("v",)


def imperfective_synonyms(word: str, stem: str) -> frozenset[str]:
    """The stems of the synonyms of a perfective "-ить" verb's imperfective in "-ять" / "-лять" ("отправили":
    "посыла", "высыла", "отсыла"), or none."""
    if not _PERFECTIVE.fullmatch(word) or len(stem) < 4:
        return frozenset()
    partner = stem + ("ля" if stem[-1] in _LABIALS else "я")
    return wordnet_ru.synonyms(partner, _VERB) - {stem}
