"""A one-word name that is also a word of the text (`tutor.case_names`): with `Orrin Brown: [Brown]` the notes'
"the brown bees" are no Orrin Brown, nor is "тяжёлый дизель" Рудольф Дизель or "двум амперам" Андре-Мари Ампер.
The pack's texts read such a variant as the name only where they write it with a capital inside a sentence (or, at
a sentence's start, in a form they never write in lower case); a question, typed in any case, reads it as the name
unless it stands beside a word the texts write it beside in lower case ("the brown bees"). Small texts written
here, in a field no pack covers (beekeeping, engines), in English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

EN_NOTES = """\
The beekeeper Orrin Brown built the first movable hive frame in 1851.
The brown bees of the north sting less than the yellow ones.
Later Brown sold his frames to the farmers of Kent.
Brown wax is left in the comb after the harvest.
Dr Brown kept forty hives on the downs.
"""
RU_NOTES = """\
Инженер Рудольф Дизель построил первый двигатель в 1897 году.
Тяжёлый дизель ставят на корабли и тепловозы.
Дизелю тогда было 39 лет.
Единица силы тока названа в честь Андре-Мари Ампера.
Ампер открыл закон взаимодействия токов.
Ток в цепи лампы равен двум амперам.
"""


def tutor_of(notes: str, language: str, aliases: dict[str, tuple[str, ...]]) -> Tutor:
    return Tutor(Pack(id=f"common-names-{language}", title="Notes", cards=(), language=language, aliases=aliases,
                      sections=(Section(id="n", title="Notes", notes=notes),)), cache=False)


@pytest.fixture(scope="module")
def english() -> Tutor:
    return tutor_of(EN_NOTES, "en", {"Orrin Brown": ("Brown", "Dr Brown")})


@pytest.fixture(scope="module")
def russian() -> Tutor:
    return tutor_of(RU_NOTES, "ru", {"Рудольф Дизель": ("Дизель",), "Андре-Мари Ампер": ("Ампер",)})


def _keys(tutor: Tutor, fragment: str) -> frozenset[str]:
    return next(d.keys for d in tutor.docs if fragment in d.text)


@pytest.mark.parametrize(("fragment", "named"), [
    ("Orrin Brown built", True),  # the name in full
    ("The brown bees", False),  # the word
    ("Later Brown sold", True),  # a capital inside the sentence
    ("Brown wax is left", False),  # a capital opening a sentence: the text writes "brown" as a word too
    ("Dr Brown kept", True),  # a longer variant
])
def test_a_name_that_is_a_word_is_read_as_the_name_only_where_the_notes_capitalise_it_en(
        english: Tutor, fragment: str, named: bool) -> None:
    assert ("orrin" in _keys(english, fragment)) is named


@pytest.mark.parametrize(("fragment", "stem", "named"), [
    ("Рудольф Дизель построил", "рудольф", True),
    ("Тяжёлый дизель", "рудольф", False),
    ("Дизелю тогда", "рудольф", True),  # opening a sentence, in a form the text never writes in lower case
    ("в честь Андре-Мари Ампера", "андр", True),
    ("Ампер открыл", "андр", True),  # "ампер" in lower case is only "амперам"
    ("двум амперам", "андр", False),
])
def test_a_name_that_is_a_word_is_read_as_the_name_only_where_the_notes_capitalise_it_ru(
        russian: Tutor, fragment: str, stem: str, named: bool) -> None:
    assert (stem in _keys(russian, fragment)) is named


@pytest.mark.parametrize(("question", "fact"), [
    ("Who was Orrin Brown?", "first movable hive frame"),
    ("Who was Brown?", "first movable hive frame"),
    ("who was brown?", "first movable hive frame"),  # typed in lower case: still the person
    ("Which bees sting less than the yellow ones?", "brown bees"),
    ("Do brown bees sting less?", "brown bees"),  # beside the word the notes write it beside
])
def test_questions_find_the_person_and_the_word_en(english: Tutor, question: str, fact: str) -> None:
    reply = english.ask(question)
    assert reply.kind == "answer"
    assert fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("question", "fact"), [
    ("Кто такой Рудольф Дизель?", "первый двигатель"),
    ("Что построил Дизель в 1897 году?", "первый двигатель"),
    ("что построил дизель в 1897 году?", "первый двигатель"),
    ("Куда ставят тяжёлый дизель?", "на корабли"),
    ("Что открыл Ампер?", "закон взаимодействия"),
])
def test_questions_find_the_person_and_the_word_ru(russian: Tutor, question: str, fact: str) -> None:
    reply = russian.ask(question)
    assert reply.kind == "answer"
    assert fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("question", "named"), [
    ("Who was Brown?", True),
    ("who was brown?", True),
    ("What did Brown sell?", True),
    ("Do brown bees sting less?", False),  # "brown bees": as the notes write it
    ("Who was Brigham Brown?", False),  # a capitalised word before it: another name
])
def test_a_question_reads_the_person_unless_beside_a_word_of_the_notes(english: Tutor, question: str,
                                                                       named: bool) -> None:
    names = english.words.case_names
    assert names is not None
    assert ("Orrin Brown" in names.rewrite(question, notes=False)) is named


def test_a_pack_whose_notes_write_the_name_only_with_a_capital_reads_it_as_before() -> None:
    tutor = tutor_of("The beekeeper Orrin Brown built the first hive frame.\nBrown sold frames in Kent.\n", "en",
                     {"Orrin Brown": ("Brown",)})
    assert tutor.words.case_names is None
    assert "orrin" in _keys(tutor, "Brown sold frames")
