"""A right wording that joins two words by "or" ("the sponge has shed or lost its needles", "песок или гравий не
держит воду") offers either: an answer that says one of them ("the sponge lost its needles", "гравий не держит воду")
says the point, as an answer that says both does. Read as the wording with one of the two words in place of the
pair, each in turn. Not "and", whose things are each wanted; not the idioms whose "or" offers nothing ("more or
less", "sooner or later", "whether or not", "более или менее"). A rule of coordination, not a word of a text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..memos import memoised

__all__ = ["either_wordings"]

_OR = {"en": re.compile(r"(?<![\w-])([^\W\d_]{3,}) or ([^\W\d_]{3,})(?![\w-])"),
       "ru": re.compile(r"(?<![\w-])([^\W\d_]{3,}) (?:или|либо) ([^\W\d_]{3,})(?![\w-])")}
_IDIOMS = frozenset((("more", "less"), ("sooner", "later"), ("whether", "not"), ("более", "менее"),
                     ("так", "иначе"), ("рано", "поздно")))


def either_wordings(wordings: Iterable[str], code: str) -> Iterator[str]:
    """Each wording that joins two words by "or", with one of them in place of the pair (the first pair of each)."""
    yield from _either(tuple(wordings), code)


@memoised(4096)  # (a pure function of a point's wordings, asked again for every answer)
def _either(wordings: tuple[str, ...], code: str) -> tuple[str, ...]:
    pattern = _OR.get(code)
    if pattern is None:
        return ()
    seen: dict[str, None] = {}  # (in the order they are made)
    for wording in wordings:
        m = pattern.search(wording)
        if m is None or (m[1].casefold(), m[2].casefold()) in _IDIOMS:
            continue
        for word in (m[1], m[2]):
            seen.setdefault(wording[:m.start()] + word + wording[m.end():])
    return tuple(seen)
