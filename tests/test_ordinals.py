"""Numbers inside names, and ordinals: Roman numerals, regnal numbers, centuries, "3rd" and "третий".

"Aldric IX" is "Aldric 9", "Aldric the 9th", "Aldric the Ninth" and "aldric ix"; "Всеволод I" is
"Всеволод Первый", "Всеволод 1" and "Всеволоду Первому"; "XIX век" is "19-й век", "девятнадцатый век" and
"XIX в."; "the 19th century" is "nineteenth century" and "19th c."; a different number is wrong ("Aldric XIV" is
not "Aldric XVI"). Traps: the pronoun "I", letters ("vitamin C", "X-rays"), words made of a numeral's letters
("Mix", "civil", "Xi"), "type I" and "type II", which stay distinct. The kings, chapters and regiments are
made up; each row says what a teacher would mark.
"""

from __future__ import annotations

from functools import partial

import pytest

from studybot.core.grading import Grader
from studybot.core.roman import roman_to_digits
from tests import cards

EN = Grader()
RU = Grader(language="ru")


short = partial(cards.short, prompt="Which one?")
numeric = partial(cards.numeric, prompt="Which one?")


# ----------------------------------------------------------------- English: regnal numbers

@pytest.mark.parametrize(("card", "given", "right"), [
    (short('Aldric IX'), 'Aldric 9', True),
    (short('Aldric IX'), 'Aldric the 9th', True),
    (short('Aldric IX'), 'Aldric the Ninth', True),
    (short('Aldric IX'), 'aldric the ninth', True),
    (short('Aldric IX'), 'aldric ix', True),
    (short('Aldric IX'), 'King Aldric IX', True),
    (short('Aldric the Ninth'), 'Aldric IX', True),
    (short('Aldric 9'), 'aldric ix', True),
    (short('Aldric IX'), 'Aldric XI', False),
    (short('Aldric IX'), 'aldric xi', False),
    (short('Aldric IX'), 'Aldric X', False),
    (short('Aldric IX'), 'Aldric VIII', False),
    (short('Aldric IX'), 'Aldric the Eighth', False),
    (short('Aldric IX'), 'Aldric the 19th', False),
    (short('Aldric XIV'), 'Aldric XVI', False),
    (short('Aldric XIV'), 'aldric xvi', False),
    (short('Aldric XIV'), 'Aldric the Sixteenth', False),
    (short('Aldric XIV'), 'Aldric the Fourteenth', True),
    (short('Maren I'), 'Maren 1', True),
    (short('Maren I'), 'Maren the First', True),
    (short('Maren I'), 'Maren the 1st', True),
    (short('Maren I'), 'maren i', True),
    (short('Maren I'), 'Maren II', False),
    (short('Maren I'), 'Maren the Second', False),
    (short('Maren II'), 'Maren the Second', True),
    (short('Maren II'), 'Maren the 2nd', True),
    (short('Maren II'), 'Maren I', False),
    (short('Maren II'), 'maren i', False),
    (short('Maren II'), 'Maren III', False),
    (short('Ottokar XXI'), 'Ottokar the Twenty-first', True),
    (short('Ottokar XXI'), 'Ottokar the 21st', True),
    (short('Ottokar XXI'), 'ottokar xxi', True),
    (short('Ottokar XXI'), 'Ottokar the 22nd', False),
    (short('Ottokar XXIII'), 'Ottokar the twenty-third', True),
    (short('Ottokar XXIII'), 'Ottokar 23rd', True),
    (short('Ottokar XXIII'), 'Ottokar the 13th', False),
    (short('Edwin V'), 'Edwin 5', True),
    (short('Edwin V'), 'Edwin the Fifth', True),
    (short('Edwin V'), 'edwin v', True),
    (short('Edwin V'), 'Edwin VI', False),
    (short('Edwin V'), 'Edwin the Fourth', False),
    (short('Pope Adrian VI'), 'Pope Adrian 6', True),
    (short('Pope Adrian VI'), 'Pope Adrian the Sixth', True),
    (short('Pope Adrian VI'), 'pope adrian vi', True),
    (short('Pope Adrian VI'), 'Pope Adrian IV', False),
    (short('Osric I'), 'Osric I was crowned', True),
    (short('Osric I'), 'Yesterday I saw', False),
])
def test_english_regnal_numbers(card, given, right):
    assert EN.grade(card, given).correct is right


# ----------------------------------------------------------------- English: centuries

