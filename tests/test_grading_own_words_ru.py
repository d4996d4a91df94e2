"""Learners' own words: forms of the language a paraphrase of a keypoint takes, one table each.

Cards on invented subjects of no pack (a salt works, a medieval abbey, a ferry line, a bakery
guild, a mineral spring...), in Russian and English. Each row says what a fair teacher would mark:
the same claim in another form passes; traps (the opposite, another thing, another figure) fail.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader()
RU = Grader(language="ru")


def short(answer: str, *accept: str, prompt: str = "What is it?") -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer, accept=accept)


def listing(*points: str, need: int | None = None, prompt: str = "Name them.") -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=need)


def explain(*points: str, need: int | None = None, prompt: str = "Why?") -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=need)


def judge(grader: Grader, card: Card, answer: str) -> bool:
    return grader.grade(card, answer).correct


# ----------------------------------------------------------------- absence said after the thing's name
# Russian puts the absent thing first as often as last ("соли не было", "денег нет"): the genitive of
# negation, after the word as before it. English says it before ("there was no salt").

FERRY = explain("у города не было парома", "река замерзала зимой", need=1, prompt="Почему торговля города шла плохо?")
ABSENCE = [
    (RU, FERRY, "у города не было парома", True),
    (RU, FERRY, "парома не было", True),
    (RU, FERRY, "парома у города не было", True),
    (RU, FERRY, "у города парома не имелось", True),
    (RU, FERRY, "парома нет", True),
    (RU, FERRY, "парома не существовало", True),
    (RU, FERRY, "у города был паром", False),  # trap: the opposite
    (RU, FERRY, "паром у города был", False),
    (RU, FERRY, "паром был, но ходил редко", False),
    (RU, FERRY, "у города был паром, а моста не было", False),  # another thing absent
    (EN, explain("the town had no ferry", need=1, prompt="Why did the town trade badly?"), "there was no ferry", True),
    (EN, explain("the town had no ferry", need=1, prompt="Why did the town trade badly?"), "the town had a ferry",
     False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), ABSENCE)
def test_absence_said_after_the_name(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right


# ----------------------------------------------------------------- a question that asks what is absent
# "Назовите не менее двух ..., которых нет у X", "Name at least two ... that X lacks": the items may be
# listed with the negation repeated ("нет ни A, ни B", "no A, no B") or without it. "Не менее двух", "no
# fewer than two" bound a figure: no negation of the question.

LACKS_RU = listing("колокольня", "трапезная", "скрипторий", need=2,
                   prompt="Назовите не менее двух построек, которых нет в малом скиту.")
LACKS_EN = listing("bell tower", "refectory", "scriptorium", need=2,
                   prompt="Name no fewer than two buildings that the small hermitage does not have.")
ABSENT_ITEMS = [
    (RU, LACKS_RU, "колокольня и трапезная", True),
    (RU, LACKS_RU, "нет ни колокольни, ни трапезной", True),
    (RU, LACKS_RU, "там нет колокольни, трапезной и скриптория", True),
    (RU, LACKS_RU, "не было ни скриптория, ни колокольни", True),
    (RU, LACKS_RU, "нет ни кельи, ни часовни", False),  # trap: other buildings
    (RU, LACKS_RU, "нет колокольни", False),  # one of two
    (EN, LACKS_EN, "bell tower and refectory", True),
    (EN, LACKS_EN, "no bell tower and no refectory", True),
    (EN, LACKS_EN, "there is neither a scriptorium nor a refectory", True),
    (EN, LACKS_EN, "no chapel and no cells", False),
    # a question that asks what there is: a negated item is the opposite
    (RU, listing("колокольня", "трапезная", need=2, prompt="Назовите не менее двух построек большого монастыря."),
     "нет ни колокольни, ни трапезной", False),
    (EN, listing("bell tower", "refectory", need=2, prompt="Name no fewer than two buildings of the abbey."),
     "no bell tower and no refectory", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), ABSENT_ITEMS)
def test_a_question_asking_what_is_absent(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right


BOUNDS = [
    (RU, "не менее трёх", False), (RU, "не более 5 км", False), (RU, "не менее важно", True),
    (RU, "не меньше, чем у соседей", True),
    (RU, "не выше 5,5", False), (RU, "не ниже 20 градусов", False), (RU, "не свыше 40", False),
    (RU, "не выше всех", True),
    (EN, "no fewer than three", False), (EN, "not more than 5 km", False), (EN, "no less important than", True),
    (EN, "no higher than 5.5", False), (EN, "not above 40", False), (EN, "not over 20 km", False),
    (EN, "not over the river", True),
]


@pytest.mark.parametrize(("grader", "text", "negated"), BOUNDS)
def test_a_bound_on_a_figure_is_no_negation(grader: Grader, text: str, negated: bool) -> None:
    assert grader.prep(text).negated() is negated


# ----------------------------------------------------------------- a verb and its noun of action
# One root said as a verb or as the noun of its action, either way round ("снабжение" / "снабжали",
# "предательство" / "предали", "делится" / "деление"; "supply" / "supplied", "betrayal" / "betrayed").

DERIVATION = [
    (RU, explain("плохое снабжение гарнизона", need=1), "гарнизон плохо снабжали", True),
    (RU, explain("гарнизон плохо снабжали", need=1), "плохое снабжение гарнизона", True),
    (RU, explain("предательство наёмников", need=1), "наёмники предали", True),
    (RU, explain("колония делится надвое", need=1), "деление колонии надвое", True),
    (RU, explain("при нагреве выделяется газ", need=1), "выделение газа при нагреве", True),
    (RU, explain("при нагреве выделение газа", need=1), "при нагреве газ выделяется", True),
    (RU, explain("не решились на штурм крепости", need=1), "так и не решились штурмовать крепость", True),
    (RU, explain("контроль над переправой", need=1), "контролировали переправу", True),
    (RU, explain("не решились на штурм крепости", need=1), "решились штурмовать крепость", False),
    (RU, explain("не решились на штурм крепости", need=1), "не решились на осаду крепости", False),
    (RU, explain("деление колонии надвое", need=1), "дело колонии надвое", False),  # trap: another word
    (RU, explain("предательство наёмников", need=1), "наёмники предложили мир", False),
    (RU, explain("снабжение гарнизона улучшилось", need=1), "снабжение гарнизона ухудшилось", False),
    (RU, explain("гарнизон плохо снабжали", need=1), "гарнизон не снабжали", False),
    (EN, explain("poor supply of the garrison", need=1), "the garrison was poorly supplied", True),
    (EN, explain("betrayal by the mercenaries", need=1), "the mercenaries betrayed them", True),
    (EN, explain("the colony divides in two", need=1), "division of the colony in two", True),
    (EN, explain("betrayal by the mercenaries", need=1), "the mercenaries were loyal", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), DERIVATION)
def test_a_verb_and_its_noun_of_action(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right


# ----------------------------------------------------------------- near-synonyms of general vocabulary
# Words any text uses, said otherwise by a learner: alike ("сходны" / "похожи"), ships ("флот" /
# "корабли"), money ("деньги" / "средства"), wanting ("хотеть" / "желать"), joining ("присоединиться" /
# "примкнуть"), a thing kept unchanged ("сохраняется" / "не меняется" / "остаётся прежним"), a marriage
# ("женитьба" / "свадьба").

WEIGHT = short("не меняется", "остаётся прежним", prompt="Как меняется вес гири при переносе в подвал?")
NEAR_SYNONYMS = [
    (RU, explain("кристаллы соли сходны по форме", need=1), "кристаллы соли похожи по форме", True),
    (RU, explain("кристаллы соли сходны по форме", need=1), "кристаллы соли подобны по форме", True),
    (RU, explain("кристаллы соли сходны по форме", need=1), "кристаллы соли различны по форме", False),
    (RU, FERRY, "у города не было судов", False),  # ships are no ferry: a ferry is one kind of ship
    (RU, explain("у гильдии не было флота", need=1), "у гильдии не было кораблей", True),
    (RU, explain("у гильдии не было флота", need=1), "у гильдии было много кораблей", False),
    (RU, explain("казне нужно было больше денег", need=1), "казне не хватало средств", True),
    (RU, explain("казне нужно было больше денег", need=1), "казна получила меньше средств", False),
    (RU, explain("пекари хотели присоединиться к гильдии", need=1), "пекари желали примкнуть к гильдии", True),
    (RU, explain("пекари хотели присоединиться к гильдии", need=1), "пекари не желали примкнуть к гильдии", False),
    (RU, explain("пекари хотели присоединиться к гильдии", need=1), "пекари желали выйти из гильдии", False),
    (RU, WEIGHT, "вес сохраняется", True),
    (RU, WEIGHT, "вес гири сохраняется неизменным", True),
    (RU, WEIGHT, "вес уменьшается", False),
    (RU, WEIGHT, "вес не сохраняется", False),
    # a thing kept, denied: it changes
    (RU, explain("в торфе сохраняются семена", need=1), "в торфе сохраняются семена", True),
    (RU, explain("в торфе сохраняются семена", need=1), "в торфе не сохраняются семена", False),
    (RU, explain("число зубцов сохраняется", need=1), "число зубцов не сохраняется", False),
    # a marriage said by its wedding
    (RU, short("женитьба", prompt="После какого события мельник переехал в город?"), "свадьба", True),
    (RU, short("женитьба", prompt="После какого события мельник переехал в город?"), "после свадьбы", True),
    (RU, short("женитьба", prompt="После какого события мельник переехал в город?"), "бракосочетание", True),
    (RU, short("женитьба", prompt="После какого события мельник переехал в город?"), "развод", False),
    (RU, short("женитьба", prompt="После какого события мельник переехал в город?"), "похороны", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), NEAR_SYNONYMS)
def test_near_synonyms_of_general_words(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right


# ----------------------------------------------------------------- chemical formulas and names of acids
# A formula typed in pieces ("h2 so4", "Fe2 O3") is the formula, with or without the pack's aliases for
# it; a subscript of another figure is another substance. Suffixes of one element's acids and salts name
# different substances: "азотная" (HNO3) is not "азотистая" (HNO2), "сернистая" not "серная"; "nitrous" is
# not "nitric", "sulfurous" not "sulfuric".

NAMED_RU = Grader({"серная кислота": ("H2SO4",), "азотистая кислота": ("HNO2",), "оксид железа": ("Fe2O3",)},
                  language="ru")
ACIDS_RU = listing("серная кислота", "азотная кислота", "соляная кислота", need=2,
                   prompt="Назовите две сильные кислоты.")
ACIDS_EN = listing("sulfuric acid", "nitric acid", "hydrochloric acid", need=2, prompt="Name two strong acids.")
FORMULAS = [
    (RU, short("H2SO4", prompt="Формула серной кислоты?"), "h2 so4", True),
    (RU, short("H2SO4", prompt="Формула серной кислоты?"), "H2SO4", True),
    (RU, short("H2SO4", prompt="Формула серной кислоты?"), "h2 so3", False),
    (EN, short("Fe2O3", prompt="The formula of rust?"), "Fe2 O3", True),
    (EN, short("Fe2O3", prompt="The formula of rust?"), "Fe3 O4", False),
    (NAMED_RU, short("серная кислота", prompt="Какая кислота в аккумуляторе?"), "h2 so4", True),
    (NAMED_RU, short("серная кислота", prompt="Какая кислота в аккумуляторе?"), "H2 SO3", False),
    (NAMED_RU, short("оксид железа", prompt="Из чего состоит ржавчина?"), "Fe2 O3", True),
    (RU, ACIDS_RU, "серная и азотная", True),
    (RU, ACIDS_RU, "азотистая и серная", False),
    (RU, ACIDS_RU, "сернистая и азотная", False),
    (RU, ACIDS_RU, "сернистая и азотистая", False),
    (NAMED_RU, ACIDS_RU, "HNO2 и H2SO4", False),
    (EN, ACIDS_EN, "sulfuric and nitric", True),
    (EN, ACIDS_EN, "sulfurous and nitrous", False),
    (EN, ACIDS_EN, "sulfurous and nitric", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), FORMULAS)
def test_formulas_and_acids(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right


# ----------------------------------------------------------------- what an answer asserts
# "Вместо X (там) Y", "instead of X, Y" assert Y, as "Y вместо X" and "Y instead of X" do; a negation in a
# clause that describes the answer ("Y, который перестали созывать", "Y, which no one used") is that
# clause's own, not a denial of Y.

SPRING = short("кальций", "ионы кальция", prompt="Какой ион в воде источника заменяет магний?")
SPRING_EN = short("calcium", prompt="Which ion takes the place of magnesium in the spring water?")
COUNCIL = short("городской совет", prompt="Какой прежний орган заменила новая палата?")
COUNCIL_EN = short("the town council", prompt="Which older body did the new chamber replace?")
ASSERTED = [
    (RU, SPRING, "вместо магния там кальций", True),
    (RU, SPRING, "вместо магния, кальций", True),
    (RU, SPRING, "кальций вместо магния", True),
    (RU, SPRING, "вместо кальция там магний", False),  # trap: turned round
    (RU, SPRING, "вместо магния натрий", False),
    (EN, SPRING_EN, "instead of magnesium, calcium", True),
    (EN, SPRING_EN, "instead of calcium, magnesium", False),
    (RU, COUNCIL, "городской совет, который перестали созывать", True),
    (RU, COUNCIL, "городской совет, который больше не собирался", True),
    (RU, COUNCIL, "городской совет, который не созывали", True),
    (RU, COUNCIL, "сельский сход, который не созывали", False),  # trap: another body
    (RU, COUNCIL, "не городской совет", False),
    (EN, COUNCIL_EN, "the town council, which no longer met", True),
    (EN, COUNCIL_EN, "the guild court, which no longer met", False),
    (EN, COUNCIL_EN, "not the town council", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), ASSERTED)
def test_what_an_answer_asserts(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right


# ----------------------------------------------------------------- a point that says a year
# A point made in the learner's words without its year ("закрылась") is made; with another year in the
# same clause ("закрылась в 1871 году" for 1861) it is not. A year said of something else is no matter.

MINE = Card(id="m", section="s", kind="explain", prompt="Почему соляная копь не дала соли к ярмарке?",
            answer="копь закрылась в 1861 году",
            keypoints=(Keypoint("копь закрылась в 1861 году, до ярмарки", ("закрылась", "закрыли")),), need=1)
MINE_EN = Card(id="m", section="s", kind="explain", prompt="Why did the salt mine send no salt to the fair?",
               answer="the mine closed in 1861",
               keypoints=(Keypoint("the mine closed in 1861, before the fair", ("closed", "shut down")),), need=1)
YEARS = [
    (RU, MINE, "её закрыли", True),
    (RU, MINE, "копь закрылась в 1861 году", True),
    (RU, MINE, "копь закрылась, а ярмарку открыли в 1863 году", True),
    (RU, MINE, "копь закрылась в 1871 году", False),  # trap: another year
    (RU, MINE, "её закрыли в 1851", False),
    (EN, MINE_EN, "it was shut down", True),
    (EN, MINE_EN, "it closed in 1861", True),
    (EN, MINE_EN, "it closed in 1871", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), YEARS)
def test_a_point_that_says_a_year(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right


# ----------------------------------------------------------------- an equality is no comparison
# "Поровну", "равны", "одинаково", "equal": one side "больше"/"меньше", "more"/"less" than the other says
# the opposite, in the clause that makes the point (a comparison of something else stays apart).

SCALES = Card(id="w", section="s", kind="explain", prompt="Почему весы в равновесии?",
              answer="на весах равное количество зерна и соли", need=1,
              keypoints=(Keypoint("на весах остаётся равное количество зерна и соли", ("поровну", "одинаково")),))
SCALES_EN = explain("the pans hold an equal amount of grain and salt", need=1, prompt="Why do the scales balance?")
EQUALITY = [
    (RU, SCALES, "зерна и соли на весах поровну", True),
    (RU, SCALES, "количество зерна и соли на весах равно", True),
    (RU, SCALES, "зерна на весах больше, чем соли", False),  # trap: a comparison
    (RU, SCALES, "соли на весах меньше, чем зерна", False),
    (RU, SCALES, "зерна и соли на весах одинаково, хотя мешок больше", True),
    (EN, SCALES_EN, "the pans hold an equal amount of grain and salt", True),
    (EN, SCALES_EN, "the pans hold more grain than salt", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), EQUALITY)
def test_an_equality_is_no_comparison(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right


# ----------------------------------------------------------------- an aim of stopping said as a purpose
# "Сорвать открытие ярмарки" is "чтобы ярмарку не открыли", "чтобы ярмарка так и не была открыта";
# "to block the opening of the fair" is "so that the fair was not opened". The purpose without its
# negation is the opposite aim.

FAIR = explain("сорвать открытие ярмарки", need=1, prompt="Зачем купцы подожгли склады?")
FAIR_EN = explain("to block the opening of the fair", need=1, prompt="Why did the merchants burn the stores?")
AIMS = [
    (RU, FAIR, "чтобы ярмарку не открыли", True),
    (RU, FAIR, "чтобы ярмарка так и не была открыта", True),
    (RU, FAIR, "они хотели сорвать открытие ярмарки", True),
    (RU, FAIR, "чтобы ярмарку открыли", False),  # trap: the opposite aim
    (RU, FAIR, "чтобы ярмарку открыли раньше", False),
    (RU, FAIR, "чтобы склады не достались врагу", False),  # another aim
    (EN, FAIR_EN, "so that the fair was not opened", True),
    (EN, FAIR_EN, "so that the fair opened", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), AIMS)
def test_an_aim_of_stopping_said_as_a_purpose(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right


# ----------------------------------------------------------------- a thing that does something to itself
# "Самоочищается" is "очищает сама себя", "сама себя очищает"; "очищается водой" is not.

SPRING_CLEAN = explain("вода в источнике самоочищается", need=1, prompt="Почему вода в источнике чистая?")
ITSELF = [
    (RU, SPRING_CLEAN, "вода в источнике очищает сама себя", True),
    (RU, SPRING_CLEAN, "вода в источнике сама себя очищает", True),
    (RU, SPRING_CLEAN, "вода в источнике самоочищается", True),
    (RU, SPRING_CLEAN, "вода в источнике очищается фильтрами", False),  # trap: cleaned by something else
    (RU, SPRING_CLEAN, "вода в источнике не очищает сама себя", False),
    (RU, explain("горшечник сам себе хозяин", need=1), "горшечник сам себе хозяин", True),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), ITSELF)
def test_a_thing_that_does_something_to_itself(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right


# ----------------------------------------------------------------- a part said as "not whole"
# "Частично" is "не полностью", "не до конца"; "partially" is "not completely", "not fully". "Полностью"
# and "частично" are opposites.

SALT = explain("соль растворяется частично", need=1, prompt="Что происходит с солью в холодной воде?")
SALT_ALL = explain("соль растворяется полностью", need=1, prompt="Что происходит с солью в горячей воде?")
SALT_EN = explain("the salt dissolves partially", need=1, prompt="What happens to the salt in cold water?")
PARTS = [
    (RU, SALT, "соль растворяется не полностью", True),
    (RU, SALT, "соль растворяется не до конца", True),
    (RU, SALT, "соль растворяется полностью", False),  # trap: the opposite
    (RU, SALT_ALL, "соль растворяется не полностью", False),
    (RU, SALT_ALL, "соль растворяется частично", False),
    (EN, SALT_EN, "the salt dissolves not completely", True),
    (EN, SALT_EN, "the salt dissolves completely", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), PARTS)
def test_a_part_said_as_not_whole(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right


# ----------------------------------------------------------------- how often, in one word or by "каждый"
# "ежегодно" is "каждый год", "ежедневно" "каждый день" (and "ежегодная" its adjective); another span stays wrong.
FAIR = explain("ярмарку в посаде проводили ежегодно", prompt="Как часто проводили ярмарку?")
BREAD = explain("пекари каждый день выпекали хлеб", prompt="Что известно о пекарне?")
HOW_OFTEN = [
    (RU, FAIR, "ярмарку в посаде проводили каждый год", True),
    (RU, FAIR, "в посаде была ежегодная ярмарка", True),
    (RU, FAIR, "ярмарку в посаде проводили каждый месяц", False),
    (RU, FAIR, "ярмарку в посаде проводили каждые четыре года", False),
    (RU, BREAD, "пекари ежедневно выпекали хлеб", True),
    (RU, BREAD, "пекари еженедельно выпекали хлеб", False),
    (RU, BREAD, "пекари ежедневно продавали хлеб", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), HOW_OFTEN)
def test_how_often_in_one_word(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert judge(grader, card, given) is right
