""""Снаружи" and "вне" say one place, outside (`lexicon_ru_paraphrase`): "сколько минут водолаз был снаружи?" is
answered by "Водолаз провёл вне батискафа 20 минут", not by a sentence about the time spent inside. General words
only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def dive() -> Tutor:
    return tutor_on(
        "Батискаф опустился на глубину 900 метров за два часа.\n"
        "Водолаз Павел Ершов провёл вне батискафа около 20 минут.\n"
        "Внутри батискафа Ершов пробыл шесть часов.\n", "Погружение", "ru", section_title="Погружение")


@pytest.mark.parametrize(("question", "fact", "not_fact"), [
    ("сколько минут Ершов был снаружи", "20 минут", "шесть часов"),
    ("Как долго Ершов находился снаружи батискафа?", "20 минут", "шесть часов"),
])
def test_outside_is_said_by_vne(dive: Tutor, question: str, fact: str, not_fact: str) -> None:
    reply = dive.ask(question)
    assert says(dive, question, fact)
    assert not_fact not in " ".join(reply.sentences)
