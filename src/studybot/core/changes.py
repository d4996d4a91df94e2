"""A change said as a factor or as a percentage, read as one quantity (the grader's; see `matching.Prepared.of`).

A factor is a quantity of its own, kind "factor" ("3 times", "в 3 раза": the forms `comparisons` writes every
"tripled", "threefold", "втрое" as). A percentage is a change of the old value where the language says so: "by
50%", "на 50%", "up 50%", "a 50% rise", "50% more" say by how much (`change` "by"); "to 300%", "to 25% of its
former level", "до 25% от прежнего уровня" the new level in percent of the old (`change` "to"); "from 40%",
"to 12%" (a level below the whole, of something else) and "30% of GDP" say neither. The way of a change is
the nearest word of rising or falling in its clause ("fell by 50%", "3 times less", "в 2 раза меньше"), and
with it the ratio of the new value to the old (`ratio`): by X% up is 1 + X/100, by X% down 1 - X/100, to X%
is X/100, N times up N and down 1/N. So "doubled" = "rose by 100%" = "rose to 200%", "halved" = "fell by 50%",
"fell by 75%" = "to a quarter" = "fourfold down", and "rose by 300%" is four times, not three.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import replace

from .language import Language
from .lexicon_compare import CHANGES, COMPARISONS, Changes
from .quantities import Quantity

__all__ = ["as_change", "figures_of", "read_changes", "relative", "same_change"]

# a percentage (every word of percent is "%" by now: `shares.read_shares`) or a factor, with a sign said
_CHANGE = re.compile(r"(?<![\w.,])(?P<sign>[-+])?(?P<num>\d+(?:\.\d+)?)(?:\s*(?P<pct>%)|\s(?P<times>times|раза|раз)\b)")
_BOUNDARY = re.compile(r"[,;!?:()\[\]]+(?!\d)|\.(?!\d)|->|→|—| - ")
_WORD = re.compile(r"[^\W_]+")
_WINDOW = 120  # the characters either side of a figure its clause's words are read in (linear in the text)
_HINT = re.compile(r"%|\d (?:times|раза?)\b")


def relative(q: Quantity) -> bool:
    """Is a quantity a factor or a percentage of change?"""
    return q.kind == "factor" or q.kind == "percent" and q.change is not None


def read_changes(text: str, quantities: list[Quantity], lang: Language) -> list[Quantity]:
    """The quantities of a prepared text, its factors ("3 times", "в 3 раза") made kind "factor" and its
    percentages of change marked as such, each with its ratio where its way is said (see the module)."""
    words = CHANGES.get(lang.code)
    if words is None or not _HINT.search(text):
        return quantities
    found = list(quantities)
    index, parts = _figures(found)
    for m in _CHANGE.finditer(text):
        value = float(m.group("num"))
        places = index.get(("percent" if m.group("pct") else "count", round(value, 6)))
        k = places.popleft() if places else -1
        if k < 0 or found[k].unit == "pp":  # points are points: a change of a rate, not of its old level
            continue
        before, after = _around(text, m.start(), m.end(), lang)
        q = found[k]
        if m.group("times"):
            way = _nearest(before, after, lang, words)
            if not way and m.group("times") != "times" and not text[:m.start()].endswith(("в ", "во ")):
                continue  # "делится 2 раза", no "в 2 раза" and no change: a count of times, not a factor
            found[k] = replace(q, kind="factor", unit="times", text=m.group(0).strip(),
                               ratio=value ** way if way and value > 0 else None)
            continue
        form = "by" if m.group("sign") else _form(value, before, after, lang, words)
        if form is None:
            continue
        way = {"+": 1, "-": -1}.get(m.group("sign") or "", 0) or _nearest(_hedged(before, words), after, lang, words)
        ratio = abs(q.value) / 100 if form == "to" else 1 + way * abs(q.value) / 100 if way else None
        shared = parts.get(round(q.value, 6), []) if q.unit == "share" else []
        for j in (k, *shared):  # "a third": the figures of a share of change are of the change too
            found[j] = replace(found[j], change="to" if form == "to" else "by", ratio=ratio)
    return found


def _figures(found: list[Quantity]) -> tuple[dict[tuple[str, float], deque[int]], dict[float, list[int]]]:
    """Where the figures a change may be written with stand among the quantities, in order: percentages by
    their value (a share by its rounded one: "1 in 3" is written "33%"), bare counts by theirs; and the
    figures of each share ("1" and "3" of "1 in 3"), by its percentage."""
    index: dict[tuple[str, float], deque[int]] = {}
    parts: dict[float, list[int]] = {}
    for k, q in enumerate(found):
        if q.kind == "percent":
            index.setdefault(("percent", float(round(abs(q.value))) if q.unit == "share"
                              else round(abs(q.value), 6)), deque()).append(k)
        elif q.kind == "count" and q.share is None:
            index.setdefault(("count", round(q.value, 6)), deque()).append(k)
        elif q.kind == "count" and q.share is not None:
            parts.setdefault(round(q.share * 100, 6), []).append(k)
    return index, parts


def _around(text: str, start: int, end: int, lang: Language) -> tuple[list[str], list[str]]:
    """The words of a figure's clause before it and after it."""
    breaks = lang.lex.clause_breaks
    before = _WORD.findall(_BOUNDARY.split(text[max(0, start - _WINDOW):start])[-1])
    after = _WORD.findall(_BOUNDARY.split(text[end:end + _WINDOW])[0])
    cut = max((i for i, w in enumerate(before) if w in breaks), default=-1)
    stop = next((i for i, w in enumerate(after) if w in breaks), len(after))
    return before[cut + 1:], after[:stop]


