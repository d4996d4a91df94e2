"""A prefixed Russian verb of going, keyed alike in its three stems: "-шёл", "-йти" and "-ход-".

Russian "идти" / "ходить" is suppletive: one prefixed verb of going has a past in "-шёл" ("вышел", "вошла"), an
infinitive and future in "-йти" / "-йд-" ("выйти", "войдёт"), an imperfective and its action noun in "-ход-"
("выходил", "входит", "выход", "вход"), and Snowball gives each its own stem ("вышел", "выйт", "выход"). A learner asks
"когда самолёт входит в штопор?" of a text that says "может войти в штопор", "кто первым вышел в открытый космос?"
of one that says "первый выход в открытый космос совершил ...": each such form gets one more key, its prefix (the
prefix says where to: "вы-" out, "в-" in, "у-" away), the same for the three stems. Not without a prefix ("ход
поршня" is no "шёл"), not "на-" ("нашёл" is found, "находится" is), not "до-" / "рас-" / "ис-" / "вос-" in the noun
("доход" is income, "расход" spending, "исход" an outcome, "восход" a sunrise). Rules of Russian conjugation, no word
of a text."""

from __future__ import annotations

import re

__all__ = ["MOTION_KEY", "motion_keys", "stem_motion_keys"]

MOTION_KEY = "zm"  # + the prefix of a Russian verb of going: its "-шёл", "-йти" and "-ход-" forms alike
# a prefix as it stands before "-шёл" / "-йти" ("во-", "обо-", "подо-": a vowel added) -> as before "-ход-"
_PREFIXES = {"вы": "вы", "во": "в", "в": "в", "у": "у", "при": "при", "пере": "пере", "про": "про", "обо": "об",
             "об": "об", "подо": "под", "под": "под", "со": "с", "с": "с", "ото": "от", "от": "от", "до": "до",
             "за": "за", "взо": "вз", "вз": "вз", "по": "по", "разо": "раз", "раз": "раз", "рас": "раз", "изо": "из",
             "из": "из", "ис": "из", "произо": "произ", "произ": "произ", "проис": "произ"}
_NOUN_ONLY_VERB = frozenset({"до", "раз", "из", "вз"})  # their "-ход" noun is another word ("доход", "расход")
_PREFIX = "|".join(sorted(_PREFIXES, key=len, reverse=True))
# the past ("вышел", "вышла", "вышедший"), the infinitive and future ("выйти", "выйдет", "войдя"), the "-ход-" verb
# and participles ("выходил", "входит", "выходящий"), the noun ("выход", "выхода", "выходом")
_PAST = r"ш(?:ел|ла|ло|ли|едш\w*)(?:ся|сь)?"
_FUTURE = r"й(?:ти|тись|ду|дет|дешь|дем|дете|дут|дя|дутся|детс[яь])"
_VERB = r"ход(?:ить|иться|ил|ила|ило|или|ился|илась|илось|ились|ит|ят|ится|ятся|ишь|им|ите|я|ящ\w*|ивш\w*)"
_NOUN = r"ход(?:|а|у|ом|е|ы|ов|ам|ами|ах)"
_FORMS = re.compile(rf"({_PREFIX})(?:({_PAST}|{_FUTURE}|{_VERB})|({_NOUN}))")


def motion_keys(word: str) -> frozenset[str]:
    """The key a prefixed form of "идти" / "ходить" shares with its other stems ("вышел", "выйти", "выход":
    "zmвы"); none for other words ("находится", "доход", "ход")."""
    found = _FORMS.fullmatch(word)
    if found is None:
        return frozenset()
    prefix = _PREFIXES[found.group(1)]
    if found.group(3) is not None and prefix in _NOUN_ONLY_VERB:
        return frozenset()
    return frozenset({MOTION_KEY + prefix})


def stem_motion_keys(stems: frozenset[str]) -> frozenset[str]:
    """The keys of the verbs of going among Snowball stems of verbs: an infinitive's "-йт" ("прийт": "прийти") or a
    past's "-ш" ("приш": "пришли"), so that a synonym a table gives as a stem ("прибыл": "прийт") meets "пришёл",
    "приходил" and "прийти" alike."""
    found: set[str] = set()
    for stem in stems:
        if stem.endswith("йт"):
            found |= motion_keys(stem + "и")
        elif stem.endswith("ш"):
            found |= motion_keys(stem + "ел")
    return frozenset(found)
