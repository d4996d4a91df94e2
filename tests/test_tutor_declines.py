"""The tutor says honestly that the text does not say (issue #12): a passage that shares the question's words but
not the fact asked is no answer. One table per kind of miss, each with the question the notes do answer beside the
one they do not, on invented notes in English and Russian; rules of the language, no word here is any pack's.

Kinds:
- a question word is no name: "who discovered X?" is not about the WHO of the pack's aliases, unless typed "WHO";
- a short word typed with a capital ("pH", "Km" inside the question) that the pack does not know is a name it
  lacks, not a word to drop; two capitals ("TV") may stand for words the text writes in full;
- a year the question is about that the text never mentions ("in 1904?" when it tells of 1903); a yes/no
  question ("was it in 1904?") is still answered by the year the text gives;
- a connective whose stem is a role's ("Поэтому": "поэт") names nobody a "кто" question asks for.
"""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.declines import other_year, typed_symbols
from studybot.core.tutor.people_nouns import roles_of
from tests.notes import says, tutor_on

EN_NOTES = """\
The Velmar Health Office (VHO) inspects the mills of the valley. The VHO was set up in 1921.

Doctors who discovered the spring sent the weavers there. Dandelion tea was sold at the spring.

Ilse Marr won the Velmar prize in 1903 for her study of the river water.

The river water is soft and cold.

The mill soup is made of barley and onions. It is served hot to the weavers at noon.

The enzyme catalase breaks down peroxide in the dye vats."""

RU_NOTES = """\
Ильза Марр получила Вельмарскую премию в 1903 году за изучение речной воды.

Речная вода имеет pH около 6,5 и считается мягкой.

Мельничный суп варят из ячменя и лука. Его подают ткачам горячим в полдень.

Фермент каталаза разлагает перекись в красильных чанах."""


def _with_alias(notes: str) -> Tutor:
    section = Section(id="s", title="The valley mills", notes=notes)
    pack = Pack(id="t", title="The valley mills", sections=(section,), cards=(),
                aliases={"Velmar Health Office": ("VHO", "who")})
    return Tutor(pack, cache=False)


@pytest.fixture(scope="module")
def en() -> Tutor:
    return tutor_on(EN_NOTES, "The valley mills")


@pytest.fixture(scope="module")
def ru() -> Tutor:
    return tutor_on(RU_NOTES, "Мельницы долины", "ru")


@pytest.fixture(scope="module")
def aliased() -> Tutor:
    return _with_alias(EN_NOTES)


# -------------------------------------------------------------- a question word is no name


@pytest.mark.parametrize(("question", "named"), [
    ("who discovered dandelion tea?", False),
    ("Who discovered the dandelion tea?", False),
    ("what was sold where the VHO was set up?", True),
    ("what does the WHO inspect?", True),  # typed in capitals: the name
])
def test_a_question_word_is_not_an_alias_of_the_pack(aliased, question, named):
    """"who" asks for a person; the pack's alias "who" of its health office is a name only typed "WHO"."""
    asked = aliased.analyser.question(question, normalise(question))
    assert asked is not None
    assert any(u.name and "velmar" in u.text for u in asked.units) is named


@pytest.mark.parametrize(("question", "fact"), [
    ("when was the WHO set up?", "1921"),
    ("who won the Velmar prize?", "Ilse Marr"),
    ("who discovered the spring?", "Doctors"),
    ("what was sold at the spring?", "Dandelion tea"),
])
def test_questions_with_question_words_still_answered(aliased, question, fact):
    assert says(aliased, question, fact)


# -------------------------------------------------------------- a symbol the text lacks


@pytest.mark.parametrize("question", [
    "What is the pH of the mill soup?",
    "What is the Km of catalase for peroxide?",
])
def test_en_symbol_the_text_lacks_is_declined(en, question):
    assert en.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("what is the mill soup made of?", "barley"),
    ("what does catalase break down?", "peroxide"),
])
def test_en_symbol_the_text_has_is_answered(en, question, fact):
    assert says(en, question, fact)


