"""A "when" question of a thing's decline ("когда X пошла на спад?", "когда X пришёл в упадок?") asks its end, so a
passage telling only of its beginning does not answer it (`tutor.phases`), while one telling of the decline does.
Shown on notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

BEGINNING = """\
Промышленная ловля сига на озере Светлом началась в 1948 году.
Сига с озера Светлого возили в Тверь.
"""
BOTH = BEGINNING + "Ловля сига на озере Светлом пошла на спад в 1975 году, когда озеро обмелело.\n"


@pytest.mark.parametrize("question", ["Когда ловля сига на озере Светлом пошла на спад?",
                                      "В каком году ловля сига на озере Светлом пришла в упадок?"])
def test_ru_a_decline_is_not_answered_by_a_beginning(question):
    assert tutor_on(BEGINNING, "Озеро Светлое", "ru").ask(question).kind == "decline"


def test_ru_a_decline_is_answered_by_the_decline():
    assert says(tutor_on(BOTH, "Озеро Светлое", "ru"), "Когда ловля сига на озере Светлом пошла на спад?", "1975")
