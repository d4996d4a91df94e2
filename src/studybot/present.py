"""Plain-text wording of questions and verdicts, shared by the app and --plain mode.

Everything returned here is plain text built from cleaned pack and learner text; the
app shows it literally (never as markup)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

from .core.how_to_answer import HOW_TO, points_text
from .core.packs import Card, Section
from .core.text import clean, normalise
from .core.wording import count, in_time, says
from .core.wording_verdicts import verdict_words

if TYPE_CHECKING:
    from .core.grading import Verdict

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def question_text(card: Card, language: str = "en") -> str:
    """The question as the learner sees it, shaped by the card's kind; how to type the answer
    is said in the pack's `language`."""
    prompt = clean(card.prompt)
    how = HOW_TO.get(language, HOW_TO["en"])
    if card.kind == "choice":
        options = "\n".join(f"  {LETTERS[i]}) {clean(o, multiline=False)}" for i, o in enumerate(card.options))
        return f"{prompt}\n{options}\n{how['choice']}"
    if card.kind == "order":
        items = "\n".join(f"  {i + 1}. {clean(item, multiline=False)}" for i, item in enumerate(card.shown_items))
        return f"{prompt}\n{items}\n{how['order']}"
    if card.kind == "cloze":
        counter = iter(range(1, 1000))
        text = re.sub(r"\{\{.*?\}\}", lambda _: f"[{next(counter)}]____", clean(card.text or ""), flags=re.DOTALL)
        return f"{prompt}\n  {text}\n{how['blanks'] if len(card.blanks) > 1 else how['blank']}"
    if card.kind in ("list", "explain"):
        return f"{prompt}\n{points_text(card.needed, language)}"
    return prompt


# The grader's generic words for right and wrong: the verdict's head already says them.
_GENERIC_FEEDBACK = ("Correct.", "Not quite.")


_QUALIFIED = re.compile(r"^(?:Correct|Not quite) (\([^()]*\))\.")  # "Correct (allowing a typo)."


def _feedback(feedback: str, listed: bool = False, language: str = "en") -> str:
    """The grader's feedback without a word that repeats the head ("✓ Right. Correct."), and
    with the keypoints `listed` below it, without its own list of the missing ones. A head
    word's qualifier is kept, for the head: "Correct (allowing a typo)." -> "(allowing a typo)"."""
    text = clean(feedback).strip()
    qualified = _QUALIFIED.match(text)
    if qualified:
        text = qualified.group(1) + text[qualified.end():]
    for generic in _GENERIC_FEEDBACK:
        if text.startswith(generic):
            text = text[len(generic):].strip()
    if listed and "Missing:" in text:
        text = text[:text.index("Missing:")].strip()
    if qualified and language != "en":  # the qualifier is the head's: said as the head is (a typo, or a form)
        said = says("form" if qualified.group(1) == says("form") else "typo", language)
        return said + verdict_words(text[len(qualified.group(1)):].strip(), language)
    return verdict_words(text, language)


_RAW_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# the grader reads "longer" as "long" and "more", "largest" as "large" and "most": the ending that says the degree
_DEGREE = {"more": ("er", "r"), "most": ("est", "st")}


def _graded(typed: str, degree: str, words: list[str]) -> bool:
    """Is a typed word another matched word with the ending of `degree` ("longer": "long" and "more")?"""
    return typed.endswith(_DEGREE[degree]) and any(
        typed != w and typed.startswith(w[:max(3, len(w) - 1)]) for w in words if w not in _DEGREE)


