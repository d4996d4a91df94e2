"""`studybot validate`'s warning for an alias keyed by a shorter name than a card's answer gives: the answer (an
accepted wording, option or blank) is one name of capitalised words that ends with the key ("Justice Arthur
Drysdale" under `Arthur Drysdale: [...]`: a title or a given name left out of the key). The key should be the name
as the answers write it, the shorter forms listed under it. A key of one word that names a thing by a word of its
longer name (`Ленуар: [Этьен Ленуар]`) is a documented use, and an article before a name is no part of it."""

from __future__ import annotations

import re

from .alias_variants import key
from .packs import Card, Pack, Problem
from .packs.traps import Positions

__all__ = ["unmet_alias_keys"]

_WORD = re.compile(r"[^\W_]+")
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)


def _plain(text: str) -> str:
    return " ".join(_WORD.findall(key(text)))


def _wordings(card: Card) -> tuple[str, ...]:
    return (card.answer, *card.accept, *card.options, *(w for b in card.blanks for w in b))


def _longer(name: str, pack: Pack) -> tuple[Card, str] | None:
    """The first card wording that is the key with capitalised words before it ("Justice Arthur Drysdale")."""
    for card in pack.cards:
        for wording in _wordings(card):
            words = _ARTICLE.sub("", wording).split()
            if len(words) > len(name.split()) and _plain(" ".join(words)).endswith(" " + name) \
                    and "," not in wording and all(w[:1].isupper() for w in words):
                return card, wording
    return None


def unmet_alias_keys(pack: Pack, where: Positions | None = None) -> list[Problem]:
    """A warning for each capitalised alias key of two words or more that no card wording is and that a card's
    answer holds after more words of its name."""
    wordings = {_plain(w) for card in pack.cards for w in (*_wordings(card), *(k.point for k in card.keypoints))}
    out = []
    for name in pack.aliases:
        plain = _plain(name)
        if not name[:1].isupper() or len(plain.split()) < 2 or plain in wordings \
                or (longer := _longer(plain, pack)) is None:
            continue
        spot = (where or {}).get(("aliases", name))
        card, wording = longer
        out.append(Problem(pack.path, *((spot.line, spot.column) if spot else (1, 1)),
                           f"alias '{name}' is keyed by a shorter name than card '{card.id}' gives ('{wording}'), so "
                           f"the grader may read two names where you meant one; key the alias by the name as the "
                           f"answers write it ('{wording}: [...]') and list the shorter forms under it", "warning"))
    return out
