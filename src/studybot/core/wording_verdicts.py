"""What the grader says of an answer (its feedback and the steps of "how it was judged"), put in the pack's
language. The grader words its findings in English, a sentence a finding; here each sentence has its wording
in another language, the pack's own words in it (an accepted wording, a figure, a name) carried over as they
are. A sentence without a wording here stays as the grader said it; one without a table is English."""

from __future__ import annotations

import re

from .wording import plural_ru

__all__ = ["verdict_words"]

_Q = r"'(.+?)'"  # a quoted wording of the pack or the learner, as the grader quotes it

# (English sentence, Russian): a sentence is matched whole; \1, \2 ... carry its quoted or figured parts over
_RU: tuple[tuple[str, str], ...] = (
    # feedback
    (r"No answer given\.", "Ответа нет."),
    (rf"Give one answer: {_Q} is not right\.", r"Дайте один ответ: «\1» неверно."),
    (r"The figure is not right \(expected (.+)\)\.", r"Число неверное (ожидалось \1)."),
    (r"The answer needs the figure \((.+)\)\.", r"В ответе нужно число (\1)."),
    (r"The factor is not right \(expected (.+)\)\.", r"Неверно, во сколько раз (ожидалось \1)."),
    (r"The figures are the wrong way round \(expected (.+)\)\.", r"Числа переставлены местами (ожидалось \1)."),
    (r"the pair (.+) given as (.+)", r"пара \1 дана как \2"),
    (r"The ratio is not right \(expected (.+)\)\.", r"Соотношение неверное (ожидалось \1)."),
    (r"The direction is the wrong way round \(a rise is not a fall\)\.", "Направление обратное (рост — не спад)."),
    (r"Check the negation: your answer says the opposite\.", "Проверьте отрицание: ваш ответ говорит обратное."),
    (r"Check the bound: the answer is (.+)\.", r"Проверьте границу: ответ — \1."),
    (r"That is where the change starts: the answer is (.+)\.", r"Здесь изменение начинается: ответ — \1."),
    (r"(.+) given where the change starts, not where it ends", r"\1: дано, где изменение начинается, а не кончается"),
    (r"Check the wording: your answer says the opposite of what is asked\.",
     "Проверьте слова: ваш ответ говорит обратное тому, о чём спрошено."),
    (r"Check what is counted in and what is left out\.", "Проверьте, что включено в счёт, а что исключено."),
    (r"Right figure; give the unit too \((.+)\)\.", r"Число верное; укажите и единицу (\1)."),
    (r"That is another currency: the answer is (.+)\.", r"Это другая валюта: ответ — \1."),
    (r"The figure is counted over another time \(expected (.+)\)\.",
     r"Число посчитано за другое время (ожидалось \1)."),
    (r"The figure is given per another unit \(expected (.+)\)\.",
     r"Число дано на другую единицу (ожидалось \1)."),
    (r"(.+) is not the figure: the text gives it at another scale\.",
     r"«\1» — не то число: в тексте оно в другом масштабе."),
    (r"The figure is not right\.", "Число неверное."),
    (r"The answer needs a figure\.", "В ответе нужно число."),
    (rf"Give the figure: {_Q} is not one\.", r"Назовите число: «\1» — не число."),
    (r"Give one figure: one of the values you offer is not right\.",
     "Дайте одно число: одно из предложенных значений неверно."),
    (r"Give one date: one of the dates you offer is not right\.", "Дайте одну дату: одна из предложенных дат неверна."),
    (r"Not the right date\.", "Дата неверна."),
    (r"The answer needs a date\.", "В ответе нужна дата."),
    (r"The month is right, but the day is asked for\.", "Месяц верен, но нужен и день."),
    (r"The year is right, but the month is asked for\.", "Год верен, но нужен и месяц."),
    (r"The year is right, but the day is asked for\.", "Год верен, но нужен и день."),
    (r"Not the right time\.", "Время неверное."),
    (r"Give one time\.", "Назовите одно время."),
    (r"Not the right year: a decade is not a year\.", "Год неверен: десятилетие — не год."),
    (r"Not the right year\.", "Год неверен."),
    (r"Give one year\.", "Назовите один год."),
    (r"Your answer also names (.+)\.", r"Ваш ответ называет ещё и \1."),
    (rf"{_Q} changes the answer\.", r"«\1» меняет ответ."),
    (rf"{_Q} is another thing\.", r"«\1» — это другое."),
    (rf"{_Q} names another person\.", r"«\1» — это другой человек."),
    (rf"{_Q} names another ruler\.", r"«\1» — это другой правитель."),
    (rf"{_Q} is not what the question asks about\.", r"«\1» — не то, о чём спрашивает вопрос."),
    (r"Who did what is the wrong way round\.", "Кто что сделал — перепутано."),
    (r"The two sides are the wrong way round\.", "Стороны перепутаны местами."),
    (r"That turns round who acted on whom\.", "Здесь перепутано, кто на кого действовал."),
    (rf"{_Q} is not the name asked for\.", r"«\1» — не то имя, о котором спрашивают."),
    (rf"With {_Q} it is another name\.", r"С «\1» это другое имя."),
    (rf"{_Q} is another name\.", r"«\1» — это другое имя."),
    (rf"{_Q} is another time\.", r"«\1» — это другое время."),
    (r"Most of what you list is not in the text \((.+)\)\.", r"Большей части перечисленного нет в тексте (\1)."),
    (rf"Your answer says {_Q}, which the text does not\.", r"В ответе сказано «\1», а в тексте этого нет."),
    (r"You could also mention: (.+)", r"Можно было назвать и: \1"),
    (r"Missing: (.+)", r"Не хватает: \1"),
    (r"Pick one option: its letter or its text\.", "Выберите один вариант: его букву или текст."),
    (rf"{_Q} is not in that option: pick one\.", r"«\1» в этом варианте нет: выберите один."),
    (r"Not that one: the answer is (\w\))\.", r"Не тот вариант: ответ — \1."),
    (rf"{_Q} is not in that option: name it as written\.", r"«\1» в этом варианте нет: назовите его, как он написан."),
    (r"One of your figures is none of the items\.", "Одного из ваших номеров нет среди пунктов."),
    (r"Some items are out of order\.", "Некоторые пункты стоят не на своём месте."),
    (r"One of your items is none of the card's\.", "Одного из ваших пунктов нет среди пунктов карточки."),
    # the steps of "how it was judged"
    (rf"judged on what is asserted: {_Q}", r"оценено по тому, что утверждается: «\1»"),
    (rf"read with the items' noun: {_Q}", r"прочитано с общим словом пунктов: «\1»"),
    (rf"read with the elements' names: {_Q}", r"прочитано с названиями элементов: «\1»"),
    (r"(.+) bounded from the other side than (.+)", r"\1: граница с другой стороны, чем \2"),
    (rf"{_Q} names another thing", r"«\1» называет другое"),
    (rf"the year read whole: {_Q}", r"год прочитан полностью: «\1»"),
    (rf"read as spelt: {_Q}", r"прочитано по правилам письма: «\1»"),
    (rf"a reply of no: {_Q}", r"ответ «нет»: «\1»"),
    (rf"read in Latin letters: {_Q}", r"прочитано латиницей: «\1»"),
    (rf"read as the card writes it: {_Q}", r"прочитано так, как написано в карточке: «\1»"),
    (rf"a count without a figure: {_Q}", r"количество без числа: «\1»"),
    (rf"read in the Russian layout: {_Q}", r"прочитано в русской раскладке: «\1»"),
    (rf"read in the English layout: {_Q}", r"прочитано в английской раскладке: «\1»"),
    (rf"the negation is of the clause that describes {_Q}", r"отрицание относится к части, описывающей «\1»"),
    (rf"matches the known mistake {_Q}", r"совпадает с известной ошибкой «\1»"),
    (rf"matches {_Q} \(allowing a typo\)", r"совпадает с «\1» (с опечаткой)"),
    (rf"matches {_Q} \(another form of the word\)", r"совпадает с «\1» (другая форма слова)"),
    (rf"matches {_Q}", r"совпадает с «\1»"),
    (r"no accepted wording matched", "ни с одной принятой формулировкой не совпадает"),
    (r"(.+) is the same change as (.+)", r"\1 — то же изменение, что \2"),
    (r"a share of (.+) = (.+)", r"доля \1 = \2"),
    (r"(.+) read as (.+) \(magnitude missing\)", r"\1 прочитано как \2 (порядок не указан)"),
    (rf"{_Q} read as '(.+)'", r"«\1» прочитано как «\2»"),
    (rf"{_Q} read as (.+)", r"«\1» прочитано как \2"),
    (rf"{_Q} matches (\d+)-(\d\d)-(\d\d)", r"«\1» совпадает с \4.\3.\2"),  # a card's date, as Russian writes it
    (rf"{_Q} matches (\d+)-(\d\d)", r"«\1» совпадает с \3.\2"),
    (rf"{_Q} matches (.+)", r"«\1» совпадает с \2"),
    (r"the date (.+) matches", r"дата \1 совпадает"),
    (r"the time (.+) matches", r"время \1 совпадает"),
    (r"the year (\d+) BC matches", r"год \1 до н. э. совпадает"),  # a year of an era, as Russian says it
    (r"the year AD (\d+) matches", r"год \1 н. э. совпадает"),
    (r"the year (.+) matches", r"год \1 совпадает"),
    (r"missing the factor (.+)", r"нет множителя \1"),
    (r"the ratio (.+) not given", r"нет соотношения \1"),
    (r"missing (.+?); given (.+)", r"нет \1; в ответе \2"),
    (r"missing (.+)", r"нет \1"),
    (r"direction words disagree", "слова о направлении расходятся"),
    (rf"{_Q} is the opposite of {_Q}", r"«\1» — противоположность «\2»"),
    (r"negation disagrees", "отрицание расходится"),
    (r"counting in and leaving out disagree", "включение и исключение расходятся"),
    (r"figures given: (.+?); expected (.+)", r"числа в ответе: \1; ожидалось \2"),
    (r"(.+) counted over another time than the card's", r"\1 посчитано за другое время, чем в карточке"),
    (r"(.+) given per another unit than the card's", r"\1 дано на другую единицу, чем в карточке"),
    (r"no figure found in the answer", "в ответе нет числа"),
    (r"offers alternatives: (.+)", r"несколько вариантов: \1"),
    (r"names two: (.+)", r"названо несколько: \1"),
    (r"offers (.+)", r"несколько вариантов: \1"),
    (r"dates given: (.+)", r"даты в ответе: \1"),
    (r"no date found in the answer", "в ответе нет даты"),
    (r"times given: (.+)", r"время в ответе: \1"),
    (r"decade given: (.+)", r"десятилетие в ответе: \1"),
    (r"years given: (.+)", r"годы в ответе: \1"),
    (rf"adds the qualifier {_Q}", r"добавлено уточнение «\1»"),
    (r"adds (.+)", r"добавлено: \1"),
    (rf"{_Q} in place of a word of {_Q} the question gives", r"«\1» вместо слова из «\2», данного в вопросе"),
    (rf"{_Q} in place of a word of {_Q}", r"«\1» вместо слова из «\2»"),
    (rf"{_Q} of the name {_Q}", r"«\1» при имени «\2»"),
    (rf"the roles of {_Q} reversed", r"роли в «\1» перепутаны"),
    (rf"the sides of {_Q} swapped", r"стороны в «\1» переставлены"),
    (r"the question's doer made the one acted on", "тот, кто действует в вопросе, стал тем, на кого действуют"),
    (rf"puts {_Q} before the name {_Q}", r"«\1» перед именем «\2»"),
    (rf"{_Q} goes on a name of the pack", r"«\1» продолжает другое имя из набора"),
    (rf"{_Q} is another name than {_Q}", r"«\1» — другое имя, не «\2»"),
    (rf"{_Q}: the pack numbers it otherwise", r"«\1»: в наборе у этого имени другой номер"),
    (rf"{_Q} in the place of a name's qualifier", r"«\1» на месте определения имени"),
    (rf"{_Q} is another season than the card's", r"«\1» — другое время года, не то, что в карточке"),
    (r"names (.+), which the answer does not", r"названо \1, чего нет в ответе"),
    (rf"chose (\w\) .+); also names {_Q}", r"выбран вариант \1; назван также «\2»"),
    (rf"chose (\w\) .+); names {_Q}", r"выбран вариант \1; назван «\2»"),
    (r"chose (\w\) .+)", r"выбран вариант \1"),
    (r"no single option recognised", "не распознан ни один вариант"),
    (r"([✓✗]) blank (\d+): \(empty\)", r"\1 пропуск \2: (пусто)"),
    (r"([✓✗]) blank (\d+): (.*) \(blanks joined by 'and', in another order\)",
     r"\1 пропуск \2: \3 (пропуски, соединённые «и», в другом порядке)"),
    (r"([✓✗]) blank (\d+): (.*)", r"\1 пропуск \2: \3"),
    (r"every blank found in the answer", "все пропуски найдены в ответе"),
    (r"all items in order", "все пункты по порядку"),
    (r"a figure that is no item", "номер, которого нет среди пунктов"),
)
_RU_COMPILED = tuple((re.compile(en, re.DOTALL), ru) for en, ru in _RU)

