"""A verb of holding said by "have" (issue #11): "each cell has a nucleus" says "each cell contains a nucleus", "the
tank has 40 litres" "the tank holds 40 litres", "the crew had two doctors" "the crew included two doctors".

When the answer uses a form of "have" as a verb of its own (not an auxiliary before a participle, "has grown", "had
lost", nor a duty, "had to pay"), a keypoint's verb of holding (`lexicon_composition.HOLDING`) need not be matched,
as the keypoint's own "has" need not (`Lexicon.support_verbs`). Everything else of the keypoint is still wanted and
checked as ever: its figure ("has 30 litres" for "holds 40 litres"), its negation ("has no nucleus"), its parties.
Words of the language, none of a text."""

from __future__ import annotations

from collections.abc import Iterable

from ..lexicon_composition import HAVE_FORMS, HOLDING, NOT_HELD_AFTER
from ..lexicon_paraphrase import IRREGULAR_VERBS
from ..matching import Prepared
from ..wordnet import base_forms

__all__ = ["holding_skips"]

# the irregular past participles ("grown", "lost", "built"): the last form of each verb of the table
_PARTICIPLES = frozenset(forms.split()[-1] for forms in IRREGULAR_VERBS.split("|") if len(forms.split()) > 1)


def _participle(word: str) -> bool:
    """May the word be a verb's past participle ("lost", "grown", "increased")?"""
    return word in _PARTICIPLES or word.endswith(("ed", "en")) and bool(base_forms(word, "v"))


def _has_as_verb(got: Prepared) -> bool:
    """Does the answer use "have" as a verb of its own ("it has a nucleus"; not "it has grown", "had to pay")?"""
    forms, after = HAVE_FORMS.get(got.lang.code, frozenset()), NOT_HELD_AFTER.get(got.lang.code, frozenset())
    words = got.words
    for j, word in enumerate(words):
        if word in forms and j + 1 < len(words) and got.clauses[j + 1] == got.clauses[j]:
            nxt = words[j + 1]
            if nxt not in after and not _participle(nxt):
                return True
    return False


def holding_skips(got: Prepared, wordings: Iterable[Prepared]) -> frozenset[str]:
    """The stems of the verbs of holding a card's wordings say, which a keypoint need not match when the answer says
    "have" as a verb; not a stem the wordings also give a word of another kind ("containment": the thing, not the
    verb, is wanted there)."""
    holding = HOLDING.get(got.lang.code)
    if not holding or not _has_as_verb(got):
        return frozenset()
    verbs: set[str] = set()
    others: set[str] = set()
    for text in wordings:
        for word, stem in zip(text.words, text.stems, strict=True):
            (verbs if word in holding else others).add(stem)
    return frozenset(verbs - others)
