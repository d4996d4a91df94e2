"""Labelled answers: learner answers a teacher judged, for measuring the grader.

The file is YAML, read as hardened as a pack:

    answers:
      - {card: exports-2019, answer: "176 million", correct: true}
      - {card: exports-2019, answer: "167 million", correct: false, trap: true}

Numbers in an answer to an order card refer to the items as the app shows them (the
scrambled order `studybot show` prints). A sheet written against the pack file's own
listing says so at the top: `order_numbers: listed` (the default is `shown`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

from yaml.nodes import MappingNode, Node, SequenceNode

from .model import PackError, Problem
from .reader import Reader
from .yamlsafe import compose, read_text

__all__ = ["LabelledAnswer", "load_labelled_answers"]

_FIELDS: Final = ("card", "answer", "correct", "trap")
_REQUIRED: Final = ("card", "answer", "correct")
_FLAGS: Final = ("correct", "trap")


@dataclass(frozen=True)
class LabelledAnswer:
    """A learner answer to a card, judged by a teacher (for measuring the grader)."""

    card: str
    answer: str
    correct: bool
    trap: bool = False  # a wrong answer that plain string similarity would accept
    line: int = 0
    listed: bool = False  # order numbers refer to the pack's listing, not the scrambled display


def load_labelled_answers(path: str | Path) -> list[LabelledAnswer]:
    """Read `answers: [{card, answer, correct, trap?}]`. Raises PackError on any problem
    (every one found); `correct` and `trap` must be written true or false."""
    shown = str(path)
    root = compose(read_text(path), shown)
    reader = Reader(shown)
    if isinstance(root, SequenceNode):  # the list written without its key: say what to add, not what a mapping is
        raise PackError([Problem(shown, 1, 1, "the answers are a list with nothing above it: write 'answers:' on "
                                              "the first line and the list of entries under it")])
    keys = {k.value for k, _ in root.value} if isinstance(root, MappingNode) else set()
    if "answers" not in keys and keys & {"cards", "sections", "questions"}:  # a pack or a question set, not a sheet
        what = "a question set (questions:)" if "questions" in keys else "a pack"
        raise PackError([Problem(shown, 1, 1, f"this is {what}, not an answer sheet: studybot grade PACK --answers "
                                              "SHEET wants the pack first and, after --answers, a file of answers: "
                                              "[{card, answer, correct}]")])
    fields = ("answers", "order_numbers")
    top = reader.mapping(root, "the labelled answers file", fields, ("answers",)) if root else None
    if root is None or top is None or "answers" not in top or not isinstance(top["answers"], SequenceNode):
        raise PackError(reader.problems or [Problem(shown, 1, 1, "expected 'answers:' with a list of entries")])
    listed = False
    if "order_numbers" in top:
        frame = reader.string(top["order_numbers"], "order_numbers")
        if frame not in ("shown", "listed"):
            reader.err(top["order_numbers"], "order_numbers must be shown or listed")
        listed = frame == "listed"
    out = [replace(answer, listed=listed) for item in top["answers"].value if (answer := _answer(reader, item))]
    if reader.problems:
        raise PackError(reader.problems)
    return out


def _answer(reader: Reader, item: Node) -> LabelledAnswer | None:
    m = reader.mapping(item, "a labelled answer", _FIELDS, _REQUIRED)
    if m is None or not set(_REQUIRED) <= m.keys():
        return None
    card = reader.string(m["card"], "card")
    answer = reader.string(m["answer"], "answer", empty_ok=True)
    flags = {}
    for name in _FLAGS:
        if name in m:
            value = reader.string(m[name], name)
            if value not in ("true", "false"):
                reader.err(m[name], f"{name} must be true or false")
            flags[name] = value == "true"
    if card is None or answer is None:
        return None
    return LabelledAnswer(card, answer, flags.get("correct", False), flags.get("trap", False), item.start_mark.line + 1)
