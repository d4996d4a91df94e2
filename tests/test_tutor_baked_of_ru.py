"""A material asked of what was baked or cooked ("из чего пекли хлеб?", "из чего варили похлёбку?") is answered by what
the thing was made of, said by its share too ("хлеб был наполовину из лебеды", `materials`); a material the notes do
not say is declined. Shown on small notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import tutor_on

NOTES = """\
Зимой 1892 года в деревне Ольховке хлеб выдавали по карточкам: взрослым по фунту в день.
Хлеб был наполовину из лебеды и мякины.
Весной в деревню привезли зерно, и хлеба стало больше.
Похлёбку варили из крапивы и щавеля.
"""


@pytest.fixture(scope="module")
def ru() -> Tutor:
    return tutor_on(NOTES, "Notes", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("из чего пекли хлеб в Ольховке?", "из лебеды"),
    ("из чего варили похлёбку?", "из крапивы"),
])
def test_what_was_baked_or_cooked_of(ru, question, fact):
    reply = ru.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", ["из чего пекли пироги?", "из чего варили пиво?"])
def test_a_material_the_notes_do_not_say_is_declined(ru, question):
    assert ru.ask(question).kind == "decline"
