"""Rules of the language that carry over to packs nobody tuned on (issue #11, second round).

Cards are made here on subjects of our own (nuclear physics, organic chemistry, medieval
history), in English and Russian; each row says what a teacher would mark.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader()
RU = Grader(language="ru")


def short(answer: str, *accept: str, prompt: str = "What is it?") -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer, accept=accept)


def explain(*points: str, need: int | None = None, prompt: str = "Why?") -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=need)


# ----------------------------------------------------------------- Greek letters written out

@pytest.mark.parametrize(("grader", "answer", "given", "right"), [
    (EN, "β particle", "beta particle", True),
    (EN, "β particle", "a β-particle", True),
    (EN, "β particle", "alpha particle", False),  # another letter is another particle
    (EN, "β particle", "gamma ray", False),
    (EN, "alpha helix", "α-helix", True),
    (EN, "α-helix", "β-sheet", False),
    (EN, "ΔH is negative", "delta H is negative", True),
    (RU, "β-клетки", "бета-клетки", True),
    (RU, "β-клетки", "альфа-клетки", False),
    (RU, "гамма-излучение", "γ-излучение", True),
])
def test_greek_letters_by_their_names(grader, answer, given, right):
    assert grader.grade(short(answer), given).correct is right


@pytest.mark.parametrize("text", ["5 µm", "5 μm"])
def test_a_micro_sign_stays_a_unit(text):
    assert EN.prep(text).quantities[0].value == pytest.approx(5e-6)
    assert "mu" not in EN.prep(text).words
