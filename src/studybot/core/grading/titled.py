"""A short answer that is a person's name after a title ("Sir Robert Peel", "King Olaf Haraldsson", "Великий князь
Дмитрий Иванович (Донской)"): the name without its title is the person too ("Robert Peel", "Дмитрий Иванович").
Only a name of two words or more, each capitalised: "Президент Украины" is a post and "King Olaf" keeps its title
(the one word could be anyone's); a saint's "St" is part of a name ("St Mary's Hospital"); a byname in brackets
after the name is left out with the title."""

from __future__ import annotations

import re

__all__ = ["untitled"]

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
