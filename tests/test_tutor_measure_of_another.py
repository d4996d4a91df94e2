"""A measure given of another name (`tutor.otherwise.measures_another`): "how tall is the Nera tower?" is not answered
by "The height of the Velk tower is 92 m, so the Velk tower is taller than the Nera tower by 11 m", though it names
both: the measure's word is followed there by another name, so its figure is that name's; in English and Russian.
Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor, ranking

EN_NOTES = """\
Two signal towers stand on the hills above Dorn: the Velk tower and the Nera tower.
The height of the Velk tower is 92 metres, so the Velk tower is taller than the Nera tower by 11 metres.
The height of the Nera tower is 81 metres.
Both towers were built of grey granite in 1841.
"""
RU_NOTES = """\
Над Дорном стоят две сигнальные башни: Велька и Нерка.
Высота Вельки — 92 м, то есть Велька выше Нерки на 11 м.
Высота Нерки — 81 м.
Обе башни построили из серого гранита в 1841 году.
"""
EN = Pack(id="dorn", title="The towers of Dorn", cards=(), sections=(Section(id="t", title="Towers", notes=EN_NOTES),))
RU = Pack(id="dorn-ru", title="Башни Дорна", language="ru", cards=(),
          sections=(Section(id="t", title="Башни", notes=RU_NOTES),))


@pytest.mark.parametrize(("pack", "question", "right", "other"), [
    (EN, "What is the height of the Nera tower?", "81 metres", "92 metres"),
    (RU, "Какая высота у Нерки?", "81 м", "92 м"),
])
def test_the_figure_of_another_name_does_not_answer(monkeypatch, pack, question, right, other):
    reply = Tutor(pack, cache=False).ask(question)
    assert reply.kind == "answer" and right in reply.text and other not in reply.text
    monkeypatch.setattr(ranking, "measures_another", lambda *args, **kwargs: False)
    without = Tutor(pack, cache=False).ask(question)
    assert without.kind == "answer" and other in without.text  # without the rule the other tower's figure answers


@pytest.mark.parametrize(("pack", "question", "right"), [
    (EN, "What is the height of the Velk tower?", "92 metres"),
    (RU, "Какая высота у Вельки?", "92 м"),
])
def test_the_figure_of_the_name_asked_still_answers(pack, question, right):
    reply = Tutor(pack, cache=False).ask(question)
    assert reply.kind == "answer" and right in reply.text
