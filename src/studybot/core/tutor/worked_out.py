"""A figure worked out from the figures before it is no reason: "Sales were 90 tonnes in 2020. Sales had been 120
tonnes in 2019. Sales therefore fell by 25%." The "therefore" there draws a sum, not a cause: the sentence before
gives a figure of the very thing the result sentence is about (its subject, the words before the result adverb), so
"why did sales fall?" gets "the text gives no reason" and what the text says (`replies`). A sentence before that
names what acted on it ("A drought hit the farms in 2019. Sales therefore fell by 25%.") is a cause and stays one."""

from __future__ import annotations

from .documents import Doc
from .words import Words

__all__ = ["worked_out"]


def worked_out(doc: Doc, before: Doc, words: Words) -> bool:
    """Is a result sentence ("X therefore fell by 25%") a figure drawn from the figure of the sentence before, which
    says the same subject X and no reason of its own?"""
    if not (doc.traits.result and doc.traits.numeric and before.traits.numeric) or before.traits.reason:
        return False
    tokens = words.tokens(doc.text)
    at = next((i for i, w in enumerate(tokens) if w in words.tw.result_adverbs), None)
    if not at:  # none, or it opens the sentence: no subject of its own to compare
        return False
    subject = {words.stem(w) for w in tokens[:at] if w.isalpha() and w not in words.stop}
    return bool(subject) and subject <= before.keys
