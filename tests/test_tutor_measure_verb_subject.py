"""A verb that gives a measure ("весил") gives it of its subject, said before it: "Аппарат Искра весил 14 кг, в шесть
раз легче Зонда" is no answer to "сколько весил Зонд?", which "Масса Зонда составляла 84 кг" answers (a measure's
noun gives it of the name after it, `otherwise.measures_another`). "Весил" asks a mass as "масса" does. General
words only; invented texts.
"""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

RU = ("Аппарат Искра весил около 14 кг, то есть был в шесть раз легче Зонда.\n"
      "Масса Зонда составляла 84 кг.\n"
      "Спутник Заря весил 20 кг.\n")


@pytest.mark.parametrize(("question", "fact", "not_fact"), [
    ("Сколько весил Зонд?", "84 кг", "14 кг"),
    ("сколько весила заря", "20 кг", "84 кг"),
    ("Сколько весила Искра?", "14 кг", "84 кг"),
])
def test_a_measure_verb_gives_its_subjects_measure(question: str, fact: str, not_fact: str) -> None:
    tutor = tutor_on(RU, "Аппараты", "ru")
    reply = tutor.ask(question)
    assert says(tutor, question, fact)
    assert not_fact not in " ".join(reply.sentences)
