"""Question sets: the questions an author expects learners to ask the tutor, each with the words a right reply
must hold (README, "Checking the tutor on your own questions"). Read as hardened as a pack, for `studybot validate
SET --pack PACK`, which checks a set's syntax before the tutor is asked anything:

    questions:
      - ask: When did exports fall?
        expect: ["2019"]
      - ask: Why did the harbour master resign?
        decline: true
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from yaml.nodes import MappingNode, SequenceNode

from .model import PackError, Problem
from .reader import Reader
from .yamlsafe import compose, read_text

__all__ = ["Question", "load_question_set", "top_fields"]

_FIELDS: Final = ("ask", "expect", "decline")


@dataclass(frozen=True)
class Question:
    ask: str
    expect: tuple[str, ...] = ()
    decline: bool = False
    line: int = 0


def top_fields(path: str | Path) -> frozenset[str]:
    """The top-level fields of a YAML file ("answers", "questions", "cards"...), none when it is no mapping. Raises
    PackError when it is no YAML studybot reads."""
    root = compose(read_text(path), str(path))
    if not isinstance(root, MappingNode):
        return frozenset()
    return frozenset(str(k.value) for k, _ in root.value)


def load_question_set(path: str | Path) -> list[Question]:
    """Read `questions: [{ask, expect?, decline?}]`. Raises PackError on any problem (every one found): each
    question needs `ask` and either `expect` (a text or a list of texts; `[]` for one the notes do not answer) or
    `decline: true`."""
    shown = str(path)
    root = compose(read_text(path), shown)
    reader = Reader(shown)
    top = reader.mapping(root, "the question set", ("questions",), ("questions",)) if root else None
    if root is None or top is None or "questions" not in top or not isinstance(top["questions"], SequenceNode):
        raise PackError(reader.problems or [Problem(shown, 1, 1, "expected 'questions:' with a list of entries")])
    out = []
    for item in top["questions"].value:
        m = reader.mapping(item, "a question", _FIELDS, ("ask",))
        if m is None or "ask" not in m:
            continue
        ask = reader.string(m["ask"], "ask")
        expect = reader.strings(m["expect"], "expect") if "expect" in m and not (
            isinstance(m["expect"], SequenceNode) and not m["expect"].value) else ()
        decline = False
        if "decline" in m:
            value = reader.string(m["decline"], "decline")
            if value not in ("true", "false"):
                reader.err(m["decline"], "decline must be true or false")
            decline = value == "true"
        if "expect" not in m and not decline:
            reader.err(item, "a question needs 'expect' (the words a right reply holds; [] when the notes do not "
                             "answer it) or 'decline: true'")
        if ask is not None and expect is not None:
            out.append(Question(ask, expect, decline, item.start_mark.line + 1))
    if reader.problems:
        raise PackError(reader.problems)
    return out
