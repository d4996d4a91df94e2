"""A list's point that is a person's full name is not named by the given name alone, which many share: "Пётр" and
"Пётр Андреевич Орлов" (another man of the pack) do not name "Пётр Семёнович Гранин" (`named_alone`), while his
name, his surname with the given name, and an item named by a word of a point that is no person's still do.
Invented names and cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

NOTES = ("Усадьбу построил дед писателя, Пётр Семёнович Гранин. Отец писателя, Пётр Андреевич Орлов, служил в "
         "армии. Бабушка писателя, Ольга Павловна Гранина, вела хозяйство.")
CARD = Card(id="l", section="s", kind="list", prompt="Кто из родных писателя Орлова жил в усадьбе?", answer="x",
            keypoints=(Keypoint("Пётр Семёнович Гранин"), Keypoint("Ольга Павловна Гранина")), need=1)
PACK = Pack(id="t", title="t", language="ru", cards=(CARD,), sections=(Section(id="s", title="s", notes=NOTES),))


@pytest.mark.parametrize(("answer", "right"), [
    ("Пётр Семёнович Гранин", True),
    ("Пётр Гранин", True),
    ("Пётр", False),
    ("Пётр Андреевич Орлов", False),
])
def test_a_given_name_alone_names_no_one(answer, right):
    assert Grader.for_pack(PACK).grade(CARD, answer).correct is right


def test_a_word_of_a_point_that_is_no_name_still_names_it():
    card = Card(id="l", section="s", kind="list", prompt="Что строили в усадьбе?", answer="x",
                keypoints=(Keypoint("каменная оранжерея"), Keypoint("конный двор")), need=1)
    assert Grader(language="ru").grade(card, "оранжерея").correct
