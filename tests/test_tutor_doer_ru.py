""""Чем занимались X?", "что делают X?" ask X's deeds: a passage opening with X in the very form asked (the subject)
and a verb of a deed after it answers before one naming X in another case ("Смотрителем маяка служил ..."), one saying
what X is ("X бывают двух видов", "X обращены ...") or one setting X in a place (`tutor.topics.opens_with_doer`,
the topic bonus). Shown on notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.topics import opens_with_doer
from tests.notes import place, tutor_on

NOTES = """\
Смотрителем маяка на мысе Зелёном служил отставной боцман Игнат Рябов.
Смотрители маяка зажигали фонарь на закате и чистили стёкла каждое утро.
Смотрители маяка бывают штатные и вольнонаёмные.
Лоцманы жили в посёлке у маяка.
В посёлке жили лоцманы, которые проводили суда через мели.
"""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "Маяк", "ru")


@pytest.mark.parametrize(("question", "sentence"), [
    ("Чем занимались смотрители маяка?", "Смотрители маяка зажигали"),  # not "Смотрителем маяка служил"
    ("Что делали лоцманы?", "В посёлке жили лоцманы, которые"),
])
def test_ru_the_deeds_of_the_doer_asked_rank_first(tutor, question, sentence):
    assert place(tutor, question, sentence) == 0


@pytest.mark.parametrize(("text", "question", "doer"), [
    ("Смотрители маяка зажигали фонарь.", "чем занимались смотрители маяка", True),
    ("В 1900 году смотрители маяка зажигали фонарь.", "чем занимались смотрители маяка", True),  # a date first
    ("Смотрителем маяка служил боцман.", "чем занимались смотрители маяка", False),  # another case
    ("Смотрители маяка бывают штатные.", "чем занимались смотрители маяка", False),  # a verb of being
    ("Смотрители маяка обращены к морю.", "что делают смотрители маяка", False),  # a passive participle
    ("Смотрители маяка зажигали фонарь.", "когда смотрители маяка зажигали фонарь", False),  # no question of deeds
])
def test_opens_with_doer(tutor, text, question, doer):
    assert opens_with_doer(text, question, tutor.words) is doer
