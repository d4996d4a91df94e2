"""A common word inside a name: "why was the Duke interested in Helby?" is not answered by "... one of the writers
of The Evening Interest", whose "Interest" is part of a paper's name. A word the passage writes only inside one
of the pack's names of several words (`NameBook.sequences`), capitalised and not opening the sentence, weighs there
as that name, not as the common word: a question that writes the word as a word of its own (not as the name, which the
analyser reads as a name unit) in another form or word ("interested", a synonym) is met by it only in part; the
name's own word, lower-case ("the empire" for "the Roman Empire"; in a language whose names decline, in any case),
still means the name. Any language whose names are
capitalised."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import wordnet
from ..text import normalise
from .frames import measure_kinds
from .names import WRITTEN_WORD, NameBook
from .words import Words

if TYPE_CHECKING:
    from .analysis import Unit

__all__ = ["FORM", "named_only", "only_named"]

FORM = "="  # before a word as the name writes it, among the keys (a question saying that very word means the name)



def named_only(text: str, book: NameBook, words: Words) -> frozenset[str]:
    """The strong keys of the words a passage writes only inside a name of several words (see above)."""
    pairs = book.pairs
    if not pairs:
        return frozenset()
    found = list(WRITTEN_WORD.finditer(text))
    tokens = [m.group() for m in found]
    inside: set[int] = set()
    for k in range(1, len(tokens)):
        a, b = tokens[k - 1], tokens[k]
        if a[:1].isupper() and b[:1].isupper() and not text[found[k - 1].end():found[k].start()].strip() and (
                words.name_stem(normalise(a)), words.name_stem(normalise(b))) in pairs:
            inside.update(j for j in (k - 1, k) if j > 0)  # the sentence's first word may be capitalised as such
    if not inside:
        return frozenset()
    named: set[str] = set()
    other: set[str] = set()
    forms: set[str] = set()
    for k, token in enumerate(tokens):
        word = normalise(token)
        if word.isalpha() and word not in words.stop:
            (named if k in inside else other).update(words.keys(word, words.stem(word))[0])
            forms.update({FORM + f for f in _forms(word, words)} if k in inside else set())
    return frozenset(named - other) | frozenset(forms) if named - other else frozenset()


def only_named(u: Unit, keys: frozenset[str], named: frozenset[str], words: Words) -> bool:
    """Does a passage (its `keys`, and `named` as `named_only` gives them) say a question's common word only inside a
    name, in another form or by another word?"""
    if not named or u.name:
        return False
    hit = u.strong & keys
    return bool(hit) and hit <= named and (bool(measure_kinds(words, u.text)) or not any(
        FORM + f in named for f in _forms(u.text, words)))  # "how old": not the "Old" of "Old Tarsan" in any form


def _forms(word: str, words: Words) -> frozenset[str]:
    """A word as a name writes it: as it stands or in the other number ("law", "laws"), or without its case ending in
    a language whose names decline ("интереса", "интерес")."""
    if words.tw.name_endings:
        return frozenset({words.name_stem(word)})
    return frozenset({word}) | (wordnet.base_forms(word, "n") if words.code == "en" else frozenset())
