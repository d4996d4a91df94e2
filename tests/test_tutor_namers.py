""""Who named X?" is declined when the reply says X was named with no namer (`tutor.namers`): "the blight was soon
named grey rot" tells the name, not who gave it, and a person the sentence names in another role ("the grower X
reported ...") is no namer; "coined by X", "X called it" still answer. Shown on small texts written here (no pack's
subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.namers import namer_unsaid

NOTES_EN = """\
In May 1911 the grower Edwin Marsh reported that his vines had withered; the blight was soon named grey rot.
The harbour of Tessel lies in a bay called the Oyster Pool.
The term "salt road" was coined in 1890 by the geographer Ann Rolfe.
The inventor Paul Brand built the first drying kiln, which he called the Furnace.
The Lenn Bridge was opened in 1840.
"""
PACK_EN = Pack(id="namers-en", title="Names", cards=(),
               sections=(Section(id="s", title="Names", notes=NOTES_EN),))

NOTES_RU = """\
Остров Кирс лежит у северного берега. Остров назван в честь святого Кирилла.
Лекаря Фому Ивлева называют отцом городской больницы.
Учёный Пётр Ломов открыл новую руду и назвал её ломовитом.
"""
PACK_RU = Pack(id="namers-ru", title="Имена", language="ru", cards=(),
               sections=(Section(id="s", title="Имена", notes=NOTES_RU),))


@pytest.fixture(scope="module")
def tutor_en() -> Tutor:
    return Tutor(PACK_EN, cache=False)


@pytest.fixture(scope="module")
def tutor_ru() -> Tutor:
    return Tutor(PACK_RU, cache=False)


@pytest.mark.parametrize("question", [
    "Who named the blight grey rot?",
    "Who named grey rot?",
    "Who called the bay the Oyster Pool?",
])
def test_a_name_given_by_nobody_the_text_says_is_declined(tutor_en: Tutor, question: str) -> None:
    assert tutor_en.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "expected"), [
    ("Who coined the term salt road?", "Rolfe"),
    ("Who called the kiln the Furnace?", "Brand"),
    ("Who reported the blight?", "Marsh"),  # not a question of the namer
    ("What was the blight named?", "grey rot"),
])
def test_a_namer_the_text_gives_still_answers(tutor_en: Tutor, question: str, expected: str) -> None:
    reply = tutor_en.ask(question)
    assert reply.kind == "answer"
    assert expected in reply.text


@pytest.mark.parametrize("question", [
    "Кто назвал Фому Ивлева отцом городской больницы?",
    "Кто прозвал лекаря Ивлева отцом больницы?",
    "Кто первым назвал Ивлева отцом городской больницы?",
])
def test_russian_a_passive_or_impersonal_naming_is_declined(tutor_ru: Tutor, question: str) -> None:
    assert tutor_ru.ask(question).kind == "decline"


def test_russian_an_active_namer_still_answers(tutor_ru: Tutor) -> None:
    reply = tutor_ru.ask("Кто назвал ломовит?")
    assert reply.kind == "answer"
    assert "Ломов" in reply.text


@pytest.mark.parametrize(("text", "agentless"), [
    ("the blight was soon named grey rot.", True),
    ("a bay called the Oyster Pool.", True),
    ("The term was coined in 1890 by Ann Rolfe.", False),
    ("the kiln, which he called the Furnace.", False),
    ("Rolfe named it the salt road.", False),
    ("The bridge was opened in 1840.", False),  # no naming word: left to the ranking
])
def test_english_naming_words(text: str, agentless: bool) -> None:
    q = Tutor(PACK_EN, cache=False).analyser.question("Who named it?", "who named it?")
    assert q is not None
    assert namer_unsaid(q, [text], "en") is agentless