def learner_words(answer: str, matched: str) -> str:
    """The stretch of the learner's own answer that the grader matched, as they typed it
    (the grader reports normalised words: "fell" for "Fell", "310" for "three hundred
    ten"). Empty when a matched word cannot be found in the answer as typed."""
    tokens = [(m.start(), m.end(), normalise(m.group(0))) for m in _RAW_WORD.finditer(answer)]
    spans: list[tuple[int, int]] = []
    words = matched.split()
    for word in sorted(words, key=lambda w: w in _DEGREE):  # the degree words last: they may be another's ending
        hit = next(((a, b) for a, b, t in tokens if t == word or (len(word) >= 4 and t[:4] == word[:4])), None)
        if word in _DEGREE:  # "long more" read of "longer" or of "twice as long": the comparative's own word
            hit = next(((a, b) for a, b in spans if _graded(normalise(answer[a:b]), word, words)), None) \
                or next(((a, b) for i, (a, b, t) in enumerate(tokens) if t == word and any(
                    x in spans for x in ((p, q) for p, q, _ in tokens[max(0, i - 1):i + 2]))), None)
            if hit is None:
                continue  # no "more" of the point's near it ("more fiercely, the mouse lived twice as long")
        if hit is None:
            return ""
        spans.append(hit)
    if not spans:
        return ""
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    stretch = answer[start:end]
    if len(stretch.split()) > 2 * len(spans) + 2:  # far apart: the words themselves
        return " … ".join(answer[a:b] for a, b in sorted(set(spans)))
    return stretch


# "no accepted wording matched (closest 96%)": a likeness of letters, which a learner reads as "nearly right";
# the learner is told that nothing matched, `studybot grade` gives the instructor the figure too
_LIKENESS = re.compile(r" \(closest (\d+)%\)")


def learner_step(step: str, language: str = "en") -> str:
    """A step of the grader's trace as a learner reads it: without the likeness of letters, in `language`."""
    return verdict_words(_LIKENESS.sub("", clean(step, multiline=False)), language)


def likeness_note(step: str) -> str | None:
    """What `learner_step` leaves out of a step, for the instructor: "the nearest accepted wording is
    96% alike in its letters"; None when it leaves out nothing."""
    found = _LIKENESS.search(clean(step, multiline=False))
    return None if found is None else f"the nearest accepted wording is {found.group(1)}% alike in its letters"


def verdict_text(card: Card, verdict: Verdict, section: Section | None, *, trace: bool = True,
                 answer: str | None = None, hints: int = 0, language: str = "en") -> str:
    """The verdict: right or not, the feedback, each keypoint, how it was judged, the
    canonical answer and where in the text it comes from. With `answer`, a keypoint shows
    the learner's own words that made it; after `hints`, a right answer says it counts as Hard.
    Said in the pack's `language`."""
    head = says("right" if verdict.correct else "partly" if verdict.partial else "wrong", language)
    if verdict.correct and hints:
        aids = ("a hint" if hints == 1 else f"{hints} hints") if language == "en" else count(hints, "hint", language)
        head += says("with_hints", language, hints=aids)
    feedback = _feedback(verdict.feedback, listed=bool(verdict.keypoints), language=language)
    qualifier = ""
    if feedback.startswith("("):  # the head's qualifier: "✓ Right (allowing a typo)."
        qualifier, _, feedback = feedback.partition(")")
        qualifier += ")"
        head, feedback = f"{head} {qualifier}", feedback.strip()
    lines = [f"{head}." + (f" {feedback}" if feedback else "")]
    if verdict.keypoints:
        for kp in verdict.keypoints:
            if verdict.correct and not kp.covered:  # not needed: the feedback names it ("You could also mention: X")
                continue
            said = learner_words(answer, kp.matched) if answer is not None and kp.covered and kp.matched else ""
            # (the learner's words only where they are not the point's own: "✓ the red fort", not "(you: red fort)")
            got = says("you", language, said=clean(said, multiline=False)) \
                if said and not set(normalise(said).split()) <= set(normalise(kp.point).split()) else ""
            lines.append(f"  {'✓' if kp.covered else '✗'} {clean(kp.point, multiline=False)}{got}")
    elif trace and verdict.trace:
        judged = "; ".join(learner_step(t, language) for t in verdict.trace)
        lines.append(says("judged", language) + (judged.replace(f" {qualifier}", "") if qualifier else judged))
    if not verdict.correct or verdict.typo:
        lines.append(says("answer", language, answer=clean(card.answer)) + _as_numbers(card, language))
    if section is not None:
        lines.append(says("source", language, title=clean(section.title, multiline=False)))
    return "\n".join(lines)


def _as_numbers(card: Card, language: str = "en") -> str:
    """An order card's answer as the numbers shown (what the learner types): " (1 4 3 2)"."""
    if card.kind != "order" or len(card.items) < 2:
        return ""
    shown = card.shown_items
    return says("as_numbers", language, numbers=" ".join(str(shown.index(item) + 1) for item in card.items))


