"""Item analysis for instructors (`studybot report`): which questions are hard, which
are ambiguous, and what to add to the pack.

Over every learner in the progress databases given (read only):

- difficulty: the share of learners right at their first try of the card (after any
  override: a learner who overrode to "right" counts as right);
- discrimination (D): that share among the strong learners minus that among the weak
  ones, strong and weak being the top and bottom 27% of learners by overall score
  (the share of all their first tries that were right; Kelley's groups). A good
  question has D > 0; D <= 0 means knowing the text does not help with it;
- likely ambiguous: learners overrode the grader often (at least two learners and a
  fifth of the answers), or strong learners failed it (half or more of at least two),
  or D < 0. A hard question is missed often but has none of these signs.

`suggestions` turns answers overridden as right by several learners into `accept`
entries and frequent wrong answers into `mistakes` entries, for the instructor to
review (`packs.writer.dump_patch`); nothing is applied to the pack.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from .grading import Grader
from .packs import Card, Pack
from .packs.writer import CardPatch
from .records import FirstTry, OverriddenAnswer, PackRecord, WrongAnswer
from .stats import CardReport, Report, report
from .store import Store, StoreError
from .text import counted, normalise

__all__ = ["GROUP_SHARE", "ItemReport", "ItemStats", "PackChoice", "analyse", "find_pack", "suggestions"]

GROUP_SHARE: Final = 0.27
"""The share of learners in the strong and in the weak group."""
OVERRIDE_SHARE: Final = 0.2
STRONG_FAIL_SHARE: Final = 0.5
WRONG_SHOWN: Final = 50
"""Distinct wrong answers kept per card (most frequent first)."""


@dataclass(frozen=True)
class ItemStats:
    """One card's figures over the class, with the answers behind them."""

    base: CardReport
    difficulty: float | None
    discrimination: float | None
    strong: tuple[int, int]  # (right at the first try, tried) in the strong group
    weak: tuple[int, int]
    wrong_answers: tuple[tuple[str, int], ...]
    overridden: tuple[OverriddenAnswer, ...]
    flags: tuple[str, ...]

    @property
    def ambiguous(self) -> bool:
        return bool(self.flags)

    @property
    def verdict(self) -> str:
        """"ambiguous?", "hard", or "" for a card that works."""
        if self.flags:
            return "ambiguous?"
        return "hard" if self.difficulty is not None and self.difficulty < 0.5 else ""

    def as_dict(self) -> dict[str, Any]:
        b = self.base
        return {"card": b.card_id, "section": b.section, "prompt": b.prompt, "learners": b.learners,
                "attempts": b.attempts, "difficulty": self.difficulty, "first_try_rate": b.first_try_rate,
                "discrimination": self.discrimination, "strong": list(self.strong), "weak": list(self.weak),
                "mean_score": b.mean_score, "override_rate": b.override_rate, "ambiguous": self.ambiguous,
                "flags": list(self.flags), "verdict": self.verdict,
                "wrong_answers": [{"answer": a, "times": n} for a, n in self.wrong_answers],
                "overridden": [{"answer": o.answer, "as": o.override, "times": o.times, "learners": o.learners}
                               for o in self.overridden]}


@dataclass
class ItemReport:
    """The report: every card, the section spread, the class and its groups."""

    base: Report
    cards: list[ItemStats]
    group_size: int
    scores: dict[tuple[int, int], float] = field(default_factory=dict)  # (database, learner) -> overall score

    def as_dict(self) -> dict[str, Any]:
        data = self.base.as_dict()
        data["cards"] = [c.as_dict() for c in self.cards]
        data["group_size"] = self.group_size
        return data


class _Class:
    """What the databases hold beyond `stats.report`: first tries by learner, the
    answers overridden and the wrong answers in full."""

    def __init__(self) -> None:
        self.first: list[tuple[tuple[int, int], FirstTry]] = []
        self.overridden: dict[str, list[OverriddenAnswer]] = defaultdict(list)
        self.wrong: dict[str, dict[str, int]] = defaultdict(dict)

    def read(self, pack_id: str, databases: list[str | Path]) -> None:
        for number, path in enumerate(databases):
            try:
                store = Store.open_readonly(path)
            except StoreError:
                continue  # stats.report lists it as skipped
            try:
                self.first += [((number, t.learner_id), t) for t in store.first_tries(pack_id)]
                for o in store.overridden_answers(pack_id):
                    self.overridden[o.card_id].append(o)
                for w in store.wrong_answers(pack_id, limit_per_card=WRONG_SHOWN):
                    self._add_wrong(w)
            except StoreError:
                continue
            finally:
                store.close()

    def _add_wrong(self, w: WrongAnswer) -> None:
        # one answer in any case across the databases, shown as it was first read ("Отто" in one, "отто" in another)
        seen = self.wrong[w.card_id]
        shown = next((a for a in seen if a.casefold() == w.answer.casefold()), w.answer)
        seen[shown] = seen.get(shown, 0) + w.times


