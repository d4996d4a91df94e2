"""`studybot validate` on what an instructor writes (instructor8's findings): a list or explain card
whose own `answer`, typed by a learner word for word, the grader would fail is reported at the answer."""

from __future__ import annotations

import pytest

from .cli import edited_mini_pack, run
from .conftest import MINI_PACK


def test_an_explain_answer_that_misses_its_own_keypoints_is_warned_at_its_line(tmp_path):
    path, line = edited_mini_pack(tmp_path, "    answer: Fish exports declined, so the port relied more on cargo.\n",
                         "    answer: A sign of a changing harbour economy.\n")
    result = run("validate", str(path))
    assert result.returncode == 0, result.stdout  # a warning: the pack still loads and runs
    [warning] = [x for x in result.stdout.splitlines() if "why-fell" in x and "own answer" in x]
    assert warning.startswith(f"{path}:{line}:") and ": warning:" in warning
    assert "missed: fish exports declined; reliance on cargo" in warning


def test_a_list_answer_that_makes_its_points_is_not_warned(tmp_path):
    result = run("validate", str(MINI_PACK))
    assert "own answer" not in result.stdout
    path, _ = edited_mini_pack(tmp_path, "    answer: 42 million tonnes handled; fish exports fell 12%\n",
                      "    answer: the port's two headline figures\n")
    result = run("validate", str(path))
    assert any("port-facts" in x and "own answer" in x for x in result.stdout.splitlines()), result.stdout


def test_a_pack_of_one_section_and_one_card_is_counted_in_the_singular(tmp_path):
    path = tmp_path / "one.yaml"
    path.write_text("format: 1\nid: one\ntitle: One\nsections:\n  - id: s\n    title: S\n    notes: A note.\n"
                    "cards:\n  - id: c\n    section: s\n    kind: short\n    prompt: What?\n    answer: This\n"
                    "    explanation: Why.\n    examples: {right: [this], wrong: [that]}\n", encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 0, result.stdout
    assert f"{path}: ok — 1 section, 1 card" in result.stdout
    assert "One (one): 1 section, 1 card" in run("cards", str(path)).stdout


def test_a_rejected_answer_is_not_called_100_percent_alike(tmp_path):
    # "evaporating coils" and the accepted "evaporator coils" share their stems; the figure is of letters
    path = tmp_path / "coils.yaml"
    path.write_text("format: 1\nid: coils\ntitle: Coils\nsections:\n  - id: s\n    title: S\n    notes: A note.\n"
                    "cards:\n  - id: c\n    section: s\n    kind: short\n    prompt: Where does it boil?\n"
                    "    answer: the evaporator\n    accept: [evaporator coils]\n", encoding="utf-8")
    result = run("grade", str(path), "c", "the evaporating coils")
    if result.returncode == 0:
        pytest.skip("the grader accepts it now: no figure to check")
    assert result.returncode == 3, result.stderr
    assert "100% alike" not in result.stdout and "closest 100%" not in result.stdout
    assert "% alike in its letters" in result.stdout
