"""How a text defines or introduces a term or a person, and how a learner asks what it is, in English
and Russian: one table per language, on notes of our own (a salt town, a glass works, a print shop).

The forms of a definition: "X is a Y", "X, a Y, ...", "a Y, the X" (the term after its description),
"X (a Y)", "Y, called X", "the so-called X", "Y is termed X", "X, which ...", "X means / refers to ...",
"by X we mean ...", "...: this is X", "X, or Y, ..." (another name); "X — это Y", "X — Y", "X является Y", "Xой
называется Y", "Y называют Xом", "так называемая X", "X (Y)", "X, то есть Y", "под X понимают Y",
"X — так называли Y", "X, или Y", "слово X означает Y"; a person by a role or an appositive ("Hawise
Brenner, a widow from Lindau ...", "приказчик Семён Рябов") or a patronymic in any case ("назначил
управляющим Петра Ильича Сомова"). The questions: "what is / are / was /
were X?", "who is X?", "what does X mean / refer to?", "what is meant by X?", "define X", "what is the
definition of X?", "what does the term X mean?", "X?"; "что такое X?", "кто такой / такие X?", "что
означает X?", "что называют Xом?", "что понимают под Xом?", "дайте определение X".

Traps: a copula that says what was done to X is no definition ("The tallage was collected every
spring", "Вёрстка была закончена"), while "X is defined as" is; a sentence that mentions X before the
one that introduces it; "who were the walkers?" asks what a walker is, not for a name.
"""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

SALT = """\
Varnholm grew rich on salt from the twelfth century.
The town's wealth rested on brine, a salty water that rose from springs under the market square.
Brine was boiled in lead pans until only the salt remained.
The boiling houses, or wich-houses, stood along the river.
Each wich-house was worked by a walker, the master who owned the right to boil.
The walkers paid the lord a tax on every load, called the ladegeld.
The ladegeld was raised twice during the wars.
Merchants hated the ladegeld and smuggled salt past the gates.
Cheap salt from the coast, the so-called bay salt, ruined the trade after 1500.
Bay salt was carried inland on barges.
Walkers also paid pannage (a fee for each pan in use) to the abbey.
The abbey collected pannage at Easter.
In 1520 the council issued a new copper coin, the salzpfennig.
The salzpfennig soon lost half its value.
Six seethings were allowed each week.
A seething refers to one boiling of a pan, about twelve hours of work.
Every wich was counted in the survey of 1530.
By a wich the records mean a whole works with its pans and sheds.
The tallage was collected every spring.
The tallage, a tax the lord could levy at will, fell hardest on the poor.
Two wardens were chosen every year; they were the officers who inspected the pans.
Usury was punished by the guild.
Usury was defined as lending at more than five percent a year.
Letters by Mott, Greer and Brenner describe the town.
Hawise Brenner, a widow from Lindau and the richest walker of her day, bought six houses in 1431.
Brenner was fined in 1436 for selling short loads.
In 1440 Brenner left the town.
The salter Jakob Ulm kept the accounts of the abbey.
Ulm was arrested in 1460.
"""

GLASS = """\
Glassmakers melted sand with a flux, a substance that lowers the melting point of the sand.
Potash, the ash of burnt ferns and beech wood, was the usual flux in the north.
The furnace master added cullet to every batch.
Cullet refers to broken glass that is melted again with the new batch.
A batch is the mixture of sand, flux and cullet loaded into the pot.
Annealing took place in a second oven, the lehr.
By annealing we mean cooling the glass slowly so that it does not crack.
A gather (a blob of molten glass on the end of the pipe) was blown into a bubble.
The gather was rolled on a marble slab.
Crown glass, the window glass of the period, was spun into a flat disc.
Crown glass is thin and slightly blue.
Glass that contains lead is termed crystal.
Crystal was cut into goblets and chandeliers.
Seeds are tiny bubbles trapped in the glass.
A glass with many seeds was sold cheaply.
Devitrification means that the glass turns cloudy as crystals grow in it.
Old panes were rubbed with wet sand and felt until they shone again: this is the smoothing.
The smoothing of one pane took a whole day.
Ambrose Kettle, a glazier from Bristol and the first master of the works, built the furnace in 1612.
The works employed twelve men.
Kettle sold the works in 1630.
In 1631 Kettle was sued by his partners.
The chemist Lena Brandt later analysed the old glass.
Brandt found lead in most pieces.
"""

