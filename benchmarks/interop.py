"""Interop benchmark: Anki exports in, Anki decks out.

    python benchmarks/interop.py [--notes 1000] [--runs 5]

Times `read_notes` + `notes_to_pack` (which also checks the pack it writes) on an Anki
"Notes in Plain Text" export of N generated notes in several decks, and `apkg_bytes`
on the bundled pack; prints the median and the slowest run of each. Asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from studybot.core.interop import ImportOptions, apkg_bytes, notes_to_pack, read_notes  # noqa: E402
from studybot.core.packs import load_pack  # noqa: E402
from studybot.paths import default_pack  # noqa: E402


def anki_export(notes: int) -> str:
    rows = [f"Basic\tCourse::Unit {i % 12}\tWhat is term number {i} of unit {i % 12}?\t"
            f"The <b>answer</b> to question {i}\ttag{i % 5}\n" for i in range(notes)]
    return "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\n" + "".join(rows)


def timed(runs: int, work) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    text = anki_export(args.notes)
    made = notes_to_pack(read_notes(text), ImportOptions("bench", "Bench"))
    median, worst = timed(args.runs, lambda: notes_to_pack(read_notes(text), ImportOptions("bench", "Bench")))
    print(f"import of {args.notes:,} Anki notes ({len(made.pack.sections)} sections): "
          f"median {median * 1000:.0f} ms, slowest {worst * 1000:.0f} ms")
    pack = load_pack(default_pack())
    median, worst = timed(args.runs, lambda: apkg_bytes(pack))
    print(f"export-anki of the bundled pack ({len(pack.cards)} notes): median {median * 1000:.0f} ms, "
          f"slowest {worst * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
