"""Where the tutor loses its development questions: candidate search, ranking or the decision.

    python benchmarks/tutor_ceiling.py [--show]

For every answerable question of the development packs (tests/packfiles.py DEVELOPMENT) that the tutor
misses, the rank among the bm25 candidates (rescored by `Ranker.rank`) of the first passage that holds an
expected fact: 1st, 2nd-3rd, 4th-8th, 9th and beyond (still a candidate), not a candidate at all (bm25 recall),
or no single passage holds it; split by what the tutor did (declined, or answered with another passage).
For every unanswerable question wrongly answered: the path that chose the passage (it covered enough and gave
the kind of answer wanted; a sentence next to it filled in; or it stood out) and its coverage. `--show` lists
them. Check and held-out packs are never looked into here.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
from tests.packfiles import DEVELOPMENT, PACKS, fold, gives, load_questions  # noqa: E402

from studybot.core.packs import load_pack  # noqa: E402
from studybot.core.text import clean, normalise  # noqa: E402
from studybot.core.tutor import Tutor  # noqa: E402
from studybot.core.tutor.ranking import supplies  # noqa: E402

BUCKETS = ("1st", "2nd-3rd", "4th-8th", "9th+", "no candidate", "in no passage")


def bucket(rank: int | None, held: bool) -> str:
    if not held:
        return "in no passage"
    if rank is None:
        return "no candidate"
    return "1st" if rank == 1 else "2nd-3rd" if rank <= 3 else "4th-8th" if rank <= 8 else "9th+"


def analyse(tutor: Tutor, question: str):
    raw = clean(question, multiline=False)
    asked = tutor.analyser.question(raw, normalise(raw))
    if asked is None:
        return None, []
    return asked, tutor.ranker.rank(asked)


def path(tutor: Tutor, asked, chosen) -> str:
    if tutor.ranker.answers(chosen, asked):
        return "covers and supplies" if supplies(chosen.doc, asked) else "a neighbour fills in"
    return "stands out"


def main() -> int:
    show = "--show" in sys.argv
    missed: Counter[tuple[str, str]] = Counter()
    wrongly: Counter[str] = Counter()
    per_pack: dict[str, Counter[str]] = {}
    lines: list[str] = []
    for name in DEVELOPMENT:
        tutor = Tutor(load_pack(PACKS / f"{name}.yaml"), cache=False)
        questions = load_questions(PACKS / f"{name}.questions.yaml")
        per_pack[name] = Counter()
        for q in questions:
            reply = tutor.ask(q["ask"])
            asked, ranked = analyse(tutor, q["ask"])
            if q.get("decline"):
                if reply.kind == "decline":
                    continue
                chosen = next((r for r in ranked if asked and r.doc.text in reply.sentences), None)
                how = "no analysis" if chosen is None else path(tutor, asked, chosen)
                wrongly[how] += 1
                per_pack[name]["wrongly answered"] += 1
                if chosen is not None:
                    lines.append(f"  [{name}] DECLINE? {q['ask']!r} -> {how} cov={chosen.coverage:.2f} "
                                 f"own={chosen.own:.2f}: {chosen.doc.text[:110]}")
                continue
            if gives(reply, q.get("expect", [])):
                continue
            facts = [fold(str(f)) for f in (q["expect"] if isinstance(q["expect"], list) else [q["expect"]])]
            held = any(any(f in fold(d.text) for f in facts) for d in tutor.docs)
            rank = next((i + 1 for i, r in enumerate(ranked) if any(f in fold(r.doc.text) for f in facts)), None)
            b = bucket(rank, held)
            done = "declined" if reply.kind == "decline" else "answered"
            missed[(b, done)] += 1
            per_pack[name][b] += 1
            if rank is not None:
                r = ranked[rank - 1]
                detail = f"cov={r.coverage:.2f} own={r.own:.2f} top={ranked[0].coverage:.2f}"
            else:
                detail = ""
            lines.append(f"  [{name}] {b} {done} {q['ask']!r} {detail}")
        tutor.index.close()
    print("answerable questions missed, by the rank of the passage holding the fact:")
    print(f"{'':<16}{'declined':>10}{'answered':>10}{'total':>8}")
    for b in BUCKETS:
        d, a = missed[(b, "declined")], missed[(b, "answered")]
        print(f"{b:<16}{d:>10}{a:>10}{d + a:>8}")
    print(f"{'all':<16}{sum(v for (b, k), v in missed.items() if k == 'declined'):>10}"
          f"{sum(v for (b, k), v in missed.items() if k == 'answered'):>10}{sum(missed.values()):>8}")
    print("\nunanswerable questions answered, by the path that chose the passage:")
    for how, n in wrongly.most_common():
        print(f"  {how:<24}{n:>4}")
    print("\nper pack:")
    for name, c in per_pack.items():
        print(f"  {name:<20}" + "  ".join(f"{b}={c[b]}" for b in (*BUCKETS, "wrongly answered") if c[b]))
    if show:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