def _hedged(before: list[str], words: Changes) -> list[str]:
    """The words before a figure without those that only hedge it ("by more than", "by about", "почти на")."""
    end = len(before)
    while end:
        if before[end - 1] in words.approximate:
            end -= 1
        elif end > 1 and f"{before[end - 2]} {before[end - 1]}" in words.approximate:
            end -= 2
        else:
            break
    return before[:end]


def _way(word: str, lang: Language, words: Changes) -> int:
    return lang.direction(word) or (-1 if word.startswith(words.down) else 1 if word.startswith(words.up) else 0)


def _nearest(before: list[str], after: list[str], lang: Language, words: Changes) -> int:
    """The way of the word of rising or falling nearest a figure in its clause (before it, at a tie)."""
    for d in range(max(len(before), len(after))):
        for side, i in ((before, len(before) - 1 - d), (after, d)):
            if 0 <= i < len(side) and (way := _way(side[i], lang, words)):
                return way
    return 0


def _form(value: float, before: list[str], after: list[str], lang: Language, words: Changes) -> str | None:
    """How a percentage says a change: "by" (by how much: "by 50%", "rose 50%", "a rise of 50%", "50% more"),
    "to" (the new level in percent of the old), or None (a rate, a share, a level of something else)."""
    hedged = _hedged(before, words)
    prev = hedged[-1] if hedged else ""
    of_old = bool(after) and after[0] in words.of and (any(
        w.startswith(words.old) or len(w) == 4 and w.isdigit() for w in after[1:4])  # "of its former level"
        or after[1:2] == [words.was[0]] and not words.was[1].isdisjoint(after[2:5]))  # "of what it was"
    if prev in words.by:
        return "by"
    if prev in words.since:
        return None
    if of_old and prev not in words.to and _way(prev, lang, words):
        return "by"  # "lost 95% of its value", "gained 30% of its former size": the change itself
    if prev in words.to or of_old:  # above the whole, a level is of the old value, unless of another thing
        return "to" if of_old or value > 100 and not (after and after[0] in words.of) else None
    if prev and prev in words.of and len(hedged) > 1:
        prev = hedged[-2]  # "a rise of 50%"
    return "by" if _way(prev, lang, words) or after and _way(after[0], lang, words) \
        or _passive_change(after, lang, words) else None


_PASSIVE_REACH = 4  # words at most between a figure and the verb of being of its passive ("of the lamp's light")


def _passive_change(after: list[str], lang: Language, words: Changes) -> bool:
    """Is the figure the subject of a passive verb of rising or falling ("more than half the light was lost", "30% of
    the budget was cut"): the passive of "lost more than half the light", the change itself?"""
    at = next((i for i, w in enumerate(after[:_PASSIVE_REACH + 1]) if w in words.passive), None)
    if at is None or any(_way(w, lang, words) for w in after[:at]):
        return False
    rest = [w for w in after[at + 1:at + 3] if w not in words.passive]  # ("had been lost": "been" then the verb)
    return bool(rest) and bool(_way(rest[0], lang, words))


def figures_of(q: Quantity) -> frozenset[str]:
    """The figures a quantity is written with in prepared text ("2" of "2 times", "33" of "1 in 3")."""
    out = set(re.findall(r"\d+(?:\.\d+)?", q.text))
    if q.unit == "share":
        out.add(f"{round(q.value):d}")
    return frozenset(out)