# sentences with a count, whose noun takes the count's form (after "из": "из 1 пункта", "из 5 пунктов")
_COUNTED: tuple[tuple[re.Pattern[str], str, tuple[str, str, str]], ...] = tuple(
    (re.compile(en, re.DOTALL), ru, forms) for en, ru, forms in (
        (r"(\d+) of (\d+) points\.", "{0} из {1} {noun}.", ("пункта", "пунктов", "пунктов")),
        (r"(\d+) of (\d+) blanks right\.", "Верно {0} из {1} {noun}.", ("пропуска", "пропусков", "пропусков")),
        (r"(\d+) of (\d+) pairs in the right order", "{0} из {1} {noun} в правильном порядке", ("пары", "пар", "пар")),
        (r"recognised (\d+) of (\d+) items", "распознано {0} из {1} {noun}", ("пункта", "пунктов", "пунктов")),
        (r"(\d+) claims the text does not make()", "утверждений, которых нет в тексте: {0}", ("", "", "")),
        (r"Give all (\d+) items, in order\.()", "Назовите все {0} {noun0} по порядку.", ("пункт", "пункта", "пунктов")),
    ))


# what a figure of each kind measures ("the answer gives a length of time where an amount of money is asked for")
_KINDS_RU = {
    "an amount of money": "сумма денег", "a percentage": "процент", "a length of time": "промежуток времени",
    "a length": "длина", "an area": "площадь", "a volume": "объём", "a mass": "масса", "a temperature": "температура",
    "a density": "плотность", "an amount of data": "объём данных", "a data rate": "скорость передачи данных",
    "a current": "сила тока", "a voltage": "напряжение", "a power": "мощность", "an energy": "энергия",
    "a resistance": "сопротивление", "a frequency": "частота", "a force": "сила", "a pressure": "давление",
    "a capacitance": "ёмкость", "a speed": "скорость", "a time of day": "время суток", "a factor": "кратность",
    "a dose of radiation": "доза облучения", "an absorbed dose": "поглощённая доза", "an activity": "активность",
    "an exposure": "экспозиционная доза", "a magnetic field": "магнитная индукция", "a charge": "заряд",
    "an amount of substance": "количество вещества", "an illuminance": "освещённость",
    "a level in decibels": "уровень в децибелах",
}
_OTHER_KIND = re.compile(r"The answer gives (an? [a-z ]+?) \((.+)\) where (an? [a-z ]+?) is asked for\.", re.DOTALL)


