"""Sweep one grader constant over every development labelled set at once.

    python benchmarks/sweep.py FILE TEMPLATE TODAY VALUE [VALUE ...]

FILE is a path under src/ (studybot/core/grading/structured.py), TEMPLATE a text that occurs
once in it with `@` where the constant stands ('DUMP_CLAIMS = @ '), TODAY the value written
there now. For each VALUE a copy of src/ is made with the constant replaced and measured in a
fresh process (no memo carried over) on the bundled set and every pack of
tests/packfiles.DEVELOPMENT; the HELD_OUT packs are never graded. It prints value -> total
agreement and the change per pack, then the three rules a new value must pass: the total
rises; leave-one-pack-out, the value would still be chosen with any single pack left out;
no trap accepted on the bundled pack and no pack loses more than one answer.
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


def measure() -> Results:
    """Agreement on the development sets, with whatever studybot is first on sys.path."""
    sys.path.insert(0, str(ROOT))
    from tests.packfiles import DEVELOPMENT, HELD_OUT

    from studybot.core.packs import load_pack
    from studybot.core.validate import measure_agreement, read_answer_rows

    sets = [(BUNDLED, ROOT / "content" / f"{BUNDLED}.yaml", ROOT / "tests" / "data" / "graded_answers.yaml")]
    sets += [(n, ROOT / "tests/data/packs" / f"{n}.yaml", ROOT / "tests/data/packs" / f"{n}.answers.yaml")
             for n in DEVELOPMENT if n not in HELD_OUT]
    out: Results = {}
    for name, pack_path, answers in sets:
        result = measure_agreement(load_pack(pack_path), read_answer_rows(answers))
        out[name] = [result.agreed, result.total, result.traps_accepted]
    return out


def measure_with(text: str, rel: str) -> Results:
    """Measure in a fresh process on a copy of src/ whose file `rel` reads `text`."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        shutil.copytree(ROOT / "src", src, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        (src / rel).write_text(text, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(src)}
        done = subprocess.run([sys.executable, __file__, "--measure"], capture_output=True, text=True, env=env,
                              cwd=tmp, check=True)
        results: Results = json.loads(done.stdout)
        return results


def total(res: Results, skip: str | None = None) -> int:
    return sum(v[0] for k, v in res.items() if k != skip)


def main() -> int:
    if sys.argv[1:] == ["--measure"]:
        print(json.dumps(measure()))
        return 0
    if len(sys.argv) < 5:
        print(__doc__)
        return 2
    rel, template, today, *values = sys.argv[1:]
    text = (ROOT / "src" / rel).read_text(encoding="utf-8")
    if text.count(template.replace("@", today)) != 1:
        print(f"error: {template.replace('@', today)!r} does not occur exactly once in src/{rel}")
        return 2
    runs = {v: measure_with(text.replace(template.replace("@", today), template.replace("@", v)), rel)
            for v in [today, *values]}
    base = runs[today]
    print(f"src/{rel}: {template}")
    print(f"{'value':<12}{'total':>7}{'per pack':>12}  changed")
    for value, res in runs.items():
        delta = {k: res[k][0] - base[k][0] for k in base}
        changed = " ".join(f"{k}{d:+d}" for k, d in delta.items() if d)
        trap = "  TRAP ACCEPTED (bundled)" if res[BUNDLED][2] else ""
        print(f"{value + (' *' if value == today else ''):<12}{total(res):>7}"
              f"{min(delta.values()):>+6d}..{max(delta.values()):<+4d}  {changed}{trap}")
    best = max(runs, key=lambda v: (total(runs[v]), v == today))  # a tie keeps today's value
    lopo = all(max(runs, key=lambda v: (total(runs[v], p), v == today)) == best for p in base)
    safe = runs[best][BUNDLED][2] == 0 and all(runs[best][k][0] - base[k][0] >= -1 for k in base)
    keep = best != today and lopo and safe
    print(f"best {best}: rises {total(runs[best]) > total(base)}, leave-one-pack-out {lopo}, "
          f"no trap / loss > 1 {safe} -> {'KEEP' if keep else 'keep today'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
