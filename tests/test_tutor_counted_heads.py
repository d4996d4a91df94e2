""""How many X ...?" answered by a passage whose figures count another thing than X (`tutor.counted_heads`).

What is counted is the noun phrase after "how many" ("how many rangers died": rangers; "how many coastal stations do
you need": coastal stations). A passage whose figures count other words and that does not say X, nor does a sentence
next to it, does not tell how many X there are, when the pack uses X elsewhere: the tutor declines. It still answers
when the passage or a sentence next to it says X, and when its figure counts no word ("the toll reached 300"). "How
much X ...?" asks an amount, which a passage whose figures only count other things does not give ("40 caverns"); a
mass or a bare figure does. Each row: invented notes, a question, the fact a teacher expects in the reply, or None
when the notes do not answer it.
"""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

FIRE = ("The great fire of Oska burned for nine days in 1822.\n\n"
        "Forty villagers lost their homes in the fire of Oska, and 3 of them died of their burns.\n\n"
        "The rangers of Oska guard the northern forest and its springs.")
STRAIT = ("The strait of Vell is the only way between the two seas.\n\n"
          "About 8 per cent of the grain trade passes through the strait of Vell.\n\n"
          "The ferries of Vell are painted green and carry salt.")

ROWS = [
    (FIRE, "How many rangers died in the fire of Oska?", None),  # villagers are counted, and "died" counts them again
    (FIRE, "How many villagers died in the fire of Oska?", "3 of them died"),
    (STRAIT, "How many ferries pass through the strait of Vell?", None),  # a share of the grain trade
    ("The great fire of Oska burned for nine days in 1822.\n\n"
     "The death toll of the fire of Oska reached 300.\n\nThe rangers of Oska guard the forest.",
     "How many rangers died in the fire of Oska?", "300"),  # a figure counting no word may count them
    ("The rangers of Oska fought the great fire of 1822. "
     "In the fire of Oska 12 of them died of their burns.\n\nThe rangers of Oska guard the forest.",
     "How many rangers died in the fire of Oska?", "12 of them"),  # the sentence before says them
    ("Each coastal station of Tarn records the tide.\n\n"
     "To fix a storm's place, five coastal stations of Tarn are needed.\n\nTarn lies on the coast.",
     "How many coastal stations do you need to fix a storm's place in Tarn?", "five"),  # the whole phrase asked
]

MINE = ("The salt mine of Tarn opened in 1702 under the hill of Oska.\n\n"
        "In the mine of Tarn the salt lay in some 40 separate caverns.\n\n"
        "Miners of Tarn carried the salt to the river in carts.")

AMOUNTS = [
    (MINE, "How much salt was in the mine of Tarn?", None),  # its figure counts caverns: no amount of salt
    ("The salt mine of Tarn opened in 1702 under the hill of Oska.\n\n"
     "In the mine of Tarn the salt lay in 40 caverns, some 9,000 tonnes in all.\n\nMiners carried it in carts.",
     "How much salt was in the mine of Tarn?", "9,000 tonnes"),  # a mass
    ("The salt mine of Tarn opened in 1702 under the hill of Oska.\n\n"
     "The salt in the mine of Tarn came to about 9,000.\n\nMiners carried it in carts.",
     "How much salt was in the mine of Tarn?", "9,000"),  # a figure counting no word
    ("The salt mine of Tarn opened in 1702 under the hill of Oska.\n\n"
     "The mine of Tarn gives salt from 40 caverns, about 3 times more than the mine of Vell.\n\n"
     "Miners carried the salt in carts.",
     "How much more salt does the mine of Tarn give than the mine of Vell?", "3 times more"),  # a comparison
]
ROWS += AMOUNTS


@pytest.mark.parametrize(("notes", "question", "fact"), ROWS, ids=[q for _, q, _ in ROWS])
def test_counted_head_said(notes, question, fact):
    tutor = tutor_on(notes, "Notes", language="en")
    assert tutor.ask(question).kind == "decline" if fact is None else says(tutor, question, fact)


# Russian: "сколько" and a noun in the genitive singular asks an amount of a substance; a count of other things or a
# span of days gives none. A plural ("сколько моряков") counts, a measure ("сколько времени") asks a span.
TANKER = ("Танкер «Ока» сел на мель у мыса Вир в 1989 году.\n\n"
          "При аварии танкера «Ока» погибли 3 моряка, а нефть вытекала из пробоины 12 дней.\n\n"
          "Мыс Вир лежит на севере, у входа в залив Тарн.")
TANKER_SPILT = ("Танкер «Ока» сел на мель у мыса Вир в 1989 году.\n\n"
                "При аварии танкера «Ока» из пробоины вытекло около 40 тысяч тонн нефти.\n\n"
                "Мыс Вир лежит на севере, у входа в залив Тарн.")
AMOUNTS_RU = [
    (TANKER, "Сколько нефти вытекло при аварии танкера «Ока»?", None),  # sailors and days, no amount of oil
    (TANKER, "Сколько всего нефти вытекло при аварии танкера «Ока»?", None),  # past an adverb of sum
    (TANKER_SPILT, "Сколько нефти вытекло при аварии танкера «Ока»?", "40 тысяч тонн"),  # a mass
    (TANKER, "Сколько моряков погибло при аварии танкера «Ока»?", "3 моряка"),  # a plural: a count
    (TANKER, "Сколько дней нефть вытекала из пробоины танкера «Ока»?", "12 дней"),  # a measure
    (TANKER, "Сколько времени нефть вытекала из пробоины танкера «Ока»?", "12 дней"),  # a measure in the singular
]


@pytest.mark.parametrize(("notes", "question", "fact"), AMOUNTS_RU, ids=[q for _, q, _ in AMOUNTS_RU])
def test_amount_said_ru(notes, question, fact):
    tutor = tutor_on(notes, "Заметки", language="ru")
    assert tutor.ask(question).kind == "decline" if fact is None else says(tutor, question, fact)
