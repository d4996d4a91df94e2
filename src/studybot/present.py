"""Plain-text wording of questions and verdicts, shared by the app and --plain mode.

Everything returned here is plain text built from cleaned pack and learner text; the
app shows it literally (never as markup)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from .core.grading import Verdict
from .core.packs import Card, Section
from .core.text import clean

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def question_text(card: Card) -> str:
    """The question as the learner sees it, shaped by the card's kind."""
    prompt = clean(card.prompt)
    if card.kind == "choice":
        options = "\n".join(f"  {LETTERS[i]}) {clean(o, multiline=False)}" for i, o in enumerate(card.options))
        return f"{prompt}\n{options}\n(type a letter or the option)"
    if card.kind == "order":
        items = "\n".join(f"  {i + 1}. {clean(item, multiline=False)}" for i, item in enumerate(card.shown_items))
        return f"{prompt}\n{items}\n(type the numbers in the right order, e.g. 2 1 3)"
    if card.kind == "cloze":
        counter = iter(range(1, 1000))
        text = re.sub(r"\{\{.*?\}\}", lambda _: f"[{next(counter)}]____", clean(card.text or ""), flags=re.DOTALL)
        many = len(card.blanks) > 1
        how = "(type the blanks in order, separated by commas)" if many else "(type the missing words)"
        return f"{prompt}\n  {text}\n{how}"
    if card.kind in ("list", "explain"):
        need = card.needed
        noun = "point" if need == 1 else "points"
        return f"{prompt}\n(give {need} {noun})"
    return prompt


def verdict_text(card: Card, verdict: Verdict, section: Section | None) -> str:
    head = "✓ Right" if verdict.correct else ("◐ Partly right" if verdict.partial else "✗ Not right")
    lines = [f"{head}. {clean(verdict.feedback)}"]
    if verdict.keypoints:
        for kp in verdict.keypoints:
            lines.append(f"  {'✓' if kp.covered else '✗'} {clean(kp.point, multiline=False)}")
    if not verdict.correct or verdict.typo:
        lines.append(f"Answer: {clean(card.answer)}")
    if section is not None:
        lines.append(f"Source: {clean(section.title, multiline=False)}")
    return "\n".join(lines)


def due_text(due: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    seconds = (due - now).total_seconds()
    if seconds < 90:
        return "again in a minute"
    if seconds < 3600:
        return f"again in {round(seconds / 60)} minutes"
    if seconds < 36 * 3600:
        return f"again in {round(seconds / 3600)} hours"
    return f"again in {round(seconds / 86400)} days"
