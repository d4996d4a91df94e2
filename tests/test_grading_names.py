"""People's names as learners write them (core/people.py, read into `Aliases`): the forms of a
person's name in English and Russian, on packs of our own (a nineteenth-century chemistry lab, a
Siberian survey expedition) whose people are named only in their notes and cards, with no `aliases`.
Each row says what a teacher would mark; the traps are other people of the same pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section
from studybot.core.translit import latin_to_cyrillic

EN_NOTES = (
    "The chemist Harold Wexley first made the salt in 1871. Wexley worked in Leeds with Margaret Oyelaran, "
    "who measured its density; Oyelaran later ran the laboratory. The brothers Thomas Pendergast and Anna "
    "Pendergast built the furnace; Pendergast also wrote the manual. Erik Hansen supplied the acid and Nils "
    "Hanson the glass: Hansen and Hanson never met. Ludwig van Hohenfeld and Charles de Mornay reviewed the "
    "work; Hohenfeld praised it, de Mornay did not. Peter Lindqvist and Peter Hallgren repeated it in Uppsala."
)

RU_NOTES = (
    "Экспедицию возглавлял геолог Аркадий Семёнович Вережников. Вережников составил карту долины. "
    "Топографом был Павел Андреевич Торопов, его брат Глеб Торопов вёл дневник. Проводником служил "
    "Семён Кравцов, лодки чинил Иван Кравков. Образцы описал Карл фон Бреннер; Бреннер отправил их в Дерпт. "
    "Врачом экспедиции была Анна Ильинична Сухарева."
)


def short(answer: str, prompt: str = "Who was it?") -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


def pack(language: str, notes: str, *cards: Card) -> Pack:
    return Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=notes),), cards=cards,
                language=language)


EN = Grader.for_pack(pack("en", EN_NOTES, short("Harold Wexley"), short("Peter Lindqvist", "Who repeated the work?")))
RU = Grader.for_pack(pack("ru", RU_NOTES, short("Аркадий Семёнович Вережников", "Кто возглавлял экспедицию?")))


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Harold Wexley", "Harold Wexley", True),
    ("Harold Wexley", "Wexley", True),  # the surname alone: one person of the pack has it
    ("Harold Wexley", "wexley", True),
    ("Harold Wexley", "H. Wexley", True),  # initials before or after
    ("Harold Wexley", "H Wexley", True),
    ("Harold Wexley", "H.Wexley", True),
    ("Harold Wexley", "Wexley H.", True),
    ("Harold Wexley", "Wexley, H.", True),
    ("Harold Wexley", "Wexley Harold", True),  # the given name after the surname
    ("Harold Wexley", "Wexley, Harold", True),
    ("Harold Wexley", "Dr Wexley", True),  # a title
    ("Harold Wexley", "Wexly", True),  # a letter left out
    ("Harold Wexley", "Wexley's", True),
    ("Harold Wexley", "M. Wexley", False),  # another initial is another person
    ("Harold Wexley", "Wexley M.", False),
    ("Harold Wexley", "Margaret Wexley", False),  # the given name of another person of the pack
    ("Harold Wexley", "Oyelaran", False),  # another person
    ("Harold Wexley", "Margaret Oyelaran", False),
    ("Margaret Oyelaran", "Oyelaran", True),
    ("Margaret Oyelaran", "M. Oyelaran", True),
    ("Margaret Oyelaran", "Oyelaran Margaret", True),
    ("Margaret Oyelaran", "Wexley", False),
    # two people of one surname: the surname alone names neither
    ("Thomas Pendergast", "Thomas Pendergast", True),
    ("Thomas Pendergast", "T. Pendergast", True),
    ("Thomas Pendergast", "Pendergast Thomas", True),
    ("Thomas Pendergast", "Pendergast", False),
    ("Thomas Pendergast", "Anna Pendergast", False),
    ("Thomas Pendergast", "A. Pendergast", False),
    # a surname one letter away from another person's is that person, no slip
    ("Erik Hansen", "Hansen", True),
    ("Erik Hansen", "E. Hansen", True),
    ("Erik Hansen", "Hanson", False),
    ("Erik Hansen", "N. Hanson", False),
    ("Erik Hansen", "Nils Hansen", False),
    # two people of one given name: the given name alone names neither
    ("Peter Lindqvist", "Lindqvist", True),
    ("Peter Lindqvist", "P. Lindqvist", True),
    ("Peter Lindqvist", "Peter", False),
    ("Peter Lindqvist", "Peter Hallgren", False),
    ("Peter Lindqvist", "Hallgren", False),
    # particles are optional
    ("Ludwig van Hohenfeld", "Hohenfeld", True),
    ("Ludwig van Hohenfeld", "van Hohenfeld", True),
    ("Ludwig van Hohenfeld", "L. van Hohenfeld", True),
    ("Ludwig van Hohenfeld", "Ludwig Hohenfeld", True),
    ("Ludwig van Hohenfeld", "de Mornay", False),
    ("Charles de Mornay", "de Mornay", True),
    ("Charles de Mornay", "Mornay", True),
    ("Charles de Mornay", "C. de Mornay", True),
    ("Charles de Mornay", "Hohenfeld", False),
])
def test_english_forms_of_a_persons_name(answer, given, right):
    assert EN.grade(short(answer), given).correct is right


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Аркадий Семёнович Вережников", "Аркадий Семёнович Вережников", True),
    ("Аркадий Семёнович Вережников", "Аркадий Семенович Вережников", True),  # ё written е
    ("Аркадий Семёнович Вережников", "Вережников", True),  # the surname alone
    ("Аркадий Семёнович Вережников", "вережников", True),
    ("Аркадий Семёнович Вережников", "Аркадий Вережников", True),  # no patronymic
    ("Аркадий Семёнович Вережников", "А. С. Вережников", True),  # initials, before or after
    ("Аркадий Семёнович Вережников", "А.С. Вережников", True),
    ("Аркадий Семёнович Вережников", "А.С.Вережников", True),
    ("Аркадий Семёнович Вережников", "А. Вережников", True),
    ("Аркадий Семёнович Вережников", "Вережников А. С.", True),
    ("Аркадий Семёнович Вережников", "Вережников А.С.", True),
    ("Аркадий Семёнович Вережников", "Вережников Аркадий", True),  # surname first
    ("Аркадий Семёнович Вережников", "Вережников Аркадий Семёнович", True),
    ("Аркадий Семёнович Вережников", "Вережникову", True),  # in another case
    ("Аркадий Семёнович Вережников", "Вережниковым", True),
    ("Аркадий Семёнович Вережников", "Аркадию Семёновичу Вережникову", True),
    ("Аркадий Семёнович Вережников", "вережникава", True),  # a slip in a case form
    ("Аркадий Семёнович Вережников", "Вережнеков", True),  # a vowel slip
    ("Аркадий Семёнович Вережников", "Веержников", True),  # two letters swapped
    ("Аркадий Семёнович Вережников", "Verezhnikov", True),  # in Latin letters
    ("Аркадий Семёнович Вережников", "Arkady Verezhnikov", True),
    ("Аркадий Семёнович Вережников", "Arkadiy Verezhnikov", True),
    ("Аркадий Семёнович Вережников", "Б. С. Вережников", False),  # another initial
    ("Аркадий Семёнович Вережников", "Павел Вережников", False),  # another person's given name
    ("Аркадий Семёнович Вережников", "Торопов", False),  # another person
    ("Аркадий Семёнович Вережников", "П. А. Торопов", False),
    # two people of one surname
    ("Павел Андреевич Торопов", "Павел Торопов", True),
    ("Павел Андреевич Торопов", "П. А. Торопов", True),
    ("Павел Андреевич Торопов", "Торопов Павел", True),
    ("Павел Андреевич Торопов", "Торопову Павлу", True),
    ("Павел Андреевич Торопов", "Торопов", False),
    ("Павел Андреевич Торопов", "Глеб Торопов", False),
    ("Павел Андреевич Торопов", "Г. Торопов", False),
    # a surname one letter away from another person's
    ("Семён Кравцов", "Кравцов", True),
    ("Семён Кравцов", "Кравцову", True),
    ("Семён Кравцов", "Кравков", False),
    ("Семён Кравцов", "Кравкову", False),
    # particles
    ("Карл фон Бреннер", "Бреннер", True),
    ("Карл фон Бреннер", "фон Бреннер", True),
    ("Карл фон Бреннер", "К. фон Бреннер", True),
    ("Карл фон Бреннер", "Бреннеру", True),
    ("Карл фон Бреннер", "Brenner", True),
    # a woman's surname and patronymic, in cases
    ("Анна Ильинична Сухарева", "Сухарева", True),
    ("Анна Ильинична Сухарева", "Сухаревой", True),
    ("Анна Ильинична Сухарева", "А. И. Сухарева", True),
    ("Анна Ильинична Сухарева", "Анна Сухарева", True),
    ("Анна Ильинична Сухарева", "Вережников", False),
])
def test_russian_forms_of_a_persons_name(answer, given, right):
    assert RU.grade(short(answer, "Кто это был?"), given).correct is right


def test_a_keypoint_that_is_a_name_takes_the_surname():
    card = Card(id="l", section="s", kind="list", prompt="Name the two chemists of the lab.",
                answer="Harold Wexley; Margaret Oyelaran",
                keypoints=(Keypoint("Harold Wexley", ()), Keypoint("Margaret Oyelaran", ())))
    assert EN.grade(card, "Wexley and Oyelaran").correct
    assert EN.grade(card, "H. Wexley, M. Oyelaran").correct
    assert not EN.grade(card, "Wexley and Pendergast").correct  # one of the two
    assert not EN.grade(card, "Hansen and Oyelaran").correct


def test_a_point_naming_a_person_is_made_with_the_surname():
    card = Card(id="e", section="s", kind="explain", prompt="How was the salt first made?",
                answer="Harold Wexley heated the ore", keypoints=(Keypoint("Harold Wexley heated the ore", ()),))
    assert EN.grade(card, "Wexley heated the ore").correct
    assert not EN.grade(card, "Oyelaran heated the ore").correct


def test_a_blank_that_is_a_name_takes_the_surname():
    card = Card(id="z", section="s", kind="cloze", prompt="Fill in.", answer="",
                text="The salt was first made by {{Harold Wexley}}.", blanks=(("Harold Wexley",),))
    assert EN.grade(card, "Wexley").correct
    assert EN.grade(card, "H. Wexley").correct
    assert not EN.grade(card, "Oyelaran").correct
    ru = Card(id="z", section="s", kind="cloze", prompt="Заполните.", answer="",
              text="Карту составил {{Аркадий Семёнович Вережников}}.", blanks=(("Аркадий Семёнович Вережников",),))
    assert RU.grade(ru, "Вережников").correct
    assert RU.grade(ru, "Вережниковым").correct
    assert not RU.grade(ru, "Торопов").correct


def test_names_swapped_between_roles_stay_wrong():
    card = short("Harold Wexley taught Erik Hansen", "Who taught whom?")
    assert EN.grade(card, "Wexley taught Hansen").correct
    assert EN.grade(card, "H. Wexley taught E. Hansen").correct
    assert not EN.grade(card, "Hansen taught Wexley").correct


def test_no_person_without_evidence_of_one():
    """Capitalised words are no person's name unless the texts treat them as one: a place or a
    body is given whole ("Union" is not "Soviet Union" in a text that writes "trade union")."""
    grader = Grader.for_pack(pack("en", "The Soviet Union joined the trade union of states. Silicon Valley grew.",
                                  short("Soviet Union", "Which state joined?")))
    assert not grader.grade(short("Soviet Union", "Which state joined?"), "Union").correct
    assert not grader.grade(short("Silicon Valley", "Which place grew?"), "Valley").correct


def test_the_pack_aliases_come_first():
    """An alias the author gives for a spelling is never overridden by one read from the texts."""
    grader = Grader.for_pack(Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=EN_NOTES),),
                                  cards=(short("Harold Wexley"),), aliases={"Margaret Oyelaran": ("Wexley",)}))
    assert grader.grade(short("Margaret Oyelaran"), "Wexley").correct
    assert not grader.grade(short("Harold Wexley"), "Wexley").correct


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("verezhnikov", "вережников"),
    ("tolstoy", "толстой"),
    ("tolstoi", "толстой"),
    ("nikolay", "николай"),
    ("nikolai", "николай"),
    ("sergei", "сергей"),
    ("sergey", "сергей"),
    ("arkadiy", "аркадий"),
    ("arkadii", "аркадий"),
    ("zhuravsky", "журавский"),
    ("zhuravskiy", "журавский"),
    ("zhuravskii", "журавский"),
    ("tchernov", "чернов"),
    ("mayakov", "маяков"),
    ("mikhail", "михаил"),
    ("aleksei", "алексей"),
    ("shchukin", "щукин"),
])
def test_russian_names_in_latin_letters(latin, cyrillic):
    assert latin_to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Harold Wexley", "Wixley", True),  # other vowels, the same consonants: spelt by ear
    ("Margaret Oyelaran", "Oyelaren", True),
    ("Erik Hansen", "Hansan", False),  # as near Hanson as Hansen
    ("Harold Wexley", "Waxlay", True),
    ("Harold Wexley", "Wexford", False),
])
def test_a_name_spelt_by_ear(answer, given, right):
    assert EN.grade(short(answer), given).correct is right


def test_the_ending_of_a_numeral_is_no_initial():
    card = Card(id="l", section="s", kind="list", prompt="Кто каким отрядом руководил?", answer="",
                keypoints=(Keypoint("1-м отрядом руководил Вережников", ()),
                           Keypoint("2-м отрядом руководил Кравцов", ())))
    assert RU.grade(card, "1-м Вережников, 2-м Кравцов").correct
    assert RU.grade(card, "Вережников руководил 1-м, Кравцов 2-м").correct


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Семён Кравцов", "С. И. Кравцов", True),  # a patronymic the pack does not give: any initial
    ("Семён Кравцов", "И. С. Кравцов", False),  # but the first is the given name's
    ("Семёна Кравцова", "Кравцов", True),  # a card answering "кого?" in the genitive
    ("Семёна Кравцова", "Кравцову", True),
    ("Семёна Кравцова", "Кравков", False),
])
def test_initials_and_cases_the_pack_does_not_write(answer, given, right):
    assert RU.grade(short(answer, "Кого наняли проводником?"), given).correct is right


def test_a_word_opening_a_sentence_is_no_given_name():
    grader = Grader.for_pack(pack("en", "Meanwhile Wexley left. Harold Wexley made the salt. Wexley sold it.",
                                  short("Harold Wexley")))
    assert grader.grade(short("Harold Wexley"), "Wexley").correct
    assert "meanwhile wexley" not in grader.aliases.people.pairs.values()


@pytest.mark.parametrize(("prompt", "given", "right"), [
    # a surname two people share: the surname alone names neither, unless the prompt already says which one
    ("Who built the furnace?", "Pendergast", False),
    ("Who built the furnace?", "Mr Pendergast", False),
    ("What was the surname of Thomas, who built the furnace?", "Pendergast", True),
    ("Which Pendergast, Thomas or his sister, built the furnace?", "Pendergast", False),  # asks which one
    ("Which Pendergast built the furnace?", "Thomas", True),
    ("Which Pendergast built the furnace?", "Anna", False),
])
def test_a_shared_surname_and_the_prompt(prompt, given, right):
    assert EN.grade(short("Thomas Pendergast", prompt), given).correct is right


@pytest.mark.parametrize(("prompt", "given", "right"), [
    # the patronymic is not wanted when the prompt names the person by their given name or surname
    ("Как звали брата Глеба Торопова, топографа?", "Павел", True),
    ("Как звали брата Глеба Торопова, топографа?", "Глеб", False),
    ("Какую фамилию носил топограф Павел?", "Торопов", True),
    ("Кто был топографом?", "Торопов", False),  # two Тороповы
    ("Кто был топографом?", "Павел", False),  # the given name alone
])
def test_a_russian_shared_surname_and_the_prompt(prompt, given, right):
    assert RU.grade(short("Павел Андреевич Торопов", prompt), given).correct is right
