"""A name given with what describes it: a part in brackets ("Valdemar IV (Atterdag)", "Дмитрий Иванович (Донской)")
or an apposition after a comma ("Johann Wittenborg, the mayor of Lübeck", "Ivan III, Grand Prince of Moscow", "Иван
III, великий князь московский"). The name alone is the answer, and so is a name in the brackets, the other name the
person goes by; the description alone is not (it is no wording of its own). Only a name: two words or more, each
capitalised or the number of a reign ("Valdemar IV"), or one such word before a title ("James, Duke of York"), not
after an article ("The Hanse, a league of towns"); an
apposition begins with a word in lower case ("the", "великий") or a title ("Grand Prince of Moscow"), never with a
word that joins or denies ("and", "not", "и", "не"), so two names in a list ("Wittenborg, Warendorp") stay two. A
rule of the pack format and of the language, for every card's `answer` and `accept`.

The description may also come first, as a common noun of a trade or rank in lower case right before the name
("архитектор Огюст Монферран", "the architect Auguste Montferrand"), after one word in capitals too, a place's
adjective or a name's possessive ("the Silesian priest Jan Kowal", "Mill's pupil Ann Hollis"): the name alone names
the person (`fronted_name`); so may an apposition after a comma begin ("Ann Hollis, Mill's pupil"). Not an adjective
("southern Ural Mountains", "молодой Пётр Романов": a kind of the place or a time of the person, which the answer may
need), nor a word that joins or denies, nor before a name ending in an adjective byname ("писатель
Плиний Старший": the byname tells two people apart, so the shorter names that follow from the name would not)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import wordnet
from ..language import language
from ..ru_families import ADJECTIVE_ENDINGS

__all__ = ["described_names", "fronted_name"]

_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*|[IVXL]{1,7}\b|\S+")
_ROMAN = re.compile(r"[IVXL]{1,7}")
_PARTICLES = frozenset({"von", "van", "der", "de", "da", "di", "af", "av", "la", "le", "du", "ter", "zu"})
_ARTICLES = frozenset({"the", "a", "an"})
_JOINING = frozenset({"and", "or", "but", "not", "nor", "no", "never", "then", "so", "because", "since", "as",
                      "и", "или", "а", "но", "не", "ни", "нет", "затем", "потом", "так", "потому", "поэтому", "хотя"})
_BRACKETED = re.compile(r"(?P<name>[^()]+?)\s*\((?P<alt>[^()]+)\)\s*")
_APPOSED = re.compile(r"(?P<name>[^,()]+?),\s*(?P<desc>[^()]+)")


def _name(text: str, least: int = 2) -> bool:
    """Is `text` a name: `least` words or more, each capitalised or a reign's number (a particle between)?"""
    tokens = _TOKEN.findall(text.strip())
    if not least <= len(tokens) <= 5 or not tokens[0][:1].isupper() or tokens[0].casefold() in _ARTICLES:
        return False
    return all(t[:1].isupper() and t[:1].isalpha() or _ROMAN.fullmatch(t) or t in _PARTICLES for t in tokens) \
        and any(not _ROMAN.fullmatch(t) and t.isalpha() for t in tokens)


def _describes(desc: str, titles: frozenset[str]) -> bool:
    """Does `desc` read as an apposition: a lower-case word first, not one that joins or denies, or a title?"""
    words = re.findall(r"[^\W\d_]+", desc)
    if not words or words[0].casefold() in _JOINING:
        return False
    if words[0][0].islower() or _POSSESSIVE.match(desc.strip()):  # "Amos Root, Langstroth's pupil": the pupil
        return True
    return any(w.casefold() in titles for w in words[:3])


def described_names(wording: str, titles: frozenset[str]) -> Iterator[str]:
    """The name of a wording that describes it (see the module), and a name in its brackets; nothing when the
    wording is no name with a description."""
    if m := _BRACKETED.fullmatch(wording):
        name, alt = m["name"].strip(), m["alt"].strip()
        if _name(name, 1) and _name(alt, 1):
            yield name
            yield alt
        elif _name(name):
            yield name
        return
    if (m := _APPOSED.fullmatch(wording)) and _describes(m["desc"], titles) \
            and (_name(m["name"]) or _name(m["name"], 1) and _titled(m["desc"], titles)):
        yield m["name"].strip()


def _titled(desc: str, titles: frozenset[str]) -> bool:
    """Does a description open with a title, no article before it ("Duke of York")? It then describes the one word
    before the comma as a person ("James, Duke of York"), no item of a list; after an article the title may be a
    figure of speech ("Lübeck, the queen of the Hanse")."""
    words = re.findall(r"[^\W\d_]+", desc)[:1]
    return bool(words) and words[0][0].isupper() and words[0].casefold() in titles


_FRONT = re.compile(r"(?P<desc>(?:(?:the|a|an)\s+)?(?P<lead>[A-ZА-ЯЁ][\w-]*(?:['’]s)?\s+)?"
                    r"(?:[^\W\d_A-ZА-ЯЁ][\w'’-]*\s+){1,2})(?P<name>[A-ZА-ЯЁ].*)")
_POSSESSIVE = re.compile(r"[A-ZА-ЯЁ][\w-]*['’]s\s+[^\W\d_A-ZА-ЯЁ]")  # "Langstroth's pupil"


def _adjective(word: str, lang: str) -> bool:
    """Might the word be an adjective (so it qualifies the name rather than stand beside it)?"""
    if lang == "ru":
        return word.endswith(ADJECTIVE_ENDINGS)
    found = wordnet.entry(word)
    return "a" in found.synonyms or "a" in found.antonyms or "a" in found.family or word.endswith(("ern", "ish", "ian"))


def fronted_name(wording: str, lang: str) -> str | None:
    """The name of a wording that puts a common noun before it ("архитектор Огюст Монферран" -> "Огюст Монферран"),
    or None: one or two lower-case words (an article first in English), the last a noun, then a name of two words or
    more, not ending in a byname that is an adjective ("Старший", "Великий")."""
    m = _FRONT.fullmatch(wording.strip())
    if m is None or not _name(m["name"]) or _adjective(m["name"].split()[-1].casefold(), lang):
        return None  # "... Плиний Старший": a byname tells two people of one name apart, and goes with the name
    if any(word.isupper() and len(word) > 1 for word in m["name"].split()):
        return None  # "первый секретарь ЦК КПСС", "chief engineer at NASA": a post of a body, no person's name
    lead = (m["lead"] or "").strip()  # "the Silesian priest", "Langstroth's pupil": whose or where the noun is
    words = [w for w in m["desc"].split() if w.casefold() not in _ARTICLES and w != lead]
    stop = language(lang).lex.stop  # "Portree in North Uist": a place in a place, no trade
    if not words or any(w.casefold() in _JOINING or w.casefold() in stop for w in words) \
            or _adjective(words[-1].casefold(), lang):
        return None
    return m["name"].strip()
