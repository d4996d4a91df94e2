"""An aim of stopping a thing said as a purpose with a negation: "сорвать подписание договора" made
by "чтобы договор так и не был подписан", "to block the treaty" by "so that the treaty was not signed"."""

from __future__ import annotations

from ..matching import Match, Prepared, find_phrase

__all__ = ["purpose_said", "stopped_as_purpose"]

# words that open a clause of purpose ("чтобы", "so that", "lest")
PURPOSE_OPENERS = {"ru": frozenset(("чтобы", "чтоб", "дабы")), "en": frozenset(("lest",))}
PURPOSE_PAIRS = {"en": frozenset((("so", "that"), ("in", "order")))}


def purpose_said(got: Prepared) -> bool:
    """Does the answer have a clause of purpose ("so that", "чтобы")?"""
    words, code = got.words, got.lang.code
    return not PURPOSE_OPENERS.get(code, frozenset()).isdisjoint(words) \
        or not PURPOSE_PAIRS.get(code, frozenset()).isdisjoint(zip(words, words[1:], strict=False))


def stopped_as_purpose(ref: Prepared, got: Prepared, skip: frozenset[str]) -> Match | None:
    """A wording about stopping a thing ("сорвать подписание") met by a purpose that the thing not happen
    ("чтобы договор не подписали"): the wording's other words, negated, in an answer with a purpose."""
    stoppers = ref.lang.preventers & {ref.stems[i] for i in ref.content()}
    if not stoppers or ref.negated() or not got.negated() or not purpose_said(got):
        return None
    rest = skip | stoppers
    if all(ref.stems[i] in rest for i in ref.content()):
        return None  # nothing but the stopping: no thing said
    return find_phrase(ref, got, skip=frozenset(rest), negation=True)
