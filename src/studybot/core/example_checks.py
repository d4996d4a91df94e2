"""Checks of a card's `examples` that tell an author what to do, for `studybot validate`.

- Right examples split by the commas of `[ ]`: `right: [ВМТ, НМТ]` on a cloze card with two
  blanks, or `right: [the air is squeezed, so it heats up]`, reads as two examples, each of
  which the grader rightly fails. Consecutive unquoted right examples on one line that fail
  apart (quoted ones were split on purpose) are said once, at their start (`split_runs`), when
  they pass joined as written, or when they are surely one answer even if they fail joined too:
  cut at a decimal comma ("около 14,7 кг"), or before a word a part of a sentence begins with
  ("..., что он раскаляется, и ..."). Parts that pass only together but may be separate answers
  ("cap pay ..., it stopped peasants moving ...") get both fixes: quote them, or make each pass.
- A keypoint of a list or explain card that no right example makes: validate never checks
  that the grader hears that point in a learner's words (`untested_keypoints`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .example_advice import advice
from .grading import Grader, Verdict
from .packs import Card, Pack, Problem
from .packs.traps import Positions

__all__ = ["OPENERS", "SplitRun", "card_at", "short_cloze_wrongs", "split_message", "split_runs",
           "untested_keypoints"]


def card_at(where: Positions | None, card: Card, *path: str | int) -> tuple[int, int]:
    """(line, column) of a value of a card, or of the card itself when it is not known."""
    spot = (where or {}).get(("cards", card.id, *path))
    return (spot.line, spot.column) if spot else (card.line, 1)

_GIVEN = re.compile(r"[,;]")  # what separates the answers to a cloze card's blanks
_LONGEST_RUN = 6  # examples of one line tried together: a wording split by a few commas, not a whole list

# words a part of a sentence begins with but an answer of its own does not: a part after the first that begins so was
# cut from the sentence before it ("воздух сжимают так сильно, что он раскаляется, и топливо загорается"); not
# "because", "чтобы", "when", "где": a whole answer to "why", "what for", "when", "where" begins with them
OPENERS = {  # words a part of a sentence begins with (after a comma)
    "en": frozenset("and but or nor that which who whose whom whereas".split()),
    "ru": frozenset("и а но или либо что который которая которое которые которого которой которых которым зато "
                    "однако причём причем".split()),
}


class SplitRun(NamedTuple):
    """Right examples of one line that read as one answer cut by the commas of [ ]: which they are, the
    answer they make joined as the author wrote it, why they are surely one answer ("" when they may
    also be separate answers), and the grader's verdict on the joined answer."""

    run: range
    joined: str
    sure: str
    verdict: Verdict


def grade_example(card: Card, grader: Grader, answer: str) -> Verdict:
    """The verdict on one of a card's examples: numbers in an order card's examples (and `mistakes`) refer to its
    items as the pack lists them, not as the app shows them."""
    return grader.grade(card, answer, shown=card.items if card.kind == "order" else None)


def _opens(part: str, language: str) -> bool:
    first = part.split(maxsplit=1)[0].casefold() if part.split() else ""
    return first in OPENERS.get(language, OPENERS["en"])


def _joined(answers: tuple[str, ...], run: range, columns: dict[int, int]) -> tuple[str, bool]:
    """The parts as the author wrote them (a comma with no space after it kept so: "14,7"), and whether one
    of those commas was a decimal comma (a digit on each side)."""
    out, decimal = answers[run.start], False
    for i in run[1:]:
        tight = columns[i] - columns[i - 1] == len(answers[i - 1]) + 1
        decimal = decimal or (tight and out[-1:].isdigit() and answers[i][:1].isdigit())
        out += ("," if tight else ", ") + answers[i]
    return out, decimal


def _why_one(card: Card, answers: tuple[str, ...], run: range, decimal: bool, language: str) -> str:
    """Why the parts are surely one answer, or "" when they may be separate answers."""
    if decimal:
        return "decimal"
    if card.kind == "cloze" and len(card.blanks) >= len(run):
        return "cloze"
    return "opener" if any(_opens(answers[i], language) for i in run[1:]) else ""


def split_runs(card: Card, grader: Grader, where: Positions | None, failing: set[int],
               language: str = "en") -> dict[int, SplitRun]:
    """Runs of the card's right examples (by index) that the grader fails one by one, all written on one line
    and none in quotes (an author who quoted each example split them on purpose), which the grader accepts
    joined as written, or which are surely one answer (cut at a decimal comma, or before a word a part of a
    sentence begins with) even if the grader fails them joined too: each run by its first index."""
    if not where:
        return {}
    answers = card.examples_right
    spots = {i: spot for i in failing
             if (spot := where.get(("cards", card.id, "examples", "right", i))) and not spot.quoted}
    columns = {i: spot.column for i, spot in spots.items()}
    out: dict[int, SplitRun] = {}
    start = 0
    while start < len(answers):
        for stop in range(min(len(answers), start + _LONGEST_RUN), start + 1, -1):
            run = range(start, stop)
            if not all(i in spots and spots[i].line == spots[start].line for i in run):
                continue
            joined, decimal = _joined(answers, run, columns)
            sure = _why_one(card, answers, run, decimal, language)
            verdict = grade_example(card, grader, joined)
            # joined and still failed, the parts are one answer only when each part after the first is surely cut
            if verdict.correct or (sure and (decimal or all(_opens(answers[i], language) for i in run[1:]))):
                out[start] = SplitRun(run, joined, sure, verdict)
                start = stop
                break
        else:
            start += 1
    return out


