"""A learner's framing words that say no fact: emphasis and focus ("what specifically", "как конкретно"), a hedge of
degree or of how usual a fact is ("typically", "roughly", "примерно", "в основном"), a quantifier of the whole
("altogether", "in total", "в целом"), "own" / "собственный" after a possessor the question names, a vague noun
("stuff"), and "самый" before an ordinal ("самая первая" is "первая"). The text says the fact plainly, so such a word
weighs as a light word (or its phrase is dropped), and the question is answered; a question whose other words the
text does not say is still declined. Invented texts (a glassworks, a salt works), never a pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

GLASSWORKS = ("The glassworks at Venn was founded in 1712 by the brothers Aldo and Piet Marr.\n"
              "The furnace burns at about 1,400 degrees and is never allowed to cool.\n"
              "A blower makes about 300 bottles in a day.\n"
              "The works employed 85 people in 1850.\n"
              "Sand for the glass comes from the dunes north of Venn.\n"
              "Piet Marr set up a workshop in Harlow in 1730.\n"
              "Bottles were packed in straw for the carts.\n"
              "The works closed in 1968.\n")

SALT = ("Солеварня в посёлке Рябиново основана в 1750 году.\n"
        "Рассол поднимали из скважины глубиной 120 метров.\n"
        "За день варница давала около 40 пудов соли.\n"
        "В 1890 году на солеварне работали 65 человек.\n"
        "Управляющий Никифор Громов построил дом у пристани.\n"
        "Первая баржа с солью ушла в Казань в 1752 году.\n"
        "Солеварня закрылась в 1931 году.\n")


@pytest.fixture(scope="module")
def glassworks() -> Tutor:
    return tutor_on(GLASSWORKS, "Venn glassworks")


@pytest.fixture(scope="module")
def salt() -> Tutor:
    return tutor_on(SALT, "Солеварня", "ru", section_title="Солеварня")


@pytest.mark.parametrize(("question", "fact"), [
    ("How many people did the works employ altogether in 1850?", "85 people"),
    ("How many people did the works employ in total in 1850?", "85 people"),
    ("How many bottles does a blower typically make in a day?", "300 bottles"),
    ("Where did Piet Marr set up his own workshop?", "Harlow"),
    ("Where does the sand for the glass generally come from?", "dunes"),
    ("Where does the sand generally come from?", "dunes"),  # the framing word a large share of a short question
    ("Where does the sand come from, roughly?", "dunes"),
    ("How hot is the furnace overall?", "1,400"),
    ("What stuff were the bottles packed in for the carts?", "straw"),
    ("Who specifically founded the glassworks?", "Marr"),
])
def test_an_english_framing_word_is_light(glassworks: Tutor, question: str, fact: str) -> None:
    assert says(glassworks, question, fact), glassworks.ask(question).text


@pytest.mark.parametrize("question", [
    "How many bottles did the works sell altogether?",
    "How much did a blower typically earn?",
    "Who specifically owned the glassworks in 1900?",
    "What colour were the windows, in general?",
    "Where does the clay generally come from?",  # no clay in the text
    "How hot is the kiln overall?",
])
def test_english_framing_does_not_answer_what_the_text_does_not_say(glassworks: Tutor, question: str) -> None:
    assert glassworks.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Сколько в целом человек работало на солеварне в 1890 году?", "65 человек"),
    ("Сколько конкретно соли давала варница за день?", "40 пудов"),
    ("Сколько конкретно давала варница?", "40 пудов"),
    ("Сколько в общей сложности человек работало на солеварне?", "65 человек"),
    ("Когда примерно закрылась солеварня?", "1931"),
    ("Откуда в основном поднимали рассол?", "скважины"),
    ("Куда ушла самая первая баржа с солью?", "Казань"),
    ("Когда собственно основана солеварня?", "1750"),
])
def test_a_russian_framing_word_is_light(salt: Tutor, question: str, fact: str) -> None:
    assert says(salt, question, fact), salt.ask(question).text


@pytest.mark.parametrize("question", [
    "Сколько конкретно стоила соль?",
    "Сколько конкретно платили варщику?",
    "Откуда в основном возили дрова?",
    "Куда ушла самая тяжёлая баржа?",  # "самая" before an adjective asks a superlative the text does not say
    "Кто в целом владел солеварней в 1900 году?",
])
def test_russian_framing_does_not_answer_what_the_text_does_not_say(salt: Tutor, question: str) -> None:
    assert salt.ask(question).kind == "decline"


def _units(tutor: Tutor, question: str) -> dict[str, bool]:
    """A question's units: each word and whether it is light."""
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return {u.text: u.light for u in asked.units}


@pytest.mark.parametrize(("question", "word"), [
    ("Who specifically founded the glassworks?", "specifically"),
    ("How deep was the well, roughly?", "roughly"),
    ("How many bottles did a blower make altogether?", "altogether"),
])
def test_an_emphasis_the_text_never_says_is_no_unit(glassworks: Tutor, question: str, word: str) -> None:
    assert word not in _units(glassworks, question)  # as a function word: it cannot find a passage, only miss one


@pytest.fixture(scope="module")
def family() -> Tutor:
    return tutor_on(GLASSWORKS + "The Marr family owned the works until 1890.\nEach blower kept his own tools.\n"
                    "A typical bottle held a pint.\n", "Venn glassworks")


@pytest.mark.parametrize(("question", "word", "light"), [
    ("Did each blower keep his own tools?", "own", True),  # said by the text: a light unit
    ("Who owned the works until 1890?", "owned", False),  # the emphasis's stem: what is asked, not light
    ("What did a typical bottle hold?", "typical", False),  # "typically" is light, not "typical"
])
def test_an_emphasis_is_light_in_its_own_form_only(family: Tutor, question: str, word: str, light: bool) -> None:
    assert _units(family, question)[word] is light


ARNHOLM = ("The port of Arnholm traded mostly with Venn.\n"
           "In January-June 1901, exports of tin to Venn fell by 12% to 40 tonnes.\n"
           "Imports of cloth from Venn rose by 30% to 900 bolts over the same months.\n"
           "The harbour master Jon Bakke kept the books.\n")


@pytest.mark.parametrize(("question", "fact"), [
    ("How much tin was exported in that period?", "40 tonnes"),  # a learner points back at the card's months
    ("How much tin was exported at that time?", "40 tonnes"),
    ("How much tin was exported during this period?", "40 tonnes"),
])
def test_the_time_pointed_back_at_asks_nothing_the_text_must_say(question: str, fact: str) -> None:
    assert says(tutor_on(ARNHOLM, "Trade of Arnholm"), question, fact)


def test_the_time_pointed_back_at_answers_nothing_the_text_does_not_say() -> None:
    assert tutor_on(ARNHOLM, "Trade of Arnholm").ask("How much did the harbour master earn in that period?").kind \
        == "decline"
