"""A "why" question and a passage opening with a result marker ("Поэтому ...", "That is why ..."): the passage tells
what followed from the sentence before; when only that sentence tells of the event asked about, the passage answers
why something else happened, not the question (`tutor.results_asked`). Shown on small notes written here."""

from __future__ import annotations

import pytest

import studybot.core.tutor as tutor_module
from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Война со шведами началась в 1702 году.
Гарнизон крепости Вельск отступал к реке Мше, потому что поодиночке не мог удержать стены против
втрое большего войска шведов.
Отступление вызывало недовольство горожан и купцов, и дума требовала сменить коменданта гарнизона.
Поэтому летом 1702 года воевода назначил комендантом всего гарнизона полковника Ларина.
Ларину было 58 лет; он служил в крепости с юности.
"""
NOTES_EN = """\
The war with Sweden began in 1702.
The garrison of Velsk fell back to the river, because alone it could not hold the walls against an army
three times its size.
The retreat angered the townspeople and the merchants, and the council demanded a new commander of the garrison.
That is why in the summer of 1702 the governor appointed Colonel Larin commander of the whole garrison.
Larin was 58 years old and had served in the fortress since his youth.
"""
PACK = Pack(id="velsk", title="Вельск", language="ru", cards=(),
            sections=(Section(id="s", title="Крепость Вельск", notes=NOTES),))
PACK_EN = Pack(id="velsk-en", title="Velsk", language="en", cards=(),
               sections=(Section(id="s", title="The fortress of Velsk", notes=NOTES_EN),))

CASES = [
    (PACK, "Почему гарнизон отступал летом 1702?", "поодиночке не мог удержать"),  # the cause, not its result
    (PACK, "почему ларина назначили комендантом", "Поэтому летом 1702"),  # the result passage answers its own event
    (PACK_EN, "Why did the garrison fall back in the summer of 1702?", "alone it could not hold"),
    (PACK_EN, "why was Larin appointed commander?", "That is why"),
]


@pytest.mark.parametrize(("pack", "question", "said"), CASES)
def test_a_result_answers_why_its_own_event_happened_not_why_its_cause_did(pack, question, said):
    reply = Tutor(pack, cache=False).ask(question)
    assert reply.kind == "answer" and said in reply.text


def test_without_the_rule_the_result_of_the_retreat_answers_why_it_retreated(monkeypatch):
    monkeypatch.setattr(tutor_module, "without_causes", lambda q, ranked, ranker: ranked)
    reply = Tutor(PACK, cache=False).ask(CASES[0][1])
    assert "поодиночке" not in reply.text
