""""Какого числа ...?" asks a day of the month, a date: "числа" frames the question and is not a word to find in the
answer ("число лавок" is no date), as "когда" (`lexicon_ru_tutor.RUSSIAN_TUTOR.rewrites`); "какое число X?" still asks
a figure. Shown on small notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Крепость Ордынь стоит на реке Вилге.
Первую ярмарку открыли 14 сентября 1703 года, в день Воздвижения.
К 1710 году число лавок на ярмарке в Ордыни достигло сорока.
"""
PACK = Pack(id="yarmarka", title="Ярмарка", language="ru", cards=(),
            sections=(Section(id="s", title="Ярмарка в Ордыни", notes=NOTES),))


@pytest.mark.parametrize(("question", "fact"), [("Какого числа открылась ярмарка в Ордыни?", "14 сентября"),
                                                ("какого числа открыли первую ярмарку?", "14 сентября"),
                                                ("Какое число лавок было на ярмарке в 1710 году?", "сорока")])
def test_the_day_of_the_month_is_a_date(question, fact):
    reply = Tutor(PACK, cache=False).ask(question)
    assert reply.kind == "answer" and fact in reply.sentences[0]
