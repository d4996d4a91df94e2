"""A keypoint that says a refusal ("refused to sign", "rejected the plan", "от сноса отказались", "совет отверг
проект") is made by an answer that says it the same way, in any word order, or by its plain negation ("did not
sign", "решили не сносить"), never by its opposite ("signed", "снесли", "приняли") nor by the refusal denied ("от
сноса не отказались"). In Russian what was refused may stand before the verb ("от сноса отказались"): the verb,
read as a negation, is read first (phrases.rewrite_phrases). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

EN, RU = Grader(language="en"), Grader(language="ru")

DEMOLITION = one_point("после протестов от сноса отказались", "Чем закончились планы снести рынок?")
DEMOLITION_LATER = one_point("отказались от сноса рынка", "Чем закончились планы снести рынок?")
MALL = one_point("совет отверг проект торгового центра", "Что решил совет?")
DREDGING = one_point("the board rejected the dredging plan", "What did the board do with the plan?")
LEASE = one_point("the keeper refused to sign the lease", "Why did the treaty fail?")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (RU, DEMOLITION, "после протестов от сноса отказались", True),
    (RU, DEMOLITION, "его считают коробкой, и после протестов от сноса отказались", True),
    (RU, DEMOLITION, "после протестов отказались от сноса", True),
    (RU, DEMOLITION, "после протестов от сноса рынка власти отказались", True),
    (RU, DEMOLITION, "после протестов рынок решили не сносить", True),
    (RU, DEMOLITION, "после протестов рынок снесли", False),
    (RU, DEMOLITION, "после протестов от сноса не отказались", False),
    (RU, DEMOLITION, "после протестов не отказались от сноса", False),
    (RU, DEMOLITION, "после протестов отказались от ремонта", False),
    (RU, DEMOLITION_LATER, "от сноса рынка отказались", True),
    (RU, DEMOLITION_LATER, "от сноса рынка власти не отказались", False),
    (RU, DEMOLITION_LATER, "рынок снесли", False),
    (RU, MALL, "совет отверг проект торгового центра", True),
    (RU, MALL, "совет не принял проект торгового центра", True),
    (RU, MALL, "совет принял проект торгового центра", False),
    (RU, MALL, "совет одобрил проект торгового центра", False),
    (EN, DREDGING, "the board rejected the dredging plan", True),
    (EN, DREDGING, "the board did not accept the dredging plan", True),
    (EN, DREDGING, "the board accepted the dredging plan", False),
    (EN, DREDGING, "the board approved the dredging plan", False),
    (EN, DREDGING, "the board did not reject the dredging plan", False),
    (EN, LEASE, "the keeper refused to sign the lease", True),
    (EN, LEASE, "the keeper did not sign the lease", True),
    (EN, LEASE, "the keeper signed the lease", False),
    (EN, LEASE, "the keeper agreed to sign the lease", False),
])
def test_a_refusal_is_made_by_itself_or_its_plain_negation(grader: Grader, card, answer: str, right: bool) -> None:
    verdict = grader.grade(card, answer)
    assert verdict.correct is right, (answer, verdict.trace)
