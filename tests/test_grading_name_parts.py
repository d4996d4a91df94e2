"""Parts of a name as learners write them (core/name_parts.py and core/people.py, read into `Aliases`):
bodies and places named without their legal form, their kind ("Lake", "озеро") or a leading qualifier,
by their acronym or by the full name for an acronym; people by their title, given name and patronymic,
in the cases of a Russian adjectival surname. Packs of our own (a distillery and a survey of a northern
coast; a Russian station on a lake), with no `aliases`: every row is a rule of names in the language,
and the traps are the part that names something else or nothing.

What a teacher decides, and these rows hold:
- a legal form ("Company", "Co.", "Inc.", "Ltd", "ООО", "ОАО") and "the" may be left out or put in;
- a place's kind before or after its name ("Lake", "River", "Mount", "озеро", "река", "гора", "оз.")
  may be left out, put in or moved, unless the bare name is part of another name of the pack; when the
  prompt already says the kind ("Which lake ...?"), the bare name is right even then;
- a body's name may lose its leading qualifier when it says only where or of which rank ("Royal",
  "Приморское", "Western Dominion", a place the notes also name on its own), not which body ("Carrow" of
  "Carrow Institute of Mining": "Institute of Mining" could be any), and what is left keeps the head and
  is still two words or more, one of them not a generic word of bodies ("Society", "State",
  "университет", "государственный"), and no other name of the pack has those words; dropping a word from
  the middle ("Royal Society" for "Royal Hydrographic Society") or the end ("Western Dominion") names
  something else, as does a single word ("Society", "Alcohol", "общество");
- an acronym of the name's words (three letters or more, or one the texts give in brackets) is the
  name, and the name is the acronym; the first words of a name may be given by their acronym ("UN
  Relief Office");
- a person's title, in full or abbreviated ("Pres.", "акад."), does not change who they are; a Russian
  given name with its patronymic ("Николай Иванович") names the one person who has both; an
  adjectival surname is found in every case ("Заречного", "Заречной").
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

EN_NOTES = (
    "The distiller Edith Marlowe founded the Western Dominion Industrial Alcohol Company in 1906, when the Western "
    "Dominion taxed spirit lightly. Marlowe bought "
    "her stills from Halvorsen Brothers Ltd. and shipped the spirit with the Kestrel Shipping Company. President "
    "Owen Harwell signed the tariff; Dr Jonas Quist tested the spirit for the Royal Hydrographic Society, which "
    "surveyed the river Tarrow, Lake Vellmar and Mount Ardley. The Carrow Institute of Mining trained the "
    "surveyors. The Northern Salt Trading Company and the Southern Salt Trading Company sold salt to Dunmere Abbey "
    "on Lake Dunmere. The United Nations Relief Office (UNRO) paid for the survey. "
    "The surveyors lodged at Saint Aldric College."
)

RU_NOTES = (
    "Станцию на озере Сельдяр основал академик Николай Иванович Заречный. Заречный руководил ею до 1950 года. "
    "Пробы воды брала Ольга Петровна Воронова, а карты чертил Николай Петрович Гусев. Экспедиция прошла по реке "
    "Тарвеньге до горы Ардын. Работу финансировало Приморское географическое общество (ПГО), приборы поставляло "
    "ООО «Северный приборный завод», а студентов прислал Северский государственный университет."
)


def short(answer: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


def pack(language: str, notes: str, *cards: Card) -> Pack:
    return Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=notes),), cards=cards,
                language=language)


EN_CARDS = (
    short("Western Dominion Industrial Alcohol Company", "Which company did Marlowe found?"),
    short("Halvorsen Brothers Ltd.", "Who made the stills?"),
    short("Kestrel Shipping Company", "Which firm shipped the spirit?"),
    short("Royal Hydrographic Society", "For whom did Quist test the spirit?"),
    short("the river Tarrow", "Which river was surveyed?"),
    short("Lake Vellmar", "Which lake was surveyed?"),
    short("Mount Ardley", "Which mountain was surveyed?"),
    short("Carrow Institute of Mining", "Where were the surveyors trained?"),
    short("Northern Salt Trading Company", "Who sold salt?"),
    short("United Nations Relief Office", "Who paid for the survey?"),
    short("Owen Harwell", "Who signed the tariff?"),
    short("Saint Aldric College", "Where did the surveyors lodge?"),
    short("Jonas Quist", "Who tested the spirit?"),
)
RU_CARDS = (
    short("Николай Иванович Заречный", "Кто основал станцию?"),
    short("Ольга Петровна Воронова", "Кто брал пробы воды?"),
    short("озеро Сельдяр", "На каком озере стояла станция?"),
    short("река Тарвеньга", "По какой реке прошла экспедиция?"),
    short("Приморское географическое общество", "Кто финансировал работу?"),
    short("Северный приборный завод", "Кто поставлял приборы?"),
    short("Северский государственный университет", "Кто прислал студентов?"),
)
EN = Grader.for_pack(pack("en", EN_NOTES, *EN_CARDS))
RU = Grader.for_pack(pack("ru", RU_NOTES, *RU_CARDS))
ASK_EN = "Who or what was it?"  # a prompt that names no kind of thing
ASK_RU = "Кто или что это было?"


@pytest.mark.parametrize(("answer", "given", "right"), [
    # legal forms and "the"
    ("Halvorsen Brothers Ltd.", "Halvorsen Brothers", True),
    ("Halvorsen Brothers Ltd.", "Halvorsen Brothers Ltd", True),
    ("Halvorsen Brothers Ltd.", "Halvorsen Brothers Limited", True),
    ("Halvorsen Brothers Ltd.", "the Halvorsen Brothers company", True),
    ("Halvorsen Brothers Ltd.", "Halvorsen Brothers Inc.", True),
    ("Halvorsen Brothers Ltd.", "Brothers Ltd", False),  # the legal form and a generic word: nothing
    ("Kestrel Shipping Company", "Kestrel Shipping", True),
    ("Kestrel Shipping Company", "Kestrel Shipping Co.", True),
    ("Kestrel Shipping Company", "the Kestrel Shipping Co", True),
    ("Kestrel Shipping Company", "Kestrel Shipping Corporation", True),
    ("Kestrel Shipping Company", "Shipping Company", False),
    ("Kestrel Shipping Company", "Company", False),
    # a leading qualifier
    ("Western Dominion Industrial Alcohol Company", "Western Dominion Industrial Alcohol Company", True),
    ("Western Dominion Industrial Alcohol Company", "Industrial Alcohol", True),
    ("Western Dominion Industrial Alcohol Company", "the Industrial Alcohol Company", True),
    ("Western Dominion Industrial Alcohol Company", "Western Dominion Industrial Alcohol", True),
    ("Western Dominion Industrial Alcohol Company", "Western Dominion Industrial Alcohol Co.", True),
    ("Western Dominion Industrial Alcohol Company", "Western Dominion", False),  # the qualifier: a place
    ("Western Dominion Industrial Alcohol Company", "Alcohol", False),
    ("Western Dominion Industrial Alcohol Company", "Company", False),
    ("Western Dominion Industrial Alcohol Company", "Alcohol Company", False),  # one word and a legal form
    ("Western Dominion Industrial Alcohol Company", "Kestrel Shipping Company", False),  # another body
    ("Royal Hydrographic Society", "Hydrographic Society", True),
    ("Royal Hydrographic Society", "the Hydrographic Society", True),
    ("Royal Hydrographic Society", "Society", False),
    ("Royal Hydrographic Society", "Royal Society", False),  # a word left out of the middle: another body
    ("Carrow Institute of Mining", "Institute of Mining", False),  # "Carrow" says which institute
    ("Carrow Institute of Mining", "the Carrow Institute of Mining", True),
    ("Carrow Institute of Mining", "Institute", False),
    ("Carrow Institute of Mining", "Mining", False),
    # the part two names share names neither
    ("Northern Salt Trading Company", "Northern Salt Trading", True),
    ("Northern Salt Trading Company", "Northern Salt Trading Co.", True),
    ("Northern Salt Trading Company", "Salt Trading Company", False),
    ("Northern Salt Trading Company", "Salt Trading", False),
    ("Northern Salt Trading Company", "Southern Salt Trading Company", False),
    # acronyms, of the whole name and of its first words
    ("Western Dominion Industrial Alcohol Company", "WDIAC", True),
    ("Royal Hydrographic Society", "RHS", True),
    ("Royal Hydrographic Society", "R.H.S.", True),
    ("Royal Hydrographic Society", "RGS", False),
    ("Carrow Institute of Mining", "CIM", True),
    ("United Nations Relief Office", "UNRO", True),  # given in brackets by the notes
    ("United Nations Relief Office", "UN Relief Office", True),
    ("United Nations Relief Office", "U.N. Relief Office", True),
    ("United Nations Relief Office", "United Nations", False),
    ("United Nations Relief Office", "Relief", False),
    # places: the kind may go, come or move
    ("the river Tarrow", "Tarrow", True),
    ("the river Tarrow", "the Tarrow", True),
    ("the river Tarrow", "River Tarrow", True),
    ("the river Tarrow", "Tarrow River", True),
    ("the river Tarrow", "river", False),
    ("the river Tarrow", "Vellmar", False),
    ("Lake Vellmar", "Vellmar", True),
    ("Lake Vellmar", "Vellmar Lake", True),
    ("Lake Vellmar", "lake Vellmar", True),
    ("Lake Vellmar", "Lake", False),
    ("Lake Vellmar", "Lake Tarrow", False),
    ("Mount Ardley", "Ardley", True),
    ("Mount Ardley", "Mt Ardley", True),
    ("Mount Ardley", "Mt. Ardley", True),
    ("Mount Ardley", "Mount Vellmar", False),
    # abbreviated words of a name
    ("Halvorsen Brothers Ltd.", "Halvorsen Bros.", True),
    ("Halvorsen Brothers Ltd.", "Halvorsen Bros. Ltd", True),
    ("Carrow Institute of Mining", "Carrow Inst. of Mining", True),
    ("Saint Aldric College", "St Aldric College", True),
    ("Saint Aldric College", "St. Aldric College", True),
    ("Saint Aldric College", "St. Aldric", False),
    # people: titles do not change who it is
    ("Owen Harwell", "President Harwell", True),
    ("Owen Harwell", "Pres. Harwell", True),
    ("Owen Harwell", "Harwell's", True),
    ("Owen Harwell", "Owen", False),
    ("Jonas Quist", "Dr. Quist", True),
    ("Jonas Quist", "Professor Quist", True),
    ("Jonas Quist", "Prof. Quist", True),
    ("Jonas Quist", "Dr Harwell", False),
    ("Edith Marlowe", "Marlowe", True),
    ("Edith Marlowe", "Mrs Marlowe", True),
    ("Edith Marlowe", "E. Marlowe", True),
    ("Edith Marlowe", "Edith", False),
])
def test_english_parts_of_a_name(answer, given, right):
    assert EN.grade(short(answer, ASK_EN), given).correct is right


@pytest.mark.parametrize(("answer", "prompt", "given", "right"), [
    # a bare name that is also part of another name: right only when the prompt says which kind is meant
    ("Lake Dunmere", "On which lake did the abbey stand?", "Dunmere", True),
    ("Lake Dunmere", "Where was the salt sold?", "Dunmere", False),
    ("Lake Dunmere", "Where was the salt sold?", "Lake Dunmere", True),
])
def test_a_bare_name_another_name_shares(answer, prompt, given, right):
    assert EN.grade(short(answer, prompt), given).correct is right


@pytest.mark.parametrize(("answer", "given", "right"), [
    # a Russian person: given name and patronymic, an adjectival surname in its cases, titles
    ("Николай Иванович Заречный", "Николай Иванович", True),
    ("Николай Иванович Заречный", "Николаю Ивановичу", True),
    ("Николай Иванович Заречный", "Николай Петрович", False),  # another person's patronymic
    ("Николай Иванович Заречный", "Николай", False),  # two people of the pack are Николай
    ("Николай Иванович Заречный", "Заречный", True),
    ("Николай Иванович Заречный", "Заречного", True),
    ("Николай Иванович Заречный", "Заречному", True),
    ("Николай Иванович Заречный", "Заречным", True),
    ("Николай Иванович Заречный", "Н. И. Заречный", True),
    ("Николай Иванович Заречный", "Заречный Н. И.", True),
    ("Николай Иванович Заречный", "академик Заречный", True),
    ("Николай Иванович Заречный", "Академик Заречный", True),
    ("Николай Иванович Заречный", "акад. Заречный", True),
    ("Николай Иванович Заречный", "профессор Заречный", True),
    ("Николай Иванович Заречный", "Zarechny", True),
    ("Николай Иванович Заречный", "Гусев", False),
    ("Николай Иванович Заречный", "академик Гусев", False),
    ("Ольга Петровна Воронова", "Ольга Петровна", True),
    ("Ольга Петровна Воронова", "Ольгой Петровной", True),
    ("Ольга Петровна Воронова", "Вороновой", True),
    ("Ольга Петровна Воронова", "Ольга", False),
    ("Ольга Петровна Воронова", "Ольга Ивановна", False),
    # places: the kind may go, come, be abbreviated; the name in its cases
    ("озеро Сельдяр", "Сельдяр", True),
    ("озеро Сельдяр", "оз. Сельдяр", True),
    ("озеро Сельдяр", "на Сельдяре", True),
    ("озеро Сельдяр", "на озере Сельдяр", True),
    ("озеро Сельдяр", "озеро", False),
    ("озеро Сельдяр", "Тарвеньга", False),
    ("река Тарвеньга", "Тарвеньга", True),
    ("река Тарвеньга", "р. Тарвеньга", True),
    ("река Тарвеньга", "по Тарвеньге", True),
    ("река Тарвеньга", "река", False),
    # bodies: legal form, leading qualifier, acronym, cases
    ("Приморское географическое общество", "Географическое общество", True),
    ("Приморское географическое общество", "ПГО", True),
    ("Приморское географическое общество", "Приморским географическим обществом", True),
    ("Приморское географическое общество", "общество", False),
    ("Приморское географическое общество", "Приморское общество", False),
    ("Северный приборный завод", "ООО «Северный приборный завод»", True),
    ("Северный приборный завод", "ООО Северный приборный завод", True),
    ("Северный приборный завод", "завод", False),
    ("Северский государственный университет", "СГУ", True),
    ("Северский государственный университет", "Северского государственного университета", True),
    ("Северский государственный университет", "государственный университет", False),  # generic words only
    ("Северский государственный университет", "университет", False),
    ("Северский государственный университет", "Северский государственный ун-т", True),
])
def test_russian_parts_of_a_name(answer, given, right):
    assert RU.grade(short(answer, ASK_RU), given).correct is right


def test_the_full_name_answers_a_card_that_gives_the_acronym():
    assert EN.grade(short("UNRO", ASK_EN), "United Nations Relief Office").correct
    assert EN.grade(short("RHS", ASK_EN), "the Royal Hydrographic Society").correct
    assert not EN.grade(short("RHS", ASK_EN), "Carrow Institute of Mining").correct
    assert RU.grade(short("ПГО", ASK_RU), "Приморское географическое общество").correct
    assert not RU.grade(short("ПГО", ASK_RU), "Северский государственный университет").correct


def test_no_acronym_that_is_a_word():
    """An acronym the texts write as a word ("dot" for "Department of Transport") is no name."""
    grader = Grader.for_pack(pack("en", "The Department of Transport checked the map; each dot is a town.",
                                  short("Department of Transport", ASK_EN)))
    assert not grader.grade(short("Department of Transport", ASK_EN), "dot").correct


@pytest.mark.parametrize(("answer", "given", "right"), [
    # a name gone on with other words in capitals is another name
    ("Royal Hydrographic Society", "Royal Hydrographic Society of Arts", False),
    ("Lake Vellmar", "Lake Vellmar Falls", False),
    ("Owen Harwell", "Harwell Memorial", False),
    ("Owen Harwell", "Harwell, the president", True),
    ("Owen Harwell", "President Owen Harwell", True),
    ("Kestrel Shipping Company", "Kestrel Shipping Co. Ltd", True),
])
def test_a_name_gone_on_is_another_name(answer, given, right):
    assert EN.grade(short(answer, ASK_EN), given).correct is right


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Приморское географическое общество", "Приморское Географическое Общество Ветеранов", False),
    ("Николай Иванович Заречный", "Заречный Университет", False),
    ("Николай Иванович Заречный", "Заречный, академик", True),
])
def test_a_russian_name_gone_on_is_another_name(answer, given, right):
    assert RU.grade(short(answer, ASK_RU), given).correct is right


def test_an_acronym_after_a_name_says_where():
    """ "ПГО РФ", "UNRO USA": a place by its acronym after a body's name qualifies it, no other name."""
    assert RU.grade(short("Приморское географическое общество", ASK_RU), "ПГО РФ").correct
    assert EN.grade(short("United Nations Relief Office", ASK_EN), "UNRO USA").correct


