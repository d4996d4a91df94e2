"""A post asked ("who was the captain of X?", "кто был архитектором X?") is held by someone the passage names in that
post: a passage telling of X that names no captain, pilot, consul, architect or designer does not answer it, and the
tutor declines; one naming the holder answers. The words for such posts are general (`lexicon_tutor`,
`lexicon_ru_tutor`: `role_words`). Shown on notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

NOTES_EN = """\
The schooner Marella sailed from Port Anvil in May 1874 with a cargo of salt and forty passengers.
A Carrow biplane flew over the harbour of Port Anvil and dropped leaflets on the crowd.
The harbour of Lisk had a customs house where the merchants of Anvil paid their dues.
The new museum at Tarn Quay opened in 1931 and was built of red brick from the Anvil kilns.
"""

NOTES_EN_HELD = NOTES_EN + """\
The captain of the Marella was Hugh Ennis, a sailor from Lisk.
"""

NOTES_RU = """\
Большое здание на Ивовой набережной начали строить в 1962 году для нового городского музея.
Ракета «Стриж-5» трижды взрывалась на испытаниях в степи под Орловском.
Торговый пост у залива Кема открыли в 1880 году, и в нём жили купцы из Нарвы.
"""

NOTES_RU_HELD = NOTES_RU + """\
Архитектором здания на Ивовой набережной был Павел Дымов.
"""


@pytest.mark.parametrize("question", [
    "Who was the captain of the Marella?",
    "Who was the pilot of the Carrow biplane over Port Anvil?",
    "Who was the consul at the harbour of Lisk?",
    "Who was the curator of the new museum at Tarn Quay?",
])
def test_a_post_the_notes_never_fill_is_declined_en(question):
    assert tutor_on(NOTES_EN, "Port Anvil").ask(question).kind == "decline"


@pytest.mark.parametrize("question", [
    "Кто был архитектором здания на Ивовой набережной?",
    "Кто был конструктором ракеты «Стриж-5»?",
    "Кто был консулом в торговом посту у залива Кема?",
])
def test_a_post_the_notes_never_fill_is_declined_ru(question):
    assert tutor_on(NOTES_RU, "Орловск", language="ru").ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Who was the captain of the Marella?", "Hugh Ennis"),
    ("When did the Marella sail from Port Anvil?", "May 1874"),  # no post asked: the passage answers
])
def test_a_post_named_is_answered_en(question, fact):
    assert says(tutor_on(NOTES_EN_HELD, "Port Anvil"), question, fact)


@pytest.mark.parametrize(("question", "fact"), [
    ("Кто был архитектором здания на Ивовой набережной?", "Павел Дымов"),
    ("Когда начали строить здание на Ивовой набережной?", "1962"),
])
def test_a_post_named_is_answered_ru(question, fact):
    assert says(tutor_on(NOTES_RU_HELD, "Орловск", language="ru"), question, fact)
