"""Times of day are one quantity, in English and Russian (core/clock_times.py).

"17:30", "5:30 pm", "5.30 p.m.", "half past five in the afternoon", "17h30" are one time; "в 17.30",
"в 17 ч 30 мин", "в половине шестого вечера", "полшестого" another way of writing it. A time that says
morning or evening (am/pm, утра/вечера/дня/ночи, a 24-hour figure, noon, midnight) is that time; one
that does not ("5:30", "half past five") is either. Traps: "5.30" alone is a decimal, "1:48" on a card
about a scale is a ratio, "3:1" a score, "John 3:16" a verse, "2 дня" two days, "from 5 to 6 pm" a
range, "без пяти шесть" is 5:55 (not the number 11). Cards are on invented subjects (a ferry, a bakery,
an observatory, a school bell, a model railway, a match); each row says what a teacher would mark.
"""

from __future__ import annotations

import pytest

from studybot.core.clock_times import read_clock
from studybot.core.grading import Grader
from studybot.core.quantities import find_quantities, spelled_to_digits
from studybot.core.text import normalise
from tests.cards import explain, short

EN = Grader()
RU = Grader(language="ru")


def minutes(text: str, lang: str = "en") -> list[tuple[float, bool]]:
    """The times of day a text writes: (minutes after midnight, morning or evening left open)."""
    return [(t.minutes, t.either) for t in read_clock(spelled_to_digits(normalise(text), lang), lang)[1]]


# ----------------------------------------------------------------- reading, English

@pytest.mark.parametrize(("text", "expected"), [
    ("17:30", [(1050, False)]),
    ("05:30", [(330, False)]),  # the 24-hour clock writes the morning with a nought
    ("5:30 pm", [(1050, False)]),
    ("5.30 p.m.", [(1050, False)]),
    ("5:30 a.m.", [(330, False)]),
    ("5:30 in the evening", [(1050, False)]),
    ("half past five in the afternoon", [(1050, False)]),
    ("half past five", [(330, True)]),  # morning or evening: either
    ("a quarter to six", [(345, True)]),
    ("quarter past five", [(315, True)]),
    ("at ten past five", [(310, True)]),
    ("at twenty to six", [(340, True)]),
    ("twenty minutes to six", [(340, True)]),
    ("five thirty pm", [(1050, False)]),
    ("six o'clock", [(360, True)]),
    ("6 pm", [(1080, False)]),
    ("11 at night", [(1380, False)]),
    ("3 at night", [(180, False)]),
    ("12 am", [(0, False)]),
    ("12 pm", [(720, False)]),
    ("noon", [(720, False)]),
    ("at midday", [(720, False)]),
    ("by midnight", [(0, False)]),
    ("17h30", [(1050, False)]),
    ("half five", [(330, True)]),  # British: 5:30
    ("quarter to one", [(765, True)]),  # 12:45
    # traps: no time of day
    ("5.30", []),  # a decimal
    ("12.50%", []),
    ("$17.30", []),
    ("1:48", []),  # a ratio, a score or a time: the card decides (see below)
    ("John 3:16", []),
    ("2001:db8::1", []),
    ("from 5 to 6 years", []),
    ("twenty to six", []),  # "20 to 6": a range unless "at" or "minutes" says otherwise
    ("quarter to six hours", []),
    ("the afternoon", []),
])
def test_english_times_read(text, expected):
    assert minutes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("в 17:30", [(1050, False)]),
    ("в 17.30", [(1050, False)]),
    ("в 17 ч 30 мин", [(1050, False)]),
    ("в половине шестого вечера", [(1050, False)]),
    ("в половине шестого", [(330, True)]),  # half of the sixth hour
    ("полшестого", [(330, True)]),
    ("без четверти шесть", [(345, True)]),
    ("без пяти шесть", [(355, True)]),
    ("без двадцати пяти шесть", [(335, True)]),
    ("четверть шестого", [(315, True)]),
    ("в пять минут седьмого", [(365, True)]),
    ("в шесть утра", [(360, False)]),
    ("в шесть вечера", [(1080, False)]),
    ("в 2 часа дня", [(840, False)]),
    ("в 3 часа ночи", [(180, False)]),
    ("в 11 вечера", [(1380, False)]),
    ("в 6 часов", [(360, True)]),
    ("в полдень", [(720, False)]),
    ("в полночь", [(0, False)]),
    ("после полуночи", [(0, False)]),
    ("с 9.00 до 18.00", [(540, True), (1080, False)]),
    ("в полпервого ночи", [(30, False)]),
    # traps
    ("за 2 дня", []),  # two days
    ("до 6 часов", []),  # up to six hours, or until six: no time said
    ("увеличилась в 2.5 раза", []),
    ("половина 6 миллионов", []),
    ("в 6", []),
    ("полгода", []),
])
def test_russian_times_read(text, expected):
    assert minutes(text, "ru") == expected


def test_a_time_is_one_quantity_and_a_ratio_two_figures():
    (time,) = find_quantities("at half past five in the afternoon")
    assert (time.kind, time.value, time.unit) == ("time", 1050, "24h")
    ratio = find_quantities("a scale of 1:48")
    assert [q.value for q in ratio] == [1, 48] and all(q.kind == "count" for q in ratio)
    assert [q.value for q in find_quantities("без пяти шесть", lang="ru")] == [355]
    assert spelled_to_digits("без пяти шесть", "ru") == "без 5 6"  # two numbers, not 11
    assert spelled_to_digits("двадцать пять тысяч", "ru") == "25000"


