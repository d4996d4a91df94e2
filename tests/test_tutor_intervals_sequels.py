"""Question shapes a learner asked (round 25), on invented texts:

- the time between two events ("how far apart", "how long after", "сколько лет прошло между", "через сколько лет
  после") is told by a sentence saying an interval ("ten days later", "within a week of each other", "спустя 12 лет"),
  or by the dates of each event (both shown); a span of one thing or one date alone does not tell it (`intervals`);
- "what happened after X?", "что было после X?" is the sentence after X's in its section, unless X's itself says what
  came after X; nothing follows the last one (`sequels`);
- "что говорится (говорилось, сказано) в X?" asks X's content, told with any verb, as "what does X say?"
  (`lexicon_framing`).
"""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.intervals import tells_interval
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def town() -> Tutor:
    return tutor_on(
        "The Harlow bridge was opened by the mayor on 3 May 1851. "
        "The old Harlow ferry made its last crossing on 20 June 1851.\n\n"
        "The bishop and the duke visited the Harlow mill in 1860, within only ten days of each other. "
        "The Harlow mill had stood on the river for more than 200 years.\n\n"
        "The Harlow guild charter forbade the sale of wool on Sundays.\n\n"
        "The two bells of the Harlow church hang about 4 metres apart.\n\n"
        "A fire destroyed the guild hall of Harlow in 1702. "
        "The guild rebuilt its hall in stone the next year. "
        "The new guild hall was opened with a fair.", "Harlow")


@pytest.fixture(scope="module")
def town_ru() -> Tutor:
    return tutor_on(
        "Мост через Ветлугу открыли в 1851 году.\n\n"
        "Паром через Ветлугу закрыли спустя 12 лет после открытия моста.\n\n"
        "Указ городской думы запретил торговлю шерстью по воскресеньям.\n\n"
        "В 1702 году пожар уничтожил гостиный двор Ветлуги. "
        "Купцы отстроили гостиный двор в камне. "
        "Новый гостиный двор открыли ярмаркой.", "Ветлуга", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("how far apart were the visits to the Harlow mill?", "within only ten days of each other"),
    ("How long between the opening of the Harlow bridge and the last crossing of the ferry?", "20 June 1851"),
    ("How long between the opening of the Harlow bridge and the last crossing of the ferry?", "3 May 1851"),
    ("What happened after the fire destroyed the guild hall?", "rebuilt its hall in stone"),
    ("what does the Harlow guild charter say?", "forbade the sale of wool"),
    ("How far apart do the two bells of the Harlow church hang?", "4 metres apart"),  # a distance
])
def test_the_shape_is_answered(town: Tutor, question: str, fact: str) -> None:
    assert says(town, question, fact)


@pytest.mark.parametrize("question", [
    "How long after the opening of the bridge was the guild charter written?",  # the charter has no date
    "What happened after the fair in the new guild hall?",  # the last sentence: nothing follows it
])
def test_what_the_text_does_not_tell_is_declined(town: Tutor, question: str) -> None:
    assert town.ask(question).kind == "decline"


def test_a_span_of_one_thing_is_no_interval(town: Tutor) -> None:
    reply = town.ask("how far apart were the visits to the Harlow mill?")
    assert "more than 200 years" not in " ".join(reply.sentences[:1])


def test_the_dates_of_both_events_come_from_the_section_cited() -> None:
    """A reply of two dated sentences cites one section: a date told in another section (or the source text) is not
    shown under it; two dates of one section are."""
    sections = (Section(id="bridge", title="The bridge", notes="The Harlow bridge was opened by the mayor on 3 May "
                        "1851.\n\nThe bridge was painted red."),
                Section(id="ferry", title="The ferry", notes="The old Harlow ferry made its last crossing on 20 June "
                        "1852.\n\nThe ferry carried carts and sheep."))
    tutor = Tutor(Pack(id="t", title="Harlow", sections=sections, cards=(), language="en"), cache=False)
    reply = tutor.ask("How long between the opening of the Harlow bridge and the last crossing of the ferry?")
    notes = {s.id: s.notes.replace("\n", " ") for s in sections}
    assert reply.kind != "answer" or all(s in notes[reply.section_id or ""] for s in reply.sentences), reply


