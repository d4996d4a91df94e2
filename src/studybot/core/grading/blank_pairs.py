"""Names in blanks of a cloze that the text joins only by "and" / "or" (and commas before them): "на границе штатов
{{Невада}} и {{Аризона}}", "built by {{Bardeen}} and {{Brattain}}", "{{A}}, {{B}} и {{C}}". The order of the
names is the writer's, not the fact's: a learner who fills them in another order ("Аризона, Невада") says the
same. Blanks of any words joined by "or" / "или" are alternatives, in either order ("built of {{brick}} or
{{stone}}": "stone, brick"). Words that are no names joined by "and" keep their order ("born {{free}} and {{equal}}":
a phrase of the text), and so
does a text that ties each to its place ("... respectively", "in that order", "соответственно", "в таком
порядке") or puts any other word between two blanks ("от {{0}} до {{14}}").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import permutations

__all__ = ["coordinated", "fill_in_any_order"]

_BLANK = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_JOINT = frozenset(("and", "or", "и", "или"))
_EITHER = frozenset(("or", "или"))  # alternatives: their order is never the fact's, names or not
_KEEPS_ORDER = re.compile(r"\b(?:respectively|in (?:that|this|the same) order|соответственно"
                          r"|в (?:том же|таком|этом|том) порядке)\b", re.IGNORECASE)  # "..., in that order"
_MOST = 4  # blanks in one group: every order of them is tried


@lru_cache(maxsize=1024)
def coordinated(text: str) -> tuple[tuple[int, ...], ...]:
    """The groups (two or more blanks, by index) that the cloze's text joins by "and" / "or" alone, with commas
    between the others of one group ("{{A}}, {{B}} and {{C}}"); a comma alone joins no group. Names are joined so;
    blanks of any words only by "or" ("built of {{brick}} or {{stone}}": alternatives, in no order of the fact's)."""
    if _KEEPS_ORDER.search(text):
        return ()
    blanks = list(_BLANK.finditer(text))
    spans = [m.span() for m in blanks]
    named = [all(_a_name(w) for w in m.group(1).split("|")) for m in blanks]
    groups: list[tuple[int, ...]] = []
    run, joined = [0], False
    for i in range(1, len(spans) + 1):
        between = text[spans[i - 1][1]:spans[i][0]].strip().casefold() if i < len(spans) else ""
        conjunction = between[1:].strip() if between[:1] == "," else between
        if between and (conjunction in _JOINT or between == ",") and (
                (named[i] and named[i - 1]) or conjunction in _EITHER):
            run.append(i)
            joined = joined or between != ","
            continue
        if len(run) > 1 and joined and len(run) <= _MOST:
            groups.append(tuple(run))
        run, joined = [i], False
    return tuple(groups)


def _a_name(wording: str) -> bool:
    """A wording of a blank that is a name: each of its words begins with a capital letter."""
    words = re.findall(r"[^\W\d_]+", wording)
    return bool(words) and all(w[0].isupper() for w in words)


def fill_in_any_order(text: str, ok: list[bool], fits: Callable[[int, int], bool]) -> list[int]:
    """The blanks (indices) a group of `coordinated` blanks fills when its pieces are read in another order:
    `ok` says which blank its own piece fills, `fits(blank, piece)` whether a piece fills a blank. Only a group
    whose blanks are all filled by some order counts, and only its blanks that were not filled before."""
    gained: list[int] = []
    for group in coordinated(text):
        if all(ok[i] for i in group) or max(group) >= len(ok):
            continue
        if any(all(fits(blank, piece) for blank, piece in zip(group, order, strict=True))
               for order in permutations(group) if order != group):
            gained += [i for i in group if not ok[i]]
    return gained