def _groups(scores: dict[tuple[int, int], float]) -> tuple[set[tuple[int, int]], set[tuple[int, int]], int]:
    """(strong, weak, size of each): the top and bottom GROUP_SHARE of learners by score."""
    ranked = sorted(scores, key=lambda who: (-scores[who], who))
    if len(ranked) < 2:
        return set(), set(), 0
    size = max(1, math.floor(GROUP_SHARE * len(ranked) + 0.5))
    return set(ranked[:size]), set(ranked[-size:]), size


def _merged(answers: list[OverriddenAnswer]) -> tuple[OverriddenAnswer, ...]:
    """The same answer overridden in several databases, counted once."""
    totals: dict[tuple[str, str], list[int]] = {}
    shown: dict[tuple[str, str], str] = {}
    for o in answers:
        key = (o.answer.casefold(), o.override)
        shown.setdefault(key, o.answer)
        got = totals.setdefault(key, [0, 0])
        got[0] += o.times
        got[1] += o.learners
    merged = [OverriddenAnswer(answers[0].card_id, shown[key], key[1], n, people)
              for key, (n, people) in totals.items()]
    return tuple(sorted(merged, key=lambda o: (-o.learners, -o.times, o.answer)))


def _own_rights(card: Card | None) -> dict[str, str]:
    """The card's right examples by their normalised text (the store gives answers in any case); not an
    order card's numbers or a choice card's letter, which the learner typed for the order shown."""
    if card is None or card.kind == "order":
        return {}
    return {normalise(e): e for e in card.examples_right if card.kind != "choice" or len(normalise(e)) > 1}


def _failed_examples(card: Card | None, wrong: tuple[tuple[str, int], ...]) -> int:
    """How many wrong answers are ones the card's own right examples list: the grader, not the class."""
    own = _own_rights(card)
    return sum(times for answer, times in wrong if normalise(answer) in own)


def _flags(base: CardReport, overridden: tuple[OverriddenAnswer, ...], strong: tuple[int, int],
           d: float | None, failed_examples: int = 0) -> tuple[str, ...]:
    flags = []
    if failed_examples:
        flags.append(f"graded wrong {failed_examples} time{'s' if failed_examples != 1 else ''} for an answer its "
                     "own right examples list (studybot validate shows why)")
    overriders = sum(o.learners for o in overridden)
    if overriders >= 2 and base.override_rate >= OVERRIDE_SHARE:
        flags.append(f"overridden by {overriders} learners ({base.override_rate:.0%} of answers)")
    right, tried = strong
    if tried >= 2 and (tried - right) / tried >= STRONG_FAIL_SHARE:
        flags.append(f"failed at the first try by {tried - right} of {tried} strong learners")
    if d is not None and d < 0:
        flags.append(f"strong learners do worse than weak ones (D {d:+.2f})")
    return tuple(flags)


def analyse(pack: Pack, databases: list[str | Path], now: datetime) -> ItemReport:
    """Item analysis of every card of `pack` over the learners in `databases`."""
    base = report(pack, databases, now)
    seen = _Class()
    seen.read(pack.id, databases)
    by_learner: dict[tuple[int, int], list[bool]] = defaultdict(list)
    for who, t in seen.first:
        by_learner[who].append(t.correct)
    scores = {who: sum(marks) / len(marks) for who, marks in by_learner.items()}
    strong, weak, size = _groups(scores)
    per_card: dict[str, list[tuple[tuple[int, int], bool]]] = defaultdict(list)
    for who, t in seen.first:
        per_card[t.card_id].append((who, t.correct))
    items = []
    for row in base.cards:
        tries = per_card.get(row.card_id, [])
        s = (sum(ok for who, ok in tries if who in strong), sum(who in strong for who, _ in tries))
        w = (sum(ok for who, ok in tries if who in weak), sum(who in weak for who, _ in tries))
        d = s[0] / s[1] - w[0] / w[1] if s[1] and w[1] else None
        difficulty = sum(ok for _, ok in tries) / len(tries) if tries else None
        overridden = _merged(seen.overridden[row.card_id]) if seen.overridden.get(row.card_id) else ()
        wrong = tuple(sorted(seen.wrong.get(row.card_id, {}).items(), key=lambda kv: (-kv[1], kv[0])))
        flags = _flags(row, overridden, s, d, _failed_examples(pack.card(row.card_id), wrong))
        items.append(ItemStats(row, difficulty, d, s, w, wrong, overridden, flags))
    items.sort(key=lambda i: (not i.ambiguous, i.difficulty if i.difficulty is not None else 2.0,
                              -i.base.attempts, i.base.card_id))
    return ItemReport(base, items, size, scores)


