"""`studybot report`: item analysis over a class's progress databases, for instructors.

Prints, per card, difficulty (right at the first try), discrimination (strong minus
weak learners), how often learners overrode the grader, and a flag for cards that
look ambiguous rather than hard; then, card by card, every wrong answer with its
count and the answers learners overrode, in their own words. The pack is the one the
databases recorded (its path and fingerprint), unless --pack names it.
`--suggest FILE` writes proposed `accept` and `mistakes` entries as YAML to review.
Exit codes: 0 a report, 1 nothing to report or a failure (one line on stderr).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

from .authoring import Failure, write_new_file
from .core.text import clean, clean_data, counted

__all__ = ["run"]


def _say(text: str = "") -> None:
    print(clean(text))


def _warn(text: str) -> None:
    print(clean(f"studybot report: {text}"), file=sys.stderr)


def _pack(args: argparse.Namespace):
    from .core.items import find_pack
    from .core.packs import PackError, load_pack

    recorded = None
    if args.pack:
        path = Path(args.pack)
    else:
        choice = find_pack(args.databases)
        if choice.record is None:
            raise Failure(choice.problem)
        recorded = choice.record
        path = Path(recorded.path)
        if not path.exists():
            raise Failure(f"the learners studied pack '{recorded.pack_id}' from {path}, which is not there now; "
                          "give the pack with --pack FILE")
    try:
        pack = load_pack(path)
    except PackError as exc:
        if len(exc.problems) == 1:
            raise Failure(str(exc.problems[0])) from None
        raise Failure(f"{path}: the pack has problems (studybot validate {path}):\n{exc}") from None
    if recorded is not None:
        _warn(f"pack: {path} (as recorded in the databases)")
        if pack.fingerprint != recorded.fingerprint:
            _warn(f"{path} has changed since the learners studied it (answers edited); reporting on it as it is now")
    return pack


def run(args: argparse.Namespace) -> int:
    try:
        return _report(args)
    except Failure as exc:
        print(clean(f"studybot report: {exc}"), file=sys.stderr)
        return exc.code


def _report(args: argparse.Namespace) -> int:
    from .core.clock import utcnow
    from .core.items import analyse

    databases, repeated = _distinct_files(args.databases)
    for name, first in repeated:
        _warn(f"skipped {name}: the same file as {first} (counted once)")
    args.databases = databases
    pack = _pack(args)
    result = analyse(pack, databases, utcnow())
    for reason in result.base.skipped:
        _warn(f"skipped {reason}")
    if not result.base.learners:
        studied = "" if any(c.base.attempts for c in result.cards) else f" on pack '{pack.id}'"
        raise Failure(f"no learner in these databases has progress{studied}")
    if args.suggest:
        _suggest(pack, result, args)
    if args.json:
        print(json.dumps(clean_data({"pack": pack.id, **result.as_dict()}), ensure_ascii=False, indent=2))
    elif args.csv:
        _csv(result)
    else:
        _table(pack, result, args.limit)
    return 0


def _suggest(pack, result, args: argparse.Namespace) -> None:
    from .core.clock import utcnow
    from .core.items import suggestions
    from .core.packs.writer import dump_patch

    patches = suggestions(pack, result, min_learners=args.min_learners)
    header = (f"studybot report --suggest: proposals from {counted(result.base.learners, 'learner')}, "
              f"{utcnow():%Y-%m-%d}, for {pack.path}.\n"
              "Nothing here is applied. Copy what you agree with into the card (its line is given), write each "
              "mistake's feedback,\nthen run studybot validate on the pack.")
    text = dump_patch(pack.id, header, patches)
    target = write_new_file(args.suggest, text.encode("utf-8"), force=args.force)
    accepts = sum(len(p.accept) + len(p.right_examples) for p in patches)
    mistakes = sum(len(p.mistakes) for p in patches)
    _warn(f"wrote {target}: {counted(accepts, 'accepted wording')} and {counted(mistakes, 'mistake')} proposed on "
          f"{counted(len(patches), 'card')}, for you to review")


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.0%}"


def _d(x: float | None) -> str:
    return "–" if x is None else f"{x:+.2f}"


def _table(pack, result, limit: int) -> None:
    base = result.base
    databases = counted(base.databases - len(base.skipped), "database")
    _say(f"{pack.title}: {counted(base.learners, 'learner')} in {databases}")
    if result.group_size:
        _say(f"Strong and weak learners: the top and bottom 27% by first-try score ({result.group_size} each). "
             "D = share right among the strong minus among the weak.")
    _say("Likely ambiguous cards first (overridden often, or failed by strong learners), then the hardest.")
    _say()
    shown = [c for c in result.cards if c.base.attempts][:limit]
    width = max((len(c.base.card_id) for c in shown), default=4) + 2
    _say(f"{'card':<{width}}{'tries':>6}{'1st ok':>8}{'D':>7}{'overr.':>8}  verdict")
    for item in shown:
        b = item.base
        _say(f"{b.card_id:<{width}}{b.attempts:>6}{_pct(item.difficulty):>8}{_d(item.discrimination):>7}"
             f"{_pct(b.override_rate):>8}  {item.verdict}")
    _say()
    _say("Card by card: why a card is flagged, every wrong answer (times given), the answers learners overrode")
    for item in shown:
        if not (item.flags or item.wrong_answers or item.overridden):
            continue
        _say()
        _say(f"{item.base.card_id}: {clean(item.base.prompt, multiline=False)}")
        for flag in item.flags:
            _say(f"  ⚠ {flag}")
        for o in item.overridden:
            _say(f"  overridden as {o.override}: \"{clean(o.answer, multiline=False)}\" "
                 f"({o.learners} learner{'s' if o.learners != 1 else ''}, {o.times}×)")
        card = pack.card(item.base.card_id)
        for answer, times in item.wrong_answers:
            _say(f"  wrong: \"{clean(answer, multiline=False)}\" ({times}×){_as_items(card, answer)}")
    _say()
    _say(f"{'section':<36}{'learners':>9}{'low':>6}{'median':>8}{'high':>6}  (mastery)")
    for sec in base.sections:
        _say(f"{clean(sec.title, multiline=False)[:35]:<36}{sec.learners:>9}{sec.low:>6.0%}{sec.median:>8.0%}"
             f"{sec.high:>6.0%}")


def _as_items(card, answer: str) -> str:
    """What an order card's numbers said, in the items' words: learners type the numbers of the
    order the app shows (`studybot show`), which the instructor does not see in the report."""
    if card is None or card.kind != "order":
        return ""
    shown = card.shown_items
    numbers = answer.replace(",", " ").replace("-", " ").split()
    if not numbers or not all(n.isdigit() and 1 <= int(n) <= len(shown) for n in numbers):
        return ""
    return ": " + " → ".join(clean(shown[int(n) - 1], multiline=False) for n in numbers)


def _csv(result) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(["card", "section", "learners", "attempts", "difficulty", "discrimination", "mean_score",
                     "override_rate", "ambiguous", "flags", "wrong_answers", "overridden_answers"])
    for item in result.cards:
        b = item.base
        writer.writerow([clean(str(v), multiline=False) for v in (
            b.card_id, b.section, b.learners, b.attempts,
            "" if item.difficulty is None else round(item.difficulty, 3),
            "" if item.discrimination is None else round(item.discrimination, 3),
            "" if b.mean_score is None else round(b.mean_score, 3), round(b.override_rate, 3),
            int(item.ambiguous), " | ".join(item.flags),
            " | ".join(f"{a} ({n})" for a, n in item.wrong_answers),
            " | ".join(f"{o.answer} ({o.override}, {counted(o.learners, 'learner')})" for o in item.overridden))])


def _distinct_files(names: list[str]) -> tuple[list[str | Path], list[tuple[str, str]]]:
    """The names, each file once (a database named twice, or by two paths, is read
    once); and (repeated name, the name it repeats)."""
    seen: dict[tuple[int, int] | str, str] = {}
    kept: list[str | Path] = []
    repeated: list[tuple[str, str]] = []
    for name in names:
        try:
            info = os.stat(name)
            key: tuple[int, int] | str = (info.st_dev, info.st_ino)
        except OSError:
            key = os.path.abspath(name)  # missing: report() says so, once
        if key in seen:
            repeated.append((name, seen[key]))
            continue
        seen[key] = name
        kept.append(name)
    return kept, repeated
