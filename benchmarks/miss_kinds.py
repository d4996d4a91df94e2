"""The main loop the tutor's miss-sorting benchmarks share (`tutor_decision_kinds.py`, `tutor_kinds_ru.py`): ask a
pack's questions, sort each miss into a kind with the benchmark's own `Sort`, count the kinds per pack and print
them as a table."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
from tests.packfiles import load_questions, pack_path, questions_of  # noqa: E402

from studybot.core.packs import load_pack  # noqa: E402
from studybot.core.tutor import Reply, Tutor  # noqa: E402

# the kind of a question's miss ("" for none) and the words of the question it lacks, from the tutor, the question's
# item and the tutor's reply
Sort = Callable[[Tutor, dict[str, Any], Reply], tuple[str, list[str]]]
# a listed miss's line, from the pack's name, the kind, the question and its words unsaid
Show = Callable[[str, str, str, list[str]], str]


def count_kinds(packs: tuple[str, ...], sort: Sort, show: Show | None = None) -> Counter[tuple[str, str]]:
    """The misses of the packs' questions by (kind, pack); each printed as `show` says, when given."""
    counts: Counter[tuple[str, str]] = Counter()
    for name in packs:
        tutor = Tutor(load_pack(pack_path(name)), cache=False)
        for item in load_questions(questions_of(name)):
            kind, unsaid = sort(tutor, item, tutor.ask(item["ask"]))
            if kind:
                counts[(kind, name)] += 1
                if show is not None:
                    print(show(name, kind, item["ask"], unsaid))
        tutor.index.close()
    return counts


def print_kinds(counts: Counter[tuple[str, str]], packs: tuple[str, ...], widths: tuple[int, int, int, int]) -> None:
    """The counts as a table, a kind a row (the most frequent first), a pack a column, and their totals; `widths`:
    the kind's column, the letters of a pack's name shown, a pack's column, the total's column."""
    kind_width, letters, column, total = widths
    kinds = sorted({k for k, _ in counts}, key=lambda k: -sum(counts[(k, p)] for p in packs))
    print(f"{'kind':{kind_width}}" + "".join(f"{p[:letters]:>{column}}" for p in packs) + f"{'total':>{total}}")
    for k in kinds:
        print(f"{k:{kind_width}}" + "".join(f"{counts[(k, p)]:>{column}}" for p in packs)
              + f"{sum(counts[(k, p)] for p in packs):>{total}}")
