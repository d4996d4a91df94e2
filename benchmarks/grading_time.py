"""Where grading time goes, on the development packs' labelled answers (never the held-out ones): CPU time per answer
by card kind, split into reading the answer (`preparing.read`, through `Prepared.of`) and the rest, and the stages of
`preparing.read` one by one.

    python benchmarks/grading_time.py [--runs N] [--stages] [--pack NAME ...]

Each pack gets a fresh grader warmed on its cards' examples (as `benchmarks/grading.py`), and each answer is graded
once, as a learner's new answer is: the figures include what an answer's new words cost the first time (their stems,
their matches, slips of names) and what a card's values cost when first asked for. Times are of this process's CPU
clock (`time.process_time_ns`), steadier than the wall clock on a machine other jobs load; with `--runs N` the whole
measurement is repeated N times and each figure is the median of the runs'. With `--stages` every function
`preparing.read` calls (and `Aliases.apply`) is timed by a wrapper: a stage's figure is its mean CPU time per read,
less what the wrapper itself costs (measured here), so the stages of a few µs are rough."""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.packfiles import DEVELOPMENT  # noqa: E402  (development packs only: their answers may be read)

from studybot.core import preparing  # noqa: E402
from studybot.core.aliases import Aliases  # noqa: E402
from studybot.core.grading import MAX_ANSWER, Grader  # noqa: E402
from studybot.core.matching import Prepared  # noqa: E402
from studybot.core.packs import Card, Pack, load_pack  # noqa: E402
from studybot.core.validate import read_answer_rows  # noqa: E402

CLOCK = time.process_time_ns
BUNDLED = "belarus-us-2019"


def percentile(values: list[int], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def labelled(name: str) -> tuple[Pack, list[tuple[Card, str, bool]]]:
    """A development pack and its labelled answers, own words too: (card, answer, listed as the pack lists)."""
    if name == BUNDLED:
        pack, files = load_pack(ROOT / "content" / f"{name}.yaml"), [ROOT / "tests" / "data" / "graded_answers.yaml"]
    else:
        pack = load_pack(ROOT / "tests" / "data" / "packs" / f"{name}.yaml")
        files = [ROOT / "tests" / "data" / folder / f"{name}.answers.yaml" for folder in ("packs", "paraphrase")]
    rows = []
    for path in files:
        if path.exists():
            for item in read_answer_rows(path):
                card = pack.card(item.card)
                assert card is not None
                rows.append((card, item.answer, item.listed))
    return pack, rows


def warmed(pack: Pack) -> Grader:
    grader = Grader.for_pack(pack)
    for card in pack.cards:
        for example in card.examples_right + card.examples_wrong:
            grader.grade(card, example)
    return grader


def one_run(names: list[str]) -> dict[str, tuple[list[int], list[int]]]:
    """Per card kind: (CPU ns of reading each answer the first time, of grading it once read)."""
    out: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for name in names:
        pack, rows = labelled(name)
        grader = warmed(pack)
        for card, answer, listed in rows:
            start = CLOCK()
            grader.prep(answer[:MAX_ANSWER])  # (the grader's own memo: `grade` finds the reading there)
            read = CLOCK() - start
            start = CLOCK()
            grader.grade(card, answer, shown=card.items if listed else None)
            rest = CLOCK() - start
            out[card.kind][0].append(read)
            out[card.kind][1].append(rest)
    return out


def by_kind(runs: int, names: list[str]) -> None:
    figures: dict[str, list[tuple[float, ...]]] = defaultdict(list)
    for _ in range(runs):
        result = one_run(names)
        result["ALL"] = ([t for r, _ in result.values() for t in r], [t for _, g in result.values() for t in g])
        for kind, (reads, rests) in result.items():
            whole = [r + g for r, g in zip(reads, rests, strict=True)]
            figures[kind].append((len(whole), statistics.median(whole), percentile(whole, 0.9),
                                  statistics.median(reads), percentile(reads, 0.9),
                                  statistics.median(rests), percentile(rests, 0.9)))
    print(f"CPU µs per answer, median of {runs} run(s)")
    print(f"{'kind':<10}{'answers':>8}{'med':>9}{'p90':>9}{'read med':>10}{'p90':>9}{'rest med':>10}{'p90':>9}")
    for kind in sorted(figures, key=lambda k: (k == "ALL", k)):
        n = figures[kind][0][0]
        cols = [statistics.median(run[i] for run in figures[kind]) / 1000 for i in range(1, 7)]
        print(f"{kind:<10}{n:>8}" + "".join(f"{c:>{9 if i % 2 else 10}.1f}" for i, c in enumerate(cols, 1)))


def _timed(name: str, func: Callable[..., Any], spent: dict[str, list[int]], on: list[bool]) -> Callable[..., Any]:
    """`func`, its CPU time kept in `spent[name]` while `on[0]` (the readings of answers, not of a card's texts)."""
    @functools.wraps(func)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = CLOCK()
        try:
            return func(*args, **kwargs)
        finally:
            if on[0]:
                spent[name].append(CLOCK() - start)
    return timed


def stages(names: list[str]) -> None:
    """Mean CPU µs per read of each stage `preparing.read` calls, less the wrapper's own cost."""
    spent: dict[str, list[int]] = defaultdict(list)
    on = [True]
    nothing = _timed("nothing", lambda: None, spent, on)
    for _ in range(10_000):
        nothing()
    overhead = statistics.median(spent.pop("nothing"))
    for name, value in list(vars(preparing).items()):
        if callable(value) and getattr(value, "__module__", "").startswith("studybot.core.") \
                and not isinstance(value, type) and name not in ("read", "figures", "_names_of"):
            setattr(preparing, name, _timed(name, value, spent, on))
    apply = Aliases.apply
    Aliases.apply = _timed("Aliases.apply", apply, spent, on)
    try:
        for name in names:
            pack, rows = labelled(name)
            on[0] = False
            grader = warmed(pack)
            on[0] = True
            for _, answer, _ in rows:
                start = CLOCK()
                Prepared.of(answer[:MAX_ANSWER], grader.aliases, lemmas=True)
                spent["(read, in all)"].append(CLOCK() - start)
    finally:
        Aliases.apply = apply
    reads = len(spent["(read, in all)"])
    print(f"stages of preparing.read: {reads} first readings; wrapper cost {overhead / 1000:.2f} µs a call, taken off")
    print(f"{'stage':<28}{'calls':>8}{'µs per read':>13}{'share':>8}")
    whole = sum(spent["(read, in all)"]) - overhead * sum(len(v) for k, v in spent.items() if k != "(read, in all)")
    for name, times in sorted(spent.items(), key=lambda kv: -sum(kv[1])):
        own = max(0.0, sum(times) - overhead * len(times)) if name != "(read, in all)" else whole
        print(f"{name:<28}{len(times):>8}{own / reads / 1000:>13.1f}{own / whole:>8.1%}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="repeat the measurement; medians of the runs")
    parser.add_argument("--stages", action="store_true", help="the stages of preparing.read instead of card kinds")
    parser.add_argument("--pack", nargs="*", help="development packs to measure (default: all, the bundled one too)")
    args = parser.parse_args()
    names = args.pack or [BUNDLED, *DEVELOPMENT]
    if not set(names) <= {BUNDLED, *DEVELOPMENT}:
        parser.error("development packs only (tests/packfiles.py): the others' answers are never read")
    if args.stages:
        stages(names)
    else:
        by_kind(max(1, args.runs), names)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
