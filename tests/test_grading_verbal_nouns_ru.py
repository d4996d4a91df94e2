"""A Russian keypoint's verbal noun said with its verb, or its verb with the noun (`ru_verbal_nouns`, issue #11):
"укрепление стен" / "стены укрепили", "освобождение пленных" / "пленных освободили"; another verb, a negation or
another thing does not make the point. Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest
import Stemmer

from studybot.core import meaning
from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_verbal_nouns import verbal_noun
from tests.cards import one_point

WALLS = one_point("укрепление городских стен", "Что приказал сделать князь?")
CAPTIVES = one_point("освобождение пленных купцов", "Чего добилось посольство?")

ROWS = [
    (WALLS, "князь приказал укрепить городские стены", True),
    (WALLS, "городские стены укрепили", True),
    (WALLS, "князь приказал снести городские стены", False),
    (WALLS, "князь приказал не укреплять городские стены", False),
    (WALLS, "князь приказал укрепить монастырские стены", False),
    (CAPTIVES, "пленных купцов освободили", True),
    (CAPTIVES, "пленных купцов казнили", False),
    (CAPTIVES, "пленных купцов так и не освободили", False),
    (CAPTIVES, "освободили пленных монахов", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_verbal_noun_is_made_by_its_verb(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(meaning, "verbal_noun_of", lambda *args: (-1, -1))
    assert not Grader.for_pack(_pack(card)).grade(card, given).correct


_STEM = Stemmer.Stemmer("russian")


@pytest.mark.parametrize(("noun", "verb", "same"), [
    ("спасение", "спасти", True), ("потепление", "теплеет", True), ("освобождение", "освободили", True),
    ("сокращение", "сократили", True), ("укрепление", "укрепили", True),
    ("увеличение", "уменьшили", False), ("вооружение", "разоружили", False), ("потепление", "похолодало", False),
    ("решение", "решили", False),  # a root of three letters: too many meanings
    ("спасение", "спасатель", False),  # a noun is no verb
])
def test_the_pairs(noun, verb, same):
    assert verbal_noun(noun, _STEM.stemWord(noun), verb, _STEM.stemWord(verb)) is same


# a noun made on an imperfective verb in "-ва-" / "-ыва-" / "-ива-" meets the perfective verb without it ("созревание"
# / "созрели", "переписывание" / "переписали"); found by proberu17 (malaria pack). Not a root of three letters left
# ("плавание" / "плакали"), nor another verb.
@pytest.mark.parametrize(("noun", "verb", "same"), [
    ("созревание", "созрели", True), ("созревания", "созреет", True), ("созревание", "созревают", True),
    ("переписывание", "переписали", True),
    ("плавание", "плакали", False), ("созревание", "согрели", False),
])
def test_an_imperfective_noun_and_its_perfective_verb(noun, verb, same):
    assert verbal_noun(noun, _STEM.stemWord(noun), verb, _STEM.stemWord(verb)) is same


GRAIN = one_point("созревание зерна", "Чего ждали крестьяне?")


@pytest.mark.parametrize(("given", "right"), [
    ("ждали, когда созреет зерно", True),
    ("ждали, чтобы зерно созрело", True),
    ("ждали, чтобы зерно согрелось", False),
    ("ждали, чтобы созрели яблоки", False),
])
def test_an_imperfective_noun_made_by_the_perfective_verb(given, right):
    assert Grader.for_pack(_pack(GRAIN)).grade(GRAIN, given).correct is right
