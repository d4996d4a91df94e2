"""A slip that makes another name: a name's word with a suffix that makes names of places and people added to it
("Чеховск", "Чехово", "Чеховка", "Ивановка" for "Чехов", "Иванов"; "Miltonville", "Bradtown" for "Milton",
"Brad"), in any case ("в Чеховске"), is another place or person, neither a slip nor another form of the name; so is
the name it was made of for the made one ("Чехов" for "Чеховск", "Milton" for "Miltonville"). Only
those suffixes, after the whole word: a case ending ("Чехова", "Чехове") and a real slip ("Чеов") are still the
name. A rule of the language (`MADE_BY`).

In Russian a name in "-ск" is a noun ("Лужск", a town: "в Лужске") and one in "-ское", "-ский", "-ская" an adjective
("Лужское", a village: "в селе Лужское"): two places, so one said for the other is another name ("Лужск" for
"Лужское"), each in the forms only it takes; "в Лужском", which both may be, stays the name (`_SK_FORMS`). So
are the noun in "-ка", the adjective and the neuter in "-ово", "-ево", "-ино" of one root ("Лозовка", "Лозовое",
"Лозово"): a form only another of them takes is another place (`_FAMILY`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..matching import Prepared

__all__ = ["name_made"]

# suffixes that make a new name of a name: towns, villages, people; then the endings a name so made may take
_SUFFIXES = {"ru": ("ск|цк|ов|ев|ёв|ово|ево|ино|ин|ка|ец", "|а|у|е|ом|ой|ы|и|ым|ого|ому|ая|ую|ий|ое|ых|ым"),
             "en": ("ville|town|ton|burg|borough|field|ford", "|s|'s|’s")}
MADE_BY = {code: re.compile(f"(?:{made})(?:{endings})") for code, (made, endings) in _SUFFIXES.items()}
# the suffixes alone: a name in its first form, made of another ("Чеховск"; not the adjective "Боярская" of "бояр")
_SUFFIX = {code: re.compile(made) for code, (made, _) in _SUFFIXES.items()}
_OV = ("ов", "ев", "ёв", "ин")
# a Russian name in "-ск" by the forms only a noun takes, and those only an adjective takes ("-ском" is either)
_SK_FORMS = (("noun", re.compile(r"(\w{2,}ск)(?:|а|у|е)")),
             ("adjective", re.compile(r"(\w{2,}ск)(?:ое|ий|ая|ого|ому|им|ой|ую|ие|их|ими)")))


# a Russian place's family of one root: a noun in "-ка" ("Лозовка", "в Лозовке"), an adjective ("Лозовое", "в
# Лозовом"), a neuter in "-о" after "-ов", "-ев", "-ин" ("Лозово"): two members of a family are two places
_FAMILY = (("ka", re.compile(r"(\w{3,})к(?:а|и|е|у|ой|ою)")),
           ("adjective", re.compile(r"(\w{3,})(?:ое|ый|ий|ая|ого|ому|ым|им|ом|ой|ую|ые|ие|ых|их)")),
           ("o", re.compile(r"(\w{2,}(?:ов|ев|ин))(?:о|ом)")))


def _family(word: str) -> set[tuple[str, str]]:
    """Every reading of a Russian word as a member of a place's family: (its root, which member)."""
    return {(m.group(1), kind) for kind, pattern in _FAMILY if (m := pattern.fullmatch(word)) is not None}


def _other_member(word: str, names: list[str]) -> bool:
    """Is `word` another member of the family of one of `names` ("Лозовое" for "Лозовка"), never readable as a form
    of that name's own member?"""
    mine = _family(word)
    for name in names:
        theirs = _family(name)
        if any(root == r and kind != k for root, kind in mine for r, k in theirs) \
                and not mine & theirs:
            return True
    return False


def _sk_form(word: str) -> tuple[str, str] | None:
    """A Russian name's stem up to its "-ск" and whether the word is the noun or the adjective, or None."""
    for form, pattern in _SK_FORMS:
        if (m := pattern.fullmatch(word)) is not None:
            return m.group(1), form
    return None


def name_made(ref: Prepared, got: Prepared, plain: Callable[[str], bool]) -> str:
    """The answer's word that is a capitalised word of `ref` (a name's, three letters or more, one the pack's texts
    do not write in lower case as a plain word: `plain`, so "Налог" may be "налогов") with a suffix that makes
    another name, or "" when there is none."""
    made = MADE_BY.get(got.lang.code)
    if made is None:
        return ""
    names = [w for w in ref.words if w in ref.capitalised and len(w) >= 3 and w.isalpha() and not plain(w)]
    for word in got.words:
        for name in names:
            if len(word) <= len(name) or not word.startswith(name) or word in ref.words:
                continue
            tail = word[len(name):]
            if made.fullmatch(tail) or (got.lang.code == "ru" and name.endswith(_OV) and tail == "о"):
                return word  # ("Иваново" of "Иванов": its -ов made -ово)
    for word in got.words:  # the other way: the name the wording's was made of ("Чехов" for "Чеховск")
        for name in names:
            if len(word) >= 3 and len(name) > len(word) and name.startswith(word) and word not in ref.words \
                    and _SUFFIX[got.lang.code].fullmatch(name[len(word):]):  # (a noun: "Боярская" is no place)
                return word
    if got.lang.code == "ru":  # "Лужск" for "Лужское"
        for word in got.words:
            mine = _sk_form(word)
            if mine is not None and word not in ref.words and any(
                    (other := _sk_form(name)) is not None and other[0] == mine[0] and other[1] != mine[1]
                    for name in names):
                return word
        for word in got.words:  # "Лозовое" for "Лозовка"
            if word not in ref.words and word.isalpha() and _other_member(word, names):
                return word
    return ""
