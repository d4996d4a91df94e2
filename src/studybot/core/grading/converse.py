"""Russian: a point of one named party acting on another ("Ростов победил Громова") that an answer says with a
converse verb and the same subject ("Ростов проиграл Громову": the one who lost is now the one the point says won).
The subject is the party named in its own form (the nominative: "Ростов", not "Громова", "Громову"); a converse verb
("проиграл", "уступил", "потерпел поражение") in one of the two and not the other turns the roles, so the same
subject in both is the roles reversed ("Громов проиграл Ростову" keeps them). English reads such verbs by the order
of the names (`lexicon.role_flips`: "lost to"). A rule of the language, no word of a text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..matching import Prepared
from ..text import normalise

if TYPE_CHECKING:
    from .parties import Parties

__all__ = ["converse_swapped"]

# beginnings of the Russian verbs whose subject is the one acted on ("проиграл кому", "уступил кому", "потерпел
# поражение от кого")
_CONVERSE = {"ru": ("проигр", "уступ", "потерпе")}
_WORD = re.compile(r"[^\W\d_]+")


def _converse(text: Prepared) -> bool:
    return any(w.startswith(_CONVERSE[text.lang.code]) for w in text.words)


def _same(a: str, b: str) -> bool:
    """Are two words forms of one name: alike but for an ending of two letters at most ("ульсена" / "ульсену")?
    (Snowball cuts surnames unevenly: "ульс" / "ульсен".)"""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k >= max(4, max(len(a), len(b)) - 2)


def _subject(text: Prepared, keys: list[str]) -> int:
    """Which of two parties (by a form of their names) the text names in its own form, the other in another: 0, 1,
    or -1."""
    plain = []
    for key in keys:
        forms = {w for w in text.capitalised if _same(w, key)}
        if len(forms) != 1:
            return -1
        plain.append(forms.pop() in text.words)  # (a name is rewritten to its own form: "Громову" -> "громов")
    return plain.index(True) if plain.count(True) == 1 else -1


def _last_names(text: Prepared, parties: Parties) -> list[str]:
    """The parties a text names, each by the last word of its name as written ("Иван Ростов":
    "ростов")."""
    written = text.written
    words = list(_WORD.finditer(written))

    def goes_on(k: int) -> bool:  # is the next word another word of the same name?
        return k + 1 < len(words) and words[k + 1].group()[:1].isupper() \
            and not written[words[k].end():words[k + 1].start()].strip()
    last = [m.group() for k, m in enumerate(words) if m.group()[:1].isupper() and not goes_on(k)]
    keys = [normalise(w).casefold() for w in last]
    keys = [w for w in dict.fromkeys(keys) if parties.is_party(w, text.lang.stem(w))]
    return [w for k, w in enumerate(keys) if not any(_same(w, v) for v in keys[:k])]


def converse_swapped(point: Prepared, got: Prepared, parties: Parties) -> bool:
    """Does the answer name the point's subject as the subject of a converse verb the point does not use (or the
    other way round)?"""
    if point.lang.code not in _CONVERSE or _converse(point) == _converse(got):
        return False
    keys = _last_names(point, parties)
    if len(keys) != 2 or not all(any(_same(w, key) for w in got.capitalised) for key in keys):
        return False
    mine, theirs = _subject(point, keys), _subject(got, keys)
    return mine >= 0 and mine == theirs
