"""To a "why" question, a passage that gives the reason and answers the question as fully as any answer must
(`Weights.answer_coverage`) is the reply, though another, saying more of the question's words and no reason, scores
well above it (more than `Weights.near_score` allows a mere neighbour): the text gives the reason, so the reply must not
say it gives none (`replies._answers_too`). Notes of our own (a bakery)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from studybot.core.text import normalise
from studybot.core.tutor.replies import _with_reason
from tests.notes import tutor_on

BAKERY = """\
Тесто — это смесь муки и воды, которую месят в квашне: в деревянной, в глиняной или в медной.
Так возникает закваска: смесь муки и воды, которую держат в квашне: в деревянной, в глиняной или в медной.
Пекарь Онисим месил тесто каждое утро до рассвета.
Готовые хлебы остужали на полках у окна.

Хлебы пекли в большой русской печи с широким подом.
В глиняной и деревянной квашне тепло держится дольше и ровнее, поэтому тесто в них поднимается быстрее.
Дрова для печи кололи во дворе.
"""
REASON = "В глиняной и деревянной квашне тепло держится дольше"


@pytest.fixture(scope="module")
def bakery():
    tutor = tutor_on(BAKERY, "Пекарня", language="ru")
    yield tutor
    tutor.close()


def _reason_under(tutor, question, lead):
    """The reason `_with_reason` gives when the best passage, giving none, scores `lead` times the reason's."""
    asked = tutor.analyser.question(question, normalise(question))
    ranked = tutor.ranker.rank(asked)
    reason = next(r for r in ranked if r.doc.text.startswith(REASON))
    best = next(r for r in ranked if r.doc.text.startswith("Тесто — это"))
    best = replace(best, score=reason.score * lead)
    ranked = [best, *(r for r in ranked if r.doc is not best.doc)]
    found = _with_reason(asked, best, ranked, tutor.ranker)
    return None if found is None else found[0].text


@pytest.mark.parametrize("lead", [1.05, 1.3, 2.0])
def test_a_full_answer_giving_the_reason_is_found_below_the_best(bakery, lead):
    found = _reason_under(bakery, "почему в глиняной квашне тесто поднимается быстрее, чем в медной", lead)
    assert found is not None and found.startswith(REASON)


def test_a_reason_covering_too_little_of_the_question_is_not_taken(bakery):
    # "муки и воды" and "медной" unsaid by it: it covers less than an answer must, and ranks far below
    found = _reason_under(bakery, "почему тесто из муки и воды быстрее в деревянной квашне, чем в медной?", 1.3)
    assert found is None or not found.startswith(REASON)