def _rounding(q: Quantity) -> float:
    """How far a written figure may be from what it rounds: half a unit of its last digit ("33%": 0.5,
    "1.33 times": 0.005); none for a whole factor ("2 times" is exactly twice) or a card's own figure; a share
    said in words is a percentage up to a point (see `grading.figures._same_share`)."""
    if q.unit == "share":
        return min(1.0, abs(q.value) * 0.05)
    m = re.search(r"\d+(?:\.(\d+))?", q.text)
    if m is None:
        return 0.0
    if m.group(1):
        return 0.5 * 10.0 ** -len(m.group(1))
    return 0.0 if q.kind == "factor" else 0.5


def _sign(q: Quantity) -> int:
    return 0 if q.ratio is None else 1 if q.ratio > 1 else -1 if q.ratio < 1 else 0


def _ratio(q: Quantity, value: float, way: int) -> float:
    """The new value over the old a figure of `q` states; `way` where `q` does not say its own."""
    if q.kind == "factor":
        return value ** way if value > 0 else 0.0
    if q.change == "to":
        return value / 100
    return 1 + (_sign(q) or way) * value / 100


def _stated(q: Quantity, ratio: float) -> float:
    """A ratio said as `q` says it: a factor either way ("3 times" up or down), a percentage of change, a level."""
    if q.kind == "factor":
        return max(ratio, 1 / ratio)
    return ratio * 100 if q.change == "to" else abs(ratio - 1) * 100


def same_change(want: Quantity, have: Quantity, allowed: float = 0.0) -> bool | None:
    """Does `have` state the change `want` states, said another way (a factor for a percentage, a level for a
    percentage of change), within `allowed` (in `want`'s unit) and the rounding of the learner's figure? They
    are compared as the ratio they state, whichever way it goes (the grader's check of direction words tells a
    rise from a fall; a sign written, "-35%", must agree); a bare number answers a factor ("how many times?"
    "3"), but never a figure of a share. None: not two such quantities, or two percentages said alike (compared
    as figures, as ever)."""
    want, have = _whole(want), _whole(have)
    kinds = {want.kind, have.kind}
    if "factor" not in kinds and (want.change is None or have.change is None or want.change == have.change):
        return None
    if kinds <= {"factor", "count"}:
        return want.share is None and have.share is None and abs(have.value - want.value) <= max(
            allowed, abs(want.value) * 1e-9)
    if not (relative(want) and relative(have)):
        return None
    if (_signed(want) or _signed(have)) and _sign(want) * _sign(have) < 0:
        return False  # "-35%" for "rose by 35%"
    way = _sign(want) or _sign(have) or 1
    h = _rounding(have)
    ratios = [_ratio(have, abs(have.value) + d, way) for d in (-h, h)]
    if min(ratios) <= 0:
        return False  # "fell by 200%": no fall takes more than the whole
    low, high = sorted(_stated(want, r) for r in ratios)
    slack = allowed + (_rounding(want) if want.kind == "factor" else 0.0) + 1e-9  # ("1.3 times": a third)
    return low - slack <= abs(want.value) <= high + slack


def _signed(q: Quantity) -> bool:
    """Is a percentage written with its sign ("-35%", "+35%")?"""
    return q.kind == "percent" and q.text[:1] in ("-", "+")


def _whole(q: Quantity) -> Quantity:
    """A figure of a share of change ("3" of "by 3 in 4") as that share."""
    if q.kind == "count" and q.share is not None and q.change is not None:
        return replace(q, kind="percent", unit="share", value=q.share * 100)
    return q


def as_change(spec: Quantity, way: int, said: list[Quantity], prompt: list[str], code: str) -> Quantity:
    """A numeric card's figure read as a change where the card says it is one: a factor takes the way of its
    answer or prompt (`way`); a percentage the reading of the same figure in its answer ("rose by 100%"), or,
    when the prompt's words ask by how much it rose or fell ("by what percentage", "на сколько процентов"), a
    percentage of change that way. A bare number asked for "how many times", "во сколько раз" is a factor."""
    cmp = COMPARISONS.get(code)
    if spec.kind == "count" and not spec.unit and cmp is not None and not cmp.factors.isdisjoint(prompt):
        spec = replace(spec, kind="factor", unit="times")
    if spec.kind == "factor":
        return replace(spec, ratio=spec.value ** way) if way and spec.ratio is None and spec.value > 0 else spec
    if spec.kind != "percent" or spec.unit == "pp" or spec.change is not None:
        return spec
    same = next((q for q in said if q.kind == "percent" and q.change and abs(abs(q.value) - abs(spec.value)) < 1e-9),
                None)
    if same is not None:
        return replace(spec, change=same.change, ratio=same.ratio)
    way = -1 if spec.value < 0 else way
    words = CHANGES.get(code)
    asks_by = words is not None and not words.by.isdisjoint(prompt)
    return replace(spec, change="by", ratio=1 + way * abs(spec.value) / 100) if way and asks_by else spec
