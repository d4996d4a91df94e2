"""A question that asks whom its doer acted on, answered by a sentence that makes the doer the one acted on (issue
#11): "Morrow tricked the duke" does not answer "Which general did the duke trick?", nor "Ершов обманул герцога"
"Кого из генералов герцог обманул?"; the name alone, or a sentence that keeps the roles, does
(`grading.asked_object`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

EN = short("General Morrow", "Morrow", prompt="Which general did the duke trick with a false crossing at the ford?")
RU = short("Генерала Ершова", "Ершова", "генерал Ершов",
           prompt="Кого из генералов герцог обманул ложной переправой у брода?")
RU_WHO = short("Генерал Ершов", "Ершов", prompt="Кто из генералов обманул герцога ложной переправой у брода?")


@pytest.mark.parametrize(("card", "lang", "answer", "right"), [
    (EN, "en", "Morrow tricked the duke", False),
    (EN, "en", "Morrow tricked the duke at the ford", False),
    (EN, "en", "the duke tricked Morrow", True),
    (EN, "en", "Morrow", True),
    (EN, "en", "General Morrow, whom the duke tricked", True),
    (RU, "ru", "Ершов обманул герцога", False),
    (RU, "ru", "герцог обманул Ершова", True),
    (RU, "ru", "Ершова", True),
    (RU, "ru", "генерал Ершов", True),
    (RU_WHO, "ru", "Ершов обманул герцога", True),  # asked who did it: the roles are the question's
])
def test_the_questions_doer_made_the_one_acted_on(card, lang, answer, right):
    assert Grader(language=lang).grade(card, answer).correct is right
