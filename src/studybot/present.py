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


# ------------------------------------------------------------------ pictures in text
# Drawn with characters only, so they read the same with NO_COLOR, in the app and in
# `studybot stats`.

_LEVELS = " ▁▂▃▄▅▆▇█"
_HEAT = "·░▒▓█"


def mastery_bar(fraction: float, width: int = 10) -> str:
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return "█" * filled + "·" * (width - filled)


def sparkline(values: list[float], top: float | None = None) -> str:
    """One character a value, its height by size ('▁' small … '█' the largest)."""
    if not values:
        return ""
    top = top or max(values) or 1
    return "".join(_LEVELS[min(8, max(1 if v > 0 else 0, round(v / top * 8)))] for v in values)


def heatmap(activity: dict[str, int], today, weeks: int = 26) -> list[str]:
    """A calendar of reviews per day: a column a week (oldest left), a row a weekday."""
    from datetime import timedelta

    start = today - timedelta(days=today.weekday() + 7 * (weeks - 1))  # a Monday
    top = max(activity.values(), default=0) or 1
    rows = []
    for weekday, label in enumerate(("Mon", "", "Wed", "", "Fri", "", "Sun")):
        cells = []
        for week in range(weeks):
            day = start + timedelta(days=7 * week + weekday)
            if day > today:
                cells.append(" ")
                continue
            n = activity.get(day.isoformat(), 0)
            cells.append(_HEAT[0] if n == 0 else _HEAT[min(4, 1 + int(3 * n / top))])
        rows.append(f"{label:<4}{''.join(cells)}")
    months, last = [], None
    for week in range(weeks):
        month = (start + timedelta(days=7 * week)).strftime("%b")
        months.append(month[0] if month != last else " ")
        last = month
    rows.append("    " + "".join(months) + f"   · none {_HEAT[1]}{_HEAT[2]}{_HEAT[3]}{_HEAT[4]} most ({top} a day)")
    return rows


def section_table(sections, width: int = 34, limit: int | None = None) -> str:
    """The mastery map: one line a section of the text, in the text's order. With
    `limit`, a long pack shows the sections with the most due, then the least
    mastered, and says how many it left out."""
    sections = list(sections)
    left_out = 0
    if limit is not None and len(sections) > limit:
        keep = set(map(id, sorted(sections, key=lambda s: (-s.due, s.mastery, -s.seen))[:limit]))
        left_out = len(sections) - limit
        sections = [s for s in sections if id(s) in keep]
    lines = [f"{'Section':<{width}} {'Cards':>5} {'Seen':>5}  {'Mastered':<15} {'Due':>4}"]
    for row in sections:
        title = clean(row.title, multiline=False)
        title = title if len(title) <= width else title[: width - 1] + "…"
        lines.append(f"{title:<{width}} {row.cards:>5} {row.seen:>5}  {mastery_bar(row.mastery)} {row.mastery:4.0%} "
                     f"{row.due:>4}")
    if left_out:
        lines.append(f"… and {left_out} more sections, with less due (studybot stats lists every one)")
    return "\n".join(lines)


def progress_text(progress) -> str:
    """The pictures of the Progress mode (and `studybot stats`), below the section table."""
    lines = ["Activity, last 26 weeks"]
    lines += heatmap(progress.activity, progress.today)
    weeks = [p / n for _, n, p in progress.retention if n]
    lines.append("")
    if weeks:
        lines.append(f"True retention by week (scheduled reviews right first time), last {len(weeks)} week(s):")
        lines.append(f"    {sparkline(weeks, top=1.0)}  "
                     + " ".join(f"{w:.0%}" for w in weeks[-6:]) + f"  · overall {progress.true_retention:.0%}")
    else:
        lines.append("True retention: no scheduled reviews yet (it counts reviews of learned cards).")
    forecast = list(progress.forecast)
    lines.append("")
    lines.append(f"Due in the next 30 days: {sum(forecast)} review(s), at most {max(forecast, default=0)} a day")
    lines.append(f"    {sparkline(forecast)}")
    lines.append("    today" + " " * 20 + "+30 days")
    if progress.weakest:
        lines.append("")
        lines.append("Weakest cards (most likely forgotten now):")
        for weak in progress.weakest[:5]:
            flag = " [leech]" if weak.leech else ""
            lines.append(f"  {weak.recall:4.0%}  {clean(weak.prompt, multiline=False)[:60]}"
                         f" · lapses {weak.lapses}{flag}")
    if progress.overrides:
        lines.append("")
        lines.append(f"Grades you overrode: {progress.override_rate:.0%} of reviews of these cards")
        for card_id, reviews, overridden in progress.overrides[:5]:
            lines.append(f"  {overridden}/{reviews}  {card_id}")
    return "\n".join(lines)


def tutor_error_text(exc: BaseException) -> str:
    """What the learner reads when the tutor fails on a question (a bug: it is never a decline)."""
    detail = clean(str(exc), multiline=False)[:200]
    return (f"The tutor failed on that question ({type(exc).__name__}{': ' + detail if detail else ''}). "
            "This is a bug; your progress is safe.")
