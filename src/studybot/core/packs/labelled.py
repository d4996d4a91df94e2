"""Labelled answers: learner answers a teacher judged, for measuring the grader."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .checker import _Checker
from .model import PackError, Problem
from .yamlsafe import compose as _compose
from .yamlsafe import read_text as _read


@dataclass(frozen=True)
class LabelledAnswer:
    """A learner answer to a card, judged by a teacher (for measuring the grader)."""

    card: str
    answer: str
    correct: bool
    trap: bool = False  # a wrong answer that plain string similarity would accept
    line: int = 0


def load_labelled_answers(path: str | Path) -> list[LabelledAnswer]:
    """Read `answers: [{card, answer, correct, trap?}]`. Raises PackError on any problem."""
    shown = str(path)
    root = _compose(_read(path), shown)
    checker = _Checker(shown)
    top = checker.mapping(root, "the labelled answers file", ("answers",), ("answers",)) if root else None
    if root is None or top is None or "answers" not in top or not isinstance(top["answers"], yaml.SequenceNode):
        raise PackError(checker.problems or [Problem(shown, 1, 1, "expected 'answers:' with a list of entries")])
    out = []
    for item in top["answers"].value:
        m = checker.mapping(item, "a labelled answer", ("card", "answer", "correct", "trap"),
                            ("card", "answer", "correct"))
        if m is None or not {"card", "answer", "correct"} <= m.keys():
            continue
        card = checker.string(m["card"], "card")
        answer = checker.string(m["answer"], "answer", empty_ok=True)
        flags = {}
        for name in ("correct", "trap"):
            if name in m:
                value = checker.string(m[name], name)
                if value not in ("true", "false"):
                    checker.err(m[name], f"{name} must be true or false")
                flags[name] = value == "true"
        if card is not None and answer is not None:
            out.append(LabelledAnswer(card, answer, flags.get("correct", False), flags.get("trap", False),
                                      item.start_mark.line + 1))
    if checker.problems:
        raise PackError(checker.problems)
    return out

