"""A sum of money asked by the verb of earning ("how much did X earn?") or by the name of money ("сколько денег X
собрал?", "какую сумму X получил?"): only a figure of money answers it, not a passage whose figures count other things
("the two clerks", "пять городов") nor one that names only years (`lexicon_measures.EN_MEASURE_ASKS`,
`RU_MEASURE_ASKS`). Each row: invented notes, a question, the fact a teacher expects in the reply, or None
when the notes do not answer it.
"""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

CLERKS = ("The two clerks of the Tarn guild earned their keep by writing its letters.\n\n"
          "The Tarn guild built its hall by the river in 1702.")
CLERKS_PAID = ("The two clerks of the Tarn guild earned their bread by keeping its books.\n\n"
               "Each clerk of the Tarn guild earned $40 a week.")
FUND = ("В 1993 году пять городов долины основали фонд Тарна, чтобы собирать деньги на мосты.\n\n"
        "Фонд Тарна помогал строить мосты через реку Велль.")
FUND_RAISED = ("В 1993 году пять городов долины создали фонд Тарна.\n\n"
               "За десять лет фонд Тарна собрал 40 миллионов рублей на мосты через реку Велль.")

ROWS = [
    (CLERKS, "en", "How much did the clerks of the Tarn guild earn?", None),  # a count of clerks, a year
    (CLERKS_PAID, "en", "How much did the clerks of the Tarn guild earn?", "$40 a week"),
    (CLERKS_PAID, "en", "How much does a clerk of the Tarn guild earn in a week?", "$40 a week"),
    (CLERKS, "en", "How many clerks did the Tarn guild have?", "two clerks"),  # a count asked is still answered
    (FUND, "ru", "Сколько денег собрал фонд Тарна?", None),  # a count of towns and a year give no sum
    (FUND, "ru", "Какую сумму собрал фонд Тарна?", None),
    (FUND_RAISED, "ru", "Сколько денег собрал фонд Тарна?", "40 миллионов рублей"),
    (FUND_RAISED, "ru", "Какую сумму собрал фонд Тарна?", "40 миллионов рублей"),
    (FUND, "ru", "Сколько городов создали фонд Тарна?", "пять городов"),
    (FUND, "ru", "Сколько всего денег собрал фонд Тарна?", None),
]


@pytest.mark.parametrize(("notes", "language", "question", "fact"), ROWS, ids=[q for _, _, q, _ in ROWS])
def test_money_asked(notes, language, question, fact):
    tutor = tutor_on(notes, "Notes", language=language)
    assert tutor.ask(question).kind == "decline" if fact is None else says(tutor, question, fact)
