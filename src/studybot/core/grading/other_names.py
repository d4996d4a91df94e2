"""A word of the answer one slip away from a right wording of one word (a bare name: "Лиодон") is no slip of it when
it is a word of another name of the pack ("Лидон" for "Лиодон" where the notes tell of Лидон Кефалийский too;
"Orvand" for "Orvald" where they tell of Tomas Orvand): the learner named that other one. Whether a word is another
name is a question of the pack's vocabulary only, never of a list of names all readers know: a word (in any case:
"Лидоном") of the pack's people, as its reader of people finds them in the texts (`people`), or of its proper names
(`Aliases.proper`). Where the pack names no such other one, the slip is forgiven as before, and so is a slip in one
word of a name of several ("Alexandr II"), read with its other words."""

from __future__ import annotations

from ..aliases import WORD, Aliases
from ..matching import Prepared

__all__ = ["another_name_typed", "written_names"]


def written_names(aliases: Aliases) -> frozenset[str]:
    """The name keys (`Aliases.name_key`) of the words of the pack's people and proper names, but the words its texts
    also write in lower case."""
    return frozenset(aliases.name_key(w) for name in aliases.people.canonicals | aliases.proper
                     for w in WORD.findall(name) if w.isalpha() and not aliases.uses(w))


def another_name_typed(ref: Prepared, got: Prepared, positions: tuple[int, ...], names: frozenset[str],
                       aliases: Aliases) -> str:
    """The word of the answer, among those a match found at `positions` (some of them with a slip), that is another
    name the texts write (`written_names`), no form of a word of the wording; "" for none."""
    if len(ref.content()) != 1:
        return ""  # (a name of several words: a slip in one of them is read with the others)
    own = {aliases.name_key(w) for w in ref.words}
    for j in positions:
        word = got.words[j]
        if word in ref.words or not word.isalpha():
            continue
        key = aliases.name_key(word)
        if key in names and key not in own:
            return word
    return ""
