"""Words of the prompt that a right wording still needs. The prompt's words need not be said again (`prompt_skip`),
with two turns of names:

- a patronymic beside a given name or surname the prompt says is given with it: "Павел" answers "Как звали брата
  Глеба Торопова?" for "Павел Андреевич Торопов", as "Thomas" answers "Which Pendergast ...?" for "Thomas
  Pendergast" (`patronymics_named`);
- a list's item that, without the prompt's words, could no longer be told from another item keeps them: asked
  "Which brothers joined Henry?", the items "Walter Grey" and "Henry Grey" are two people, and "Henry Grey" without
  the prompt's "Henry" would be any Grey, "Walter Grey" too ("Какие князья присоединились к Дмитрию?": "Андрей
  Ольгердович", "Дмитрий Ольгердович") (`items_kept_apart`). A rule of lists, no word of a text."""

from __future__ import annotations

from collections.abc import Sequence

from ..matching import Prepared
from ..people import patronymic

__all__ = ["items_kept_apart", "patronymics_named"]


def patronymics_named(ref: Prepared, skip: set[str]) -> set[str]:
    """The stems of the patronymics of a wording whose person the prompt names by their given name or surname."""
    found: set[str] = set()
    for i, word in enumerate(ref.words):
        if patronymic(word, ref.lang.lex) and ref.stems[i] not in skip and any(
                0 <= k < len(ref.words) and ref.stems[k] in skip and ref.words[k].isalpha() for k in (i - 1, i + 1)):
            found.add(ref.stems[i])
    return found


def items_kept_apart(items: Sequence[Prepared], skip: set[str]) -> set[str]:
    """The prompt's stems (`skip`) that a list's items need to stay apart: those of an item whose other words are
    all words of another item."""
    own = [{item.stems[i] for i in item.content()} for item in items]
    rest = [stems - skip for stems in own]
    kept: set[str] = set()
    for k, stems in enumerate(own):
        if stems & skip and any(j != k and rest[k] <= rest[j] and own[j] != stems for j in range(len(items))):
            kept |= stems & skip
    return kept
