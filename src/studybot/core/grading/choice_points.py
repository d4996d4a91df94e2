"""A choice answered in the learner's own sentence that the option-matching rules do not read ("most reject the charge
but say the help came too late and was too small" for "they reject it, but say his help was too little and too
late"): each option is judged as the one keypoint of an explain card asking the same question, with every paraphrase
a keypoint may be said in, and the answer picks the one option it makes, where it makes no other and says no word of
another option's own ("над крылом и под крылом"; "the channel was too shallow to carry ..." beside the option "the
channel was dug too shallow": two options named). Only an option of three content words or more, a statement a
learner restates: a shorter one is a name or a term, which a point's leniency could take for another. Tried only on
an answer that picks no option. A rule of reading: the options are the card's own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..coverage import found_in
from ..matching import Prepared, find_phrase
from ..packs import Card, Keypoint

__all__ = ["option_cards", "option_made"]


def option_cards(card: Card) -> tuple[Card, ...]:
    """Each option of a choice card as the one keypoint of an explain card with the same question."""
    return tuple(replace(card, kind="explain", answer=option, options=(), keypoints=(Keypoint(option, ()),), need=None,
                         mistakes=()) for option in card.options)


_STATEMENT = 3  # content words of an option at least


def option_made(got: Prepared, options: Sequence[Prepared], cards: Sequence[Card],
                made: Callable[[Card], bool]) -> int | None:
    """The index of the one option whose card (`option_cards`) the answer makes (`made`), or None: where it makes
    two, writes the words of another option whole or a word of another option's that this one does not say, or the
    option is shorter than a statement."""
    found = [i for i, option in enumerate(cards) if made(option)]
    if len(found) != 1 or len(options[found[0]].content()) < _STATEMENT:
        return None
    others = [option for i, option in enumerate(options) if i != found[0]]
    if any(find_phrase(option, got) is not None for option in others):
        return None
    if frozenset().union(*(found_in(got, option) for option in others)) - found_in(got, options[found[0]]):
        return None  # a word of another option's own said too ("too shallow"): two options named
    return found[0]
