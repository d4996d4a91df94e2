"""A short answer's right wording that is a day of the month without a year ("12 March", "12 марта", as a feast day
comes every year) is judged as a date: a day given must be that day, of any year ("12 March 1600" makes it); and a
month given without its day ("в мае") must be the right day's month. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import short

EN, RU = Grader(language="en"), Grader(language="ru")

FAIR = short("St Olaf's fair (12 March)", "St Olaf's fair", "12 March")
YARMARKA = short("Ивановская ярмарка (12 марта)", "Ивановская ярмарка", "12 марта")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, FAIR, "12 March", True),
    (EN, FAIR, "March 12", True),
    (EN, FAIR, "12 March 1600", True),
    (EN, FAIR, "St Olaf's fair", True),
    (EN, FAIR, "St Olaf's fair, 12 March", True),
    (EN, FAIR, "12 April", False),
    (EN, FAIR, "St Olaf's fair, 12 April", False),
    (RU, YARMARKA, "12 марта", True),
    (RU, YARMARKA, "12 марта 1600 года", True),
    (RU, YARMARKA, "ивановская ярмарка", True),
    (RU, YARMARKA, "ивановская ярмарка в марте", True),
    (RU, YARMARKA, "12 апреля", False),
    (RU, YARMARKA, "ивановская ярмарка в мае", False),
    (EN, short("12 March 1600"), "12 March 1600", True),
    (EN, short("12 March 1600"), "12 April 1600", False),
])
def test_day_without_year(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
