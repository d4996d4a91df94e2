"""A name written with a slip that the pack's names forgive is right and told as a typo, with the name's spelling
(grading/name_typos.py, `aliases.Aliases.slip_of`): "Wilkens" for "Arnold Wilkins", "Флемстед" for "Джон Флемстид"
were graded plain "Correct." while a slip in a common word said "Correct (allowing a typo)." (round 22, a Russian
instructor's pack). Never for another case of the name, an alias the pack gives, initials, the surname alone or the
other of "э" / "е". Invented people; each row says what a teacher would tell the learner."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import short

EN_TEXTS = ("The lighthouse was designed by the engineer Arnold Wilkins in 1861.",
            "The keeper Thomas Brannigan kept the light for thirty years.",
            "The lamp was trimmed by Paul Hendriks. The Harbourmasters ran the port.")
EN = Grader({"Margaret Oyelaran": ("Peggy Oyelaran", "Oyelaran"), "Harbourmasters": ("Harbour Board",)},
            texts=EN_TEXTS, who=("Arnold Wilkins", "Thomas Brannigan", "Paul Hendriks"))
RU_TEXTS = ("Завод основал купец Игнат Сухоруков.", "Главным стеклодувом был мастер Густав Веллер.",
            "Новую печь построил английский инженер Генри Рэлстон.")
RU = Grader({"Джон Флемстид": ("Флемстид",), "Густав Веллер": ("Gustav Weller",), "Белоруссия": ("Беларусь",)},
            language="ru", texts=RU_TEXTS,
            who=("Игнат Сухоруков", "Густав Веллер", "Генри Рэлстон"))

DESIGNER = short("Arnold Wilkins", prompt="Who designed the lighthouse?")
KEEPER = short("Thomas Brannigan", prompt="Who kept the light?")
LENS = short("Margaret Oyelaran", prompt="Who ground the lens?")
FOUNDER = short("Игнат Сухоруков", prompt="Кто основал завод?")
BLOWER = short("Густав Веллер", prompt="Кто был главным стеклодувом?")
ENGINEER = short("Генри Рэлстон", prompt="Кто построил печь?")
ASTRONOMER = short("Джон Флемстид", prompt="Кто заказывал линзы?")
TRIMMER = short("Paul Hendriks", prompt="Who trimmed the lamp?")
PORT = short("the Harbourmasters", prompt="Who ran the port?")
COUNTRY = short("в Белоруссии", prompt="Где стоит завод?")


@pytest.mark.parametrize(("grader", "card", "given", "slip"), [
    (EN, DESIGNER, "Wilkens", "'Wilkens' read as 'Wilkins'"),
    (EN, DESIGNER, "Arnold Wilkens", "'Wilkens' read as 'Wilkins'"),
    (EN, KEEPER, "Branigan", "'Branigan' read as 'Brannigan'"),
    (EN, KEEPER, "Thomas Brannigen", "'Brannigen' read as 'Brannigan'"),
    (EN, LENS, "Oyelaren", "'Oyelaren' read as 'Oyelaran'"),
    (EN, TRIMMER, "Paul Hendrikss", "'Hendrikss' read as 'Hendriks'"),  # a letter added to a name ending in "s"
    (RU, FOUNDER, "Сухаруков", "'Сухаруков' read as 'Сухоруков'"),
    (RU, FOUNDER, "Сухаруковым", "'Сухаруковым' read as 'Сухоруков'"),  # a slip in a case of the name
    (RU, BLOWER, "Велер", "'Велер' read as 'Веллер'"),
    (RU, ASTRONOMER, "Флемстед", "'Флемстед' read as 'Флемстид'"),
])
def test_a_slip_in_a_name_is_told_as_a_typo(grader, card, given, slip):
    verdict = grader.grade(card, given)
    assert verdict.correct and verdict.typo, verdict.trace
    assert verdict.feedback == "Correct (allowing a typo)."
    assert slip in verdict.trace


@pytest.mark.parametrize(("grader", "card", "given"), [
    (EN, DESIGNER, "Arnold Wilkins"),
    (EN, DESIGNER, "Wilkins"),  # the surname alone
    (EN, DESIGNER, "A. Wilkins"),  # initials
    (EN, LENS, "Peggy Oyelaran"),  # the pack's alias
    (EN, KEEPER, "Brannigan"),
    (RU, FOUNDER, "Сухоруков"),
    (RU, FOUNDER, "Сухорукову"),  # another case of the name
    (RU, FOUNDER, "Сухоруковым"),
    (RU, FOUNDER, "И. Сухоруков"),
    (RU, BLOWER, "Gustav Weller"),  # the pack's transliteration
    (RU, ENGINEER, "Релстон"),  # "е" for "э": Russian writes a borrowed name either way
    (RU, ASTRONOMER, "Флемстид"),
    (EN, PORT, "the Harbourmaster"),  # the name's singular
    (RU, COUNTRY, "в Беларуси"),  # a case of the alias, one letter from its first case
])
def test_a_way_of_writing_the_name_is_no_slip(grader, card, given):
    verdict = grader.grade(card, given)
    assert verdict.correct and not verdict.typo, verdict.trace
    assert verdict.feedback == "Correct."


@pytest.mark.parametrize(("grader", "card", "given"), [
    (EN, DESIGNER, "Wilson"),
    (EN, KEEPER, "Bannister"),
    (RU, FOUNDER, "Сухов"),
])
def test_another_name_stays_wrong(grader, card, given):
    assert not grader.grade(card, given).correct


@pytest.mark.parametrize(("grader", "word", "name"), [
    (EN, "wilkens", "arnold wilkins"),
    (EN, "wilkins", ""),
    (EN, "wilson", ""),
    (RU, "сухаруков", "игнат сухоруков"),
    (RU, "сухорукову", ""),
    (RU, "сухаруковым", "игнат сухоруков"),
    (RU, "релстон", ""),
    (RU, "велер", "густав веллер"),
])
def test_slip_of(grader, word, name):
    assert grader.aliases.slip_of(word) == name
