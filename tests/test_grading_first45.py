"""First answers of round 45, on invented cards (a salt market, a mill, a ferry line, a harbour's log): the classes
found on the packs promoted that round, each with its traps beside it.

- A numeric card whose answer bounds its figure ("by more than 90%", "более чем на 90%"), asked how much a thing
  fell: the bound's "more" is no rise, so a fall of that size is right and a rise of it is the other way round.
- A date typed with an English month in a Russian pack ("July 11, 1890"), or with a Russian month before its day
  ("декабря 23, 1917"), is that day; another day or month stays wrong.
- An order card answered by the items' numbers with a note after them ("1 2 3 4 - all in order", "1 2 3 (по
  годам)") is read by its numbers; a note that gives figures of its own may correct them and is not read so.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, NumberSpec

EN, RU = Grader(), Grader(language="ru")


def numeric(value: float, answer: str, prompt: str) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=answer,
                number=NumberSpec(value, "%", 0.0, False))


SALT = numeric(90, "by more than 90%", "By how much did the price of salt fall after the war?")
SALT_EXACT = numeric(90, "by 90%", "By how much did the price of salt fall after the war?")
HARVEST = numeric(40, "by more than 40%", "By how much did the harvest grow that year?")
MILL = numeric(90, "более чем на 90%", "На сколько упала цена помола после постройки мельницы?")

BOUNDS = [
    (EN, SALT, "it fell by 90%", True),
    (EN, SALT, "fell by more than 90%", True),
    (EN, SALT, "dropped by over 90%", True),
    (EN, SALT, "more than 90%", True),
    (EN, SALT, "90%", True),
    (EN, SALT, "it rose by 90%", False),  # trap: the other way round
    (EN, SALT, "went up by more than 90%", False),
    (EN, SALT, "increased by over 90%", False),
    (EN, SALT, "it did not fall by 90%", False),  # trap: denied
    (EN, SALT, "fell by 9%", False),  # trap: another figure
    (EN, SALT_EXACT, "over 90%", True),  # a hedge on the figure, no rise
    (EN, SALT_EXACT, "fell by over 90%", True),
    (EN, SALT_EXACT, "rose by over 90%", False),
    (EN, HARVEST, "grew by 40%", True),
    (EN, HARVEST, "rose by more than 40%", True),
    (EN, HARVEST, "it fell by 40%", False),
    (EN, HARVEST, "fell by more than 40%", False),
    (RU, MILL, "упала на 90%", True),
    (RU, MILL, "упала более чем на 90%", True),
    (RU, MILL, "более чем на 90%", True),
    (RU, MILL, "выросла на 90%", False),
    (RU, MILL, "выросла более чем на 90%", False),
    (RU, MILL, "упала на 50%", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), BOUNDS)
def test_a_bound_is_no_direction(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right


FERRY = Card(id="d", section="s", kind="date", prompt="Когда паром впервые пересёк пролив?", answer="11 июля 1890 года",
             date="1890-07-11", precision="day")
DECREE = Card(id="d", section="s", kind="date", prompt="Когда вышел указ о гавани?", answer="23 декабря 1917 года",
              date="1917-12-23", precision="day")

DATES = [
    (FERRY, "July 11, 1890", True),
    (FERRY, "11 July 1890", True),
    (FERRY, "июля 11, 1890", True),
    (FERRY, "11 июля 1890", True),
    (FERRY, "June 11, 1890", False),  # trap: another month
    (FERRY, "July 12, 1890", False),  # trap: another day
    (FERRY, "July 1890", False),  # the day is asked for
    (DECREE, "декабря 23, 1917", True),
    (DECREE, "декабрь 23 1917", True),
    (DECREE, "December 23, 1917", True),
    (DECREE, "декабря 24, 1917", False),
    (DECREE, "ноября 23, 1917", False),
    (DECREE, "декабря 23, 1918", False),
]


@pytest.mark.parametrize(("card", "given", "right"), DATES)
def test_dates_with_the_month_first_or_in_english(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right


def test_a_month_alone_is_no_day_after_it() -> None:
    """A Russian month before a figure that is no day of a date ("мая 5 лет назад") is read as before."""
    assert [(d.year, d.month, d.day) for d in RU.prep("в декабре 1917 года 5 человек").dates] == [(1917, 12, None)]


LOG = Card(id="o", section="s", kind="order", prompt="Put the harbour's works in order.", answer="",
           items=("the mole was built", "the lighthouse was lit", "the dock was dug", "the crane was raised"))
ЛОГ = Card(id="o", section="s", kind="order", prompt="Расположите работы в гавани по порядку.", answer="",
           items=("построили мол", "зажгли маяк", "вырыли док"))

ORDERS = [
    (EN, LOG, "1 2 3 4 - all in order", True),
    (EN, LOG, "1, 2, 3, 4 (the mole came first)", True),
    (EN, LOG, "1 2 3 4: as listed", True),
    (EN, LOG, "2 1 3 4 - the light first", False),  # trap: another order
    (EN, LOG, "1 2 3 - the rest later", False),  # trap: an item missing
    (EN, LOG, "1 2 3 4 (or maybe 2 1 3 4)", False),  # a note with figures of its own is no note
    (RU, ЛОГ, "1 2 3 — всё по порядку", True),
    (RU, ЛОГ, "1 2 3 (мол первый)", True),
    (RU, ЛОГ, "3 2 1 (мол последний)", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), ORDERS)
def test_order_numbers_with_a_note(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given, shown=card.items).correct is right


def choice(prompt: str, answer: str, *options: str) -> Card:
    return Card(id="c", section="s", kind="choice", prompt=prompt, answer=answer, options=options)


BOATMEN = choice("Who objected to closing the ferry?", "both boatmen",
                 "both boatmen", "only Hale", "only Dorn", "neither of them")
ЛОДОЧНИКИ = choice("Кто из лодочников возражал против закрытия переправы?", "оба лодочника",
                   "оба лодочника", "только Хейл", "только Дорн", "ни один из них")
ROUTE = choice("Как впервые прошёл маршрут паром «Ладога»?", "из Выборга в Кемь",
               "из Выборга в Кемь", "из Кеми в Выборг", "из Кеми в Онегу")
CROSSING = choice("Which way did the first ferry run?", "from Hull to Goole",
                  "from Hull to Goole", "from Goole to Hull", "from Goole to York")

CHOICES = [
    (EN, BOATMEN, "Hale and Dorn", True),
    (EN, BOATMEN, "both Hale and Dorn", True),
    (EN, BOATMEN, "both", True),
    (EN, BOATMEN, "Hale", False),  # trap: one of the two
    (EN, BOATMEN, "Hale but not Dorn", False),  # trap: one denied
    (EN, BOATMEN, "neither Hale nor Dorn", False),  # trap: both denied
    (RU, ЛОДОЧНИКИ, "и Хейл, и Дорн", True),
    (RU, ЛОДОЧНИКИ, "Хейл и Дорн", True),
    (RU, ЛОДОЧНИКИ, "Хейл", False),
    (RU, ЛОДОЧНИКИ, "Хейл, но не Дорн", False),
    (RU, ЛОДОЧНИКИ, "ни Хейл, ни Дорн", False),
    (RU, ROUTE, "с запада на восток: из Выборга в Кемь", True),
    (RU, ROUTE, "из Выборга в Кемь, с запада на восток", True),
    (RU, ROUTE, "с запада на восток: из Кеми в Выборг", False),  # trap: the other option after the heading
    (RU, ROUTE, "из Кеми в Выборг: из Выборга в Кемь", False),  # trap: a heading that picks another option
    (EN, CROSSING, "westwards: from Hull to Goole", True),
    (EN, CROSSING, "westwards: from Goole to Hull", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), CHOICES)
def test_choices_named_otherwise(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right


LETTER = Card(id="n", section="s", kind="numeric", prompt="Какое число обозначала эта буква в старом счёте?",
              answer="10", number=NumberSpec(10, "", 0.0, False))
TEAM = Card(id="n", section="s", kind="numeric", prompt="Сколько лошадей везли почтовые сани?", answer="3",
            number=NumberSpec(3, "", 0.0, False))

NUMBER_NOUNS = [
    (LETTER, "десятку", True),
    (LETTER, "десятка", True),
    (LETTER, "около десятка", True),
    (LETTER, "девятку", False),  # trap: another figure
    (TEAM, "тройка", True),
    (TEAM, "четвёрка", False),
    (TEAM, "пару", False),
]


@pytest.mark.parametrize(("card", "given", "right"), NUMBER_NOUNS)
def test_a_figure_said_by_its_noun(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right


def points(*said: str, prompt: str) -> Card:
    from studybot.core.packs import Keypoint
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer="; ".join(said),
                keypoints=tuple(Keypoint(p, ()) for p in said))


HEDGES = points("they reduce evaporation", "they reduce soil erosion", prompt="What do the hedges do to the fields?")
ЛЕСОПОЛОСЫ = points("снижают испарение", "снижают смыв почвы", prompt="Что делают лесополосы на полях?")

SHARED = [
    (EN, HEDGES, "they reduce evaporation and soil erosion", True),
    (EN, HEDGES, "reduce evaporation of water and erosion of the soil", True),
    (EN, HEDGES, "they reduce evaporation and soil erosion increases", False),  # trap: its own direction
    (EN, HEDGES, "they reduce evaporation and not soil erosion", False),  # trap: denied
    (EN, HEDGES, "they reduce evaporation and soil erosion does not change", False),  # trap: its own verb
    (EN, HEDGES, "they increase evaporation and soil erosion", False),  # trap: the other way, shared
    (RU, ЛЕСОПОЛОСЫ, "снижают испарение и смыв почвы", True),
    (RU, ЛЕСОПОЛОСЫ, "снижают испарение влаги и смыв почвы", True),
    (RU, ЛЕСОПОЛОСЫ, "снижают испарение и увеличивают смыв почвы", False),
    (RU, ЛЕСОПОЛОСЫ, "снижают испарение, но не смыв почвы", False),
    (RU, ЛЕСОПОЛОСЫ, "снижают испарение и смыв почвы не меняется", False),
    (RU, ЛЕСОПОЛОСЫ, "повышают испарение и смыв почвы", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), SHARED)
def test_a_verb_of_direction_shared_by_two_objects(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right


DRAINS = choice("Why does heavy rain make the old drains spill into the river?",
                "it is a combined system that carries rain and sewage in the same pipes",
                "it is a combined system that carries rain and sewage in the same pipes",
                "the pipes were made too small in the 1860s", "the cement has cracked",
                "the pumping stations were closed in the 1950s")
ЛИВНЁВКА = choice("Почему после ливня старая канализация сбрасывает стоки в реку?",
                  "дождевая вода и стоки идут по одним и тем же трубам",
                  "дождевая вода и стоки идут по одним и тем же трубам", "трубы сделали слишком узкими в 1860-х",
                  "цемент потрескался", "насосные станции закрыли в 1950-х")

REASONS = [
    (EN, DRAINS, "because rain and sewage go through the same pipes", True),
    (EN, DRAINS, "since rain and sewage go through the same pipes", True),
    (EN, DRAINS, "because the pipes were made too small", False),  # trap: another option
    (EN, DRAINS, "because", False),
    (RU, ЛИВНЁВКА, "потому что дождь и стоки текут по тем же трубам", True),
    (RU, ЛИВНЁВКА, "потому что трубы слишком узкие", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), REASONS)
def test_a_choice_given_as_a_reason(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right


def test_a_known_mistake_with_a_figure_is_one_sentence() -> None:
    """A known mistake with a figure is one claim: its words spread over two sentences make none ("He compared A and
    B; B's customers died 6 times as often" is not the mistake "A's customers died six times as often")."""
    from studybot.core.packs import Keypoint, Mistake
    card = Card(id="e", section="s", kind="explain", prompt="What did the survey of the two water firms show?",
                answer="Northgate customers died six times as often as Eastbrook customers",
                keypoints=(Keypoint("Northgate customers died six times as often as Eastbrook customers", ()),),
                mistakes=(Mistake(("Eastbrook customers died six times as often",), "No."),))
    assert EN.grade(card, "He compared the Eastbrook firm and the Northgate firm; Northgate customers died about 6 "
                          "times as often").correct
    assert EN.grade(card, "He compared Eastbrook and Northgate. Northgate customers died 6 times as often").correct
    for wrong in ("Eastbrook customers died 6 times as often", "He compared the firms; Eastbrook customers died 6 "
                  "times as often", "Eastbrook customers died 6.0 times as often"):
        assert not EN.grade(card, wrong).correct


def test_a_mistake_a_right_wording_makes_whole_only_explains() -> None:
    """A mistake's words that a right wording makes across its sentences ("1-я ... Дорн" in "1-я — Хейл; 2-я — Дорн")
    only explain a wrong answer, as before the sentences were read apart: a right answer that says them so is right."""
    card = Card(id="b", section="s", kind="short", prompt="Кто командовал бригадами?",
                answer="1-я бригада — Хейл; 2-я бригада — Дорн", mistakes=(Mistake(("1-я Дорн",), "Перепутаны."),))
    assert RU.grade(card, "1 бригада Хейл, 2 бригада Дорн").correct


def _match_points(language: str) -> Card:
    from studybot.core.packs import Keypoint
    if language == "ru":
        return Card(id="e", section="s", kind="explain", prompt="Почему Хейл проиграл так много партий в начале матча?",
                    answer="Хейл играл слишком рискованно; Дорн наказывал за неточности", need=1,
                    keypoints=(Keypoint("Хейл играл слишком рискованно",
                                        ("играл рискованно", "слишком много рисковал")),
                               Keypoint("Дорн наказывал за неточности", ("Дорн наказывал за ошибки",))))
    return Card(id="e", section="s", kind="explain", prompt="Why did Hale lose so many games early in the match?",
                answer="Hale played too riskily; Dorn punished every slip", need=1,
                keypoints=(Keypoint("Hale played too riskily", ("played riskily", "took too many risks")),
                           Keypoint("Dorn punished every slip", ("Dorn punished his mistakes",))))


DOERS = [
    (EN, "en", "Dorn played riskily", False),  # trap: the other player's
    (EN, "en", "he played riskily", True),
    (EN, "en", "Hale played riskily", True),
    (RU, "ru", "Дорн играл рискованно", False),  # trap: the other player's
    (RU, "ru", "Дорн слишком много рисковал", False),
    (RU, "ru", "он играл рискованно", True),
    (RU, "ru", "Хейл играл рискованно", True),
    (RU, "ru", "рискованно играл Хейл", True),
    (RU, "ru", "Дорна обыграл рискованно игравший Хейл", True),  # the other player, not in the subject's form
]


@pytest.mark.parametrize(("grader", "language", "given", "right"), DOERS)
def test_a_point_given_to_the_other_doer(grader: Grader, language: str, given: str, right: bool) -> None:
    assert grader.grade(_match_points(language), given).correct is right


def test_names_of_things_opening_with_an_adjective_are_no_doers() -> None:
    """Points that are names of things ("Синее озеро", "Северо-Западное озеро") said in one breath, no comma between
    them, are each made: their adjectives are no doers taking the others' points ("северозападное", written as one
    word, was taken by "синее" before it; the merge of round 45 refused such a list)."""
    from studybot.core.packs import Keypoint
    card = Card(id="l", section="s", kind="list", prompt="Назовите три озера заповедника.",
                answer="Синее озеро, Северо-Западное озеро, Круглое озеро", need=3,
                keypoints=(Keypoint("Синее озеро"), Keypoint("Северо-Западное озеро"), Keypoint("Круглое озеро")))
    assert RU.grade(card, "синее северозападное круглое").correct
    assert RU.grade(card, "Синее, Северо-Западное и Круглое").correct
    assert not RU.grade(card, "синее северозападное белое").correct


def _by_stages(language: str) -> Card:
    from studybot.core.packs import Keypoint
    if language == "ru":
        return Card(id="e", section="s", kind="explain", prompt="Как собирались вводить новый устав?",
                    answer="постепенно", keypoints=(Keypoint("постепенно, начиная с гимназий",
                                                            ("сначала в гимназиях", "только в гимназиях")),))
    return Card(id="e", section="s", kind="explain", prompt="How was the new rule brought in?", answer="gradually",
                keypoints=(Keypoint("gradually, starting with the grammar schools",
                                    ("first in the grammar schools", "gradually")),))


STAGES = [
    (RU, "ru", "ввели в гимназиях сразу во всех классах", False),  # trap: all at once
    (RU, "ru", "ввели в гимназиях одновременно во всех классах", False),
    (RU, "ru", "в гимназиях", True),
    (RU, "ru", "постепенно, с гимназий", True),
    (EN, "en", "immediately, starting with the grammar schools", False),
    (EN, "en", "gradually, from the grammar schools", True),
    (EN, "en", "gradually, not immediately", True),
]


@pytest.mark.parametrize(("grader", "language", "given", "right"), STAGES)
def test_at_once_is_not_by_stages(grader: Grader, language: str, given: str, right: bool) -> None:
    assert grader.grade(_by_stages(language), given).correct is right


YEAR = Card(id="d", section="s", kind="date", prompt="В каком году мост открыли для пешеходов?", answer="в 1993 году",
            date="1993", precision="year")


@pytest.mark.parametrize(("given", "right"), [
    ("93-й", True),  # the year by its last two digits, as an ordinal, the whole answer
    ("93-й год", True),
    ("в 93-м", True),
    ("92-й", False),  # trap: another year
    ("3-й", False),
])
def test_a_year_said_by_its_ordinal_alone(given: str, right: bool) -> None:
    assert RU.grade(YEAR, given).correct is right


def _abbey() -> tuple[Grader, Card]:
    """A pack that names its founder by aliases, as packs name people."""
    from studybot.core.packs import Pack, Section
    card = Card(id="c", section="s", kind="short", prompt="Who founded the abbey at Kell in 1104?",
                answer="Rudolf II of Brenna")
    pack = Pack(id="p", title="p", language="en", cards=(card,), aliases={"Rudolf II of Brenna": ("Rudolf II",)},
                sections=(Section(id="s", title="Notes", notes="The abbey was founded by Count Rudolf II of Brenna."),))
    return Grader.for_pack(pack), card


@pytest.mark.parametrize(("given", "right"), [
    ("Rudolf the Second", True),  # a ruler's number said as an ordinal
    ("Rudolf the second", True),
    ("Rudolf the Second of Brenna", True),
    ("Rudolf II", True),
    ("Rudolf the Third", False),  # trap: another number
    ("Rudolf III", False),
])
def test_a_rulers_number_said_as_an_ordinal(given: str, right: bool) -> None:
    grader, card = _abbey()
    assert grader.grade(card, given).correct is right


def test_an_ordinal_that_numbers_no_ruler() -> None:
    from studybot.core.roman import roman_to_digits
    assert roman_to_digits("Rome the second city") == "Rome the second city"
    assert roman_to_digits("the Second World War") == "the Second World War"
