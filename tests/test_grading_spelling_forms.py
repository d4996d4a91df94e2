"""Forms a learner writes as heard or shortened: a Russian verb's "-тся" written "-ца" ("уменьшица") is the verb;
a month alone in a blank is that month in any of its forms ("Oct", "Oct.", "окт." for "October"); another verb
or month stays wrong. Invented subjects (`grading.heard`, `structured._dated_blank`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.heard import as_spelt
from studybot.core.packs import Card, Pack, Section
from tests.cards import short

HEARD = [
    ("уменьшица", "уменьшится"),
    ("давление получаеца меньше", "давление получается меньше"),
    ("он кажеца прав", "он кажется прав"),
    ("уменьшится", None),
]


@pytest.mark.parametrize(("answer", "spelt"), HEARD)
def test_a_verb_ending_written_as_heard(answer, spelt):
    assert as_spelt(answer, "ru") == spelt


def _pack(card: Card, lang: str) -> Grader:
    return Grader.for_pack(Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                                language=lang))


@pytest.mark.parametrize(("answer", "right"), [("уменьшица", True), ("увеличица", False), ("уменьшится", True)])
def test_a_short_russian_answer_spelt_as_heard(answer, right):
    card = short("Уменьшится", "станет меньше", prompt="Как изменится давление, если поднять поршень?")
    assert _pack(card, "ru").grade(card, answer).correct is right


MONTHS = [
    ("en", "Oct", True), ("en", "Oct.", True), ("en", "October", True), ("en", "Nov", False),
    ("ru", "окт.", True), ("ru", "октябре", True), ("ru", "нояб.", False),
]


@pytest.mark.parametrize(("lang", "month", "right"), MONTHS)
def test_a_month_alone_in_a_blank_in_any_form(lang, month, right):
    word = "October" if lang == "en" else "октябре"
    card = Card(id="c", section="s", kind="cloze", prompt="Fill in the blanks.", answer=f"{word}, Tolland",
                text=f"The fleet sailed in {{{{{word}}}}} from {{{{Tolland}}}}.", blanks=((word,), ("Tolland",)))
    assert _pack(card, lang).grade(card, f"{month}; Tolland").correct is right
