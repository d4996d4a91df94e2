"""A negation the card's own answer says, said again in an answer (round 43, found writing packs blind): a card whose
answer is "ice that does not thaw for at least two years" ("лёд, который не тает не менее двух лет") has a point
"for at least two years"; "ice that never thaws for at least two years" makes it, though its words stand after the
negation: the negated word ("thaw", "тает") is the card's own, negated there too, so the negation is no denial of
the point. The answer is read again without that negation and the word it negates, and the point sought there. A word
of the point itself, of its accepted wordings or of the prompt negated ("не тает летом" for a point "тает летом",
asked when ice thaws) stays a denial, and so does another word negated ("ice that lasts not for two years")."""

from __future__ import annotations

from collections.abc import Callable, Collection

from ..matching import Prepared

__all__ = ["without_given_negation"]


def _heads(text: Prepared) -> dict[int, str]:
    """The word each bare negator of a text negates, the next word but function words ("does not thaw", "не
    тает"), by its position: its stem."""
    lex, out = text.lang.lex, {}
    for j, word in enumerate(text.words):
        if word not in lex.negators or word in lex.after_negators:
            continue
        k = next((k for k in range(j + 1, min(j + 3, len(text.words))) if text.words[k] not in lex.stop), None)
        if k is not None and text.clauses[k] == text.clauses[j] and text.words[k] not in lex.negators:
            out[j] = text.stems[k]
    return out


def without_given_negation(answer: Prepared, got: Prepared, point: Collection[str], skip: Collection[str],
                           prep: Callable[[str], Prepared]) -> tuple[Prepared, list[int]] | None:
    """`got` read without the negations of words the card's `answer` negates too (not a word of the `point`'s
    wordings nor one of the prompt's stems, `skip`), with where each of its words stands in `got`; None when it has
    none."""
    if not got.negated():
        return None
    given = set(_heads(answer).values()) - set(skip) - {st for text in point for st in prep(text).stems}
    dropped: set[int] = set()
    for j, stem in _heads(got).items():
        if stem in given:
            k = next(k for k in range(j + 1, len(got.words)) if got.stems[k] == stem)
            dropped.update(range(j, k + 1))
    if not dropped:
        return None
    kept = [i for i in range(len(got.words)) if i not in dropped]
    parts: list[str] = []
    for n, i in enumerate(kept):
        if n and got.clauses[i] != got.clauses[kept[n - 1]]:
            parts.append(",")
        parts.append(got.words[i])
    read = prep(" ".join(parts).replace(" ,", ","))
    return (read, kept) if len(read.words) == len(kept) else None  # (read word for word as before)