@pytest.mark.parametrize(("card", "given", "right"), [
    (numeric(19, "centuries", "the 19th century"), '19th century', True),
    (numeric(19, "centuries", "the 19th century"), 'the nineteenth century', True),
    (numeric(19, "centuries", "the 19th century"), '19th c.', True),
    (numeric(19, "centuries", "the 19th century"), 'XIX century', True),
    (numeric(19, "centuries", "the 19th century"), 'xix century', True),
    (numeric(19, "centuries", "the 19th century"), 'the 18th century', False),
    (numeric(19, "centuries", "the 19th century"), 'XVIII century', False),
    (numeric(19, "centuries", "the 19th century"), '20th c.', False),
    (short('the 19th century'), 'nineteenth century', True),
    (short('the 19th century'), 'the XIX century', True),
    (short('the 19th century'), '19th c.', True),
    (short('the 19th century'), 'the 18th century', False),
    (short('the 19th century'), 'xviii century', False),
    (short('the 19th century'), 'the 9th century', False),
    (short('the nineteenth century'), 'the ninteenth century', True),  # an ordinal with a slip
    (short('the twelfth floor'), 'the twelvth floor', True),
    (short('the twelfth floor'), 'the eleventh floor', False),
])
def test_english_centuries(card, given, right):
    assert EN.grade(card, given).correct is right


# ----------------------------------------------------------------- English: ordinals in words and figures

@pytest.mark.parametrize(("card", "given", "right"), [
    (short('the third floor'), 'the 3rd floor', True),
    (short('the third floor'), '3rd floor', True),
    (short('the third floor'), 'the second floor', False),
    (short('the third floor'), 'the thirteenth floor', False),
    (short('the third floor'), 'the 13th floor', False),
    (short('the 21st regiment'), 'the twenty-first regiment', True),
    (short('the 21st regiment'), 'the 22nd regiment', False),
    (short('the 1st charter'), 'the first charter', True),
    (short('the first charter'), 'the 1st charter', True),
    (short('the first charter'), 'the 2nd charter', False),
    (short('the 11th dynasty'), 'the eleventh dynasty', True),
    (short('the 11th dynasty'), 'the 12th dynasty', False),
    (numeric(3, "", "the 3rd"), 'third', True),
    (numeric(3, "", "the 3rd"), '3rd', True),
    (numeric(3, "", "the 3rd"), 'the fourth', False),
])
def test_english_ordinals(card, given, right):
    assert EN.grade(card, given).correct is right


# ----------------------------------------------------------------- English: Roman numerals in other uses

@pytest.mark.parametrize(("card", "given", "right"), [
    (short('Chapter IV'), 'chapter 4', True),
    (short('Chapter IV'), 'chapter four', True),
    (short('Chapter IV'), 'chapter iv', True),
    (short('Chapter IV'), 'the fourth chapter', True),
    (short('Chapter IV'), 'Chapter VI', False),
    (short('Chapter IV'), 'chapter 6', False),
    (short('Year III'), 'year 3', True),
    (short('Year III'), 'year three', True),
    (short('Year III'), 'Year II', False),
    (short('World War II'), 'the Second World War', True),
    (short('World War II'), 'WWII', True),
    (short('World War II'), 'WW2', True),
    (short('World War II'), 'World War 2', True),
    (short('World War II'), 'World War Two', True),
    (short('World War II'), 'World War I', False),
    (short('World War II'), 'WWI', False),
    (short('World War II'), 'the First World War', False),
    (short('the Second World War'), 'World War II', True),
    (short('the Second World War'), 'WWII', True),
    (short('the First World War'), 'World War I', True),
    (short('the First World War'), 'WWII', False),
])
def test_english_numbered_things(card, given, right):
    assert EN.grade(card, given).correct is right


# ----------------------------------------------------------------- English traps: the pronoun, letters, words

