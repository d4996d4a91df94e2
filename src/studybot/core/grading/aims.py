"""An aim of stopping a thing said as a purpose with a negation: "сорвать подписание договора" made
by "чтобы договор так и не был подписан", "to block the treaty" by "so that the treaty was not signed"."""

from __future__ import annotations

from ..matching import Match, Prepared, find_phrase

__all__ = ["purpose_said", "stopped_as_purpose"]

# words that open a clause of purpose ("чтобы", "so that", "lest")
PURPOSE_OPENERS = {"ru": frozenset(("чтобы", "чтоб", "дабы")), "en": frozenset(("lest",))}
PURPOSE_PAIRS = {"en": frozenset((("so", "that"), ("in", "order")))}


# an answer that opens with "so" and its clause's subject ("so the soil is not washed away", "so it won't freeze") to
# a question why is a purpose with "that" left out, as said (mid-sentence, "it rained, so the soil ..." is a result)
PURPOSE_OPENING = {"en": ("so", frozenset("the a an it its they their them he his she her we our you your this these "
                                          "those there nobody no nothing none people".split()))}


def purpose_said(got: Prepared) -> bool:
    """Does the answer have a clause of purpose ("so that", "чтобы"; an answer opening "so the ...")?"""
    words, code = got.words, got.lang.code
    opening = PURPOSE_OPENING.get(code)
    return not PURPOSE_OPENERS.get(code, frozenset()).isdisjoint(words) \
        or not PURPOSE_PAIRS.get(code, frozenset()).isdisjoint(zip(words, words[1:], strict=False)) \
        or (opening is not None and len(words) > 1 and words[0] == opening[0] and words[1] in opening[1])


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
