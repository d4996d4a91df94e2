"""A Russian metric unit in an oblique case of its own ("в 100 километрах от берега", "на 300 метрах", "в 5 тоннах")
is that unit (`unit_tables`): the figure is a length, a mass, ..., not a bare count, for the grader and for the
tutor asked "как далеко ...?"; and a figure "from" a place ("в 12 километрах от воды", "12 km from the sea") is a
distance, which answers "how far", not "how high" (`tutor.otherwise.dimensions`). Notes written here, no pack's
subject."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.quantities import find_quantities
from studybot.core.tutor import Tutor


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("в 100 километрах от берега", "length", 100_000.0),
    ("в 200 метрах от реки", "length", 200.0),
    ("с 30 сантиметрами снега", "length", 0.3),
    ("в 3 тоннах груза", "mass", 3000.0),
    ("перед 5 килограммами соли", "mass", 5.0),
    ("при 40 градусах", "temperature", 40.0),
    ("на 12 гектарах", "area", 120_000.0),
    ("в 2 литрах воды", "volume", 0.002),
])
def test_an_oblique_case_of_a_unit_is_the_unit(text, kind, value):
    (found,) = find_quantities(text, lang="ru")
    assert found.kind == kind and found.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["в 100 домах", "100 метрономов", "в 3 томах"])
def test_other_words_after_a_figure_stay_a_count(text):
    assert [q.kind for q in find_quantities(text, lang="ru")] == ["count"]


NOTES = """\
Маяк на мысе Светлом построили в 1874 году из красного кирпича.
После обмелева залива маяк оказался в 12 километрах от воды.
Смотритель Гордеев прожил при маяке сорок лет.
"""
PACK = Pack(id="mayak", title="Маяк", language="ru", cards=(),
            sections=(Section(id="s", title="Маяк на мысе Светлом", notes=NOTES),))


def test_how_far_is_met_by_a_distance_in_an_oblique_case():
    reply = Tutor(PACK, cache=False).ask("как далеко маяк от воды")
    assert reply.kind == "answer" and "12 километрах" in reply.text
    assert Tutor(PACK, cache=False).ask("как далеко маяк от города").kind == "decline"
    assert Tutor(PACK, cache=False).ask("какой высоты маяк").kind == "decline"


NOTES_EN = """\
The lighthouse on Cape Bright was built of red brick in 1874.
After the bay silted up, the lighthouse stood 12 km from the sea.
The keeper, Gordon, lived there for forty years.
"""
PACK_EN = Pack(id="lighthouse", title="The lighthouse", language="en", cards=(),
               sections=(Section(id="s", title="The lighthouse on Cape Bright", notes=NOTES_EN),))


@pytest.mark.parametrize(("pack", "far", "tall"), [
    (PACK, "на каком расстоянии маяк от воды", "какой высоты маяк"),
    (PACK_EN, "how far is the lighthouse from the sea?", "how tall is the lighthouse?"),
])
def test_a_distance_from_a_place_answers_how_far_not_how_high(monkeypatch, pack, far, tall):
    assert Tutor(pack, cache=False).ask(far).kind == "answer"
    assert Tutor(pack, cache=False).ask(tall).kind == "decline"
    monkeypatch.setattr("studybot.core.tutor.otherwise.DISTANCE_FROM", {})
    assert Tutor(pack, cache=False).ask(tall).kind == "answer"  # a length of no dimension said: it was taken
