"""Where the thing a "how many" question counts ends: at its head noun, not at the verb after it.

An English noun phrase ends at its head, and a counted head is plural: "how many fishermen drowned?" counts
fishermen, and "drowned" says what they did; "how many boats sail each day?" counts boats, not "sail". Without this
rule the question's verb is taken as part of what is counted, and a figure counting anything that did it ("12 of
the crew drowned") seems to count the thing asked. A plural that another plural follows modifies it ("how many gas
molecules": "gas" is no plural, "how many sales reps": "sales" before "reps"), so the phrase runs on to the last of
them. A head that says no more than "how many" does ("how many people died?") leaves the verb what is counted: the
deaths. Other languages (Russian: `TutorWords.counting_alone` and its verb endings) keep their own reading.
"""

from __future__ import annotations

import re

__all__ = ["counted_words"]

# a plural noun of English: a word ending in -s (not -ss, -us, -is, -'s) or an irregular plural
_PLURAL_EN = re.compile(r"[a-z][a-z-]*[a-z](?<![sui])s|[a-z]*(?:people|men|children|mice|teeth|feet|geese|oxen|"
                        r"cattle|personnel|folk|species)")

# heads saying only "someone" (as `lexicon_tutor`'s words after "the first": "who was the first person to ...")
_GENERAL_EN = frozenset({"people", "persons", "individuals", "ones"})


def counted_words(tokens: list[str], code: str) -> list[str]:
    """The words after "how many" (a question's tokens), cut after the head noun of what it counts: the first
    plural that no other plural follows (English; other languages: all of them)."""
    if code != "en":
        return tokens
    for k, word in enumerate(tokens):
        if word in _GENERAL_EN:
            return tokens
        if _PLURAL_EN.fullmatch(word) and not (k + 1 < len(tokens) and _PLURAL_EN.fullmatch(tokens[k + 1])):
            return tokens[:k + 1]
    return tokens