# ------------------------------------------------------------------ suggestions


_ACCEPTS: Final = ("short", "numeric", "date", "explain")


def suggestions(pack: Pack, result: ItemReport, min_learners: int = 2, min_times: int = 2) -> list[CardPatch]:
    """Proposed additions, card by card: answers overridden as right by at least
    `min_learners` learners (as `accept`, or as right examples for kinds without
    `accept`), and wrong answers given at least `min_times` times that no `mistakes`
    entry covers yet (as mistakes whose feedback the instructor writes). A wrong answer
    the pack grades right now (it was edited since), or one the card's own right examples
    list, is no mistake: the latter is proposed as `accept` (the grader failed the
    instructor's own example). An answer proposed as right is not proposed as a mistake too,
    however often others gave it without overruling the grade."""
    grader = Grader.for_pack(pack)
    patches = []
    for item in result.cards:
        card = pack.card(item.base.card_id)
        if card is None:
            continue
        own = _own_rights(card)
        rights = tuple((o.answer, f"overridden as right by {counted(o.learners, 'learner')} "
                                  f"({counted(o.times, 'answer')})")
                       for o in item.overridden if o.override == "right" and o.learners >= min_learners)
        rights += tuple((own[normalise(answer)], f"a right example of the card, graded wrong {times} times")
                        for answer, times in item.wrong_answers if card.kind in _ACCEPTS and normalise(answer) in own
                        and not grader.grade(card, answer).correct
                        and normalise(answer) not in {normalise(text) for text, _ in rights})
        accepted = {normalise(text) for text, _ in rights}  # proposed as right: never also as a mistake
        wrongs = tuple((answer, f"given {times} times")
                       for answer, times in item.wrong_answers if times >= min_times
                       and normalise(answer) not in own and normalise(answer) not in accepted
                       and not _covered(card, grader, answer) and not grader.grade(card, answer).correct)
        if rights or wrongs:
            accept, examples = (rights, ()) if card.kind in _ACCEPTS else ((), rights)
            patches.append(CardPatch(card.id, card.line, accept, examples, wrongs))
    return patches


def _covered(card: Card, grader: Grader, answer: str) -> bool:
    return any(grader.mistake_matches(card, answer, pattern) for m in card.mistakes for pattern in m.match)


# ------------------------------------------------------------------ which pack


@dataclass(frozen=True)
class PackChoice:
    """The pack the databases were studied with, or why it cannot be told."""

    record: PackRecord | None
    problem: str = ""


def find_pack(databases: list[str | Path]) -> PackChoice:
    """The one pack the learners studied, from what their databases recorded; a problem
    (saying which pack to give) when they studied several, or none was recorded."""
    records: dict[str, PackRecord] = {}
    ids: set[str] = set()
    unread: list[str] = []  # why a database could not be opened
    for path in databases:
        try:
            store = Store.open_readonly(path)
        except StoreError as exc:
            unread.append(str(exc))
            continue
        try:
            for rec in store.studied_packs():
                if rec.pack_id not in records or rec.seen > records[rec.pack_id].seen:
                    records[rec.pack_id] = rec
            ids.update(store.pack_ids())
        except StoreError:
            continue
        finally:
            store.close()
    ids |= set(records)
    if not ids and unread and len(unread) == len(databases):
        # not one could be read: say why, not that they are empty
        return PackChoice(None, unread[0] if len(unread) == 1 else f"no database can be read: {'; '.join(unread)}")
    if not ids:
        return PackChoice(None, "these databases hold no progress on any pack yet")
    if len(ids) > 1:
        return PackChoice(None, f"these databases hold progress on several packs ({', '.join(sorted(ids))}); "
                                "say which with --pack FILE")
    (pack_id,) = ids
    record = records.get(pack_id)
    if record is None or not record.path:
        return PackChoice(None, f"the databases hold progress on pack '{pack_id}' but not where its file is; "
                                "give it with --pack FILE")
    return PackChoice(record)
