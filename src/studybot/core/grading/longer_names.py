"""A name of the pack said only inside a longer name of the pack is that longer name (issue #11): where the pack
names "the Republic of the Congo" and "the Democratic Republic of the Congo", the answer "the Democratic Republic
of the Congo" (or its alias "DRC", which the pack's aliases write out so) does not answer a card whose answer is
"the Republic of the Congo", though every word of the shorter name is in it; nor does "East Prussia" answer
"Prussia" where the pack names both. Said apart besides ("the Republic of the Congo, west of the DRC"), the shorter
name is still named. Only the pack's own names (`Aliases.names`, canonical after its aliases are rewritten): no
name of any text."""

from __future__ import annotations

from collections.abc import Collection, Sequence

__all__ = ["inside_longer"]


def _spans(words: Sequence[str], name: str) -> list[tuple[int, int]]:
    seq = tuple(name.split())
    return [(i, i + len(seq)) for i in range(len(words) - len(seq) + 1) if tuple(words[i:i + len(seq)]) == seq]


def inside_longer(words: Sequence[str], mentioned: Collection[str], right: Collection[str]) -> set[str]:
    """The names of `mentioned` (the pack's names an answer's `words` say) that are none of the card's `right`
    names but hold one of them, said nowhere else in the answer."""
    found: set[str] = set()
    others = [(name, span) for name in mentioned if name not in right for span in _spans(words, name)]
    for name in right:
        spans = _spans(words, name) if name in mentioned else []
        holders = [(other, (a, b)) for other, (a, b) in others
                   if any(a <= i and j <= b and (a, b) != (i, j) for i, j in spans)]
        if spans and all(any(a <= i and j <= b for _, (a, b) in holders) for i, j in spans):
            found |= {other for other, _ in holders}
    return found
