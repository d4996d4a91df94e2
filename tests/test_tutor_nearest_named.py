"""A decline names the sections near the question (`Ranker.nearest`) only when they are about what it names: a
section whose passage shares the question's other words ("open", "mill") but never names the person or thing asked
of is no near topic ("when did Orla Finn open the mill?" is not near a section telling of Tobit Grey's mill). A
section naming what is asked still is. Invented notes in both languages."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor


def _tutor(sections: list[tuple[str, str]], title: str, language: str) -> Tutor:
    return Tutor(Pack(id="t", title=title, sections=tuple(
        Section(id=f"s{i}", title=t, notes=n) for i, (t, n) in enumerate(sections)), cards=(), language=language),
        language=language, cache=False)


@pytest.fixture(scope="module")
def english() -> Tutor:
    return _tutor([("The brewer Tobit Grey", "The brewer Tobit Grey married in Karrow in 1820.\n\n"
                    "Tobit Grey opened the mill at Karrow."),
                   ("The weaver Orla Finn", "The weaver Orla Finn was born in Dunmore in 1801.\n\n"
                    "Orla Finn sold cloth at the Karrow market.")], "Karrow", "en")


@pytest.fixture(scope="module")
def russian() -> Tutor:
    return _tutor([("Пивовар Тобит Грей", "Пивовар Тобит Грей женился в Карроу в 1820 году.\n\n"
                    "Тобит Грей открыл мельницу в Карроу."),
                   ("Ткачиха Орла Финн", "Ткачиха Орла Финн родилась в Данморе в 1801 году.\n\n"
                    "Орла Финн продавала ткани на рынке Карроу.")], "Карроу", "ru")


@pytest.mark.parametrize("question", [
    "In which year did Orla Finn open the mill at Karrow?", "Why did Orla Finn open the mill?"])
def test_a_section_never_naming_who_is_asked_of_is_not_near(english: Tutor, question: str) -> None:
    reply = english.ask(question)
    assert reply.kind == "decline" and "The brewer Tobit Grey" not in reply.nearest


@pytest.mark.parametrize("question", [
    "В каком году Орла Финн открыла мельницу в Карроу?", "Зачем Орла Финн открыла мельницу?"])
def test_a_section_never_naming_who_is_asked_of_is_not_near_ru(russian: Tutor, question: str) -> None:
    reply = russian.ask(question)
    assert reply.kind == "decline" and "Пивовар Тобит Грей" not in reply.nearest


@pytest.mark.parametrize(("question", "title"), [
    ("Why did Orla Finn open the mill?", "The weaver Orla Finn"),
    ("How many children did Tobit Grey have in Karrow?", "The brewer Tobit Grey"),
])
def test_a_section_naming_it_is_near(english: Tutor, question: str, title: str) -> None:
    reply = english.ask(question)
    assert reply.kind == "decline" and title in reply.nearest


@pytest.mark.parametrize(("question", "title"), [
    ("Зачем Орла Финн открыла мельницу?", "Ткачиха Орла Финн"),
    ("Сколько детей было у Тобита Грея в Карроу?", "Пивовар Тобит Грей"),
])
def test_a_section_naming_it_is_near_ru(russian: Tutor, question: str, title: str) -> None:
    reply = russian.ask(question)
    assert reply.kind == "decline" and title in reply.nearest
