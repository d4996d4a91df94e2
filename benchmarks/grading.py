"""Grader benchmark: agreement with the labelled answers, and time per answer.

    python benchmarks/grading.py [--pack PACK] [--answers FILE] [--show-misses]

Prints agreement (overall, false accepts, false rejects, traps accepted, per kind),
agreement with the pack's own examples, and the median and 90th-percentile time to
grade one answer, beside a bare `rapidfuzz.fuzz.ratio` call on the same pairs. Each
labelled answer is graded once, after a warm-up on the pack's examples only, so the
timings are for answers the grader has not seen before.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from studybot.core.grading import Grader  # noqa: E402
from studybot.core.packs import load_labelled_answers, load_pack  # noqa: E402
from studybot.core.validate import check_examples, measure_agreement  # noqa: E402


def percentile(values: list[int], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", default=str(ROOT / "content" / "belarus-us-2019.yaml"))
    parser.add_argument("--answers", default=str(ROOT / "tests" / "data" / "graded_answers.yaml"))
    parser.add_argument("--show-misses", action="store_true", help="list every disagreement")
    args = parser.parse_args()

    pack = load_pack(args.pack)
    labelled = load_labelled_answers(args.answers)

    # timing first, on a fresh grader warmed up on the examples only
    grader = Grader.for_pack(pack)
    for card in pack.cards:
        for example in card.examples_right + card.examples_wrong:
            grader.grade(card, example)
    pairs = [(pack.card(item.card), item.answer) for item in labelled]
    ours, bare = [], []
    for card, answer in pairs:
        start = time.perf_counter_ns()
        grader.grade(card, answer)
        ours.append(time.perf_counter_ns() - start)
    for card, answer in pairs:
        start = time.perf_counter_ns()
        fuzz.ratio(answer, card.answer)
        bare.append(time.perf_counter_ns() - start)

    result = measure_agreement(pack, labelled)
    examples = sum(len(c.examples_right) + len(c.examples_wrong) for c in pack.cards)
    example_misses = len(check_examples(pack))

    print(f"pack {pack.id}: {len(pack.cards)} cards; {len(labelled)} labelled answers, {result.traps} traps")
    print()
    print(f"{'measure':<34}{'value':>14}")
    print(f"{'agreement':<34}{result.agreed:>6}/{result.total:<4} {result.rate:6.1%}")
    print(f"{'false accepts (wrong passed)':<34}{result.false_accepts:>14}")
    print(f"{'false rejects (right failed)':<34}{result.false_rejects:>14}")
    print(f"{'traps accepted':<34}{result.traps_accepted:>10} of {result.traps}")
    print(f"{'pack examples agreeing':<34}{examples - example_misses:>6}/{examples}")
    print()
    print(f"{'kind':<10}{'agreed':>8}{'total':>8}{'rate':>9}")
    for kind, (agreed, total) in sorted(result.by_kind.items()):
        print(f"{kind:<10}{agreed:>8}{total:>8}{agreed / total:>9.1%}")
    print()
    print(f"{'time per answer (µs)':<26}{'median':>10}{'p90':>10}")
    print(f"{'studybot grade()':<26}{statistics.median(ours) / 1000:>10.1f}{percentile(ours, 0.9) / 1000:>10.1f}")
    print(f"{'bare fuzz.ratio':<26}{statistics.median(bare) / 1000:>10.1f}{percentile(bare, 0.9) / 1000:>10.1f}")
    if args.show_misses:
        print()
        for item, verdict in result.disagreements:
            label = "right" if item.correct else "wrong"
            print(f"  {item.card}: {item.answer!r} labelled {label}; grader: {verdict.reason or 'accepted'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
