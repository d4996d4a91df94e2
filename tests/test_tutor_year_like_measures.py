"""A figure with a unit is a figure even when its number looks like a year (`tutor.documents._traits`): "до 2000 °C",
"1500 m", "1900 km" are measures; "in 1812", "в 1903 году" stay years, no figure. Invented notes."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on


@pytest.mark.parametrize(("lang", "sentence", "numeric"), [
    ("ru", "В печи Тарна газы нагреваются до 2000 °C.", True),
    ("ru", "Башня Тарна поднимается на 1500 м над морем.", True),
    ("en", "The furnace of Tarn heats the gas to 1900 °C.", True),
    ("en", "The road from Tarn to Vell is 1800 km long.", True),
    ("ru", "Печь Тарна построили в 1903 году.", False),
    ("en", "The furnace of Tarn was built in 1812.", False),
])
def test_a_year_like_number_with_a_unit_is_a_figure(lang, sentence, numeric):
    tutor = tutor_on(sentence, "Notes", lang) if lang == "ru" else tutor_on(sentence, "Notes")
    doc = next(d for d in tutor.docs if d.text.startswith(sentence[:12]))
    assert doc.traits.numeric is numeric


@pytest.mark.parametrize(("lang", "question", "fact"), [
    ("ru", "До какой температуры нагреваются газы в печи Тарна?", "2000 °C"),
    ("ru", "Когда построили печь Тарна?", "1903"),
    ("en", "How hot does the furnace of Tarn heat the gas?", "1900 °C"),
])
def test_the_measure_answers_and_the_year_still_dates(lang, question, fact):
    notes = {"ru": "В печи Тарна газы нагреваются до 2000 °C.\n\nПечь Тарна построили в 1903 году.",
             "en": "The furnace of Tarn heats the gas to 1900 °C.\n\nThe furnace of Tarn was built in 1812."}[lang]
    tutor = tutor_on(notes, "Notes", lang) if lang == "ru" else tutor_on(notes, "Notes")
    assert says(tutor, question, fact)
