"""A question asking of one year is not answered by a passage telling of other years only ("how many were chosen in
1965?" met by "In 1960 twenty were chosen", where the notes name 1965 elsewhere), in English and Russian; a passage
naming the year, years on both sides of it or its decade still answers, and so does any passage for a question of a
period around the year. Notes on an invented guild."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from studybot.core.text import normalise
from studybot.core.tutor.years_asked import year_uncovered
from tests.notes import says, tutor_on

EN = tutor_on("In 1920 the glassmakers' guild of Orm admitted 40 apprentices. "
              "The guild hall of Orm was rebuilt between 1931 and 1934. "
              "In the 1950s the guild of Orm sold its furnaces to the town. "
              "The guild of Orm closed in 1972. "
              "In 1925 a fire damaged the roof, and in 1910 the town paved the street outside.", "Orm guild")
RU = tutor_on("В 1920 году гильдия стекольщиков Орма приняла 40 учеников. "
              "Здание гильдии Орма перестроили в 1931–1934 годах. "
              "Гильдия Орма закрылась в 1972 году. "
              "В 1925 году пожар повредил крышу.", "Гильдия Орма", language="ru")


@pytest.mark.parametrize("question", [
    "How many apprentices did the guild of Orm admit in 1925?",
    "How many apprentices did the guild admit in 1910?",
])
def test_english_other_year_is_declined(question):
    assert EN.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("How many apprentices did the guild of Orm admit in 1920?", "40 apprentices"),
    ("When was the guild hall of Orm rebuilt?", "1931"),
])
def test_english_year_covered_is_answered(question, fact):
    assert says(EN, question, fact)


@pytest.mark.parametrize("question", [
    "Сколько учеников приняла гильдия Орма в 1925 году?",
])
def test_russian_other_year_is_declined(question):
    assert RU.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Сколько учеников приняла гильдия Орма в 1920 году?", "40 учеников"),
])
def test_russian_year_covered_is_answered(question, fact):
    assert says(RU, question, fact)


def _q(text: str, yes_no: bool = False) -> SimpleNamespace:
    return SimpleNamespace(text=normalise(text), wants=SimpleNamespace(yes_no=yes_no))


@pytest.mark.parametrize(("question", "passage", "yes_no", "uncovered"), [
    ("how many in 1965?", "In 1960 twenty were chosen.", False, True),
    ("how many in 1960?", "In 1960 twenty were chosen.", False, False),
    ("what was built in 1933?", "The hall was rebuilt between 1931 and 1934.", False, False),  # both sides
    ("what was built in 1933?", "Зал перестроили в 1931–1934 годах.", False, False),
    ("what was sold in 1955?", "In the 1950s the guild sold its furnaces.", False, False),  # its decade
    ("что продали в 1955 году?", "В 1950-е годы гильдия продала печи.", False, False),
    ("what was sold in 1965?", "In the 1950s the guild sold its furnaces in 1957.", False, True),
    ("how many in 1965?", "Twenty were chosen that year.", False, False),  # no year named
    ("how many after 1965?", "In 1970 forty were chosen.", False, False),  # a period around the year
    ("сколько было до 1965 года?", "В 1960 году было двадцать.", False, False),
    ("was it in 1965?", "In 1960 twenty were chosen.", True, False),  # yes or no: the year given answers
    ("how many in 1960 and 1965?", "In 1960 twenty were chosen.", False, False),  # two years
    ("how many in 1965?", "It cost 1,965 pounds in 1960.", False, True),  # a figure is no year
])
def test_year_uncovered_table(question, passage, yes_no, uncovered):
    assert year_uncovered(_q(question, yes_no), passage) is uncovered  # type: ignore[arg-type]


@pytest.mark.parametrize(("question", "uncovered"), [
    ("why didn't he share the 1960 prize?", False),  # a thing named by its year
    ("what did the 1960 census count?", False),
    ("what did the census count in 1965?", True),
    ("what did the census count in february 1965?", True),  # the end of a date asked in
    ("what did the census count on 12 may 1965?", True),
    ("what did the census count on may 12, 1965?", True),
    ("что подсчитала перепись в феврале 1965 года?", True),
    ("what did the census count in february 1950?", False),  # the year said
    ("what did the census count on 1965 farms?", False),  # no date: "on" asks in a day only
    ("что подсчитала перепись 1960 года?", False),
    ("что подсчитала перепись в 1965 году?", True),
])
def test_year_asked_in_table(question, uncovered):
    assert year_uncovered(_q(question), "The census of 1950 counted the farms.") is uncovered  # type: ignore[arg-type]


@pytest.mark.parametrize(("question", "passage", "uncovered"), [
    ("how many members did it have in 200 bc?", "It had 600 members in 18 BC.", True),
    ("how many members did it have in 18 bc?", "It had 600 members in 18 BC.", False),
    ("how many members did it have in 30 bc?", "It grew from 300 in 81 BC to 600 in 18 BC.", False),  # both sides
    ("how many legions were there in ad 50?", "In AD 9 three legions were lost, leaving 25.", True),
    ("how many legions were there in ad 9?", "In AD 9 three legions were lost, leaving 25.", False),
    ("how many legions were there in 200 bc?", "There were 25 legions.", False),  # no year named
])
def test_years_of_the_era_table(question, passage, uncovered):
    assert year_uncovered(_q(question), passage) is uncovered  # type: ignore[arg-type]
