"""A card that asks for a person by a noun for people ("Какой путешественник ...?", "Какой министр финансов ...?",
"Which engineer ...?") asks who, as "Кто ...?" does (`grading.person_asks`): its answer is a person of the pack,
even a foreign name with no Russian surname's ending, so the surname alone, initials and the given name after the
surname answer it, while another given name, another person of the pack or another word stay wrong. Invented
packs."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.person_asks import asks_for_person
from studybot.core.language import language
from studybot.core.packs import Card, Pack, Section

NOTES_RU = """\
Остров Кальта описал путешественник Ринальдо Ферро в 1520 году.
Карту острова составил картограф Бенедикт Альтхаус.
Порт на острове построили при министре финансов Юхане Стрельберге.
"""
CARDS_RU = (
    Card(id="traveller", section="s", kind="short", prompt="Какой путешественник описал остров Кальта?",
         answer="Ринальдо Ферро", explanation="В 1520 году."),
    Card(id="minister", section="s", kind="short", prompt="При каком министре финансов построили порт?",
         answer="Юхан Стрельберг", explanation="Так сказано."),
    Card(id="map", section="s", kind="short", prompt="Какой картограф составил карту острова?",
         answer="Бенедикт Альтхаус", explanation="Так сказано."),
)
PACK_RU = Pack(id="kalta", title="Кальта", language="ru", cards=CARDS_RU,
               sections=(Section(id="s", title="Остров Кальта", notes=NOTES_RU),))

NOTES_EN = """\
The Marl bridge was built by the engineer Tomas Velde in 1871.
The painter Ida Rasmund drew it in 1880.
The Royal report of 1890 on its storm was written by the meteorologist Edwin Marcus Hollis.
"""
CARDS_EN = (
    Card(id="engineer", section="s", kind="short", prompt="Which engineer built the Marl bridge?",
         answer="Tomas Velde", explanation="In 1871."),
    Card(id="report", section="s", kind="short", prompt="Which meteorologist wrote the Royal report of 1890?",
         answer="Edwin Marcus Hollis", explanation="In 1890."),
)
PACK_EN = Pack(id="marl", title="Marl", language="en", cards=CARDS_EN,
               sections=(Section(id="s", title="The Marl bridge", notes=NOTES_EN),))


@pytest.mark.parametrize(("pack", "card", "answer", "right"), [
    (PACK_RU, 0, "Ферро", True),
    (PACK_RU, 0, "Р. Ферро", True),
    (PACK_RU, 0, "Ферро Ринальдо", True),
    (PACK_RU, 0, "путешественник Ферро", True),
    (PACK_RU, 0, "Марио Ферро", False),  # another given name: another person
    (PACK_RU, 0, "Альтхаус", False),  # another person of the pack
    (PACK_RU, 0, "Фера", False),
    (PACK_RU, 1, "Ю. Стрельберг", True),
    (PACK_RU, 1, "Ферро", False),
    (PACK_EN, 0, "Velde", True),
    (PACK_EN, 0, "T. Velde", True),
    (PACK_EN, 0, "Hans Velde", False),
    (PACK_EN, 0, "Rasmund", False),
    (PACK_EN, 1, "Hollis", True),  # "which meteorologist" asks who: the surname alone names him
    (PACK_EN, 1, "E. M. Hollis", True),
    (PACK_EN, 1, "Velde", False),
])
def test_a_person_asked_by_a_noun_for_people_is_named_as_one(pack, card, answer, right):
    verdict = Grader.for_pack(pack).grade(pack.cards[card], answer)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("prompt", "code", "asks"), [
    ("Какой путешественник описал остров?", "ru", True),
    ("Какая императрица ввела ассигнации?", "ru", True),
    ("При каком министре финансов построили порт?", "ru", True),
    ("Какой английский врач привил мальчика?", "ru", True),
    ("Which engineer built the bridge?", "en", True),
    ("Какой остров описал путешественник?", "ru", False),  # the noun for people is not the one asked for
    ("Какую планету открыл астроном?", "ru", False),
    ("Which bridge did the engineer build?", "en", False),
    ("Кто описал остров?", "ru", False),  # "кто" is read by the lexicon's own question words
    # a noun of a science's or an art's people by its ending, in no table
    ("Which meteorologist edited the report?", "en", True),
    ("Which statisticians counted the dead?", "en", True),
    ("Which cellist played first?", "en", True),
    ("Which English astronomer saw the flare?", "en", True),  # "-onomer", "-ographer", "-osopher"
    ("Which photographers filmed the launch?", "en", True),
    ("Which philosopher taught him?", "en", True),
    ("Which misnomer stuck?", "en", False),  # no "-onomer": a thing
    ("Which autograph was sold?", "en", False),
    ("Какой метеоролог издал отчёт?", "ru", True),
    ("Какого пианиста пригласили?", "ru", True),
    ("Which checklist was used?", "en", False),  # things that end so
    ("Which list was used?", "en", False),
    ("Какой монолог читал актёр?", "ru", False),
    ("Какой лист подписали?", "ru", False),
])
def test_which_questions_ask_for_a_person_only_by_a_noun_for_people(prompt, code, asks):
    assert asks_for_person(prompt, code, language(code).stem) is asks


# a noun for people in any case after "какой" in any case, adjectives before it or none ("-ом", "-ым" end both)
@pytest.mark.parametrize(("prompt", "asks"), [
    ("С каким шведским микробиологом работал Мерсье?", True),
    ("С каким микробиологом работал Мерсье?", True),
    ("Каким химиком был открыт газ?", True),
    ("С каким инженером строили мост?", True),
    ("Какому инженеру поручили мост?", True),
    ("Какими химиками был открыт газ?", True),
    ("С каким шведским учёным работал Мерсье?", True),
    ("Каким методом измерили глубину?", False),
    ("С каким шведским городом торговал порт?", False),
    ("Какому городу дали имя Мерсье?", False),
])
def test_a_noun_for_people_in_any_case(prompt, asks):
    assert asks_for_person(prompt, "ru", language("ru").stem) is asks


NOTES_LAB = "Мерсье работал в Уппсале много лет."


@pytest.mark.parametrize(("prompt", "answer", "right"), [
    ("С каким шведским микробиологом Мерсье работал в Уппсале?", "Вендхольм", True),
    ("С каким микробиологом Мерсье работал в Уппсале?", "Вендхольма", True),
    ("Какому инженеру Мерсье поручил мост?", "Вендхольм", True),
    ("С каким шведским учёным работал Мерсье?", "Вендхольм", True),
    ("С каким шведским учёным работал Мерсье?", "Андерс Вендхольм", False),
    ("С каким шведским микробиологом Мерсье работал в Уппсале?", "Мерсье", False),
])
def test_a_foreign_name_asked_by_a_noun_in_any_case(prompt, answer, right):
    card = Card(id="c", section="s", kind="short", prompt=prompt, answer="Ларс Вендхольм", explanation="Так сказано.")
    pack = Pack(id="lab", title="Лаборатория", language="ru", cards=(card,),
                sections=(Section(id="s", title="Лаборатория", notes=NOTES_LAB),))
    assert Grader.for_pack(pack).grade(card, answer).correct is right


NOTES_SKY = """\
On 3 May 1871 the astronomer Oswin Tallack saw a bright flare over a sunspot.
The photographer Mirela Dask took the first picture of it.
"""


@pytest.mark.parametrize(("prompt", "answer", "right"), [
    ("Which English astronomer saw the flare of 3 May 1871?", "Tallack", True),
    ("Which English astronomer saw the flare of 3 May 1871?", "O. Tallack", True),
    ("Which English astronomer saw the flare of 3 May 1871?", "Dask", False),
    ("Which photographer took the first picture of the flare?", "Dask", True),
])
def test_a_science_noun_by_its_ending_asks_who(prompt, answer, right):
    answer_of = {"astronomer": "Oswin Tallack", "photographer": "Mirela Dask"}
    card = Card(id="c", section="s", kind="short", prompt=prompt, explanation="So the notes say.",
                answer=next(v for k, v in answer_of.items() if k in prompt))
    pack = Pack(id="sky", title="The flare", cards=(card,), sections=(Section(id="s", title="Flare", notes=NOTES_SKY),))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
