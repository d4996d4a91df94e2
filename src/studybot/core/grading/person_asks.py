"""A question that asks for a person by a noun for people: "Какой путешественник описал ...?", "Какая императрица ввела
...?", "Which engineer built ...?" asks who, as "Кто ...?" does, so its card's answer names a person of the pack
(`core.people`) however foreign the name ("Марко Поло", "Юхан Пальмструк"): the surname alone, initials and a case
form of it answer the card. In English an adjective or a name may stand before the noun ("Which leading London
clockmaker ...?"). The nouns are the tutor's general tables of roles and of people ("министр", "учёный",
"explorer"), read by their stems; the question word is one that asks to pick ("какой", "which"), the noun the next
word or, in Russian, the next after its adjectives ("какой английский врач"). Nouns of a science's or an art's
people need no table: "which meteorologist", "which mathematician", "which astronomer", "which photographer",
"какой метеоролог", "какой пианист" ask who by their endings ("-ologist", "-ician", "-ist", "-onomer", "-ographer",
"-osopher"; "-олог", "-ист"), long enough to be no thing ("list", "лист", "монолог", "misnomer"), in any case
("с каким микробиологом", "какому инженеру"), and so do a craft's ("clockmaker", "goldsmith", "shipwright") and, in
English, a verb's doer ("planner", "illustrator", "writer": a WordNet verb before "-er"/"-or", no thing named so:
"computer", "tower"). English names a person by a noun before the head noun too ("which town planner", "which ship
captain"), and asks by "Name the ..." as by "which"."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .. import wordnet
from ..agent_roots import agent_roots
from ..lexicon_ru_tutor import RUSSIAN_TUTOR
from ..lexicon_tutor import ENGLISH_TUTOR, TutorWords

__all__ = ["asks_for_person"]

_TABLES: dict[str, TutorWords] = {"en": ENGLISH_TUTOR, "ru": RUSSIAN_TUTOR}
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)+|[^\W\d_]+")  # a hyphenated word is one ("fourteen-year-old", "14-year-old")
REACH = 3  # the noun at most this many words after the question word ("какой английский врач")
# the endings of the adjectives that may stand between the question word and its noun: the lexicon's, and the
# prepositional "-ом"/"-ем" it leaves out (nouns end so too), safe here after a question word in that case ("при
# каком английском короле"); in English the endings of adjectives that stand before a noun for people ("which
# leading clockmaker", "which famous painter", "which trained engineer"), and a name written with a capital ("which
# London clockmaker", "which English poet": `_NAMED`)
_ADJECTIVES = {"ru": (*RUSSIAN_TUTOR.adjective_endings, "ом", "ем"), "en": ("ing", "ous", "ed", "ent", "ant", "ish")}
_NAMED = {"en"}
# the forms of "какой" that ask to pick beside the tutor's ("Какому инженеру ...?", "Какими химиками ...?")
_ASKING = {"ru": frozenset(("какому", "какими"))}


# the endings of nouns for people by their science or art (in Russian in the cases after "какой", "какого",
# "каким", "какому", "каких"), the least length of such a noun ("list", "лист", "пролог" are shorter) and the things
# that end so ("checklist", "монолог")
_AGENTS = {"en": (("ologist", "ologists", "ician", "icians", "ist", "ists", "onomer", "onomers", "ographer",
                   "ographers", "osopher", "osophers", "maker", "makers", "smith", "smiths", "wright", "wrights"), 7,
                  ("checklist", "playlist", "wishlist", "shortlist", "blacklist", "whitelist", "waitlist")),
           "ru": (("олог", "олога", "ологу", "ологом", "ологов", "ист", "иста", "исту", "истом", "истов"), 7,
                  ("монолог", "некролог"))}


def _agent(word: str, code: str) -> bool:
    """Is `word` a noun for a person by its science or art ("meteorologist", "пианист")?"""
    endings, least, things = _AGENTS.get(code, ((), 0, ()))
    return len(word) >= least and word.endswith(endings) and not any(thing in word for thing in things)


@lru_cache(maxsize=8)
def _person_stems(code: str, stem: Callable[[str], str]) -> frozenset[str]:
    table = _TABLES.get(code)
    return frozenset(stem(w) for w in table.role_words | table.person_nouns) if table else frozenset()


def asks_for_person(prompt: str, code: str, stem: Callable[[str], str]) -> bool:
    """Does a prompt ask which person ("Какой министр финансов провёл ...?")?"""
    table = _TABLES.get(code)
    if table is None:
        return False
    said = _WORD.findall(prompt)
    words = [w.casefold().replace("ё", "е") for w in said]
    persons = _person_stems(code, stem)
    for i, w in enumerate(words):
        named_by = code == "en" and w == "name" and words[i + 1:i + 2] == ["the"]  # "Name the engineer who ..."
        if w not in table.asking and w not in _ASKING.get(code, ()) and not named_by:
            continue
        after = words[i + 1 + named_by:i + 1 + named_by + REACH]
        named = [code in _NAMED and w[:1].isupper() for w in said[i + 1 + named_by:i + 1 + named_by + REACH]]
        while len(after) > 1 and (after[0].endswith(_ADJECTIVES.get(code, ())) or named[0] or "-" in after[0]) \
                and not ((code == "ru" or "-" in after[0]) and _for_people(after[0], code, stem, persons)):  # (not
            # "каким химиком", "учёным", "which vice-president")
            after, named = after[1:], named[1:]  # "какой английский врач": the noun after the adjectives
        if after and _for_people(after[0], code, stem, persons):
            return True
        # English names a person by a noun before the head noun ("which town planner", "which ship captain")
        if code == "en" and len(after) > 1 and after[0] not in table.asking \
                and _for_people(after[1], code, stem, persons):
            return True
    return False


def _for_people(word: str, code: str, stem: Callable[[str], str], persons: frozenset[str]) -> bool:
    """Is `word` a noun for people: of the tables, by its science's or art's ending, or a verb's doer?"""
    word = word.rsplit("-", 1)[-1]  # a hyphenated noun by its last word: "crew-member", "vice-president"
    return stem(word) in persons or _agent(word, code) or _doer(word, code)


