"""A quality named by the noun of what a sense perceives ("the pitch of the whistle was higher") said with the verb
of that sense ("the whistle sounded higher"), a pitch gone up or down by its comparative ("the pitch rises": "it
sounds higher"; `grading.sensed`, issue #11): made only by the verb of the very sense
the noun names, before the point's own quality word. Invented cards (a whistle, a kettle, a bell)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, en_variants
from tests.cards import explain

WHISTLE = explain("the pitch of the whistle was higher", prompt="What changed when the steam pressure rose?")
BARE = explain("the pitch was higher", prompt="What changed when the steam pressure rose?")
OWNED = explain("its note is lower", prompt="What happens to the kettle as it fills?")
HAVING = explain("the bell had a deeper tone", prompt="What changed after the bell was recast?")
SIREN = explain("the pitch of the siren falls as it passes", prompt="What does a listener notice?")
RISING = explain("the pitch goes up", prompt="What happens as the string is tightened?")

ROWS = [
    (WHISTLE, "the whistle sounded higher", True),
    (WHISTLE, "the whistle sounded much higher", True),
    (BARE, "it sounded higher", True),
    (OWNED, "it sounds lower", True),
    (HAVING, "the bell sounded deeper", True),  # (made before too: "had a deeper tone" read as being deeper)
    (WHISTLE, "the whistle sounded lower", False),  # the other way
    (WHISTLE, "the whistle sounded louder", False),  # another quality
    (WHISTLE, "the whistle looked higher", False),  # another sense
    (WHISTLE, "the volume of the whistle was higher", False),  # another noun, no sense said
    (WHISTLE, "the horn sounded higher", False),  # another thing
    (BARE, "it did not sound higher", False),  # denied
    (HAVING, "the bell sounded higher", False),
    (SIREN, "the siren sounds lower as it passes", True),  # a pitch gone down: a lower one
    (RISING, "it sounds higher", True),
    (SIREN, "the siren sounds higher as it passes", False),
    (SIREN, "the siren sounds quieter as it passes", False),  # the volume's quality, not the pitch's
    (RISING, "it sounds lower", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_quality_said_by_its_sense(card, given, right):
    assert Grader().grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(row[0], row[1]) for row in ROWS if row[2] and row[0] is not HAVING])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(en_variants, "sensed_wordings", lambda wordings, got: ())
    assert not Grader().grade(card, given).correct


def test_only_english():
    card = explain("высота звука была выше", prompt="Что изменилось?")
    assert not Grader(language="ru").grade(card, "свисток звучал ниже").correct
