"""A short answer that is a person's name after a title ("Sir Robert Peel", "King Olaf Haraldsson", "Великий князь
Дмитрий Иванович (Донской)"): the name without its title is the person too ("Robert Peel", "Дмитрий Иванович").
Only a name of two words or more, each capitalised: "Президент Украины" is a post; a name of one word keeps its
title ("King Olaf") unless the pack's texts write that word for no other name (`lone_titled`: "Victoria" for "Queen
Victoria", not where they also tell of "Lake Victoria" or "Princess Victoria"); a saint's "St" is part of a name
("St Mary's Hospital"); a byname in brackets after the name is left out with the title. A ruler "of" the place
the question gives ("Harald III of Norway" for "Which king of Norway ...?") is named without it too (`unplaced`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["first_party", "lone_titled", "unplaced", "unprefixed_ship", "untitled"]

_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*")
_BRACKETS = re.compile(r"\([^)]*\)")
_NAME_PART = frozenset({"st", "saint", "святой", "святая"})


def untitled(wording: str, titles: frozenset[str]) -> str | None:
    """The name a titled wording names, without its title (and the words before the title: "Великий князь"), or
    None when the wording is no titled name."""
    words = _WORD.findall(_BRACKETS.sub(" ", wording))
    if len(words) < 3:
        return None
    last_title = max((k for k, w in enumerate(words[:3]) if w.casefold().rstrip(".") in titles), default=-1)
    if last_title < 0 or any(w.casefold().rstrip(".") in _NAME_PART for w in words[:last_title + 1]):
        return None
    name = words[last_title + 1:]
    if len(name) < 2 or not all(w[0].isupper() for w in name):
        return None
    return " ".join(name)


def lone_titled(wording: str, titles: frozenset[str], texts: Iterable[str]) -> str | None:
    """The one-word name of a titled wording ("Victoria" of "Queen Victoria"), where the `texts` write that word
    for no other name: never beside another capitalised word but the same title ("Lake Victoria", "Victoria Falls",
    "Princess Victoria" name another); else None. A name in Latin letters only: after a Russian title one word is as
    often a post's place in the genitive ("Король Норвегии") as a name ("Королева Виктория")."""
    words = _WORD.findall(_BRACKETS.sub(" ", wording))
    if len(words) != 2 or (title := words[0].casefold().rstrip(".")) not in titles or title in _NAME_PART \
            or len(name := str(words[1])) < 3 or not name[0].isupper() or not name.isascii():
        return None
    around = re.compile(rf"(\S+)?\s*(?<![\w'-]){re.escape(name)}(?![\w'-])\s*([^\W\d_][\w'-]*)?")
    for text in texts:
        for m in around.finditer(text):
            before, after = (m[1] or "").strip(".,;:!?(){}\"'«»"), m[2] or ""
            if after[:1].isupper() or before[:1].isupper() and before.casefold().rstrip(".") != title \
                    and not (m[1] or "").endswith((".", "!", "?")):
                return None
    return name


def untitled_blanks(blanks: tuple[tuple[str, ...], ...], titles: frozenset[str],
                    texts: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """A cloze card's blanks, each with its titled names also without the title ("Robert Peel" of "{{Sir Robert
    Peel}}", "Victoria" of "{{Queen Victoria}}"), as a short answer's are."""
    return tuple((*blank, *dict.fromkeys(short for w in blank if (short := untitled(w, titles)
                                                                  or lone_titled(w, titles, texts)) not in blank
                                         and short)) for blank in blanks)


# a ship's name after the prefix of its navy or kind, in capitals ("HMS Salisbury", "USS Maine", "RMS Titanic")
_SHIP = re.compile(r"(?:the\s+)?(?:HMS|HMAS|HMCS|HMNZS|HMY|USS|USNS|USCGC|RMS|SS|SMS|MV|MY)\s+(?P<name>[A-Z][\w'-]*"
                   r"(?:\s+[A-Z][\w'-]*){0,2})")


def unprefixed_ship(wording: str) -> str | None:
    """A ship's name without its prefix ("Salisbury" for "HMS Salisbury"), which names the ship as well (a title of
    the ship, as "Sir" is of a person; `untitled` wants two words of a name, a ship often has one), or None when
    the wording is no prefixed ship's name."""
    m = _SHIP.fullmatch(wording.strip())
    return m["name"] if m else None


# "Haakon IV of Norway": a ruler's name with the number of the reign, "of", and the capitalised name of the place
_OF_PLACE = re.compile(r"^(?P<name>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)*\s+[IVXL]{1,7})\s+of\s+"
                       r"(?P<place>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2})$")


def unplaced(wording: str, given: Callable[[str], bool]) -> str | None:
    """A ruler without the place the question already gives ("Harald III of Norway" -> "Harald III" for "Which king
    of Norway ...?": the place is no part of the answer the learner must repeat), or None when the wording is no
    ruler numbered by the reign "of" a capitalised place, or the question does not give the place (`given`)."""
    m = _OF_PLACE.match(wording.strip())
    if m is None or not all(w[0].isupper() for w in m["place"].split()) or not given(m["place"]):
        return None
    return m["name"]


# a case at law named by its parties, "Marbury v. Madison", "Roe vs Wade": capitalised names either side of "v"
_CASE = re.compile(r"(?P<first>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+(?:v|vs|versus)\.?\s+[A-Z][\w'-]*"
                   r"(?:\s+(?:of\s+)?[A-Z][\w'-]*){0,3}")


def first_party(wording: str) -> str | None:
    """The first party of a case at law, which names the case as it is usually cited short ("Marbury" for "Marbury
    v. Madison"), or None when the wording is no such case."""
    if "v" not in wording:
        return None  # ("v", "vs" or "versus" parts every case: a wording without the letter is searched no further)
    m = _CASE.fullmatch(wording.strip())
    return m["first"] if m else None
