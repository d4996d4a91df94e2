"""The frames of a learner's question, in English and Russian, and the kind of answer each
wants: a person, a place, a date, a figure (of which kind), a reason, a definition, yes or no.
First the table of frames read by `Analyser.wants` (traps included: forms that look alike but
ask for another kind); then, on invented notes where every sentence is about one subject and
gives one kind of answer, that the sentence of the kind asked for is the one given.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.analysis import Wants
from tests.notes import says, tutor_on

EN_NOTES = """\
The Harnel lighthouse stands on Skerry Point, at the northern tip of the island of Morve.
The engineer Tomas Vell designed and built the Harnel lighthouse.
The Harnel lighthouse was first lit on 3 May 1843.
The tower of the Harnel lighthouse rises 42 metres above the sea.
The Harnel lighthouse was built because ships kept wrecking on the Skerry reef.
Building the Harnel lighthouse cost $9,000.
The lamp of the Harnel lighthouse shines 30 km out to sea.
The keepers of the Harnel lighthouse lived in a stone cottage beside the tower.
Ada Lund, the first keeper, married the engineer's brother Piet Vell.
The Harnel lighthouse was built of granite blocks that boats carried from the mainland.
The board of the Harnel lighthouse had 7 members.
On Morve the sea is too rough for boats once the waves are 3 metres high."""

RU_NOTES = """\
Маяк Гарнель стоит на мысе Скерри, на северной оконечности острова Морве.
Маяк Гарнель спроектировал и построил инженер Томас Велл.
Маяк Гарнель впервые зажгли 3 мая 1843 года.
Башня маяка Гарнель поднимается на 42 метра над морем.
Маяк Гарнель построили, потому что корабли разбивались о риф Скерри.
Строительство маяка Гарнель стоило 9000 рублей.
Огонь маяка Гарнель виден за 30 км в море.
Смотрители маяка Гарнель жили в каменном доме рядом с башней.
Брат инженера Пит Велл женился на Аде Лунд, первой смотрительнице маяка.
Маяк Гарнель сложили из гранитных блоков, которые лодки возили с материка.
Велла наградили золотой медалью за то, что ни один корабль больше не разбился о риф.
В совет маяка Гарнель входили 7 членов.
У Морве море слишком бурное для лодок, если волны поднимаются на 3 метра."""

KINDS = ("person", "entity", "place", "dated", "numeric", "reason", "yes_no", "define")


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": tutor_on(EN_NOTES, "Lighthouses"), "ru": tutor_on(RU_NOTES, "Маяки", "ru")}


def wants(tutor: Tutor, question: str) -> Wants:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return asked.wants


def kinds_of(w: Wants) -> set[str]:
    return {k for k in KINDS if getattr(w, k)}


# (language, question, the kinds of answer it wants, exactly; the quantity kinds of a figure, when asked)
FRAMES = [
    # who / whom / whose / which + a noun for a person
    ("en", "who built the Harnel lighthouse?", {"person", "entity"}, None),
    ("en", "whom did Ada Lund marry?", {"person", "entity"}, None),
    ("en", "by whom was the lighthouse built?", {"person", "entity"}, None),
    ("en", "with whom did Vell work?", {"entity"}, None),  # as "с кем": a name, not always a person's
    ("en", "whose idea was the lighthouse?", {"person", "entity"}, None),
    ("en", "which engineer built the lighthouse?", {"person", "entity"}, None),
    ("en", "what engineer built the lighthouse?", {"person", "entity"}, None),
    ("en", "who had more keepers?", {"person", "entity"}, None),  # a comparison: who
    ("en", "who was Tomas Vell?", {"define"}, None),  # trap: what a person named is, not another person
    ("en", "what title did Vell hold?", {"define"}, None),  # a role
    ("en", "what role did Vell play?", {"define"}, None),
    ("en", "what did Vell do?", {"define"}, None),
    # what / what's / whats / tell me about / explain / a bare term
    ("en", "what is the lighthouse?", {"define"}, None),
    ("en", "what's the lighthouse?", {"define"}, None),
    ("en", "whats the lighthouse?", {"define"}, None),
    ("en", "tell me about the lighthouse", {"define"}, None),
    ("en", "explain the lighthouse", {"define"}, None),
    ("en", "lighthouse?", {"define"}, None),
    ("en", "what was the name of the first keeper?", {"entity", "define"}, None),
    ("en", "what happened to Vell?", set(), None),
    # when / what year / what date / which century (trap: a unit of time is no name)
    ("en", "when was the lighthouse lit?", {"dated"}, None),
    ("en", "when is the sea too rough for boats?", {"numeric"}, None),  # trap: a threshold, no date
    ("en", "what year was the lighthouse lit?", {"dated"}, None),
    ("en", "in what year was the lighthouse lit?", {"dated"}, None),
    ("en", "what date was the lighthouse lit?", {"dated"}, None),
    ("en", "in which century was the lighthouse lit?", {"dated"}, None),
    ("en", "in which year was the lighthouse lit?", {"dated"}, None),
    # where / where from / where to / which + a kind of place
    ("en", "where is the lighthouse?", {"place", "entity"}, None),
    ("en", "where did Vell come from?", {"place", "entity"}, None),
    ("en", "where did the boats go?", {"place", "entity"}, None),
    ("en", "on which island does the lighthouse stand?", {"place", "entity"}, None),
    ("en", "in what country is the lighthouse?", {"place", "entity"}, None),
    # why / how come / for what reason / what made / what caused
    ("en", "why was the lighthouse built?", {"reason"}, None),
    ("en", "how come the lighthouse was built?", {"reason"}, None),
    ("en", "for what reason was the lighthouse built?", {"reason"}, None),
    ("en", "what made Vell build the tower?", {"reason"}, None),
    ("en", "what caused the wrecks?", {"reason"}, None),
    # how many / much / long / far / big / old / often / tall, what + a measure
    ("en", "how many keepers did the lighthouse have?", {"numeric"}, None),
    ("en", "how much did the lighthouse cost?", {"numeric"}, {"money"}),
    ("en", "how long did the keepers stay?", {"numeric"}, {"duration", "length"}),
    ("en", "how far does the lamp shine?", {"numeric"}, {"length"}),
    ("en", "how old is the lighthouse?", {"numeric"}, {"duration"}),  # an age: "150 years old", not a bare count
    ("en", "how often was the lamp lit?", {"numeric"}, None),
    ("en", "how tall is the lighthouse?", {"numeric"}, {"length"}),
    ("en", "at what distance can the lamp be seen?", {"numeric"}, {"length"}),
    ("en", "what height does the tower reach?", {"numeric"}, {"length"}),
    ("en", "what was the weight of the lamp?", {"numeric", "define"}, {"mass"}),
    # how (manner): no figure, date or name
    ("en", "how was the lighthouse built?", set(), None),
    # yes / no; a choice between two named things
    ("en", "did Vell build the lighthouse?", {"yes_no"}, None),
    ("en", "was the tower tall?", {"yes_no"}, None),
    ("en", "which is taller, the tower or the cottage?", set(), None),

    # кто / кого / кому / кем / чей, a preposition before them, какой + a noun for a person
    ("ru", "кто построил маяк?", {"person", "entity"}, None),
    ("ru", "кого назначили смотрителем?", {"person", "entity"}, None),
    ("ru", "кому принадлежал маяк?", {"person", "entity"}, None),
    ("ru", "кем построен маяк?", {"person", "entity"}, None),
    ("ru", "чей это маяк?", {"person", "entity"}, None),
    ("ru", "чья идея была построить маяк?", {"person", "entity"}, None),
    ("ru", "какой инженер построил маяк?", {"person", "entity"}, None),
    ("ru", "в чьём доме жили смотрители?", {"entity"}, None),
    ("ru", "с кем работал Велл?", {"entity"}, None),  # trap: not "кем работал Велл?" (a role)
    ("ru", "на ком женился Пит Велл?", {"entity"}, None),
    ("ru", "против кого выступал Велл?", {"entity"}, None),
    ("ru", "у кого было больше смотрителей?", {"entity"}, None),  # a comparison
    ("ru", "для кого построили маяк?", {"entity"}, None),
    ("ru", "кем был Велл?", {"define"}, None),  # a role
    ("ru", "кто такой Велл?", {"define"}, None),
    ("ru", "кем работал Велл?", {"define"}, None),
    ("ru", "что сделал Велл?", {"define"}, None),
    ("ru", "чем известен Велл?", {"define"}, None),
    # что / о чём / расскажи о / a bare term / как назывался
    ("ru", "что такое маяк?", {"define"}, None),
    ("ru", "расскажи о маяке", {"define"}, None),
    ("ru", "расскажите мне про маяк", {"define"}, None),
    ("ru", "маяк?", {"define"}, None),
    ("ru", "как назывался маяк?", {"entity"}, None),
    ("ru", "что случилось с Веллом?", set(), None),
    # когда / в каком году / какого числа / в каком веке / как давно
    ("ru", "когда зажгли маяк?", {"dated"}, None),
    ("ru", "когда море слишком бурное для лодок?", {"numeric"}, None),  # trap: a threshold, no date
    ("ru", "в каком году зажгли маяк?", {"dated"}, None),
    ("ru", "какого числа зажгли маяк?", {"dated"}, None),
    ("ru", "в каком веке построили маяк?", {"dated"}, None),
    ("ru", "как давно стоит маяк?", {"dated"}, None),
    # где / куда / откуда / в какой стране / на каком острове
    ("ru", "где стоит маяк?", {"place", "entity"}, None),
    ("ru", "куда возили блоки?", {"place", "entity"}, None),
    ("ru", "откуда возили блоки?", {"place", "entity"}, None),
    ("ru", "в какой стране стоит маяк?", {"place", "entity"}, None),
    ("ru", "на каком острове стоит маяк?", {"place", "entity"}, None),
    ("ru", "на каком мысе стоит маяк?", {"place", "entity"}, None),
    # почему / зачем / отчего / из-за чего / за что (trap: "за что отвечал" asks what, not why)
    ("ru", "почему построили маяк?", {"reason"}, None),
    ("ru", "зачем построили маяк?", {"reason"}, None),
    ("ru", "отчего разбивались корабли?", {"reason"}, None),
    ("ru", "из-за чего разбивались корабли?", {"reason"}, None),
    ("ru", "по какой причине построили маяк?", {"reason"}, None),
    ("ru", "за что наградили Велла?", {"reason"}, None),
    ("ru", "за что отвечал смотритель?", set(), None),
    # сколько / во сколько раз (trap: "во сколько" alone is a time) / насколько / как далеко / как долго / какой высоты
    ("ru", "сколько стоил маяк?", {"numeric"}, {"money"}),
    ("ru", "сколько смотрителей было на маяке?", {"numeric"}, None),
    ("ru", "во сколько раз башня выше дома?", {"numeric"}, None),
    ("ru", "во сколько зажигали огонь?", {"dated"}, None),
    ("ru", "насколько высока башня?", {"numeric"}, {"length"}),
    ("ru", "как далеко виден огонь?", {"numeric"}, {"length"}),
    ("ru", "как долго строили маяк?", {"numeric"}, {"duration", "count"}),
    ("ru", "как часто зажигали огонь?", {"numeric"}, None),
    ("ru", "какой высоты башня?", {"numeric"}, {"length"}),
    ("ru", "какова высота башни?", {"numeric"}, {"length"}),
    ("ru", "какой была высота башни?", {"numeric"}, {"length"}),
    # как / каким образом (manner); ли (yes / no); X или Y
    ("ru", "как построили маяк?", set(), None),
    ("ru", "каким образом построили маяк?", set(), None),
    ("ru", "построил ли Велл маяк?", {"yes_no"}, None),
    ("ru", "что выше, башня или дом?", set(), None),
]


@pytest.mark.parametrize(("code", "question", "kinds", "measures"), FRAMES)
def test_each_frame_wants_its_kind_of_answer(tutors, code, question, kinds, measures):
    w = wants(tutors[code], question)
    assert kinds_of(w) == kinds
    if measures is not None:
        assert w.measures == measures


# (language, question, a fact of the one sentence of the kind asked for)
ANSWERS = [
    ("en", "who built the Harnel lighthouse?", "Tomas Vell"),
    ("en", "which engineer built the Harnel lighthouse?", "Tomas Vell"),
    ("en", "whom did Ada Lund marry?", "Piet Vell"),
    ("en", "when was the Harnel lighthouse lit?", "1843"),
    ("en", "in which century was the Harnel lighthouse first lit?", "1843"),
    ("en", "where does the Harnel lighthouse stand?", "Skerry Point"),
    ("en", "on which island is the Harnel lighthouse?", "Morve"),
    ("en", "why was the Harnel lighthouse built?", "ships kept wrecking"),
    ("en", "how tall is the Harnel lighthouse?", "42 metres"),
    ("en", "how far out to sea does the lamp shine?", "30 km"),
    ("en", "at what distance can the lamp of the Harnel lighthouse be seen?", "30 km"),
    ("en", "how much did the Harnel lighthouse cost?", "$9,000"),
    ("en", "what was the Harnel lighthouse built of?", "granite"),
    ("en", "how many people were on the board of the Harnel lighthouse?", "7 members"),  # any count of people
    ("en", "when is the sea too rough for boats?", "3 metres"),
    ("ru", "кто построил маяк Гарнель?", "Томас Велл"),
    ("ru", "какой инженер построил маяк Гарнель?", "Томас Велл"),
    ("ru", "когда зажгли маяк Гарнель?", "1843"),
    ("ru", "в каком веке впервые зажгли маяк Гарнель?", "1843"),
    ("ru", "где стоит маяк Гарнель?", "мысе Скерри"),
    ("ru", "на каком острове стоит маяк Гарнель?", "Морве"),
    ("ru", "почему построили маяк Гарнель?", "потому что"),
    ("ru", "за что наградили Велла?", "ни один корабль"),
    ("ru", "как далеко виден огонь маяка Гарнель?", "30 км"),
    ("ru", "какой высоты башня маяка Гарнель?", "42 метра"),
    ("ru", "насколько высока башня маяка Гарнель?", "42 метра"),
    ("ru", "сколько стоило строительство маяка Гарнель?", "9000 рублей"),
    ("ru", "на ком женился Пит Велл?", "Аде Лунд"),
    ("ru", "на ком хотел жениться Пит Велл?", "Аде Лунд"),  # a modal verb only frames the question
    ("ru", "что сделал Томас Велл?", "спроектировал"),  # ... as does the verb of "что сделал X?"
    ("ru", "что сделали лодки?", "возили с материка"),
    ("ru", "в чьём доме жили смотрители маяка?", "каменном доме"),
    ("ru", "сколько человек входило в совет маяка Гарнель?", "7 членов"),  # any count of people
    ("ru", "когда море слишком бурное для лодок?", "3 метра"),
]


@pytest.mark.parametrize(("code", "question"), [
    ("ru", "на ком хотел жениться Пит Велл?"), ("ru", "что сделал Томас Велл?"), ("ru", "в чьём доме жили смотрители?"),
    ("en", "whom did Piet Vell want to marry?"), ("en", "what did Tomas Vell do?"),
])
def test_frame_words_are_no_units(tutors, code, question):
    """The words that only frame a question (a modal verb, "do" / "сделал", "чьём") are not looked up."""
    asked = tutors[code].analyser.question(question, normalise(question))
    assert asked is not None
    assert not {u.text for u in asked.units} & {"хотел", "сделал", "чьем", "want", "wanted", "do", "did"}


@pytest.mark.parametrize(("code", "question", "fact"), ANSWERS)
def test_the_sentence_of_the_kind_asked_for_answers(tutors, code, question, fact):
    assert says(tutors[code], question, fact)
