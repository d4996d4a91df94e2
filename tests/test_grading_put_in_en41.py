"""A thing put into another is added to it (`en_one_verb`, issue #11): "they put lime in the pond" and "lime was put
into the pond" make "lime was added to the pond"; another thing or place, a denial, a thing taken out, and the idioms
of a state or an office ("put in charge", "put into practice") stay as said. Invented cards (a pond, a dough)."""

from __future__ import annotations

import pytest

from studybot.core import en_one_verb
from studybot.core.grading import Grader
from tests.cards import explain

ROWS = [
    ("lime was added to the pond", "they put lime in the pond", True),
    ("lime was added to the pond", "lime was put into the pond", True),
    ("lime was added to the pond", "they put some crushed lime into the pond", True),
    ("the baker adds salt to the dough", "the baker puts salt in the dough", True),
    ("lime was added to the pond", "they put lime in the meadow", False),
    ("lime was added to the pond", "sand was put into the pond", False),
    ("lime was added to the pond", "they did not put lime in the pond", False),
    ("lime was added to the pond", "they took lime out of the pond", False),
    ("the warden was put in charge", "the warden was put in charge", True),  # an idiom, as said
    ("the warden was added to the council", "the warden was put in charge of the council", False),
]


@pytest.mark.parametrize(("point", "given", "right"), ROWS)
def test_a_thing_put_in_is_added(point: str, given: str, right: bool) -> None:
    assert Grader().grade(explain(point, prompt="What did they do?"), given).correct is right


@pytest.mark.parametrize(("point", "given"), [(p, g) for p, g, right in ROWS if right and p != g])
def test_without_the_reading_these_fail(point: str, given: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(en_one_verb, "_PUT_IN", en_one_verb.re.compile(r"(?!)"))
    monkeypatch.setattr(en_one_verb, "_PUT_IN_PASSIVE", en_one_verb.re.compile(r"(?!)"))
    assert not Grader().grade(explain(point, prompt="What did they do?"), given).correct
