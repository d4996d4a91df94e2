"""A Russian adjective made from a place name that ends in a vowel drops the vowel before "-ск": "Бородинское
сражение" is Бородино's, "Тарутинский лагерь" Тарутино's (`TutorWords.name_vowels`). So a section titled
"Колбинское сражение" is about Колбино, and its sentences that do not repeat the name answer a question that gives
it ("кто победил под Колбино?"); a question about another place is still declined. And a "сколько X" question is
not answered by a sentence that says X whose only figures are lengths of time ("драгуны ... на два часа
остановили": hours are counted there, `counts.counts_things`). Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

PACK = Pack(id="kolbino", title="Северная война", language="ru", cards=(), sections=(
    Section(id="k", title="Колбинское сражение", notes=(
        "Сражение у деревни Колбино произошло в 1702 году.\n\n"  # a paragraph of its own: no context of the next
        "Шведы потеряли около 3 тысяч человек убитыми и ранеными.\n"
        "Решающей победы не добилась ни одна сторона.\n"
        "Драгуны полковника Ренне на два часа остановили шведскую пехоту.\n")),
    Section(id="m", title="Осада Мелино", notes=(
        "Осада крепости Мелино длилась сорок дней.\n"
        "Гарнизоном крепости командовал полковник Арвид Хорн.\n")),
))


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(PACK, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("adjective", "name", "linked"), [
    ("колбинское", "колбино", True),
    ("колбинского", "колбино", True),
    ("мелинская", "мелино", True),
    ("колбинское", "мелино", False),  # another place
    ("сражение", "колбино", False),  # no adjective of a name
])
def test_the_adjective_is_keyed_as_its_name(tutor, adjective, name, linked):
    words = tutor.library.words
    strong, _ = words.keys(adjective, words.lang.stem(adjective))
    assert (name in strong) is linked


@pytest.mark.parametrize(("question", "expected"), [
    ("Сколько людей потеряли шведы при Колбино?", "3 тысяч"),
    ("Так кто же победил под Колбино?", "ни одна сторона"),
])
def test_answered_from_the_section_of_the_name(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in " ".join(reply.sentences)


@pytest.mark.parametrize("question", [
    "Кто победил под Мелино?",  # the victory told is Колбино's
    "Сколько людей потеряли шведы при Нарве?",  # a place the notes do not name
    "Сколько драгун было у Ренне при Колбино?",  # "на два часа": hours, no count of dragoons
])
def test_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
