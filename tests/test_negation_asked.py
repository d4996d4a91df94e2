"""A negation the question itself makes is its subject, not the answer's (issue #11, negations caught).

"How many bills did the governor veto?" is answered "he vetoed 41 bills": the answer repeats the
question's "veto", and says nothing opposite to "41". An answer that drops a negation its expected
wording has ("it was never ratified") still fails, and so does a negation neither the question nor
the wording has. Cards are on subjects of our own, in English and Russian.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

EN = Grader()
RU = Grader(language="ru")


def counted(prompt: str, value: int) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=str(value),
                number=NumberSpec(value, None, 0.0, False))


def short(prompt: str, answer: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


VETOES = counted("How many bills did the governor veto in 2020?", 41)
REFUSED = counted("How many applications did the council turn down?", 12)
SIGNED = counted("How many bills did the governor sign in 2020?", 41)
NEVER = short("What happened to the treaty in the Senate?", "It was never ratified")
BANNED = short("Which country refused to sign the accord?", "Norway")
OTKAZ = counted("Сколько заявок комиссия отклонила?", 12)


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, VETOES, "he vetoed 41 bills", True),  # the question's own veto
    (EN, VETOES, "41 vetoes", True),
    (EN, VETOES, "41", True),
    (EN, VETOES, "he vetoed 40 bills", False),  # the figure still decides
    (EN, REFUSED, "they turned down 12", True),
    (EN, SIGNED, "he vetoed 41 bills", False),  # a negation neither the question nor the answer has
    (EN, NEVER, "it was never ratified", True),
    (EN, NEVER, "it was ratified", False),  # the wording's negation dropped
    (EN, BANNED, "norway refused", True),
    (RU, OTKAZ, "отклонила 12 заявок", True),
    (RU, OTKAZ, "отклонила 13 заявок", False),
])
def test_a_negation_the_question_makes(grader, card, given, right):
    assert grader.grade(card, given).correct is right


# the answer negates what the question negates, though the question's "without" turns its own negation round
MILL = short("Which grain can the mill not grind without water?", "Rye")
MELNITSA = short("Какое зерно мельница не может молоть без воды?", "Рожь")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, MILL, "rye", True),
    (EN, MILL, "the mill cannot grind rye", True),
    (EN, MILL, "it can't grind rye", True),
    (EN, MILL, "the mill cannot grind barley", False),
    (EN, MILL, "not rye", False),
    (EN, MILL, "the mill can grind rye without water", False),
    (RU, MELNITSA, "рожь", True),
    (RU, MELNITSA, "мельница не может молоть рожь", True),
    (RU, MELNITSA, "мельница не может молоть ячмень", False),
    (RU, MELNITSA, "не рожь", False),
])
def test_a_negation_the_question_negates_again(grader, card, given, right):
    assert grader.grade(card, given).correct is right
