"""A figure said with its word of scale, its thousands grouped or in number words is one figure: a point's
"3 million objects" is made by "3,000,000 objects", "three million objects", "3 mln objects", and in Russian
"около 1,1 млн предметов" by "1 100 000 предметов"; another figure is not. A range keeps its scale for both ends
("25-35 million" is no "35,000,000"). Cards on invented subjects of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from studybot.core.scaled_figures import figures_as_digits
from tests.cards import explain

EN, RU = Grader(), Grader(language="ru")
VAULT = explain("about 3 million objects in the vault", "bats live in the tower", need=2, prompt="Two facts?")
ARCHIVE = explain("an archive of 20,000 letters", prompt="What did the library buy?")
STORE = explain("около 1,1 млн предметов хранилось в подвале", prompt="Что хранилось в подвале?")
FLEET = explain("флот из 2 тысяч лодок", prompt="Какой флот был у города?")

ROWS = [
    (EN, VAULT, "3,000,000 objects in the vault, and bats live in the tower", True),
    (EN, VAULT, "three million objects in the vault; bats live in the tower", True),
    (EN, VAULT, "3 mln objects in the vault and bats living in the tower", True),
    (EN, VAULT, "3 million objects in the vault and bats live in the tower", True),
    (EN, VAULT, "3 000 000 objects in the vault and bats live in the tower", True),
    (EN, ARCHIVE, "an archive of 0.02 mn letters", True),
    (EN, VAULT, "30,000,000 objects in the vault and bats in the tower", False),  # another figure
    (EN, VAULT, "3,000 objects in the vault and bats in the tower", False),
    (EN, ARCHIVE, "an archive of 20000 letters", True),
    (EN, ARCHIVE, "an archive of twenty thousand letters", True),
    (EN, ARCHIVE, "an archive of 20 thousand letters", True),
    (EN, ARCHIVE, "an archive of 2,000 letters", False),
    (RU, STORE, "в подвале хранилось 1 100 000 предметов", True),
    (RU, STORE, "в подвале хранилось 1,1 миллиона предметов", True),
    (RU, STORE, "в подвале хранилось 11 млн предметов", False),
    (RU, FLEET, "флот из 2000 лодок", True),
    (RU, FLEET, "флот из двух тысяч лодок", True),
    (RU, FLEET, "флот из 200 лодок", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), ROWS)
def test_a_figure_in_any_of_its_writings(grader: Grader, card: object, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right  # type: ignore[arg-type]


AGE = Card(id="c", section="s", kind="choice", prompt="How old is the crater?", answer="13.8 billion years",
           options=("13.8 billion years", "13.8 million years", "13.8 thousand years"))


@pytest.mark.parametrize(("given", "right"), [("billion", True), ("billions of years", True), ("13.8 bn", True),
                                              ("13,800,000,000 years", True), ("million", False), ("13.8", False)])
def test_a_choice_is_picked_by_its_word_of_scale(given: str, right: bool) -> None:
    assert EN.grade(AGE, given).correct is right


@pytest.mark.parametrize(("text", "lang", "read"), [
    ("3 million objects", "en", "3000000 objects"),
    ("1.5 billion", "en", "1500000000"),
    ("13.8 bn years", "en", "13800000000 years"),
    ("10 000 galaxies", "en", "10000 galaxies"),
    ("80 443 53", "en", "80 443 53"),  # three figures
    ("80 443 53", "ru", "80 443 53"),
    ("20,000 troops", "en", "20000 troops"),
    ("25-35 million years", "en", "25-35 million years"),  # a range: the scale is both ends'
    ("75 to 80 million", "en", "75 to 80 million"),
    ("a million and a half", "en", "a million and a half"),  # (number words read it)
    ("3m", "en", "3m"),  # three metres as often as three million
    ("1,234.5", "en", "1,234.5"),
    ("1,1 млн", "ru", "1100000"),
    ("3 млн. экспонатов", "ru", "3000000 экспонатов"),
    ("5 тысяч", "ru", "5000"),
    ("3 000 000 рублей", "ru", "3000000 рублей"),
    ("миллионный посетитель", "ru", "миллионный посетитель"),
    ("в 1941 г. 200 человек", "ru", "в 1941 г. 200 человек"),
    ("25–35 миллионов лет", "ru", "25–35 миллионов лет"),
])
def test_figures_as_digits(text: str, lang: str, read: str) -> None:
    assert figures_as_digits(text, lang) == read