def shown_text(card: Card, section: Section | None, language: str = "en") -> str:
    """The answer shown when the learner asked for it ("I don't know", Ctrl+O): no grading."""
    lines = [says("shown", language, answer=clean(card.answer)), says("shown_again", language)]
    if card.explanation:
        lines.append(says("why", language, why=clean(card.explanation)))
    if section is not None:
        lines.append(says("source", language, title=clean(section.title, multiline=False)))
    return "\n".join(lines)


def _mask(text: str, keep: float) -> str:
    """'Marta Olsen' -> 'M____ O____' (keep=0) or 'Mar__ Ols__' (keep=0.5)."""
    def word(match: re.Match) -> str:
        w = match.group(0)
        shown = max(1, int(len(w) * keep))
        return w[:shown] + "_" * (len(w) - shown)
    return re.sub(r"[^\W\d_]+", word, text)


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")  # "176", "5,9", "1.5": one figure


def _mask_figures(text: str, keep: float) -> str:
    """'USD 176 million' -> 'USD 1__ million' (keep=0) or 'USD 17_ million' (keep=0.5): a figure keeps
    its first digits, never all of them, so a hint on a numeric card does not give the figure away."""
    def figure(match: re.Match) -> str:
        run = match.group(0)
        digits = sum(c.isdigit() for c in run)
        shown = min(digits - 1, max(1, math.ceil(digits * keep)))
        out = []
        for c in run:
            if c.isdigit():
                out.append(c if shown > 0 else "_")
                shown -= 1
            else:
                out.append(c)
        return "".join(out)
    return _FIGURE.sub(figure, text)


def hint_text(card: Card, level: int, language: str = "en") -> str:
    """Progressive hints: 1 a nudge (the author's hint, or what kind of answer), 2 the
    answer's first letters, 3 half of each word (a figure's first digits, never all of
    them); said in the pack's `language`."""
    answer = clean(card.answer, multiline=False)
    if level <= 1:
        return says("hint", language, hint=clean(card.hint) if card.hint else _nudge(card, answer, language))
    if card.kind == "order":
        shown = min(level - 1, len(card.items) - 1)  # level 2: the first item, level 3: the first two
        items = " → ".join(clean(i, multiline=False) for i in card.items[:shown])
        return says("hint", language, hint=says("hint_starts", language, items=items))
    keep = 0.0 if level == 2 else 0.5
    # a figure is never given whole, on any kind: a numeric card's figure, a date's day and year, a cloze blank
    # or a short answer that is a figure are the answer itself
    return says("hint", language, hint=_mask(_mask_figures(answer, keep), keep))


def _nudge(card: Card, answer: str, language: str) -> str:
    """The first hint when the card has none of its own: what kind of answer it wants."""
    if card.kind in ("list", "explain"):
        first = clean(card.keypoints[0].point, multiline=False) if card.keypoints else ""
        first = _mask(_mask_figures(first, 0.0), 0.0)
        if card.needed == 1:  # "1 point is wanted, for example: ...", never "1 points are wanted"
            return says("hint_point", language, first=first)
        return says("hint_points", language, points=count(card.needed, "point", language), first=first)
    if card.kind == "choice":
        wrong = next((o for o in card.options if o != card.answer), "")
        option = f"{LETTERS[card.options.index(wrong)]}) {clean(wrong, multiline=False)}"
        return says("hint_not", language, option=option)
    if card.kind == "numeric" and card.number is not None:
        unit = f" ({clean(card.number.unit, multiline=False)})" if card.number.unit else ""
        return says("hint_figure", language, unit=unit, digits=count(len(str(int(abs(card.number.value)))), "digit",
                                                                       language))
    if card.kind == "date" and card.date:
        year = int(card.date[:4])  # "0863": a pack writes four digits, a learner "863"
        return says("hint_year", language, year=year) if card.precision != "year" else \
            says("hint_decade", language, decade=f"{year // 10}0")
    if card.kind == "order" and card.items:
        return says("hint_first_item", language, item=_mask(_mask_figures(clean(card.items[0], multiline=False), 0.0),
                                                            0.0))
    if card.kind == "cloze" and card.blanks:
        blank = clean(card.blanks[0][0], multiline=False)
        return says("hint_first_blank", language, blank=_mask(_mask_figures(blank, 0.0), 0.0))
    said = re.sub(r"\s*\([^()]*\)", "", answer).strip() or answer  # an aside in brackets is no word to give
    return says("hint_words", language, words=count(len(said.split()), "word", language), first=said[:1])


