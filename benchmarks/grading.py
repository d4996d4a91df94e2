"""Grader benchmark: agreement with labelled answers, per pack, and time per answer.

    python benchmarks/grading.py [--pack PACK --answers FILE] [--show-misses]

With no arguments it measures every labelled set in the repository: the bundled pack
(tests/data/graded_answers.yaml) and each tests/data/packs/NAME.yaml with its
NAME.answers.yaml (packs in other fields and languages, answers labelled blind before
grading). For each pack it prints agreement, agreement on the answers that are not one of
their card's own examples (authors often label their examples again; those the pack's
`validate` already showed them, so the "new" column is the fairer estimate for a learner's
own words), false accepts and rejects, traps accepted,
the pack's own examples agreeing, and the median and 90th-percentile time to grade one
answer (each answer graded once, after a warm-up on the pack's examples only, so the
timings are for answers the grader has not seen), beside a bare `rapidfuzz.fuzz.ratio`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.packfiles import CHECK, HELD_OUT, OWN_HELD_OUT  # noqa: E402  (never tuned on: their figures estimate unseen packs)

from studybot.core.grading import Grader  # noqa: E402
from studybot.core.packs import LabelledAnswer, Pack, load_pack  # noqa: E402
from studybot.core.text import normalise  # noqa: E402
from studybot.core.validate import Agreement, check_examples, measure_agreement, read_answer_rows  # noqa: E402


def percentile(values: list[int], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def labelled_sets() -> list[tuple[Path, Path]]:
    sets = [(ROOT / "content" / "belarus-us-2019.yaml", ROOT / "tests" / "data" / "graded_answers.yaml")]
    for answers in sorted((ROOT / "tests" / "data" / "packs").glob("*.answers.yaml")):
        sets.append((answers.with_name(answers.name.replace(".answers.yaml", ".yaml")), answers))
    for answers in sorted((ROOT / "tests" / "data" / "paraphrase").glob("*.answers.yaml")):  # learners' own words
        sets.append((ROOT / "tests" / "data" / "packs" / answers.name.replace(".answers.yaml", ".yaml"), answers))
    return sets


def timings(pack: Pack, labelled: list[LabelledAnswer],
            clock: Callable[[], int] = time.perf_counter_ns) -> tuple[list[int], list[int]]:
    """Nanoseconds per answer for a fresh grader (warmed on the examples only) and bare fuzz.ratio, on `clock`."""
    grader = Grader.for_pack(pack)
    for card in pack.cards:
        for example in card.examples_right + card.examples_wrong:
            grader.grade(card, example)
    pairs = [(pack.card(item.card), item.answer) for item in labelled]
    ours, bare = [], []
    for card, answer in pairs:
        assert card is not None
        start = clock()
        grader.grade(card, answer)
        ours.append(clock() - start)
        start = clock()
        fuzz.ratio(answer, card.answer)
        bare.append(clock() - start)
    return ours, bare


def _key(text: str) -> str:
    return " ".join(normalise(text).casefold().split())


def is_example(pack: Pack, item: LabelledAnswer) -> bool:
    """Is a labelled answer one of its card's own examples (graded already while the grader warmed up)?"""
    card = pack.card(item.card)
    return card is not None and _key(item.answer) in {_key(e) for e in card.examples_right + card.examples_wrong}


def new_answers(pack: Pack, labelled: list[LabelledAnswer], result: Agreement) -> tuple[int, int]:
    """(agreed, total) over the labelled answers that are not one of their card's examples."""
    total = sum(1 for item in labelled if not is_example(pack, item))
    missed = sum(1 for item, _ in result.disagreements if not is_example(pack, item))
    return total - missed, total


def row(name: str, pack: Pack, result: Agreement, new: tuple[int, int], ours: list[int]) -> str:
    examples = sum(len(c.examples_right) + len(c.examples_wrong) for c in pack.cards)
    agreeing = examples - len(check_examples(pack))
    stem = name.removesuffix("+own words")
    own_held = name.endswith("+own words") and stem in OWN_HELD_OUT
    held = " (held out)" if stem in HELD_OUT or own_held else " (check)" if stem in CHECK else ""
    return (f"{name + held:<30}{pack.language:>4}{result.agreed:>6}/{result.total:<5}{result.rate:>7.1%}"
            f"{new[0] / max(1, new[1]):>7.1%}/{new[1]:<4}"
            f"{result.false_accepts:>5}{result.false_rejects:>5}{result.traps_accepted:>4}/{result.traps:<4}"
            f"{agreeing:>6}/{examples:<5}{statistics.median(ours) / 1000:>8.1f}{percentile(ours, 0.9) / 1000:>8.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", help="one pack (with --answers) instead of every labelled set")
    parser.add_argument("--answers", help="its labelled answers (YAML or CSV: card, answer, expected)")
    parser.add_argument("--show-misses", action="store_true", help="list every disagreement")
    parser.add_argument("--cpu", action="store_true",
                        help="time on this process's CPU clock, not the wall clock: steadier on a machine that "
                             "other jobs load (waiting for a core is not counted; reading this clock takes a few µs)")
    args = parser.parse_args()
    sets = [(Path(args.pack), Path(args.answers))] if args.pack and args.answers else labelled_sets()

    print(f"{'pack':<30}{'lang':>4}{'agreement':>19}{'new':>12}{'FA':>5}{'FR':>5}{'traps':>9}{'examples':>12}"
          f"{'med µs':>8}{'p90 µs':>8}")
    all_ours: list[int] = []
    new_ours: list[int] = []  # answers not among their card's examples: graded for the first time
    all_bare: list[int] = []
    misses: list[str] = []
    for pack_path, answers_path in sets:
        pack = load_pack(pack_path)
        labelled = read_answer_rows(answers_path)
        ours, bare = timings(pack, labelled, time.process_time_ns if args.cpu else time.perf_counter_ns)
        all_ours += ours
        new_ours += [t for t, item in zip(ours, labelled, strict=True) if not is_example(pack, item)]
        all_bare += bare
        result = measure_agreement(pack, labelled)
        name = pack_path.stem + ("+own words" if answers_path.parent.name == "paraphrase" else "")
        print(row(name, pack, result, new_answers(pack, labelled, result), ours))
        if pack_path.stem in HELD_OUT + CHECK or (name.endswith("+own words") and pack_path.stem in OWN_HELD_OUT):
            continue  # their misses are never read (tests/packfiles.py)
        for item, verdict in result.disagreements:
            label = "right" if item.correct else "wrong"
            misses.append(f"  {name} {item.card}: {item.answer!r} labelled {label}; "
                          f"grader: {verdict.reason or 'accepted'} ({'; '.join(verdict.trace)[:120]})")
    print()
    print(f"{'time per answer (µs), all packs':<34}{'median':>10}{'p90':>10}")
    print(f"{'studybot grade()':<34}{statistics.median(all_ours) / 1000:>10.1f}"
          f"{percentile(all_ours, 0.9) / 1000:>10.1f}")
    print(f"{'  of them answers graded first':<34}{statistics.median(new_ours) / 1000:>10.1f}"
          f"{percentile(new_ours, 0.9) / 1000:>10.1f}")
    print(f"{'bare fuzz.ratio':<34}{statistics.median(all_bare) / 1000:>10.1f}"
          f"{percentile(all_bare, 0.9) / 1000:>10.1f}")
    if args.show_misses:
        print()
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