@pytest.mark.parametrize(("card", "given", "right"), [
    (short('I think, therefore I am'), 'I think therefore I am', True),
    (short('vitamin C'), 'vitamin D', False),
    (short('vitamin C'), 'Vitamin C', True),
    (short('X-rays'), 'x-rays', True),
    (short('X-rays'), 'X rays', True),
    (short('a type II error'), 'a type 2 error', True),
    (short('a type II error'), 'type two error', True),
    (short('a type II error'), 'a type I error', False),
    (short('a type II error'), 'type 1 error', False),
    (short('a type I error'), 'a type II error', False),
    (short('a type I error'), 'type 1 error', True),
    (short('a type I error'), 'type one error', True),
    (short('the civil war'), 'the Civil War', True),
    (short('the civil war'), 'civil war', True),
    (short('mix the dyes'), 'Mix the dyes', True),
    (short('mix the dyes'), 'mix dyes', True),
    (short('the Li family'), 'the li family', True),
    (short('President Xi'), 'president xi', True),
    (short('a type V collagen'), 'type 5 collagen', True),
    (short('a type V collagen'), 'type IV collagen', False),
    (short('a type V collagen'), 'type IV collagen', False),
])
def test_english_letters_and_words_that_are_no_numerals(card, given, right):
    assert EN.grade(card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("Aldric XIV", "Aldric 14"),
    ("aldric xiv", "aldric 14"),
    ("Maren I, then Maren II", "Maren 1, then Maren 2"),
    ("Osric I was crowned", "Osric 1 was crowned"),  # a name before it
    ("Всеволод I и Ярополк II", "Всеволод 1 и Ярополк 2"),
    ("всеволод i", "всеволод 1"),  # a Latin letter between Russian words is no pronoun
    ("a type I error", "a type 1 error"),
    ("I think, therefore I am", "I think, therefore I am"),
    ("Then I went home", "Then I went home"),
    ("It was I", "It was I"),
    ("the part I played", "the part I played"),  # a numbered noun, then a verb: the pronoun
    ("so do i", "so do i"),
    ("Mix the civil vivid dyes", "Mix the civil vivid dyes"),
    ("Xi and Li met", "Xi and Li met"),  # a capital and small letters: a word, not "XI"
    ("president xi", "president xi"),  # "xi", "li", "xl" in small letters are words
    ("X-rays and vitamin C", "X-rays and vitamin C"),
    ("XIX-XX вв.", "19-20 вв."),  # both ends of a range
    ("\u0425I\u0425 век", "19 век"),  # typed with the Cyrillic letter "Х"
    ("в X веке", "в 10 веке"),  # one letter, before "век"
    ("the X century", "the 10 century"),
    # a possessive after a numeral is left out, as after a name ("Edward's law"), not read as a word "s"
    ("Edward III's law", "Edward 3 law"),
    ("pope clement vi's physician", "pope clement 6 physician"),
    ("Henry VIII’s wives", "Henry 8 wives"),
    ("president xi's visit", "president xi's visit"),  # a word's possessive stays
    ("the VIs and XIs", "the VIs and XIs"),  # a plural of letters, no possessive
])
def test_what_is_read_as_a_numeral(text, read):
    assert roman_to_digits(text) == read


# ----------------------------------------------------------------- Russian: regnal numbers in every case

@pytest.mark.parametrize(("card", "given", "right"), [
    (short('Ярополк II'), 'Ярополк 2', True),
    (short('Ярополк II'), 'Ярополк Второй', True),
    (short('Ярополк II'), 'ярополк ii', True),
    (short('Ярополк II'), 'Ярополка II', True),
    (short('Ярополк II'), 'Ярополком Вторым', True),
    (short('Ярополк II'), 'при Ярополке Втором', True),
    (short('Ярополк II'), 'Ярополк I', False),
    (short('Ярополк II'), 'Ярополк Первый', False),
    (short('Ярополк II'), 'Ярополк III', False),
    (short('Ярополк II'), 'Ярополк Третий', False),
    (short('Всеволод I'), 'Всеволод Первый', True),
    (short('Всеволод I'), 'Всеволод 1', True),
    (short('Всеволод I'), 'всеволод i', True),
    (short('Всеволод I'), 'Всеволода I', True),
    (short('Всеволод I'), 'Всеволоду Первому', True),
    (short('Всеволод I'), 'Всеволодом Первым', True),
    (short('Всеволод I'), 'Всеволод 1-й', True),
    (short('Всеволод I'), 'Всеволод II', False),
    (short('Всеволод I'), 'Всеволод Второй', False),
    (short('Всеволод I'), 'Всеволод III', False),
    (short('Всеволод Первый'), 'Всеволод I', True),
    (short('Эрик XIV'), 'Эрик Четырнадцатый', True),
    (short('Эрик XIV'), 'Эрик 14', True),
    (short('Эрик XIV'), 'Эрик XVI', False),
    (short('Эрик XIV'), 'Эрик Шестнадцатый', False),
    (short('Эрик XIV'), 'эрик xvi', False),
    (short('Маргарита II'), 'Маргарита Вторая', True),
    (short('Маргарита II'), 'Маргариты Второй', True),
    (short('Маргарита II'), 'Маргаритой Второй', True),
    (short('Маргарита II'), 'Маргарита Первая', False),
    (short('Маргарита II'), 'Маргариту Первую', False),
])
def test_russian_regnal_numbers(card, given, right):
    assert RU.grade(card, given).correct is right


# ----------------------------------------------------------------- Russian: centuries

