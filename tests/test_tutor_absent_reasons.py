"""A "why not" question answered by what did happen (`tutor.absent_reasons`): "почему мельницу не построили из
камня?" wants a reason for what was not done; a reply that only says what was done ("построили у реки, чтобы ...")
says the text gives no reason for it (`Reply.no_reason`); a reply that says a negation, a contrast or the opposite of
the word negated gives one.
Shown on small notes written here (no pack's subject), in Russian and English."""

from __future__ import annotations

import pytest

from studybot.core import tutor
from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Деревня Ольховка стоит на берегу реки Тихой.
В 1820 году мельницу Ольховки построили из дуба у самой реки, чтобы вода вращала колесо.
Дамбу у мельницы насыпали из глины, чтобы защитить мельницу от паводков.
Мост через Тихую не стали строить, потому что денег у общины не было.
Колокольню поставили деревянной: камень был прочнее, но возить его было далеко.
Сёстры Мельниковы различны характером, потому что росли в разных семьях.
"""
PACK = Pack(id="olkhovka", title="Ольховка", language="ru", cards=(),
            sections=(Section(id="s", title="Деревня Ольховка", notes=NOTES),))

NOTES_EN = """\
The village of Alderby lies on the river Quill.
In 1820 the mill of Alderby was built of oak right by the river, so that the water could turn its wheel.
No bridge over the Quill was built, because the parish had no money.
"""
PACK_EN = Pack(id="alderby", title="Alderby", language="en", cards=(),
               sections=(Section(id="s", title="The village of Alderby", notes=NOTES_EN),))

# (pack, question, a fact the reply shows, whether it says the text gives no reason)
CASES = [
    (PACK, "почему ольховку не защитили дамбой?", "защитить мельницу", True),
    (PACK, "почему мельницу ольховки не построили у реки?", "вращала колесо", True),
    (PACK, "почему мост через тихую не построили?", "денег у общины не было", False),
    (PACK, "почему колокольню не поставили каменной?", "но возить", False),
    (PACK, "почему мельницу построили у реки?", "вращала колесо", False),
    (PACK, "почему сёстры мельниковы не похожи?", "росли в разных семьях", False),  # the opposite: "различны"
    (PACK_EN, "why was the mill of Alderby not built by the river?", "turn its wheel", True),
    (PACK_EN, "why was no bridge built over the Quill?", "no money", False),
]


@pytest.mark.parametrize(("pack", "question", "fact", "no_reason"), CASES)
def test_a_why_not_answered_by_what_did_happen_says_no_reason(pack, question, fact, no_reason):
    reply = Tutor(pack, cache=False).ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)
    assert reply.no_reason is no_reason


def test_without_the_rule_what_did_happen_answers_the_why_not(monkeypatch):
    monkeypatch.setattr(tutor, "absence_unexplained", lambda q, docs, words: False)
    reply = Tutor(PACK, cache=False).ask(CASES[0][1])
    assert reply.kind == "answer" and not reply.no_reason
