"""`studybot validate` on a wrong example of a numeric card that the grader marks right because its figure is within
the card's tolerance says so, and advises narrowing the tolerance: a known mistake never fails a figure the tolerance
accepts, so "add a mistake" cannot help (reported by an instructor whose `mistakes: [10908 m]` stood inside a
tolerance of 20 around 10916). A wrong example outside the tolerance's reach keeps the advice of a mistake. Invented
packs of a surveyed ridge."""

from __future__ import annotations

from pathlib import Path

import pytest

from studybot.core.validate import check_pack

HEAD = ("format: 1\nid: t\ntitle: T\nsections:\n  - id: s\n    title: S\n    notes: The ridge is 4 620 m long.\n"
        "cards:\n  - id: ridge\n    section: s\n    explanation: Surveyed in 1871.\n    kind: numeric\n"
        "    prompt: How long is the ridge?\n    answer: 4620 m\n")


@pytest.mark.parametrize(("number", "wrong", "said"), [
    ("{value: 4620, unit: m, tolerance: 15}", "4611 m", "(4620 ± 15 m)"),
    ("{value: 4620, unit: m, tolerance: 15}", "4.611 km", "(4620 ± 15 m)"),
    ("{value: 4620, unit: m, tolerance: 1%}", "4611 m", "(4620 ± 1%)"),
])
def test_a_wrong_example_inside_the_tolerance_asks_for_a_narrower_one(tmp_path: Path, number: str, wrong: str,
                                                                         said: str) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text(HEAD + f"    number: {number}\n    mistakes:\n      - match: [{wrong}]\n"
                    "        feedback: The old survey.\n"
                    f"    examples: {{right: [4620 m], wrong: ['{wrong}']}}\n", encoding="utf-8")
    _, problems = check_pack(path)
    errors = [p.message for p in problems if p.severity == "error"]
    assert len(errors) == 1, errors
    assert f"its figure is within the card's tolerance {said}" in errors[0]
    assert "narrow number.tolerance" in errors[0] and "add a mistake" not in errors[0]


def test_a_wrong_example_the_tolerance_does_not_reach_asks_for_a_mistake(tmp_path: Path) -> None:
    path = tmp_path / "pack.yaml"
    """"4.6 km" is right by its rounding (a figure converted from another unit may be off by it), not the tolerance."""
    path.write_text(HEAD + "    number: {value: 4620, unit: m, tolerance: 15}\n"
                    "    examples: {right: [4620 m], wrong: [4.6 km]}\n", encoding="utf-8")
    _, problems = check_pack(path)
    errors = [p.message for p in problems if p.severity == "error"]
    assert len(errors) == 1 and "add a mistake" in errors[0] and "within the card's tolerance" not in errors[0]
