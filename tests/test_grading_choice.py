"""Choice cards answered in the learner's own words, English and Russian: one table.

Every card is invented on a subject of no pack (a ferry, a mill, a comet, a glacier...).
Rows: the letter in its many spellings, the option's number, the option's words with slips,
a part of it, a paraphrase; and the traps: another option's words, a flipped direction, a
negation, two options named at once.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake

EN = Grader()
RU = Grader(language="ru")


def choice(answer: str, *others: str, prompt: str = "Which is it?") -> Card:
    return Card(id="q", section="s", kind="choice", prompt=prompt, answer=answer, options=(answer, *others))


def second(answer: str, first: str, *others: str, prompt: str = "Which is it?") -> Card:
    """A card whose right option is b)."""
    return Card(id="q", section="s", kind="choice", prompt=prompt, answer=answer, options=(first, answer, *others))


FERRY = second("It fell", "It rose", "It stayed the same", prompt="What happened to the ferry fare?")
PAROM = second("Снизилась", "Выросла", "Не изменилась", prompt="Что стало с ценой билета на паром?")


@pytest.mark.parametrize(("given", "right"), [
    ("b", True), ("B", True), ("b)", True), ("(b)", True), ("B.", True), ("option b", True), ("Option B", True),
    ("b) it fell", True), ("2", True), ("option 2", True), ("the second", True), ("the second one", True),
    ("a", False), ("c)", False), ("3", False), ("the first one", False),
    ("a or b", False), ("a and b", False), ("b or c", False), ("b, c", False),
])
def test_the_letter_or_number_in_english(given, right):
    assert EN.grade(FERRY, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("б", True), ("Б", True), ("б)", True), ("(б)", True), ("вариант б", True), ("Вариант Б", True),
    ("b", True), ("2", True), ("вариант 2", True), ("второй", True), ("второй вариант", True),
    ("а", False), ("в", False), ("3", False), ("первый", False),
    ("а или б", False), ("а и б", False), ("б или в", False),
])
def test_the_letter_or_number_in_russian(given, right):
    assert RU.grade(PAROM, given).correct is right


# the letter after the words a learner frames a choice with: "the answer is b", "i think it's b", "ответ: б"; a
# letter so framed is read only alone or before its stop ("i think a third one" names no letter)
@pytest.mark.parametrize(("given", "right"), [
    ("the answer is b", True), ("The correct answer is B)", True), ("answer: b", True), ("answer b", True),
    ("i think b", True), ("I think it's b", True), ("it's b.", True), ("it is b", True), ("i guess b", True),
    ("I'd say b", True), ("i choose b - it fell", True),
    ("the answer is a", False), ("i think c", False), ("it's a.", False), ("answer: c", False),
    ("i think a bigger one", False), ("it is a rise", False),
])
def test_a_letter_framed_in_english(given, right):
    assert EN.grade(FERRY, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("ответ: б", True), ("Ответ б", True), ("правильный ответ — б", True), ("думаю, б", True),
    ("я думаю, что б", True), ("наверное, б", True), ("это б", True), ("выбираю б)", True),
    ("ответ: а", False), ("думаю, в", False), ("это в.", False), ("думаю, в мае", False),
])
def test_a_letter_framed_in_russian(given, right):
    assert RU.grade(PAROM, given).correct is right


# options that hold figures: a bare "2" may be a figure, but "the second one: ..." names a place
TOLLS = second("The toll rose to 3 shillings in 1790", "The toll fell to 2 shillings in 1790",
               "The toll was abolished in 1802", prompt="Which statement about the bridge toll is true?")
MOST = second("Мост открыли в 1825 году", "Мост снесли в 1811 году", "Мост так и не достроили",
              prompt="Какое утверждение о мосте верно?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (TOLLS, "the second one: it went up to three shillings in 1790", True),
    (TOLLS, "the second option - the toll rose", True),
    (TOLLS, "the first one: it fell to two shillings", False),
    (TOLLS, "the third one - abolished in 1802", False),
    (TOLLS, "the fifth one: it rose", False),  # no such option
    (MOST, "второй вариант: мост открыли в 1825 году", True),
    (MOST, "первый вариант — его снесли", False),
])
def test_an_option_named_by_its_place_then_what_it_says(card, given, right):
    grader = RU if card is MOST else EN
    assert grader.grade(card, given).correct is right


# options ruled out by letter: "not c" chooses none (it took the one denial among the options, a) "Nothing"); a
# letter said besides, or the one option left, is the choice; "c, not a" asserts c
TREATY = choice("Nothing tangible", "Signed a defence pact", "Lifted every sanction", "Sent troops",
                prompt="What had the alliance done for the island by 1990?")
DOGOVOR = second("Ничего", "Подписал пакт", "Отменил санкции", prompt="Что союз сделал для острова к 1990 году?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, TREATY, "not c", False),
    (EN, TREATY, "not b.", False),
    (EN, TREATY, "not c, a", True),
    (EN, TREATY, "not a, c", False),
    (EN, TREATY, "c, not a", False),
    (EN, TREATY, "a, not c", True),
    (EN, TREATY, "not b, not c, not d", True),  # the one left
    (EN, TREATY, "not a, not c, not d", False),
    (EN, TREATY, "not a single thing", True),  # a denial, no letter
    (RU, DOGOVOR, "не в", False),
    (RU, DOGOVOR, "не а, б", True),
])
def test_options_ruled_out_by_letter(grader, card, given, right):
    assert grader.grade(card, given).correct is right


MILL = choice("Because grain was scarce and expensive", "Because the river froze", "Because the miller fell ill",
              prompt="Why did the mill stop?")
COMET = choice("Zero", "About one in ten", "Almost certain", prompt="What chance of the comet striking?")
FORGE = choice("It fell", "It rose", "It stayed the same", "It first fell, then rose sharply",
               prompt="What happened to the cost of each horseshoe?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # the option's own words, with slips, or a part of it
    (MILL, "because grain was scarce and expensive", True),
    (MILL, "grain was scarse and expensiv", True),
    (MILL, "grain was scarce", True),
    (MILL, "the grain was expensive", True),
    # a paraphrase: a synonym of the option's words
    (MILL, "grain was too dear", True),
    (MILL, "grain was pricey and rare", True),
    (MILL, "grain was in short supply", True),
    (FORGE, "it dropped", True),
    (FORGE, "it went down", True),
    (FORGE, "it decreased", True),
    (FORGE, "each horseshoe became cheaper", True),
    (FORGE, "each horseshoe got less costly", True),
    (FORGE, "each horseshoe became cheaper, then dearer", False),
    # traps: the same words, the other way round; another option; two options
    (MILL, "grain was cheap and plentiful", False),
    (MILL, "grain was not expensive", False),
    (MILL, "the river froze", False),
    (MILL, "the miller was ill", False),
    (FORGE, "it went up", False),
    (FORGE, "it increased", False),
    (FORGE, "each horseshoe became dearer", False),
    (FORGE, "it did not change", False),
    (FORGE, "it did not fall", False),
    (FORGE, "it fell or it rose", False),
    (COMET, "almost certain", False),
    (COMET, "about one in ten", False),
])
def test_an_english_option_in_own_words(card, given, right):
    assert EN.grade(card, given).correct is right


GLACIER = choice("Он отступил", "Он вырос", "Он не изменился", "Сначала отступил, потом вырос",
                 prompt="Что стало с ледником?")
LOAN = choice("Нет", "Да, полностью", "Да, частично", prompt="Вернула ли гильдия заём?")
HARVEST = choice("Из-за засухи и жары", "Из-за наводнения", "Из-за войны", prompt="Почему погиб урожай?")


YES_NO = choice("No", "Yes, in full", "Yes, in part", prompt="Did the guild repay the loan?")
YES = choice("Yes", "No", prompt="Did the ferry sail that winter?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (YES_NO, "no", True), (YES_NO, "no, it did not", True), (YES_NO, "it was never repaid", True),
    (YES_NO, "yes", False), (YES_NO, "it repaid all of it", False),
    (YES, "yes, it did", True), (YES, "it sailed", True), (YES, "it did not sail", False), (YES, "no", False),
])
def test_yes_and_no_in_english(card, given, right):
    assert EN.grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given", "right"), [
    (GLACIER, "отступил", True),
    (GLACIER, "ледник отступил", True),
    (GLACIER, "отступил назад", True),
    (GLACIER, "он вырос", False),
    (GLACIER, "не изменился", False),
    (GLACIER, "ледник увеличился", False),
    (GLACIER, "сначала уменьшился, потом вырос", False),
    (LOAN, "нет", True),
    (LOAN, "нет, не вернула", True),
    (LOAN, "не вернула", True),
    (LOAN, "да", False),
    (LOAN, "вернула полностью", False),
    (LOAN, "частично", False),
    (LOAN, "вернула", False),
    (LOAN, "да, но не полностью", False),
    (HARVEST, "засуха", True),
    (HARVEST, "из-за засухи", True),
    (HARVEST, "засуха и жара", True),
    (HARVEST, "наводнение", False),
    (HARVEST, "из за войны", False),
    (HARVEST, "засуха или наводнение", False),
])
def test_a_russian_option_in_own_words(card, given, right):
    assert RU.grade(card, given).correct is right


BASES = choice("Б–Д", "К–Л", "М–Н", "Р–С", prompt="Какая пара помечена красным?")


@pytest.mark.parametrize(("given", "right"), [
    ("Б–Д", True), ("б-д", True), ("B-D", True), ("b d", True),
    ("K-L", False), ("M-N", False), ("Б", False), ("D-B", False),
])
def test_a_russian_option_typed_in_latin_letters(given, right):
    assert RU.grade(BASES, given).correct is right


# One option is a denial ("Nothing tangible"), the others say something was done: a bare denial in
# words of no other option names it; a denial of another option's own thing names none.
HARBOUR = second("Nothing of substance", "Built a new pier", "Hired more pilots", "Dredged the channel",
                 prompt="What did the town council do for the harbour that year?")
PRISTAN = second("Ничего существенного", "Построил новый причал", "Нанял лоцманов", "Углубил фарватер",
                 prompt="Что городской совет сделал для пристани в тот год?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (HARBOUR, "nothing really", True), (HARBOUR, "they did nothing", True), (HARBOUR, "nothing", True),
    (HARBOUR, "not much at all", True), (HARBOUR, "none", True),
    (HARBOUR, "they did not build a pier", False), (HARBOUR, "no pilots were hired", False),
    (HARBOUR, "built a pier", False), (HARBOUR, "dredged it", False),
    (PRISTAN, "ничего", True), (PRISTAN, "да ничего не сделали", True),
    (PRISTAN, "не построили причал", False), (PRISTAN, "лоцманов не нанимали", False),
])
def test_a_bare_denial_names_the_one_option_that_is_a_denial(card, given, right):
    assert (EN if card is HARBOUR else RU).grade(card, given).correct is right


KILN = second("the tunnel kiln", "the beehive kiln", "the bottle kiln", "the clamp kiln",
              prompt="Which kiln fired the bricks without stopping?")
MILL = second("Водяная", "Ветряная", "Конная", prompt="Какая мельница стояла на плотине?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, KILN, "b (the bricks move through on cars)", True),  # a note in brackets says why
    (EN, KILN, "tunnel (the bricks move through on cars)", True),
    (EN, KILN, "a (it has a dome)", False),
    (EN, KILN, "b (or c)", False),  # a second option offered in the note
    (EN, KILN, "b (c)", False),
    (RU, MILL, "б (её крутит вода)", True),
    (RU, MILL, "а (её крутит ветер)", False),
])
def test_a_note_in_brackets_after_the_choice(grader, card, given, right):
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("given", "feedback"), [
    ("b", "Too small."),  # the letter typed
    ("about 1.5 metres", "Too small."),  # the option's words: the letter in `mistakes` names that option
    ("1.5 metres", "Too small."),
    ("в", "Too large."),  # a Cyrillic letter in `mistakes`, for the third option
    ("about 100 metres", "Too large."),
])
def test_a_letter_in_a_choice_cards_mistakes_names_its_option_as_listed(given, feedback):
    card = Card(id="c", section="s", kind="choice", prompt="How long is it?", answer="about 10 metres",
                options=("about 10 metres", "about 1.5 metres", "about 100 metres"),
                mistakes=(Mistake(("b",), "Too small."), Mistake(("в",), "Too large.")))
    verdict = Grader().grade(card, given)
    assert not verdict.correct and verdict.feedback == feedback
    assert Grader().grade(card, "about 10 metres").correct
