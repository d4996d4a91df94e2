""""Whose X?" asks for an owner, a country or a body as well as a person (`tutor.supplying._owner_named`): "Whose
system is VELA?" is answered by "VELA is the Danish, now Norwegian, system", which names no person; a
passage naming no owner does not answer it. Invented notes."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on


@pytest.mark.parametrize(("lang", "notes", "question", "fact"), [
    ("en", "ORBA is a chain of beacons run by the Danish navy.\n\nVELA is the Danish, now Norwegian, system.\n\n"
     "The system has 20 beacons on the coast.", "Whose system is VELA?", "now Norwegian"),
    ("ru", "ОРБА — система маяков компании Вельтон.\n\nВ системе 20 маяков на побережье.",
     "Чья система ОРБА?", "Вельтон"),
    ("en", "ORBA is a system of beacons.\n\nThe system has 20 beacons on the coast.", "Whose system is ORBA?", None),
    ("ru", "ОРБА — система маяков.\n\nВ системе 20 маяков на побережье.", "Чья система ОРБА?", None),
])
def test_whose_is_answered_by_an_owner_named(lang, notes, question, fact):
    tutor = tutor_on(notes, "Notes", lang) if lang == "ru" else tutor_on(notes, "Notes")
    assert tutor.ask(question).kind == "decline" if fact is None else says(tutor, question, fact)