def place_text(card_number: int | None, left: int, learning: int, next_due: datetime | None = None,
               now: datetime | None = None, language: str = "en") -> str:
    """Where the learner is: "card 7 · 13 left, 3 of them learning" (the learning cards are
    part of what is left, not more), or when nothing is asked, when the next card is due."""
    if card_number is not None:
        return says("card", language, number=card_number, left=left_text(left, learning, language))
    if left:
        return left_text(left, learning, language)
    if next_due is None:
        return says("none_due", language)
    return says("none_due_next", language, when=when_text(next_due, now, language))


def left_text(left: int, learning: int, language: str = "en") -> str:
    """"13 left, 3 of them learning" (the header and "what's due" say the same)."""
    if not learning:
        return says("left", language, left=left)
    if learning == left:
        return says("left_one_learning", language) if left == 1 else says("left_all_learning", language, left=left)
    return says("left_learning", language, left=left, learning=learning)


def when_text(moment: datetime, now: datetime | None = None, language: str = "en") -> str:
    """"now", or "in 10 minutes", "in 3 hours", "in 2 days" ("сейчас", "через 3 дня")."""
    now = now or datetime.now(UTC)
    return says("now", language) if moment <= now else in_time((moment - now).total_seconds(), language)


# how the summary says to go on, by its wording in `core.wording`: "/go (F2 in the app) goes on", or in the app,
# which says its own key, "press F2 (or type /go) to go on"
GO: Literal["go", "go_in_app"] = "go"
GO_IN_APP: Literal["go", "go_in_app"] = "go_in_app"


def summary_text(reviewed: int, correct: int, seconds: float, next_due: datetime | None,
                 now: datetime | None = None, sections: Sequence[tuple[str, int, int]] = (), left: int = 0,
                 go: Literal["go", "go_in_app"] = GO, learning: int = 0, language: str = "en") -> str:
    """The end-of-session summary: answers right and wrong (per section, `sections` being
    (title, right, wrong)); with `left` cards still to study (the session was ended early),
    `learning` of them learning cards, what is left as the header says it and how to go on
    with it (`go`: GO, or GO_IN_APP in the app); else when the next card is due, and how to study
    beyond it. Said in the pack's `language`."""
    if not reviewed:
        lines = [says("nothing_reviewed" if left else "nothing_due", language)]
    else:
        minutes, secs = divmod(int(seconds), 60)  # "in 57 s", "in 1 min 37 s": no "0 min"
        took = says("took", language, minutes=minutes, seconds=secs) if minutes else \
            says("took_seconds", language, seconds=secs)
        lines = [says("session_done", language, answers=count(reviewed, "answer", language), correct=correct,
                      percent=100 * correct // reviewed, time=took)]
        lines += [says("section_tally", language, title=clean(title, multiline=False), right=right, wrong=wrong)
                  for title, right, wrong in sections]
    if left:
        left_line = f"{left_text(left, learning, language)}: {says(go, language)}."  # "Осталось 3: ...", "3 left: ..."
        lines.append(left_line[:1].upper() + left_line[1:])
        return "\n".join(lines)
    if next_due is not None:
        lines.append(says("next_review", language, when=when_text(next_due, now, language)))
    lines.append(says("go_on", language))
    return "\n".join(lines)


def due_text(due: datetime, now: datetime | None = None, language: str = "en") -> str:
    """When a card comes back: "again in 10 minutes" ("снова через 10 минут")."""
    now = now or datetime.now(UTC)
    seconds = (due - now).total_seconds()
    if seconds < 90:
        return says("again_minute", language)
    return says("again", language, when=in_time(seconds, language))


def tutor_error_text(exc: BaseException, language: str = "en") -> str:
    """What the learner reads when the tutor fails on a question (a bug: it is never a decline)."""
    from .chrome import chrome

    detail = clean(str(exc), multiline=False)[:200]
    return chrome("tutor_failed", language, error=type(exc).__name__ + (": " + detail if detail else ""))
