"""What became of someone or something after an event ("what happened to X after the wreck?", "что стало с X после
экспедиции?", `tutor.fates.fate_untold`): a reply that says no later time nor any fate (no word of a later time, no
year, no verb of what befalls a person or a thing: died, was dismissed, fled, fell, disappeared) tells what X did before
or during the event, and the tutor declines. A reply that tells a fate still answers. Each row: invented notes, a
question, the fact a teacher expects in the reply, or None when the notes do not answer it.
"""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

WRECK = ("The steamer Orla was wrecked on a reef off Cape Tarn in a storm.\n\n"
         "In the wreck of the Orla, Captain Edwin Marrow left in the last boat with the cook.\n\n"
         "The reef off Cape Tarn was marked with a beacon.")
WRECK_FATE = ("The steamer Orla was wrecked on a reef off Cape Tarn in a storm.\n\n"
              "In the wreck of the Orla, Captain Edwin Marrow left in the last boat with the cook.\n\n"
              "After the wreck of the Orla the owners dismissed Captain Edwin Marrow, and he never went to sea again.")
WRECK_LATER = ("The steamer Orla was wrecked on a reef off Cape Tarn in a storm.\n\n"
               "In the wreck of the Orla, Captain Edwin Marrow left in the last boat with the cook.\n\n"
               "Captain Edwin Marrow of the Orla later kept an inn at Vell.")
TRIP = ("Экспедиция на судне «Тарн» шла вдоль берега два месяца.\n\n"
        "Марина Велль стала самым юным участником экспедиции на «Тарне».\n\n"
        "Судно «Тарн» было построено на верфи в Орле.")
TRIP_FATE = ("Экспедиция на судне «Тарн» шла вдоль берега два месяца.\n\n"
             "Марина Велль стала самым юным участником экспедиции на «Тарне».\n\n"
             "После экспедиции Марина Велль вернулась в Орёл и стала врачом.")

ROWS = [
    (WRECK, "en", "What happened to Captain Edwin Marrow after the wreck?", None),  # what he did in the wreck
    (WRECK_FATE, "en", "What happened to Captain Edwin Marrow after the wreck?", "dismissed"),
    (WRECK_LATER, "en", "What happened to Captain Edwin Marrow after the wreck?", "later kept an inn"),
    (WRECK, "en", "What happened to Captain Edwin Marrow?", "last boat"),  # no "after": the last thing told of him
    (TRIP, "ru", "Что стало с Мариной Велль после экспедиции?", None),  # what she was on the trip
    (TRIP_FATE, "ru", "Что стало с Мариной Велль после экспедиции?", "вернулась в Орёл"),
]


@pytest.mark.parametrize(("notes", "language", "question", "fact"), ROWS, ids=[q for _, _, q, _ in ROWS])
def test_fate_after_an_event(notes, language, question, fact):
    tutor = tutor_on(notes, "Notes", language=language)
    assert tutor.ask(question).kind == "decline" if fact is None else says(tutor, question, fact)