@pytest.mark.parametrize(("card", "given", "right"), [
    (short('XIX век'), '19 век', True),
    (short('XIX век'), 'девятнадцатый век', True),
    (short('XIX век'), 'XIX в.', True),
    (short('XIX век'), 'в XIX веке', True),
    (short('XIX век'), 'в девятнадцатом веке', True),
    (short('XIX век'), '19-й век', True),
    (short('XIX век'), 'в 19-м веке', True),
    (short('XIX век'), 'девятнадцатого века', True),
    (short('XIX век'), 'xix век', True),
    (short('XIX век'), 'девятнадцатое столетие', True),
    (short('XIX век'), 'в 19 в.', True),
    (short('XIX век'), 'XVIII век', False),
    (short('XIX век'), 'восемнадцатый век', False),
    (short('XIX век'), '20 век', False),
    (short('XIX век'), 'XX в.', False),
    (short('XIX век'), 'в 18-м веке', False),
    (short('девятнадцатый век'), 'XIX век', True),
    (short('девятнадцатый век'), '19 в.', True),
])
def test_russian_centuries(card, given, right):
    assert RU.grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given", "right"), [
    (short("X век"), "десятый век", True),
    (short("X век"), "10-й век", True),
    (short("X век"), "в X веке", True),
    (short("X век"), "XI век", False),
    (short("X век"), "девятый век", False),
    (short("XIX век"), "\u0425I\u0425 век", True),  # Cyrillic "Х"
    (short("XIX век"), "\u0425VIII век", False),
])
def test_russian_centuries_in_one_letter_or_typed_in_cyrillic(card, given, right):
    assert RU.grade(card, given).correct is right


# ----------------------------------------------------------------- Russian: ordinals in words, figures and numerals

@pytest.mark.parametrize(("card", "given", "right"), [
    (short('первая линия обороны'), '1-я линия обороны', True),
    (short('первая линия обороны'), 'первую линию обороны', True),
    (short('первая линия обороны'), 'вторая линия обороны', False),
    (short('первая линия обороны'), '2-я линия обороны', False),
    (short('1-й полк'), 'первый полк', True),
    (short('1-й полк'), '1 полк', True),
    (short('1-й полк'), '2-й полк', False),
    (short('1-й полк'), 'второй полк', False),
    (short('в третьем квартале'), 'в 3-м квартале', True),
    (short('в третьем квартале'), 'третий квартал', True),
    (short('в третьем квартале'), 'в четвертом квартале', False),
    (short('в третьем квартале'), 'в 4-м квартале', False),
    (short('двадцать первый съезд'), '21-й съезд', True),
    (short('двадцать первый съезд'), 'XXI съезд', True),
    (short('двадцать первый съезд'), 'двадцать второй съезд', False),
    (short('двадцать первый съезд'), 'XXII съезд', False),
    (short('Вторая мировая война'), 'II мировая война', True),
    (short('Вторая мировая война'), '2-я мировая война', True),
    (short('Вторая мировая война'), 'Первая мировая война', False),
    (short('Вторая мировая война'), '1-я мировая', False),
    (short('Глава IV'), 'глава 4', True),
    (short('Глава IV'), 'четвертая глава', True),
    (short('Глава IV'), 'глава четвертая', True),
    (short('Глава IV'), 'глава VI', False),
    (short('Глава IV'), 'шестая глава', False),
    (numeric(3, "", "третий"), '3-й', True),
    (numeric(3, "", "третий"), 'третьим', True),
    (numeric(3, "", "третий"), 'четвертым', False),
    (short('сахар и соль'), 'сахар и соль', True),
    (short('витамин C'), 'витамин D', False),
])
def test_russian_ordinals(card, given, right):
    assert RU.grade(card, given).correct is right


# ----------------------------------------------------------------- an ordinal names which one, it counts nothing

@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, short('the third floor'), 'the third wall', False),
    (EN, short('the 3rd floor'), 'the 3rd wall', False),
    (EN, short('the Second Army'), 'the Second Fleet', False),
    (RU, short('2-й Западной армией'), '2-й Южной армией', False),
    (RU, short('второй Западной армией'), 'второй Южной армией', False),
    (RU, short('1-й полк'), '1-й батальон', False),
    (EN, short('600 members'), '600', True),
    (EN, short('600 members'), '600 senators', True),
])
def test_the_noun_after_an_ordinal_must_be_given(grader, card, given, right):
    """"600 members": the figure is the answer, what it counts goes without saying; "the 3rd floor":
    the floor is part of the answer, "the 3rd wall" is another thing."""
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("raw", "numbers"), [
    ("In 1349 Pope Clement VI condemned them.", {("clement", "6")}),
    ("King Edward III and Louis XIV met.", {("edward", "3"), ("louis", "14")}),
    ("Apollo 11 flew in July.", set()),
    ("Then I saw the XIV sign and the vi editor.", set()),
])
def test_a_name_written_with_a_roman_numeral_is_numbered(raw, numbers):
    from studybot.core.roman import regnal_numbers
    assert regnal_numbers(raw) == numbers
