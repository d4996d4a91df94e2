"""What one died of is a cause in Russian: "умерло ... большинство от цинги", "погибли от обстрелов" answer "от чего
умирали X?" (a reason asked, `RU_REASON_ASKS`) and "почему погибли X?" as a reason the text gives
(`RU_DEATH_CAUSE`); a place or a distance after "от" ("погиб в 3 км от стен") is none. Shown on small notes written
here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import tutor_on

NOTES = """\
Крепость Ольхов стоит на высоком берегу реки.
Зимой 1710 года в крепости умерло много защитников, большинство от цинги.
Летом 1711 года на дальнем посту погибли караульные в трёх километрах от стен.
Весной в крепость привезли лук и квашеную капусту.
"""


@pytest.fixture(scope="module")
def ru() -> Tutor:
    return tutor_on(NOTES, "Notes", "ru")


@pytest.mark.parametrize("question", ["от чего умирали защитники крепости?", "почему умирали защитники крепости?"])
def test_what_they_died_of_is_the_reason(ru, question):
    reply = ru.ask(question)
    assert reply.kind == "answer" and "от цинги" in reply.text and not reply.no_reason


def test_a_distance_after_ot_is_no_reason(ru):
    reply = ru.ask("почему погибли караульные на дальнем посту?")
    assert reply.kind == "decline" or reply.no_reason


@pytest.mark.parametrize(("question", "reason"), [
    ("от чего умирали защитники крепости?", True), ("отчего погиб караульный?", True),
    ("от чего защищала крепость?", False), ("от чего зависит урожай?", False),
])
def test_what_one_died_of_asks_a_reason(ru, question, reason):
    asked = ru.analyser.question(question, question)
    assert asked is not None and asked.wants.reason is reason