# English agent nouns, a verb's doer by "-er"/"-or" ("planner", "illustrator", "surveyor"), and the things named so
_DOER_ENDINGS = ("er", "or", "ers", "ors")
_DOER_THINGS = frozenset("""computer printer reactor generator container layer letter number error heater boiler
    sensor conductor detector indicator elevator accelerator trailer filter cover answer order matter counter marker
    blender mixer cooler roller timer buffer charger transformer transmitter receiver controller processor compressor
    radiator ventilator calculator projector regulator separator condenser converter stapler burner fertilizer
    fertiliser thriller wonder shower tower flower lower poster sticker folder binder cracker wrapper sweater slipper
    remainder reminder border water paper chapter quarter shelter powder ladder hammer finger mirror motor monitor
    factor sector vector tractor anchor harbour harbor colour color favour favor honour honor labour labor rumour
    rumor terror horror liquor vapour vapor odour odor armour armor parlour parlor flavour flavor splendour
    humour humor tumour tumor behaviour behavior corridor meteor""".split())  # (not "mentor", "juror": people)


def _doer(word: str, code: str) -> bool:
    """Is an English word a verb's doer ("planner" of plan, "illustrator" of illustrate, "writer" of write), by
    WordNet's verbs, and no thing named so ("computer", "tower")?"""
    if code != "en" or len(word) < 6 or not word.endswith(_DOER_ENDINGS) or word in _DOER_THINGS \
            or word.rstrip("s") in _DOER_THINGS:
        return False
    return any(b in wordnet.base_forms(b, "v") for b in agent_roots(word))