def _one_ru(sentence: str) -> str:
    """One sentence of the grader in Russian (as it is when it has no wording here)."""
    kinds = _OTHER_KIND.fullmatch(sentence)
    if kinds and kinds.group(1) in _KINDS_RU and kinds.group(3) in _KINDS_RU:
        return f"В ответе {_KINDS_RU[kinds.group(1)]} ({kinds.group(2)}), а спрашивается {_KINDS_RU[kinds.group(3)]}."
    for pattern, wording in _RU_COMPILED:
        found = pattern.fullmatch(sentence)
        if found:
            return found.expand(wording)
    return sentence


def verdict_words(text: str, language: str = "en") -> str:
    """The grader's feedback or a step of its trace in `language`, sentence by sentence."""
    if language != "ru" or not text:
        return text
    head, missing, rest = text.partition("Missing: ")
    if missing:  # "1 of 2 points. Missing: a; b": the list is the pack's own words
        return (verdict_words(head.strip(), language) + " " + _one_ru(missing + rest)).strip()
    for pattern, wording, forms in _COUNTED:
        found = pattern.fullmatch(text)
        if found:
            first, second = found.groups()
            n = int(second or 0)
            return wording.format(first, second, noun=plural_ru(n, forms), noun0=plural_ru(int(first), forms))
    return _one_ru(text)
