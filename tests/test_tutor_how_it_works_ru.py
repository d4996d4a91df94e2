""""Как работает X?", "как устроен X?" ask how X works, which a Russian text tells by what X's parts do ("в X пар
поднимает поршень ..."), not with "работает": the verb frames the question and is left out of what is looked up
(`lexicon_framing.RU_FRAMING_PHRASES`), so a sentence that says "работал" of someone else does not answer it, and
the one telling how X works does. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor

from .notes import says, tutor_on


@pytest.fixture(scope="module")
def hammer() -> Tutor:
    return tutor_on(
        "Над паровым молотом долго работал шотландский инженер Джеймс Нейсмит.\n"
        "\n"
        "В паровом молоте пар сначала поднимает поршень с тяжёлой бабой, а затем баба падает на заготовку.\n"
        "\n"
        "Первый паровой молот построили в 1840 году во Франции.\n"
        "\n"
        "Ручной молот кузнеца весит от одного до двух килограммов.\n"
        "Горн раздувают мехами, чтобы уголь горел жарче.\n", title="Кузнечное дело", language="ru")


@pytest.mark.parametrize("question", [
    "Как работает паровой молот?",
    "Как устроен паровой молот?",
])
def test_how_it_works_is_told_by_what_its_parts_do(hammer, question):
    assert says(hammer, question, "пар сначала поднимает поршень")


@pytest.mark.parametrize("question", [
    "Как работает паровая турбина?",  # nothing of it in the notes
])
def test_what_the_notes_do_not_say_is_still_declined(hammer, question):
    assert hammer.ask(question).kind == "decline"
