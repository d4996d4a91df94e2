"""Countries written in two ways (`lexicon_countries`): a question saying "USA", "UK" or "СССР", "США" is asked of
what a text says of "the United States", "Britain" or "Советский Союз", "Соединённые Штаты" (in any case), as a
pack's own aliases are read. A country the text never names is added to nothing, so a question naming it is still
declined; a pack whose aliases spell a form themselves keeps its own reading. Shown on small texts written here (no
pack's subject), in English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.lexicon_countries import with_countries
from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

EN_NOTES = """\
In 1931 the chemist Orla Penfold sailed to the United States to find a factory for her new dye.
The dye works of Kellbridge exported most of its indigo to Britain.
The Kell valley weavers sold their cloth in Marlow.
"""
RU_NOTES = """\
В 1957 году Советский Союз построил на реке Велге первую плотину.
Завод в Велгорске продавал краску в Соединённые Штаты.
Ткачи долины Кель продавали сукно в Марлоу.
"""


def tutor_of(notes: str, language: str, aliases: dict[str, tuple[str, ...]] | None = None) -> Tutor:
    return Tutor(Pack(id=f"countries-{language}", title="Countries", cards=(), language=language,
                      aliases=aliases or {}, sections=(Section(id="n", title="Notes", notes=notes),)), cache=False)


@pytest.fixture(scope="module")
def english() -> Tutor:
    return tutor_of(EN_NOTES, "en")


@pytest.fixture(scope="module")
def russian() -> Tutor:
    return tutor_of(RU_NOTES, "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Why did Orla Penfold sail to the USA?", "find a factory"),  # "the United States"
    ("When did Orla Penfold sail to the United States of America?", "1931"),
    ("Did the dye works of Kellbridge export indigo to the UK?", "Britain"),
])
def test_a_short_form_asks_of_the_full_name_en(english: Tutor, question: str, fact: str) -> None:
    reply = english.ask(question)
    assert reply.kind == "answer"
    assert fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("question", "fact"), [
    ("Когда СССР построил плотину на Велге?", "1957"),  # "Советский Союз"
    ("Продавал ли завод в Велгорске краску в США?", "Соединённые Штаты"),
    ("Продавал ли завод в Велгорске краску в Америку?", "Соединённые Штаты"),  # "Америка" alone: the country
])
def test_a_short_form_asks_of_the_full_name_ru(russian: Tutor, question: str, fact: str) -> None:
    reply = russian.ask(question)
    assert reply.kind == "answer"
    assert fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("tutor", "question"), [
    ("english", "What did the European Union think of the Kell valley weavers?"),  # the text names no union
    ("english", "Which country bought the indigo of Kellbridge in the USSR?"),
    ("russian", "Что думал Евросоюз о ткачах долины Кель?"),
])
def test_a_country_the_text_never_names_is_declined(tutor: str, question: str,
                                                    request: pytest.FixtureRequest) -> None:
    assert request.getfixturevalue(tutor).ask(question).kind == "decline"


def test_only_the_countries_the_text_names_are_added() -> None:
    added = with_countries({}, "en", "Orla sailed to the United States; the USSR bought her dye.")
    assert set(added) == {"United States", "Soviet Union"}
    assert with_countries({}, "en", "The weavers sold cloth in Marlow.") == {}
    assert with_countries({}, "de", "United States") == {}  # a language without a table


def test_a_pack_that_spells_a_form_keeps_its_own_aliases() -> None:
    own = {"USA": ("the States",)}
    added = with_countries(own, "en", "Orla sailed to the USA and then to the United Kingdom.")
    assert added["USA"] == ("the States",)
    assert "United States" not in added  # its forms include "USA", which the pack reads its own way
    assert "Britain" in added


def test_a_pack_form_written_with_dots_is_one_of_the_forms() -> None:
    own = {"U.S.A.": ("the States",)}  # "U.S.A." read as the table reads its own "U.S.A.": letters, not dots
    added = with_countries(own, "en", "Orla sailed to the U.S.A. in spring.")
    assert added == own


@pytest.mark.parametrize(("text", "america"), [
    ("Краску продавали в Соединённые Штаты.", True),
    ("Краску продавали в США, а шерсть везли из Южной Америки.", False),  # a continent: "Америка" is not the US
    ("Шерсть везли из Северной Америки в Соединённые Штаты.", False),
])
def test_america_alone_is_the_united_states_unless_a_continent_is_named(text: str, america: bool) -> None:
    added = with_countries({}, "ru", text)
    assert ("америку" in added["США"]) is america