def _quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def split_message(card: Card, split: SplitRun, why: list[str], joined_why: str) -> str:
    """What to tell the author of right examples that read as one answer split by commas; `why`: why the
    grader fails each part alone, `joined_why`: why it fails them joined (" (missed: ...)"), if it does."""
    parts = [card.examples_right[i] for i in split.run]
    named = ", ".join(repr(p) for p in parts[:-1]) + f" and {parts[-1]!r}"
    head = f"card '{card.id}': the right examples {named}"
    fix = f"quote it: right: [\"{_quoted(split.joined)}\"]"
    if not split.sure:
        reasons = why[0] if len(set(why)) == 1 else "; ".join(
            f"part {n}: {reason}" for n, reason in enumerate(why, 1) if reason)
        # (said as what it may be: one answer the commas of [ ] cut, which the grader accepts whole; the parts were
        # read as examples of their own only because of those commas)
        return (f"card '{card.id}': {named} may be one answer split by its commas (inside [ ] every comma starts a "
                f"new example): the grader accepts \"{split.joined}\" but fails each part alone"
                f"{f' ({reasons})' if reasons else ''}. If it is one answer, {fix}; if they are separate answers, "
                f"each must pass alone: {advice(card, True)}")
    cut = "at its decimal comma" if split.sure == "decimal" else "by its commas"
    said = (f"{head} are one answer split {cut}: inside [ ] every comma starts a new example, and the grader "
            f"fails each part alone")
    if split.verdict.correct:
        return f"{said} but accepts \"{split.joined}\"; {fix}"
    return f"{said}; {fix}. Joined, the grader marks it wrong too{joined_why}; {advice(card, True)}"


def untested_keypoints(pack: Pack, grader: Grader, where: Positions | None = None) -> list[Problem]:
    """A list or explain card with right examples none of which makes one of its keypoints."""
    out = []
    for card in pack.cards:
        if card.kind not in ("list", "explain") or not card.examples_right:
            continue
        made = {k.point for answer in card.examples_right for k in grader.grade(card, answer).keypoints
                if k.covered}
        for index, keypoint in enumerate(card.keypoints):
            if keypoint.point in made:
                continue
            out.append(Problem(pack.path, *card_at(where, card, "keypoints", index),
                               f"card '{card.id}': no right example makes the keypoint '{keypoint.point}', so "
                               "validate never checks that the grader hears it in a learner's words; add a right "
                               "example that makes it in other words", "warning"))
    return out


def short_cloze_wrongs(pack: Pack, where: Positions | None = None) -> list[Problem]:
    """Wrong examples of a cloze card of several blanks that give fewer answers than it has blanks: the grader
    fails them whatever it reads, so they check nothing. Unquoted ones on one line that give as many as the
    blanks between them are likely one answer the commas of [ ] cut (`wrong: [НМТ, ВМТ]`): said once, "quote it"."""
    out = []
    for card in pack.cards:
        blanks = len(card.blanks)
        if card.kind != "cloze" or blanks < 2:
            continue
        answers = card.examples_wrong
        spots = {i: where.get(("cards", card.id, "examples", "wrong", i)) for i in range(len(answers))} if where else {}
        short = [i for i, text in enumerate(answers) if len(_GIVEN.split(text)) < blanks]
        i = 0
        while i < len(short):
            index, spot = short[i], spots.get(short[i])
            run = [index]
            while spot and not spot.quoted and len(run) < blanks and i + len(run) < len(short) \
                    and short[i + len(run)] == index + len(run) and (nxt := spots.get(index + len(run))) \
                    and not nxt.quoted and nxt.line == spot.line:
                run.append(index + len(run))
            given = sum(len(_GIVEN.split(answers[k])) for k in run)
            line, column = (spot.line, spot.column) if spot else (card.line, 1)
            if len(run) > 1 and given == blanks:
                joined = ", ".join(answers[k] for k in run)
                named = ", ".join(repr(answers[k]) for k in run[:-1]) + f" and {answers[run[-1]]!r}"
                said = (f"card '{card.id}': the wrong examples {named} give {given} of the card's {blanks} blanks "
                        "between them, so the grader fails each whatever it reads and they check nothing: inside "
                        f"[ ] every comma starts a new example; if \"{joined}\" is one answer, quote it: wrong: "
                        f"[\"{_quoted(joined)}\"]")
            else:
                run = run[:1]
                said = (f"card '{card.id}': the wrong example {answers[index]!r} gives fewer answers than the "
                        f"card's {blanks} blanks, so the grader fails it whatever it reads and it checks nothing; "
                        "give an answer for every blank, one of them wrong")
            out.append(Problem(pack.path, line, column, said, "warning"))
            i += len(run)
    return out