RU_FORMS = Grader.for_pack(pack(
    "ru", "Оперу написал Николай Андреевич Римско-Бельский. Римско-Бельский учился в Петербурге. Задачу решила "
          "Софья Васильевна Ковалёвская; Ковалёвская получила премию. Мост построила Анна Петровна Заречная.",
    short("Николай Андреевич Римско-Бельский", "Кто написал оперу?"),
    short("Софья Васильевна Ковалёвская", "Кто решил задачу?"), short("Анна Петровна Заречная", "Кто построил мост?")))


@pytest.mark.parametrize(("answer", "given", "right"), [
    # a double surname in its cases; women's surnames declined as adjectives
    ("Николай Андреевич Римско-Бельский", "Римско-Бельский", True),
    ("Николай Андреевич Римско-Бельский", "Римско-Бельского", True),
    ("Николай Андреевич Римско-Бельский", "Н. А. Римско-Бельский", True),
    ("Николай Андреевич Римско-Бельский", "Николай Андреевич", True),
    ("Николай Андреевич Римско-Бельский", "Ковалёвская", False),
    ("Софья Васильевна Ковалёвская", "Ковалевская", True),
    ("Софья Васильевна Ковалёвская", "Ковалёвской", True),
    ("Софья Васильевна Ковалёвская", "Ковалевскую", True),
    ("Софья Васильевна Ковалёвская", "Софья Васильевна", True),
    ("Софья Васильевна Ковалёвская", "Kovalevskaya", True),
    ("Софья Васильевна Ковалёвская", "Софья", False),
    ("Софья Васильевна Ковалёвская", "Заречная", False),
    ("Анна Петровна Заречная", "Заречной", True),
    ("Анна Петровна Заречная", "Заречную", True),
    ("Анна Петровна Заречная", "Zarechnaya", True),
    ("Анна Петровна Заречная", "Анна Васильевна", False),
])
def test_russian_surnames_of_other_shapes(answer, given, right):
    assert RU_FORMS.grade(short(answer, ASK_RU), given).correct is right


