"""The pack's own phrases for a thing, read before the grader rewrites an answer's comparisons, negations and
changes: a `synonyms` group of phrases ("prolonged the drought", "made the drought last longer") or an alias keyed by
a wording ("it prolonged the drought": ["it made the drought last longer"]) says the two are one, yet the grader
reads "longer" as "more long" before the pack's phrases are looked for, and the phrase as the pack wrote it was no
longer there to find. Only phrases of several words without a word of a proper name ("the river Tess" for
"Tess"): a name is read where it always was (`Aliases.apply`). Nothing of one text: the pack's own groups."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from .text import word_runs

if TYPE_CHECKING:
    from .aliases import Aliases

__all__ = ["early_phrases"]

_Table = tuple[re.Pattern[str] | None, dict[str, str], frozenset[str] | None]
_TABLES: WeakKeyDictionary[Aliases, _Table] = WeakKeyDictionary()
_FIRST_RUN = re.compile(r"\w+")


def _table(aliases: Aliases) -> _Table:
    """The pattern of the pack's phrases, their canonical wordings, and the word each begins with: a phrase that
    begins with a letter or digit is found only where that word is a whole word of the text (None: one does not)."""
    found = _TABLES.get(aliases)
    if found is None:
        names = aliases.proper | aliases.people.canonicals | aliases.bodies  # (bodies read from the texts too)
        name_words = {word for name in names for word in name.split()}  # (a phrase that holds a name is left alone)
        pairs = {variant: canon for variant, canon in aliases.pairs.items()
                 if " " in variant and variant != canon and variant not in aliases.people.pairs
                 and name_words.isdisjoint(variant.split()) and name_words.isdisjoint(canon.split())}
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in sorted(pairs, key=len, reverse=True))
                             + r")(?!\w)") if pairs else None
        firsts = [_FIRST_RUN.match(v) for v in pairs]
        found = _TABLES[aliases] = (pattern, pairs, frozenset(m.group(0) for m in firsts if m)
                                    if all(firsts) else None)
    return found


def early_phrases(text: str, aliases: Aliases) -> str:
    """`text` (normalised) with the pack's phrases of several words rewritten to their canonical wording."""
    pattern, pairs, firsts = _table(aliases)
    if pattern is None or firsts is not None and firsts.isdisjoint(word_runs(text)):
        return text  # (no word of the text begins a phrase: the pattern would find none)
    return pattern.sub(lambda m: pairs[m.group(0)], text)