PRINT = """\
Типография стояла на берегу реки.
Письма Лукиной и Сомова хранятся в архиве.
Наборщик — это рабочий, который собирает текст из отдельных литер.
Литеры (металлические буквы) отливали из сплава свинца и олова.
Литеры хранили в кассах.
Кассой называется ящик с ячейками для литер.
Кассы стояли у окон.
Длинный оттиск набранного текста называют гранкой.
Гранку читал корректор.
Так называемая марашка портила лист.
Марашка — грязное пятно на оттиске.
Шпоны — так называли тонкие пластинки между строками.
Шпоны были вырезаны из меди.
Вёрстка была закончена к осени.
Под вёрсткой понимают разбивку набора на страницы.
Пробный лист был напечатан в мае.
Пробный лист, то есть первый оттиск страницы, отправляли автору.
Тискальщиков было шестеро.
Тискальщик, или печатник у станка, работал стоя.
Слово «кустодия» означает подпись под последней строкой страницы.
Фёдор Кожин, купец из Вологды и владелец типографии, купил станок в 1701 году.
Кожин разорился в 1712 году.
В 1715 году Кожина арестовали.
Приказчик Семён Рябов вёл счета типографии.
Рябов умер в 1720 году.
В 1716 году Кожин назначил управляющим своего племянника Петра Ильича Сомова.
Сомову было сорок лет; он был учеником Рябова.
Позже Сомов женился на дочери Анны Петровны Лукиной.
"""

ENGLISH = [
    # X, a Y, ... ; X is a Y ; X are Y ; X, the Y, ...
    ("salt", "What is brine?", "a salty water"),
    ("glass", "What is a flux?", "lowers the melting point"),
    ("glass", "What is a batch?", "the mixture of sand"),
    ("glass", "What are seeds?", "tiny bubbles"),
    ("glass", "What is potash?", "the ash of burnt ferns"),
    ("glass", "What was crown glass?", "the window glass of the period"),  # its introduction, not "is thin"
    # X, or Y, ... : another name
    ("salt", "What were the wich-houses?", "boiling houses"),
    # a walker, the master who ... ; "who were the walkers?" asks what they were
    ("salt", "What is a walker?", "the master who owned"),
    ("salt", "Who were the walkers?", "the master who owned"),
    # Y, called X ; the so-called X ; Y is termed X
    ("salt", "What was the ladegeld?", "tax on every load"),
    ("salt", "What does ladegeld mean?", "tax on every load"),
    ("salt", "Ladegeld?", "tax on every load"),
    ("salt", "What is bay salt?", "Cheap salt from the coast"),
    ("glass", "What is crystal?", "contains lead"),
    # X (a Y)
    ("salt", "What was pannage?", "a fee for each pan"),
    ("glass", "What is a gather?", "a blob of molten glass"),
    # a Y, the X: the term after its description
    ("salt", "What was the salzpfennig?", "a new copper coin"),
    ("glass", "What is the lehr?", "a second oven"),
    # X refers to / means ; by X we mean
    ("glass", "What is the smoothing?", "rubbed with wet sand"),  # "...: this is X" names what it told
    ("salt", "What is a seething?", "one boiling of a pan"),  # not "Six seethings were allowed", said first
    ("glass", "What is cullet?", "broken glass"),  # not the batch it goes into, said first
    ("glass", "What does cullet refer to?", "broken glass"),
    ("glass", "What is devitrification?", "turns cloudy"),
    ("salt", "What was a wich?", "a whole works"),  # not "Every wich was counted", said first
    ("salt", "What is meant by a wich?", "a whole works"),
    ("glass", "What is annealing?", "cooling the glass slowly"),  # not where it took place, said first
    ("glass", "What does annealing mean?", "cooling the glass slowly"),
    ("glass", "What do we mean by annealing?", "cooling the glass slowly"),
    # what was done to X is no definition; "defined as" is one; "they were" defines the subject before
    ("salt", "What was the tallage?", "a tax the lord could levy"),
    ("salt", "What is usury?", "lending at more than five percent"),
    ("salt", "What were the wardens?", "the officers who inspected"),
    # how else a learner asks
    ("glass", "Define cullet.", "broken glass"),
    ("glass", "What is the definition of annealing?", "cooling the glass slowly"),
    ("glass", "What is the meaning of devitrification?", "turns cloudy"),
    ("glass", "What does the term devitrification mean?", "turns cloudy"),
    ("salt", "what's the salzpfennig", "a new copper coin"),
    ("salt", "What was the name of the new copper coin?", "salzpfennig"),  # "the name of" is no frame
    # people: introduced with a role or an appositive, over their other mentions (and a list that names them first)
    ("salt", "Who was Hawise Brenner?", "a widow from Lindau"),
    ("salt", "Who was Brenner?", "a widow from Lindau"),
    ("salt", "who is Hawise Brener?", "a widow from Lindau"),  # misspelt
    ("salt", "Who was Jakob Ulm?", "The salter"),
    ("salt", "who was Ulm", "The salter"),
    ("glass", "Who was Ambrose Kettle?", "a glazier from Bristol"),
    ("glass", "Who is Kettel?", "a glazier from Bristol"),
    ("glass", "Who was Lena Brandt?", "The chemist"),
]

