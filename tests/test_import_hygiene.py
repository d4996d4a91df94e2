"""core/ must stay usable without the UI: importing it never loads textual."""

import pkgutil
import re
import subprocess
import sys

import studybot.core


def test_core_never_imports_textual():
    modules = [f"studybot.core.{m.name}" for m in pkgutil.iter_modules(studybot.core.__path__)]
    assert len(modules) >= 8
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"core imported: {result.stdout.strip()}"


def test_hygiene_check_can_fail():
    """The same subprocess check notices textual when it is imported."""
    code = "import sys, studybot.tui.app\nprint('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


STARTUP = """
import sys
from studybot.tui.app import build_app
from studybot.tui.widgets import Bubble

app = build_app(sys.argv[1], sys.argv[2], "ann")

def check():
    if any(b.kind == "tutor" for b in app.screen.query(Bubble)):
        heavy = ("sqlite_utils", "fsrs", "studybot.core.grading", "studybot.core.tutor", "rapidfuzz")
        print("MODULES:" + ",".join(sorted(m for m in sys.modules if m.split(".")[0] in heavy or m in heavy)) + ":END")
        app.exit()

app.call_later(lambda: app.set_interval(0.005, check))
app.run(headless=True, size=(80, 24))
"""


def _first_question_modules(pack, db, extra: str = "") -> set[str]:
    result = subprocess.run([sys.executable, "-c", extra + STARTUP, str(pack), str(db)], capture_output=True,
                            text=True, timeout=60, check=True)
    found = re.search(r"MODULES:(.*?):END", result.stdout)
    return set(found.group(1).split(",")) - {""} if found else {"<no first question>"}


def test_startup_imports_no_scheduler_grader_or_tutor(mini_pack_path, db_path):
    """Up to the first question on screen (an existing database), the app loads neither
    sqlite-utils (only a migration needs it), fsrs, the grader nor the tutor."""
    from studybot.core.store import Store

    Store.open(db_path).close()
    assert _first_question_modules(mini_pack_path, db_path) == set()


def test_startup_check_can_fail(mini_pack_path, db_path):
    """The same check sees the grader when something at start-up imports it."""
    from studybot.core.store import Store

    Store.open(db_path).close()
    found = _first_question_modules(mini_pack_path, db_path, "import studybot.core.grading\n")
    assert "studybot.core.grading" in found