RU_PLACES = Grader.for_pack(pack("ru", "Караван шёл по реке Мста до города Тверь, потом к острову Кий.",
                                 short("река Мста", ASK_RU), short("город Тверь", ASK_RU), short("остров Кий", ASK_RU)))


@pytest.mark.parametrize(("answer", "given", "right"), [
    # a short place's name without its kind, in the cases of a sentence
    ("река Мста", "Мста", True),
    ("река Мста", "по Мсте", True),
    ("река Мста", "Мстой", True),
    ("река Мста", "р. Мста", True),
    ("город Тверь", "Тверь", True),
    ("город Тверь", "в Твери", True),
    ("город Тверь", "г. Тверь", True),
    ("остров Кий", "Кий", True),
    ("река Мста", "Тверь", False),
    ("город Тверь", "по Мсте", False),
    ("город Тверь", "город", False),
])
def test_short_russian_place_names_in_cases(answer, given, right):
    assert RU_PLACES.grade(short(answer, "Что это за место?"), given).correct is right


# a possessive ends a name: the capitalised word after it ("Pemberton's Exton cell") is another name, never the
# owner's name with a qualifier ("Exton" is no part of a "Pemberton Exton"; with the owner's alias read after it,
# the blank "Exton" took its own exact answer for wrong)
OWNED = Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=(
    "Pemberton's Exton cell held a sulfide cathode. Pemberton worked for the oil company Exton in Ohio.")),),
    cards=(Card(id="c", section="s", kind="cloze", prompt="Fill in the blank.", answer="",
                text="Pemberton worked for the oil company {{Exton}}.", blanks=(("Exton",),)),),
    language="en", aliases={"J. Hale Pemberton": ("Hale Pemberton",)})


@pytest.mark.parametrize(("given", "right"), [
    ("Exton", True),
    ("exton", True),
    ("the Exton company", True),
    ("Pemberton", False),
    ("Shell", False),
])
def test_a_name_after_a_possessive_is_its_own(given, right):
    assert Grader.for_pack(OWNED).grade(OWNED.card("c"), given).correct is right
