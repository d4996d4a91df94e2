"""Plain-text pictures and tables of the Progress and Cards screens (and `studybot stats`), in the pack's
language: the mastery map, activity, retention, the forecast, the weakest cards, a card's history. Drawn with
characters only, so they read the same with NO_COLOR, in the app and in `studybot stats`. Their words are the
app's (`chrome`); the figures are `core.stats`'. Everything returned is plain text built from cleaned pack and
learner text; the app shows it literally (never as markup)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .chrome import chrome
from .core.text import clean
from .core.wording import count, plural_ru, says
from .present import left_text, when_text

if TYPE_CHECKING:
    from .core.browse import CardRow
    from .core.records import HistoryRow

__all__ = ["card_detail_text", "card_line", "cut", "heatmap", "mastery_bar", "progress_summary", "progress_text",
           "section_table", "sparkline"]

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


def heatmap(activity: dict[str, int], today, weeks: int = 26, language: str = "en") -> list[str]:
    """A calendar of reviews per day: a column a week (oldest left), a row a weekday."""
    from datetime import timedelta

    start = today - timedelta(days=today.weekday() + 7 * (weeks - 1))  # a Monday
    top = max(activity.values(), default=0) or 1
    rows = []
    for weekday, label in enumerate(chrome("weekdays", language).split(",")):
        cells = []
        for week in range(weeks):
            day = start + timedelta(days=7 * week + weekday)
            if day > today:
                cells.append(" ")
                continue
            n = activity.get(day.isoformat(), 0)
            cells.append(_HEAT[0] if n == 0 else _HEAT[min(4, 1 + int(3 * n / top))])
        rows.append(f"{label:<4}{''.join(cells)}")
    initials = chrome("months", language)  # each month's first letter, January first
    months, last = [], None
    for week in range(weeks):
        month = (start + timedelta(days=7 * week)).month
        months.append(initials[month - 1] if month != last else " ")
        last = month
    rows.append("    " + "".join(months) + chrome("heat_legend", language, levels=_HEAT[1:], top=top))
    return rows


def section_table(sections, width: int = 34, limit: int | None = None, language: str = "en") -> str:
    """The mastery map: one line a section of the text, in the text's order. Its last column is what a
    study session has left of the section ("Left", as the header counts: learning, reviews and new cards
    it would ask) when one is open, else the cards due now ("Due", as `studybot stats` says). With
    `limit`, a long pack shows the sections with the most left (or due), then the least mastered, and
    says how many it left out."""
    sections = list(sections)
    session = any(s.left is not None for s in sections)

    def last(row) -> int:
        return (row.left or 0) if session else row.due

    left_out = 0
    if limit is not None and len(sections) > limit:
        keep = set(map(id, sorted(sections, key=lambda s: (-last(s), s.mastery, -s.seen))[:limit]))
        left_out = len(sections) - limit
        sections = [s for s in sections if id(s) in keep]
    head = chrome("column_left" if session else "column_due", language)
    lines = [f"{chrome('column_section', language):<{width}} {chrome('column_cards', language):>5} "
             f"{chrome('column_seen', language):>5}  {chrome('column_mastered', language):<15} {head:>4}"]
    for row in sections:
        title = clean(row.title, multiline=False)
        title = title if len(title) <= width else title[: width - 1] + "…"
        lines.append(f"{title:<{width}} {row.cards:>5} {row.seen:>5}  {mastery_bar(row.mastery)} {row.mastery:4.0%} "
                     f"{last(row):>4}")
    if left_out:
        lines.append(chrome("more_sections_left" if session else "more_sections_due", language, n=left_out,
                            noun=count(left_out, "section", language).split(" ", 1)[1]))
    return "\n".join(lines)


def cut(text: str, width: int) -> str:
    """`text` in at most `width` characters; a cut one ends in "…", after its last whole word
    when that leaves more than half."""
    if len(text) <= width:
        return text
    head = text[: width - 1]
    space = len(head) if text[width - 1] == " " else head.rfind(" ")  # where the last whole word ends
    return (head[:space] if space > width // 2 else head).rstrip() + "…"


def mastery_rule(language: str = "en") -> str:
    """What "mastered" means, in `language` (`core.stats` keeps the rule's figure, and its English for
    `stats --json`)."""
    from .core.stats import MASTERY_STABILITY_DAYS

    days = round(MASTERY_STABILITY_DAYS)  # "at least 21 days", "не меньше 21 дня"
    word = plural_ru(days, ("дня", "дней", "дней")) if language == "ru" else "day" if days == 1 else "days"
    return chrome("mastery_rule", language, days=days, day_word=word)


def progress_text(progress, language: str = "en") -> str:
    """The pictures of the Progress mode (and `studybot stats`), below the section table."""
    lines = [chrome("mastered_means", language, rule=mastery_rule(language)), "", chrome("activity", language)]
    lines += heatmap(progress.activity, progress.today, language=language)
    weeks = [p / n for _, n, p in progress.retention if n]
    lines.append("")
    if weeks:
        lines.append(chrome("retention_by_week", language, weeks=count(len(weeks), "week", language)))
        lines.append(f"    {sparkline(weeks, top=1.0)}  " + " ".join(f"{w:.0%}" for w in weeks[-6:])
                     + chrome("overall", language, retention=f"{progress.true_retention:.0%}"))
    else:
        lines.append(chrome("no_retention", language))
    forecast = list(progress.forecast)
    lines.append("")
    lines.append(chrome("forecast", language, reviews=count(sum(forecast), "review", language),
                        most=max(forecast, default=0)))
    lines.append(f"    {sparkline(forecast)}")
    lines.append(chrome("forecast_axis", language))
    if progress.weakest:
        lines.append("")
        lines.append(chrome("weakest", language))
        for weak in progress.weakest[:5]:
            flag = chrome("leech_flag", language) if weak.leech else ""
            # the figure is named: a bare "100%" beside "weakest" read as "100% forgotten"
            lines.append(chrome("weak_card", language, recall=f"{weak.recall:4.0%}",
                                prompt=cut(clean(weak.prompt, multiline=False), 46), lapses=weak.lapses, flag=flag))
    if progress.overrides:
        lines.append("")
        lines.append(chrome("overrides", language, rate=f"{progress.override_rate:.0%}"))
        for card_id, reviews, overridden in progress.overrides[:5]:  # the card as the learner knows it: its prompt
            prompt = clean(progress.prompts.get(card_id, card_id), multiline=False)
            lines.append(f"  {overridden}/{reviews}  {cut(prompt, 66)}")
    return "\n".join(lines)


def progress_summary(progress, language: str = "en") -> str:
    """The figures of the Progress mode (and `studybot stats`) in two lines; when a session is open, what it has
    left said as its header says it ("today: 20 left, 5 of them learning") in place of the cards due now and
    new left."""
    p, queue = progress, progress.queue
    left = None if queue is None else chrome("today_left", language,
                                             left=left_text(queue.total, queue.learning, language))
    share = f"{100 * p.mastered // p.cards}%" if p.cards else "0%"
    today = (chrome("reviews_today", language, reviews=count(p.reviews_today, "review", language),
                    right=p.correct_today, minutes=f"{p.minutes_today:.0f}")
             if p.reviews_today else chrome("no_reviews_today", language))
    new = (chrome("new_left", language, new=p.new_left) if p.new_left is not None
           else chrome("not_studied", language, new=p.cards - p.seen))
    retention = f"{p.true_retention:.0%}" if p.true_retention is not None else "–"
    return chrome("summary", language, seen=p.seen, cards=p.cards, mastered=p.mastered, share=share,
                  left=left if left is not None else chrome("due_now", language, due=p.due, new=new), today=today,
                  streak=count(p.streak, "day", language), retention=retention)


# ------------------------------------------------------------------ the card browser

_RATINGS = {1: "again", 2: "hard", 3: "good", 4: "easy"}


def card_line(row: CardRow, language: str = "en") -> str:
    """One card in the browser's list: its state and prompt, on one line (the list cuts
    it to its width)."""
    return f"{chrome('state_' + row.label, language):<10} {clean(row.prompt, multiline=False)}"


def card_detail_text(row: CardRow, history: Sequence[HistoryRow], now: datetime | None = None,
                     language: str = "en") -> str:
    """A card in the browser: what it asks, its answer and state, and every review of it."""
    now = now or datetime.now(UTC)
    lines = [clean(row.prompt), chrome("card_answer", language, answer=clean(row.answer)),
             chrome("card_section", language, title=clean(row.section_title, multiline=False),
                    id=clean(row.card_id, multiline=False))
             + (chrome("card_tags", language, tags=clean(", ".join(row.tags), multiline=False)) if row.tags else "")]
    state = chrome("card_state", language, label=chrome("state_" + row.label, language))
    if row.label in ("learning", "review") and row.due is not None:  # a suspended card is not due
        state += chrome("card_due", language, when=when_text(row.due, now, language))
    if row.reps:
        state += f" · {count(row.reps, 'review', language)}, {count(row.lapses, 'lapse', language)}"
    if row.stability is not None:
        state += chrome("card_stability", language, days=f"{row.stability:.1f}")
    lines += [state, "", chrome("history" if history else "no_history", language)]
    pad = max(len(chrome("rating_" + name, language)) for name in _RATINGS.values())  # "Good", "Хорошо"
    for h in history:
        mark = "✓" if h.correct else "✗"
        override = {"right": says("label_right", language), "wrong": says("label_wrong", language)}.get(
            h.override or "", h.override)
        notes = [n for n in (chrome("note_overridden", language, override=override) if h.override else "",
                             chrome("note_practice", language) if h.practice else "",
                             chrome("note_undone", language) if h.undone else "",
                             chrome("note_shown", language) if h.reason == "shown" else "") if n]
        said = clean(h.answer, multiline=False)
        said = said if len(said) <= 40 else said[:39] + "…"
        rating = chrome("rating_" + _RATINGS[h.rating], language) if h.rating in _RATINGS else "?"
        lines.append(f"  {h.reviewed_at.astimezone():%Y-%m-%d %H:%M}  {mark} {rating:<{pad}} "
                     f"“{said}”" + (f" ({', '.join(notes)})" if notes else ""))
    return "\n".join(lines)
