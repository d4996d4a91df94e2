"""A Russian keypoint's verb that the lexicon rewrites in one aspect only ("сохраняется" is read "не меняется"),
said by the answer in the other aspect or tense ("сохранились"), or the other way round (`grading.aspect_kept`,
issue #11): the point is tried with its verb in the answer's form, negated and checked as that form reads. The
form as written keeps its own synonyms ("остались"). Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, structured
from studybot.core.grading.aspect_kept import other_aspect_wordings
from tests.cards import one_point

KEPT = one_point("в архиве сохраняются письма купца", "Что есть в архиве?")
SURVIVED = one_point("в архиве сохранились письма купца", "Что есть в архиве?")
LOST = one_point("масса вещества не сохраняется", "Что происходит с массой?")
STOPPED = one_point("купец перестал платить налоги", "Что сделал купец?")

ROWS = [
    (KEPT, "в архиве сохранились письма купца", True),  # the perfective for the imperfective
    (KEPT, "в архиве не сохранились письма купца", False),
    (KEPT, "в архиве сгорели письма купца", False),
    (SURVIVED, "в архиве сохраняются письма купца", True),  # the imperfective for the perfective
    (SURVIVED, "письма купца сохранялись в архиве", True),
    (SURVIVED, "в архиве не сохраняются письма купца", False),
    (SURVIVED, "в архиве остались письма купца", True),  # (the form as written keeps its synonyms)
    (LOST, "масса вещества не сохранилась", True),
    (LOST, "масса вещества сохранилась", False),
    (STOPPED, "купец переставал платить налоги", True),
    (STOPPED, "купец продолжал платить налоги", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_verb_rewritten_in_one_aspect_meets_its_other_aspect(card, given, right):
    assert Grader(language="ru").grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS
                                             if right and "остались" not in given])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(structured, "other_aspect_wordings", lambda wordings, got: ())
    assert not Grader(language="ru").grade(card, given).correct


def test_only_where_one_form_is_rewritten_and_the_other_not():
    grader = Grader(language="ru")
    # the same form, or two forms neither of which the lexicon rewrites: nothing to try
    assert other_aspect_wordings(("в архиве сохраняются письма",), grader.prep("в архиве сохраняются письма")) == ()
    assert other_aspect_wordings(("купец построил дом",), grader.prep("купец строил дом")) == ()
    assert other_aspect_wordings(("в архиве сохранились письма",), grader.prep("там сохраняются письма")) \
        == ("в архиве сохраняются письма",)
    english = Grader()
    assert other_aspect_wordings(("the letters were kept",), english.prep("the letters are kept")) == ()
