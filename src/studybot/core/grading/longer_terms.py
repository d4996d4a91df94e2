"""A right word said inside a longer term that another card of the pack asks for names that longer term, not the
word (issue #11): asked for the kind of enzyme ("a peptidase"), "a peptidase inhibitor" names the inhibitor another
card asks for; asked for the three quantities of a law ("сопротивление"), "удельное сопротивление" names the
quantity another card's keypoint is. Whether a longer phrase is a term of its own is a question of the pack's
vocabulary only: a right wording of some card (its answer, an accepted wording, a keypoint or a keypoint's accepted
wording) of two or three content words, whose words are the right word's and one or two more that neither the
card's own right wordings nor its question use, said as the term is: side by side and in its order; not a term whose
own card takes the right word alone too ("evaporator coils" accepted for "the evaporator"). A phrase no card asks
for ("the electrical resistance") is no term of its own, and a right word with another word beside it stays
right."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..matching import Prepared

__all__ = ["Terms", "longer_term", "pack_terms"]

# a content stem -> the terms with it (text, content stems, the content stems of each wording of the term's card)
Terms = dict[str, list[tuple[str, tuple[str, ...], frozenset[frozenset[str]]]]]
_MOST = 3  # content words of a term
_GAP = 2  # positions from one of a term's words to the next, said in the answer (an article between: "of the")


def pack_terms(cards: Iterable[tuple[str, ...]], prep: Callable[[str], Prepared]) -> Terms:
    """The pack's terms of two or three content words (`cards`: the right wordings of each card), by stem."""
    found: Terms = {}
    for wordings in cards:
        sets = frozenset(frozenset(prep(text).stems[i] for i in prep(text).content()) for text in wordings)
        for text in dict.fromkeys(wordings):
            if len(text.split()) > 2 * _MOST:
                continue
            ref = prep(text)
            stems = tuple(ref.stems[i] for i in ref.content() if ref.stems[i].isalpha())
            if 2 <= len(set(stems)) <= _MOST and len(set(stems)) == len(ref.content()):
                for stem in set(stems):
                    found.setdefault(stem, []).append((text, stems, sets))
    return found


def longer_term(ref: Prepared, got: Prepared, terms: Terms, own: frozenset[str]) -> str:
    """The longer term of the pack (`pack_terms`) that the answer says where a right wording `ref` of one or two
    content words is wanted (its added words are none of `own`: the card's own right wordings' and its question's
    stems), or ""."""
    wanted = frozenset(ref.stems[i] for i in ref.content())
    if not wanted or len(wanted) > 2 or not all(st.isalpha() for st in wanted):
        return ""
    places = {st: [j for j in got.content() if got.stems[j] == st] for st in wanted}
    if not all(places.values()):
        return ""
    content = got.content()
    for text, stems, theirs in terms.get(next(iter(sorted(wanted))), ()):
        if not wanted < set(stems) or not own.isdisjoint(set(stems) - wanted) or wanted in theirs:
            continue  # (a card that takes the right word itself too: "evaporator coils" accepted for "the evaporator")
        if any(_said_at(got, content, k, stems) for k in range(len(content) - len(stems) + 1)):
            return text
    return ""


def _said_at(got: Prepared, content: list[int], k: int, stems: tuple[str, ...]) -> bool:
    """Are a term's `stems` the answer's content words from its k-th on, in their order, side by side in a clause?"""
    at = [content[k + n] for n in range(len(stems))]
    return all(got.stems[j] == st for j, st in zip(at, stems, strict=True)) \
        and all(b - a <= _GAP and got.clauses[a] == got.clauses[b] for a, b in zip(at, at[1:], strict=False))
