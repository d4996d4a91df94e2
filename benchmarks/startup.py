"""Start-up benchmark: process start to the first question on screen (headless).

    python benchmarks/startup.py [--runs 10]

Runs `studybot` on the bundled pack in a fresh process, headless, until the first
question is on screen, and the same for a bare Textual app that shows one Label;
prints the median and spread of both and their ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD_STUDY = """
import sys
from studybot.paths import default_pack
from studybot.tui.app import build_app
from studybot.tui.widgets import Bubble

app = build_app(default_pack(), sys.argv[1], "bench")

def check():
    if any(b.kind == "tutor" for b in app.screen.query(Bubble)):
        print("first-question", flush=True)
        app.exit()

app.call_later(lambda: app.set_interval(0.002, check))
app.run(headless=True, size=(80, 24))
"""

CHILD_BARE = """
from textual.app import App
from textual.widgets import Label

class Bare(App):
    def compose(self):
        yield Label("hello")

    def on_mount(self):
        self.call_after_refresh(self.done)

    def done(self):
        print("first-question", flush=True)
        self.exit()

Bare().run(headless=True, size=(80, 24))
"""


def one_run(code: str, *args: str) -> float:
    # as on a learner's machine, where Python keeps compiled bytecode between runs
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT / "src")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.communicate(timeout=60)
    if "first-question" not in line:
        raise SystemExit(f"the child did not show a question: {proc.stderr.read() if proc.stderr else ''}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "progress.db")
        one_run(CHILD_STUDY, db)  # create the database and the bytecode: later runs start as a
        one_run(CHILD_BARE)  # returning learner's would
        study, bare = [], []
        for _ in range(args.runs):  # alternate, so that both see the same machine load
            study.append(one_run(CHILD_STUDY, db))
            bare.append(one_run(CHILD_BARE))
    ms = [statistics.median(x) * 1000 for x in (study, bare)]
    print(f"{'process start to first question (ms)':<40}{'median':>8}{'min':>8}{'max':>8}")
    print(f"{'studybot, bundled pack':<40}{ms[0]:>8.0f}{min(study) * 1000:>8.0f}{max(study) * 1000:>8.0f}")
    print(f"{'bare Textual app with one Label':<40}{ms[1]:>8.0f}{min(bare) * 1000:>8.0f}{max(bare) * 1000:>8.0f}")
    print(f"ratio {ms[0] / ms[1]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
