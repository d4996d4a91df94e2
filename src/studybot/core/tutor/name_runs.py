"""Names of several capitalised words in a question ("United States", "New Zealand", "Great Lakes"): their words are
names there, not common nouns, so "States" is not met by a synonym of "states" ("countries"). "When did the United
States issue stamps?" on a text saying "other countries copied the idea: Switzerland and Brazil issued stamps in 1843"
was answered with that date; the text never names the United States, and the tutor now says it does not tell. A
capitalised word alone ("When did other States ...?") and the question's first word are read as before."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

__all__ = ["TYPED_WORD", "name_run_words"]

TYPED_WORD = re.compile(r"(?<![\w'’])([^\W\d_][\w'’-]*)")  # a word as typed, to read its capital


def name_run_words(raw: str, capitalised: Collection[str], tokens: Callable[[str], list[str]]) -> frozenset[str]:
    """The words (as `tokens` gives them) of every run of two or more capitalised words of `raw` that stand side by
    side, each among the words the learner capitalised (`capitalised`: never the question's first word)."""
    out: set[str] = set()
    run: list[str] = []
    end = -1
    for m in TYPED_WORD.finditer(raw):
        words = [w for w in tokens(m.group(1)) if w in capitalised] if m.group(1)[:1].isupper() else []
        if not words or raw[end:m.start()].strip():
            out.update(run if len(run) >= 2 else ())
            run = []
        run += words
        end = m.end()
    out.update(run if len(run) >= 2 else ())
    return frozenset(out)