RUSSIAN = [
    ("Кто такой наборщик?", "собирает текст"),  # X — это Y; a kind of person, not a name
    ("Что такое литеры?", "металлические буквы"),  # X (Y)
    ("Что такое касса?", "ящик с ячейками"),  # Xой называется Y
    ("Что называется кассой?", "ящик с ячейками"),
    ("Что такое гранка?", "Длинный оттиск"),  # Y называют Xой
    ("Что называют гранкой?", "Длинный оттиск"),
    ("Что такое марашка?", "грязное пятно"),  # X — Y, after "так называемая X"
    ("Что означает марашка?", "грязное пятно"),
    ("Что такое шпоны?", "тонкие пластинки"),  # X — так называли Y
    ("Что такое вёрстка?", "разбивку набора"),  # под X понимают Y, not "была закончена", said first
    ("Что понимают под вёрсткой?", "разбивку набора"),
    ("Что подразумевают под вёрсткой?", "разбивку набора"),
    ("Что такое пробный лист?", "первый оттиск"),  # X, то есть Y, not "был напечатан", said first
    ("Кто такой тискальщик?", "печатник у станка"),  # X, или Y
    ("Кто такие тискальщики?", "печатник у станка"),
    ("Что значит кустодия?", "подпись под последней"),  # слово X означает Y
    ("Что обозначает термин кустодия?", "подпись под последней"),
    ("Дайте определение гранки.", "Длинный оттиск"),
    ("Кто такой Фёдор Кожин?", "купец из Вологды"),  # a person by an appositive
    ("Кто такой Кожин?", "купец из Вологды"),
    ("Кем был Кожин?", "купец из Вологды"),
    ("Кто был Кожин?", "купец из Вологды"),
    ("Кто такой Кожын?", "купец из Вологды"),  # misspelt
    ("Кто такой Семён Рябов?", "Приказчик"),  # ... by a role before the name
    ("Кто такой Рябов?", "Приказчик"),
    ("Сомов?", "Петра Ильича Сомова"),  # ... by a patronymic, in any case, over a list and "Сомову было ..."
    ("Кто такой Сомов?", "Петра Ильича Сомова"),  # (not "дочери Анны Петровны", another person's)
]


@pytest.fixture(scope="module")
def english() -> dict[str, object]:
    return {"salt": tutor_on(SALT, "Old works"), "glass": tutor_on(GLASS, "Old works")}


@pytest.fixture(scope="module")
def russian() -> object:
    return tutor_on(PRINT, "Старая типография", "ru")


@pytest.mark.parametrize(("notes", "question", "fact"), ENGLISH)
def test_english_definitions(english, notes, question, fact):
    assert says(english[notes], question, fact)


@pytest.mark.parametrize(("question", "fact"), RUSSIAN)
def test_russian_definitions(russian, question, fact):
    assert says(russian, question, fact)


@pytest.mark.parametrize(("notes", "question", "wrong"), [
    ("salt", "What was the tallage?", "collected every spring"),  # what was done to it, said first
    ("salt", "What was a wich?", "counted in the survey"),
    ("salt", "What is usury?", "punished by the guild"),
])
def test_english_what_was_done_to_a_term_does_not_define_it(english, notes, question, wrong):
    reply = english[notes].ask(question)
    assert reply.kind == "answer" and wrong not in " ".join(reply.sentences)


@pytest.mark.parametrize(("question", "wrong"), [
    ("Что такое вёрстка?", "была закончена"),
    ("Что такое пробный лист?", "был напечатан"),
])
def test_russian_what_was_done_to_a_term_does_not_define_it(russian, question, wrong):
    reply = russian.ask(question)
    assert reply.kind == "answer" and wrong not in " ".join(reply.sentences)


def test_what_a_question_asks_for():
    """A common noun after "who are", "кто такие" asks what it is (no person needed); a name asks who;
    "define", "дайте определение" ask what a term is."""
    tutor = tutor_on(SALT, "Old works")
    for question in ("Who were the walkers?", "Define usury.", "What is the definition of usury?"):
        asked = tutor.analyser.question(question, question.casefold())
        assert asked is not None and asked.wants.define, question
    ru = tutor_on(PRINT, "Старая типография", "ru")
    for question in ("Кто такие тискальщики?", "Дайте определение гранки.", "Что подразумевают под вёрсткой?"):
        asked = ru.analyser.question(question, question.casefold())
        assert asked is not None and asked.wants.define, question