@pytest.mark.parametrize(("question", "fact"), [
    ("Через сколько лет после открытия моста закрыли паром?", "спустя 12 лет"),
    ("Что было после пожара в гостином дворе?", "отстроили гостиный двор"),
    ("Что говорится в указе городской думы?", "запретил торговлю шерстью"),
    ("Что говорилось в указе городской думы?", "запретил торговлю шерстью"),  # "говорится" is light already
])
def test_the_shape_is_answered_ru(town_ru: Tutor, question: str, fact: str) -> None:
    assert says(town_ru, question, fact)


@pytest.mark.parametrize(("text", "told"), [
    ("They came within only three weeks of each other.", True),
    ("Corday was guillotined four days later.", True),
    ("Robespierre was guillotined the next day.", True),
    ("The bill passed on 15 May 1846 and received assent on 26 June 1846.", True),
    ("Паром закрыли спустя 12 лет.", True),
    ("The two gold pins were only about 0.05 millimetres apart.", True),
    ("Apart from the mill, the town had no trade.", False),
    ("No one had visited for more than 25 years.", False),  # a span of one thing
    ("The bridge was opened in 1851.", False),  # one date
    ("Война длилась 21 год.", False),
])
def test_tells_interval(text: str, told: bool) -> None:
    assert tells_interval(normalise(text)) is told


def _two_sections(language: str, first: tuple[str, str], second: tuple[str, str]) -> Tutor:
    sections = tuple(Section(id=f"s{i}", title=title, notes=notes) for i, (title, notes) in enumerate((first, second)))
    return Tutor(Pack(id="t", title="Holm", sections=sections, cards=(), language=language), language=language,
                 cache=False)


@pytest.mark.parametrize(("language", "first", "second", "question", "fact"), [
    ("en", ("The find", "Farmers found the Holm tablet in 1887. A teacher saw that the tablet might matter."),
     ("The tablet", "It carries a law of 300 BC that forbade the felling of oaks. Only 9 lines survive."),
     "what does the tablet say?", "forbade the felling of oaks"),
    ("ru", ("Находка", "Крестьяне нашли Холмскую плиту в 1887 году. Учитель понял, что плита важна."),
     ("Плита", "На ней записан закон 300 года до н. э., запрещавший рубить дубы. Сохранилось 9 строк."),
     "Что говорится на плите?", "запрещавший рубить дубы"),
])
def test_what_a_text_says_is_told_in_the_section_titled_by_it(language: str, first: tuple[str, str],
                                                                second: tuple[str, str], question: str,
                                                                fact: str) -> None:
    assert says(_two_sections(language, first, second), question, fact)


def test_a_title_saying_another_thing_changes_nothing() -> None:
    tutor = _two_sections("en", ("The find", "Farmers found the Holm tablet in 1887. The tablet forbade theft."),
                          ("The stone", "It carries a law of 300 BC that forbade the felling of oaks."))
    assert says(tutor, "what does the tablet say?", "forbade theft")


@pytest.mark.parametrize(("question", "framing"), [
    ("Что говорилось в указе городской думы?", True),
    ("Что было сказано в указе городской думы?", True),
    ("О чём говорилось на заседании думы?", False),  # what was spoken of at a meeting, not a text's content
])
def test_the_verb_of_saying_frames_what_a_text_says_ru(town_ru: Tutor, question: str, framing: bool) -> None:
    asked = town_ru.analyser.question(question, normalise(question))
    assert asked is not None
    assert all(not u.text.startswith(("говор", "сказан")) for u in asked.units) is framing