def test_ru_symbol_the_text_lacks_is_declined(ru):
    assert ru.ask("Какой Km у каталазы?").kind == "decline"


def test_ru_symbol_the_text_has_is_answered(ru):
    assert says(ru, "Какой pH у речной воды?", "6,5")


@pytest.mark.parametrize(("raw", "known", "expected"), [
    ("What is the pH of blood?", set(), {"ph"}),
    ("What is the pH of blood?", {"ph"}, set()),  # the pack knows it: as before
    ("What is the Km of it?", set(), set()),  # a capitalised word: a name already (`Analyser._capitalised`)
    ("What does the UK say?", set(), set()),  # two capitals: an abbreviation, perhaps of words written in full
    ("Is it hot?", set(), set()),  # the first word of a question
])
def test_typed_symbols(raw, known, expected):
    assert typed_symbols(raw, str.casefold, known) == expected


# -------------------------------------------------------------- a year the text never mentions


@pytest.mark.parametrize("question", [
    "Who won the Velmar prize in 1904?",
    "who won the velmar prize in 1950",
])
def test_en_year_the_text_never_mentions_is_declined(en, question):
    assert en.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Who won the Velmar prize in 1903?", "Ilse Marr"),
    ("Did Ilse Marr win the Velmar prize in 1904?", "1903"),  # yes/no: the year the text gives answers
    ("When did Ilse Marr win the Velmar prize?", "1903"),
])
def test_en_year_the_text_mentions_is_answered(en, question, fact):
    assert says(en, question, fact)


def test_ru_year_the_text_never_mentions_is_declined(ru):
    assert ru.ask("Кто получил Вельмарскую премию в 1904 году?").kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Кто получил Вельмарскую премию в 1903 году?", "Ильза Марр"),
    ("Когда Ильза Марр получила Вельмарскую премию?", "1903"),
])
def test_ru_year_the_text_mentions_is_answered(ru, question, fact):
    assert says(ru, question, fact)


@pytest.mark.parametrize(("text", "yes_no", "expected"), [
    ("who won it in 1904", False, True),
    ("who won it in 1903", False, False),
    ("did she win it in 1904", True, False),
    ("how much did it rise in 1973 74", False, False),  # "74" is no year
    ("what happened in 1904 05", False, True),
])
def test_other_year(text, yes_no, expected):
    assert other_year(text, yes_no, {"1903", "1973"}) is expected


# -------------------------------------------------------------- a connective names nobody

INDICATOR_NOTES = """\
Фенолфталеин в щелочной среде становится малиновым. Поэтому фенолфталеин удобен для обнаружения щелочей.

Лакмус добывают из лишайников. Поэтому лакмус дешёвый.

Метиловый оранжевый впервые получил химик Пётр Гриневский в 1876 году."""


@pytest.fixture(scope="module")
def indicators() -> Tutor:
    return tutor_on(INDICATOR_NOTES, "Индикаторы", "ru")


@pytest.mark.parametrize("question", ["Кто открыл фенолфталеин?", "Кто придумал лакмус?"])
def test_ru_a_connective_is_no_role(indicators, question):
    """"Поэтому" has the stem of "поэт" and is no poet: a sentence opening so names nobody for "кто"."""
    assert indicators.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Кто получил метиловый оранжевый?", "Гриневский"),
    ("Кто впервые получил метиловый оранжевый?", "Гриневский"),
    ("Почему лакмус дешёвый?", "лишайников"),
])
def test_ru_roles_and_reasons_still_answer(indicators, question, fact):
    assert says(indicators, question, fact)


@pytest.mark.parametrize(("sentence", "roles"), [
    ("Поэтому фенолфталеин удобен.", set()),
    ("Потому химик его и получил.", {"химик"}),
    ("Поэт написал поэму.", {"поэт"}),
])
def test_ru_roles_of_a_sentence(indicators, sentence, roles):
    words = indicators.words
    prepared = words.prepare(sentence)
    stems = words.stems(prepared)
    assert roles_of(prepared.words, stems, words.content(prepared), words) == {words.lang.stem(r) for r in roles}
