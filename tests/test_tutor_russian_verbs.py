"""The tutor reads general Russian verbs a question says otherwise than the notes as one meaning
(`lexicon_ru_verbs`): marrying, leaving, eating, blaming. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor

from .notes import says, tutor_on


@pytest.fixture(scope="module")
def merchant() -> Tutor:
    return tutor_on(
        "Купец Фёдор Малышев прожил в Тобольске тридцать лет.\n"
        "В 1803 году Малышев обвенчался с Агафьей, дочерью мельника.\n"
        "Весной 1812 года Малышев покинул Тобольск и уехал на Алтай.\n"
        "\n"
        "Воздушный шар купца взлетел с Соборной площади.\n"
        "Его обвиняли в растрате казённых денег.\n"
        "\n"
        "Медведи в тех лесах питаются кедровыми орехами и ягодами.\n"
        "Печь в лавке разогревается за два часа.\n"
        "\n"
        "В 1820 году отряд ополченцев разгромил шайку разбойников у переправы.", title="Купец Малышев", language="ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("На ком женился Малышев?", "Агафьей"),  # женился / обвенчался
    ("Когда Малышев оставил Тобольск?", "1812"),  # оставил / покинул
    ("Что едят медведи в тех лесах?", "кедровыми орехами"),  # едят / питаются
    ("За что критиковали купца?", "растрате"),  # критиковали / обвиняли
])
def test_a_verb_said_otherwise_is_read_as_the_notes_verb(merchant, question, fact):
    assert says(merchant, question, fact)


@pytest.mark.parametrize("question", [
    "Что едят волки?",  # no wolves in the notes
    "На ком женился Иван Ершов?",  # nobody of that name
    "Когда купец построил мельницу?",  # the verb's meaning is in no group with a verb of the notes
])
def test_questions_the_notes_do_not_answer_are_still_declined(merchant, question):
    assert merchant.ask(question).kind == "decline"


@pytest.fixture(scope="module")
def principality() -> Tutor:
    return tutor_on(
        "В 1407 году князь Всеволод Тихий отстранил от власти своего дядю Ярополка и стал править сам.\n"
        "После поражения у Каменного брода Ярополк бежал в Литву.\n"
        "\n"
        "Всеволод Тихий умер зимой 1431 года; на престол взошёл его сын Мстислав.\n"
        "Летопись Заречья с 1420 года издавал монах Пимен Белозерский.\n", title="Заречье", language="ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Кого Всеволод сместил в 1407 году?", "Ярополка"),  # сместил / отстранил от власти
    ("Куда убежал Ярополк?", "в Литву"),  # убежал / бежал
    ("Кто сел на трон после смерти Всеволода?", "Мстислав"),  # трон / престол, смерти / умер
    ("Кто выпускал летопись Заречья?", "Пимен"),  # выпускал / издавал
])
def test_removing_fleeing_the_throne_and_publishing_are_read_as_the_notes_verb(principality, question, fact):
    assert says(principality, question, fact)