# ----------------------------------------------------------------- grading, English

@pytest.mark.parametrize(("card", "given", "right"), [
    (short("At 5:30 pm", prompt="When does the last ferry leave?"), "17:30", True),
    (short("At 5:30 pm", prompt="When does the last ferry leave?"), "half past five in the afternoon", True),
    (short("At 5:30 pm", prompt="When does the last ferry leave?"), "5.30 p.m.", True),
    (short("At 5:30 pm", prompt="When does the last ferry leave?"), "17h30", True),
    (short("At 5:30 pm", prompt="When does the last ferry leave?"), "5:30", True),  # either half: not wrong
    (short("At 5:30 pm", prompt="When does the last ferry leave?"), "5.30", True),  # a bare figure, read as a time
    (short("At 5:30 pm", prompt="When does the last ferry leave?"), "5:30 am", False),
    (short("At 5:30 pm", prompt="When does the last ferry leave?"), "half past six", False),
    (short("At 5:30 pm", prompt="When does the last ferry leave?"), "6:30 pm", False),
    (short("At 5:30 pm", prompt="When does the last ferry leave?"), "5:30 or 6:30", False),
    (short("17:30", prompt="When does the bakery close?"), "half five", True),
    (short("17:30", prompt="When does the bakery close?"), "5:30 in the morning", False),
    (short("at noon", prompt="When is the bell rung?"), "at midday", True),
    (short("at noon", prompt="When is the bell rung?"), "12 pm", True),
    (short("at noon", prompt="When is the bell rung?"), "at midnight", False),
    (short("at noon", prompt="When is the bell rung?"), "12 am", False),
    (short("a quarter to six", prompt="When did the dome open?"), "5:45", True),
    (short("a quarter to six", prompt="When did the dome open?"), "quarter past six", False),
    (short("a quarter to six", prompt="When did the dome open?"), "5:15", False),
    (short("at about 6 pm", prompt="When did the match start?"), "at 6", True),
    (short("at about 6 pm", prompt="When did the match start?"), "18:00", True),
    (short("at about 6 pm", prompt="When did the match start?"), "6 am", False),
    # a ratio, a score: "1:48" stays two figures where the card says so
    (short("1:48", prompt="What is the scale of the model railway?"), "1:48", True),
    (short("1:48", prompt="What is the scale of the model railway?"), "1 to 48", True),
    (short("1:48", prompt="What is the scale of the model railway?"), "1:50", False),
    (short("3:1", prompt="What was the final score?"), "2:1", False),
    # a time in a sentence: the words agree too
    (short("the ferry left at 5:30 pm"), "the ferry left at half past five in the evening", True),
    (short("the ferry left at 5:30 pm"), "the ferry left at half past six in the evening", False),
    (explain("the dome opens at 10 pm", "the telescope cools for an hour"),
     "the dome opens at 22:00 and the telescope cools for an hour", True),
    (explain("the dome opens at 10 pm", "the telescope cools for an hour"),
     "the dome opens at 10 am and the telescope cools for an hour", False),
])
def test_english_times_graded(card, given, right):
    assert EN.grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given", "right"), [
    (short("в 17:30", prompt="Когда отходит паром?"), "в половине шестого вечера", True),
    (short("в 17:30", prompt="Когда отходит паром?"), "в 17.30", True),
    (short("в 17:30", prompt="Когда отходит паром?"), "в 17 ч 30 мин", True),
    (short("в 17:30", prompt="Когда отходит паром?"), "полшестого", True),
    (short("в 17:30", prompt="Когда отходит паром?"), "в 5:30 утра", False),
    (short("в 17:30", prompt="Когда отходит паром?"), "в 18:30", False),
    (short("в 17:30", prompt="Когда отходит паром?"), "в половине седьмого", False),
    (short("без четверти шесть", prompt="Когда открыли купол?"), "в 17.45", True),
    (short("без четверти шесть", prompt="Когда открыли купол?"), "без четверти семь", False),
    (short("без четверти шесть", prompt="Когда открыли купол?"), "в 5:15", False),
    (short("в полдень", prompt="Когда звонит колокол?"), "в 12 часов дня", True),
    (short("в полдень", prompt="Когда звонит колокол?"), "в полночь", False),
    (short("в полдень", prompt="Когда звонит колокол?"), "в 12 ночи", False),
    (short("в шесть утра", prompt="Когда открывается пекарня?"), "в 6 часов", True),
    (short("в шесть утра", prompt="Когда открывается пекарня?"), "в 6 вечера", False),
    (short("в шесть утра", prompt="Когда открывается пекарня?"), "в 18:00", False),
    (short("паром отходит в 17:30"), "паром отходит в половине шестого вечера", True),
    (short("паром отходит в 17:30"), "паром отходит в половине седьмого вечера", False),
    (short("тесто подходит 2 дня", prompt="Сколько подходит тесто?"), "2 дня", True),  # days, not 2 pm
])
def test_russian_times_graded(card, given, right):
    assert RU.grade(card, given).correct is right
