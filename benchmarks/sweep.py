"""Sweep one grader constant over every development labelled set at once.

    python benchmarks/sweep.py FILE TEMPLATE TODAY VALUE [VALUE ...]
    python benchmarks/sweep.py --check FILE TEMPLATE TODAY VALUE [VALUE ...]

FILE is a path under src/ (studybot/core/grading/structured.py), TEMPLATE a text that occurs
once in it with `@` where the constant stands ('DUMP_CLAIMS = @ '), TODAY the value written
there now. For each VALUE a copy of src/ is made with the constant replaced and measured in a
fresh process (no memo carried over) on the bundled set and every pack of
tests/packfiles.DEVELOPMENT; the HELD_OUT packs are never graded. It prints value -> total
agreement and the change per pack, then the three rules a new value must pass: the total
rises; leave-one-pack-out, the value would still be chosen with any single pack left out;
no trap accepted on the bundled pack and no set loses more than one answer.

A development pack's learners' own words (tests/data/paraphrase/NAME.answers.yaml) are an
entry of their own ("kletka+own"), and the own-words total is printed beside the total.
With --check it prints instead, for each value, the totals only (never the misses) of the
CHECK packs, their first sets and own-words sets: run it for a value chosen by the rules
above, not to choose one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = "belarus-us-2019"
Results = dict[str, list[int]]  # pack -> [agreed, total, traps accepted]


OWN = "+own"  # the suffix of a learners' own-words set


def labelled(names: tuple[str, ...], bundled: bool) -> list[tuple[str, Path, Path]]:
    """(entry, pack, answers) of the first and own-words sets of these packs, never a HELD_OUT one."""
    from tests.packfiles import HELD_OUT

    sets = [(BUNDLED, ROOT / "content" / f"{BUNDLED}.yaml", ROOT / "tests" / "data" / "graded_answers.yaml")]
    sets = sets if bundled else []
    for n in names:
        if n in HELD_OUT:
            continue
        pack = ROOT / "tests/data/packs" / f"{n}.yaml"
        sets.append((n, pack, ROOT / "tests/data/packs" / f"{n}.answers.yaml"))
        own = ROOT / "tests/data/paraphrase" / f"{n}.answers.yaml"
        if own.exists():
            sets.append((n + OWN, pack, own))
    return sets


def measure(check: bool = False) -> Results:
    """Agreement on the development sets (or the CHECK packs'), with whatever studybot is first on sys.path."""
    sys.path.insert(0, str(ROOT))
    from tests.packfiles import CHECK, DEVELOPMENT

    from studybot.core.packs import load_pack
    from studybot.core.validate import measure_agreement, read_answer_rows

    sets = labelled(CHECK, False) if check else labelled(DEVELOPMENT, True)
    out: Results = {}
    for name, pack_path, answers in sets:
        result = measure_agreement(load_pack(pack_path), read_answer_rows(answers))
        out[name] = [result.agreed, result.total, result.traps_accepted]
    return out


def measure_with(text: str, rel: str, check: bool = False) -> Results:
    """Measure in a fresh process on a copy of src/ whose file `rel` reads `text`."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        shutil.copytree(ROOT / "src", src, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        (src / rel).write_text(text, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(src)}
        how = "--measure-check" if check else "--measure"
        done = subprocess.run([sys.executable, __file__, how], capture_output=True, text=True, env=env, cwd=tmp)
        if done.returncode:
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise SystemExit(f"error: measuring with this value failed: {last}")
        results: Results = json.loads(done.stdout)
        return results


def total(res: Results, skip: str | None = None) -> int:
    """Answers agreed on, with one pack (its first and own-words sets) left out."""
    return sum(v[0] for k, v in res.items() if skip is None or k.removesuffix(OWN) != skip)


def own_total(res: Results) -> int:
    return sum(v[0] for k, v in res.items() if k.endswith(OWN))


def show_check(rel: str, template: str, text: str, today: str, values: list[str]) -> int:
    """The CHECK packs' totals (first sets, own-words sets, both) per value; no misses."""
    print(f"src/{rel}: {template}  (CHECK packs, totals only)")
    print(f"{'value':<12}{'first':>12}{'own words':>12}{'both':>12}")
    for v in [today, *values]:
        res = measure_with(text.replace(template.replace("@", today), template.replace("@", v)), rel, check=True)
        first = [sum(r[i] for k, r in res.items() if not k.endswith(OWN)) for i in (0, 1)]
        own = [sum(r[i] for k, r in res.items() if k.endswith(OWN)) for i in (0, 1)]
        print(f"{v + (' *' if v == today else ''):<12}{first[0]:>7}/{first[1]:<4}{own[0]:>7}/{own[1]:<4}"
              f"{first[0] + own[0]:>7}/{first[1] + own[1]:<4}")
    return 0


def main() -> int:
    if sys.argv[1:] in (["--measure"], ["--measure-check"]):
        print(json.dumps(measure(check=sys.argv[1] == "--measure-check")))
        return 0
    check = sys.argv[1:2] == ["--check"]
    args = sys.argv[1 + check:]
    if len(args) < 4 - check:  # --check may measure today's value alone
        print(__doc__)
        return 2
    rel, template, today, *values = args
    text = (ROOT / "src" / rel).read_text(encoding="utf-8")
    if text.count(template.replace("@", today)) != 1:
        print(f"error: {template.replace('@', today)!r} does not occur exactly once in src/{rel}")
        return 2
    if check:
        return show_check(rel, template, text, today, values)
    runs = {v: measure_with(text.replace(template.replace("@", today), template.replace("@", v)), rel)
            for v in [today, *values]}
    base = runs[today]
    print(f"src/{rel}: {template}")
    print(f"{'value':<12}{'total':>7}{'own':>6}{'per set':>12}  changed")
    for value, res in runs.items():
        delta = {k: res[k][0] - base[k][0] for k in base}
        changed = " ".join(f"{k}{d:+d}" for k, d in delta.items() if d)
        trap = "  TRAP ACCEPTED (bundled)" if res[BUNDLED][2] else ""
        print(f"{value + (' *' if value == today else ''):<12}{total(res):>7}{own_total(res):>6}"
              f"{min(delta.values()):>+6d}..{max(delta.values()):<+4d}  {changed}{trap}")
    best = max(runs, key=lambda v: (total(runs[v]), v == today))  # a tie keeps today's value
    lopo = all(max(runs, key=lambda v: (total(runs[v], p), v == today)) == best
               for p in {k.removesuffix(OWN) for k in base})
    safe = runs[best][BUNDLED][2] == 0 and all(runs[best][k][0] - base[k][0] >= -1 for k in base)
    keep = best != today and lopo and safe
    print(f"best {best}: rises {total(runs[best]) > total(base)}, leave-one-pack-out {lopo}, "
          f"no trap / loss > 1 {safe} -> {'KEEP' if keep else 'keep today'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
