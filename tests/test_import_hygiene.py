"""core/ must stay usable without the UI: importing it never loads textual."""

import pkgutil
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
