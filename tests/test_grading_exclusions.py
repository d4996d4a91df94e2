"""A phrase that leaves a thing out of a count ("Sundays excepted", "not counting Sundays", "не считая
воскресений", "без учёта воскресений") is no negation of the point: an answer that leaves the same thing out in
other words is right, one that counts it in ("including Sundays", "включая воскресенья") is not, and a real
negation ("not 10 days", "не 10 дней") still fails. Invented cards of no pack (`exclusions`)."""

from __future__ import annotations

import pytest

from studybot.core.exclusions import rewrite_exclusions
from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec, Pack, Section


def short(answer: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


def numeric(answer: str, prompt: str) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=answer,
                number=NumberSpec(10, "days", 0.0, False))


EN_SHORT = short("10 days (Sundays excepted)", "How long did the fair last?")
EN_FIGURE = numeric("10 days (Sundays excepted)", "How many days did the fair last?")
RU_SHORT = short("10 дней (не считая воскресений)", "Сколько длилась ярмарка?")
RU_FIGURE = numeric("10 дней (не считая воскресений)", "Сколько дней длилась ярмарка?")
EN_COUNTED = short("12 members, including the chairman", "How many sat on the board?")
RU_COUNTED = short("12 членов, включая председателя", "Сколько человек было в совете?")

LEFT_OUT_EN = ["10 days not counting Sundays", "ten days excluding sundays", "10 days except Sundays",
               "10 days; Sundays were not counted",
               "10 days, Sundays not included", "10 days, not counting Sundays", "10 days, except for Sundays",
               "10 days with the exception of Sundays"]
COUNTED_IN_EN = ["10 days including Sundays", "10 days, Sundays counted"]
LEFT_OUT_RU = ["10 дней, не считая воскресений", "10 дней кроме воскресений", "10 дней, за исключением воскресений",
               "10 дней без учета воскресений", "10 дней без учёта воскресений", "10 дней, исключая воскресенья"]
COUNTED_IN_RU = ["10 дней, включая воскресенья", "10 дней, считая воскресенья", "10 дней с учётом воскресений"]

ROWS = [
    *(("en", c, a, True) for c in (EN_SHORT, EN_FIGURE) for a in LEFT_OUT_EN),
    *(("en", c, a, False) for c in (EN_SHORT, EN_FIGURE) for a in (*COUNTED_IN_EN, "not 10 days")),
    *(("ru", c, a, True) for c in (RU_SHORT, RU_FIGURE) for a in LEFT_OUT_RU),
    *(("ru", c, a, False) for c in (RU_SHORT, RU_FIGURE) for a in (*COUNTED_IN_RU, "не 10 дней")),
    # the other way round: a wording that counts a thing in is not met by leaving it out
    ("en", EN_COUNTED, "12 members including the chairman", True),
    ("en", EN_COUNTED, "12 members, not counting the chairman", False),
    ("en", EN_COUNTED, "12 members excluding the chairman", False),
    ("en", EN_COUNTED, "12 members; the chairman was not counted", False),
    ("ru", RU_COUNTED, "12 членов, включая председателя", True),
    ("ru", RU_COUNTED, "12 членов, не считая председателя", False),
    ("ru", RU_COUNTED, "12 членов, кроме председателя", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_leaving_out_is_no_negation(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right


@pytest.mark.parametrize(("code", "text", "said"), [
    ("en", "not counting sundays", "except sundays"),
    ("en", "sundays not included", "sundays except"),
    # a negation of the clause's own verb keeps its negator
    ("en", "they were not counting the votes", "they were not counting the votes"),
    ("en", "the towns were not included in the league", "the towns were not included in the league"),
    ("en", "10 days; sundays were not counted.", "10 days; sundays were except."),
    ("en", "the towns included the port", "the towns included the port"),
    ("ru", "не считая воскресений", "кроме воскресений"),
    # "не считая, что": not believing
    ("ru", "он ушел, не считая, что это важно", "он ушел, не считая, что это важно"),
])
def test_what_is_read_as_leaving_out(code, text, said):
    assert rewrite_exclusions(text, code) == said
