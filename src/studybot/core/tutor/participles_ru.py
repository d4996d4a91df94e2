"""A Russian active past participle keyed as its verb's past forms, where the stemmer parts them.

Snowball's Russian stemmer drops a participle's "-вш-" only after "а", "я", "и", "ы" ("прибывших", "построивших"
meet "прибыли", "построили"); a verb whose root ends in a consonant makes it with "-ш-" alone ("погибших", "умерших",
"выросших") or, in "-нуть", with "-нувш-" ("исчезнувших"), and one in "-еть" / "-уть" / "-оть" with "-вш-" after that
vowel ("сгоревших"), which it keeps: "сколько людей погибло?" would not meet "число погибших не установили", nor
"сколько видов исчезло?" "... исчезнувших видов". Such a participle gets the key its past forms get:

- a consonant root: the root with its own prefix (`ROOT_KEY`), which the past forms in "-ла", "-ло", "-ли" (and their
  reflexive forms) get too ("погибли", "погибших": "zcпогиб"); not the bare masculine past ("погиб", "вырос"), which
  no ending tells from a noun ("мыс"); a noun in "-ла" / "-ли" ("котла", "мысли") meets no such participle;
- a root in "е", "у", "о": the past's own key (`tenses_ru`: "сгоревших", "сгорел": "ztсгоре").

What is a verb form is told by the ending alone, a rule of Russian; no word of a text. Comparatives in "-ший" have
no such consonant before it ("больший", "лучший", "меньший") or are listed (`_COMPARATIVES`)."""

from __future__ import annotations

import re

__all__ = ["ADJECTIVE_ENDINGS", "ROOT_KEY", "participle_keys"]

ROOT_KEY = "zc"  # + a consonant root of a Russian verb: its past forms in "-л-" and its active past participle
_ADJ = r"(?:ий|ая|ое|ее|ие|его|ого|ей|ой|их|им|ими|ую|ем|ему|ийся|аяся|ееся|иеся|ихся|имся|егося|ейся|уюся)"
_CONSONANT = "бгдзкпрстхж"
_PARTICIPLE = re.compile(r"(\w{3,}?)(?:(?<=[%s])ш|нувш)%s" % (_CONSONANT, _ADJ))
_PAST = re.compile(r"(\w{3,}[%s])л(?:а|о|и|ся|ась|ось|ись)" % _CONSONANT)
# adjectives in "-ший" after such a consonant: comparatives and superlatives, no participle
_COMPARATIVES = re.compile(r"(?:стар|млад|выс|низ)ш%s" % _ADJ)
ADJECTIVE_ENDINGS = _ADJ  # a participle's endings, for the vowel roots' (`tenses_ru`)


def participle_keys(word: str) -> frozenset[str]:
    """The key an active past participle shares with its verb's past forms, and a past form in "-ла", "-ло", "-ли" of
    a consonant root its participle's (see the module); none for other words."""
    if _COMPARATIVES.fullmatch(word):
        return frozenset()
    if (m := _PARTICIPLE.fullmatch(word)) is not None:
        return frozenset({ROOT_KEY + m.group(1)})
    if (m := _PAST.fullmatch(word)) is not None:
        return frozenset({ROOT_KEY + m.group(1)})
    return frozenset()
