"""`studybot validate` on a keypoint cut in two by the commas of [ ]: the second part opens as the rest of a
sentence (a relative word, a conjunction, a Russian participle), so it is said once, with the point quoted whole.
Two points that each stand alone, or a quoted point, are left alone. Invented packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from studybot.core.validate import check_pack

HEAD = "format: 1\nid: t\ntitle: T\nlanguage: {lang}\nsections:\n  - id: s\n    title: S\n    notes: A note.\ncards:\n"
CARD = ("  - id: gland\n    section: s\n    kind: explain\n    prompt: {prompt}\n    answer: {answer}\n"
        "    keypoints: {points}\n    explanation: So the notes say.\n    examples:\n      right: [\"{right}\"]\n"
        "      wrong: [nothing]\n")


def said(tmp_path: Path, lang: str, prompt: str, points: str, right: str) -> list[str]:
    path = tmp_path / "pack.yaml"
    path.write_text(HEAD.format(lang=lang) + CARD.format(prompt=prompt, answer=right, points=points, right=right),
                    encoding="utf-8")
    _, found = check_pack(path)
    return [f"{p.line}:{p.column}: {p.severity}: {p.message}" for p in found if "reads as the rest" in p.message]


@pytest.mark.parametrize(("lang", "prompt", "points", "right", "rest"), [
    ("ru", "Что показал опыт?", "[железа выделяет вещество, регулирующее рост]",
     "железа выделяет вещество, регулирующее рост", "регулирующее рост"),
    ("ru", "Что показал опыт?", "[железа выделяет вещество, которое регулирует рост]",
     "железа выделяет вещество, которое регулирует рост", "которое регулирует рост"),
    ("en", "What did the trial show?", "[the gland makes a substance, which controls growth]",
     "the gland makes a substance which controls growth", "which controls growth"),
])
def test_a_point_cut_before_the_rest_of_its_sentence_is_said(tmp_path, lang, prompt, points, right, rest):
    [warning] = said(tmp_path, lang, prompt, points, right)
    assert warning.startswith("15:") and ": warning:" in warning  # the line of the keypoints
    assert f"the keypoint '{rest}' reads as the rest of" in warning
    assert "quote it" in warning


@pytest.mark.parametrize(("lang", "points"), [
    ("ru", "[железа выделяет вещество, вещество регулирует рост]"),  # two claims
    ("ru", "[\"железа выделяет вещество, регулирующее рост\"]"),  # quoted: one point
    ("en", "[the gland makes a substance, the substance controls growth]"),
    ("ru", "\n      - железа выделяет вещество\n      - регулирующее рост"),  # a list of lines: meant so
])
def test_points_that_stand_alone_or_are_quoted_are_left_alone(tmp_path, lang, points):
    assert said(tmp_path, lang, "Что показал опыт?", points, "железа выделяет вещество, регулирующее рост") == []
