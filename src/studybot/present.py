"""Plain-text wording of questions and verdicts, shared by the app and --plain mode.

Everything returned here is plain text built from cleaned pack and learner text; the
app shows it literally (never as markup)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .core.packs import Card, Section
from .core.text import clean

if TYPE_CHECKING:
    from .core.grading import Verdict

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


def verdict_text(card: Card, verdict: Verdict, section: Section | None, *, trace: bool = True) -> str:
    """The verdict: right or not, the feedback, each keypoint, how it was judged, the
    canonical answer and where in the text it comes from."""
    head = "✓ Right" if verdict.correct else ("◐ Partly right" if verdict.partial else "✗ Not right")
    lines = [f"{head}. {clean(verdict.feedback)}"]
    if verdict.keypoints:
        for kp in verdict.keypoints:
            got = f" (you: {clean(kp.matched, multiline=False)})" if kp.covered and kp.matched else ""
            lines.append(f"  {'✓' if kp.covered else '✗'} {clean(kp.point, multiline=False)}{got}")
    elif trace and verdict.trace:
        lines.append("  How it was judged: " + "; ".join(clean(t, multiline=False) for t in verdict.trace))
    if not verdict.correct or verdict.typo:
        lines.append(f"Answer: {clean(card.answer)}")
    if section is not None:
        lines.append(f"Source: {clean(section.title, multiline=False)}")
    return "\n".join(lines)


def _mask(text: str, keep: float) -> str:
    """'Marta Olsen' -> 'M____ O____' (keep=0) or 'Mar__ Ols__' (keep=0.5)."""
    def word(match: re.Match) -> str:
        w = match.group(0)
        shown = max(1, int(len(w) * keep))
        return w[:shown] + "_" * (len(w) - shown)
    return re.sub(r"[^\W\d_]+", word, text)


def hint_text(card: Card, level: int) -> str:
    """Progressive hints: 1 a nudge (the author's hint, or what kind of answer), 2 the
    answer's first letters, 3 half of each word."""
    answer = clean(card.answer, multiline=False)
    if level <= 1:
        if card.hint:
            return f"Hint: {clean(card.hint)}"
        if card.kind in ("list", "explain"):
            first = clean(card.keypoints[0].point, multiline=False) if card.keypoints else ""
            return f"Hint: {card.needed} points are wanted; one is about: {_mask(first, 0.0)}"
        if card.kind == "choice":
            wrong = next((o for o in card.options if o != card.answer), "")
            return f"Hint: it is not {LETTERS[card.options.index(wrong)]}) {clean(wrong, multiline=False)}"
        if card.kind == "numeric" and card.number is not None:
            unit = f" ({clean(card.number.unit, multiline=False)})" if card.number.unit else ""
            return f"Hint: a figure{unit} with {len(str(int(abs(card.number.value))))} digits"
        if card.kind == "date" and card.date:
            return f"Hint: it was in {card.date[:4]}" if card.precision != "year" else \
                f"Hint: in the {card.date[:3]}0s"
        return f"Hint: {len(answer.split())} word(s), starting with '{answer[:1]}'"
    if card.kind == "order":
        return f"Hint: it starts with: {clean(card.items[0], multiline=False)}"
    return f"Hint: {_mask(answer, 0.0 if level == 2 else 0.5)}"


def welcome_text(pack_title: str, learner: str, due: int, new: int, streak: int) -> str:
    days = "day" if streak == 1 else "days"
    return (f"{clean(pack_title, multiline=False)}\n"
            f"Learner: {clean(learner, multiline=False)} · due now: {due} · new today: {new} · "
            f"streak: {streak} {days}")


def summary_text(reviewed: int, correct: int, seconds: float, next_due: datetime | None,
                 now: datetime | None = None) -> str:
    """The end-of-session summary."""
    if not reviewed:
        lines = ["Nothing was reviewed this session."]
    else:
        minutes, secs = divmod(int(seconds), 60)
        lines = [f"Session done: {reviewed} card(s) reviewed, {correct} right ({100 * correct // reviewed}%), "
                 f"in {minutes} min {secs} s."]
    if next_due is not None:
        now = now or datetime.now(UTC)
        when = "now" if next_due <= now else due_text(next_due, now).removeprefix("again ")
        lines.append(f"Next review: {when}.")
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
