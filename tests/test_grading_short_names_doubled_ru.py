"""A short name of five letters with a doubled letter (an alias given alone: "Витте", "Толль") written with that
letter once ("Вите", "Толь"), the commonest slip in a borrowed name, as longer names are forgiven it already
("Росия" for "Россия": `name_spellings.vowel_slip`). Not when the texts use the short form as a word, nor when two
names would be written so; never another letter. Found by proberu17 (a Russian pack on Witte's reform: "граф Вите").
Invented people; each row says what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import explain

RU = Grader({"Эдуард Толль": ("Толль",), "Иван Кассо": ("Кассо",)}, language="ru")
FOUND = explain("Эдуард Толль", prompt="Кто вёл экспедицию?")
MINISTER = explain("Иван Кассо", prompt="Кто был министром?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (FOUND, "Толь", True),
    (FOUND, "барон Толь", True),
    (MINISTER, "Касо", True),
    (MINISTER, "министр Касо", True),
    (FOUND, "Толик", False),
    (FOUND, "Тол", False),
    (MINISTER, "Кусо", False),
    (MINISTER, "Толь", False),
])
def test_a_doubled_letter_written_once(card, given, right):
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


def test_not_a_word_the_texts_use_nor_two_names() -> None:
    texts = ("Сани везли по льду толь и доски.",)  # "толь": roofing felt, a word of the notes
    assert "эдуард" not in Grader({"Эдуард Толль": ("Толль",)}, language="ru", texts=texts).aliases.apply("толь")
    assert "эдуард" in Grader({"Эдуард Толль": ("Толль",)}, language="ru").aliases.apply("барон толь")
    both = Grader({"Эдуард Толль": ("Толль",), "Анна Тооль": ("Тооль",)}, language="ru").aliases.apply("барон толь")
    assert "эдуард" not in both and "анна" not in both  # a slip of either: of neither


def test_never_a_word_of_the_language():
    # the bundled pack's "Moore" turned "how much more did Belarus buy?" into "how much Moore ..." (round 17)
    aliases = Grader({"Jenifer Moore": ("Moore",)}).aliases
    assert "jenifer" not in aliases.apply("how much more did they buy")
    assert "jenifer" in aliases.apply("who was moore")
