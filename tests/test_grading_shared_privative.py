"""A privative said once before a run of nouns joined by "и" / "and" (and commas) governs each of them: "без соли,
сахара и муки" is "без соли, без сахара и без муки", "without salt and sugar" is "without salt and without sugar"
(core/bounded_negators.shared_privative). Cards on an invented subject (a hut in the hills and its stores); each row
says what a fair teacher marks."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")
EN = Grader()


def listed(*points: str, prompt: str) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points))


HUT = listed("без соли", "без сахара", "без муки", prompt="Как пастухи зимовали в хижине?")
HUT_EN = listed("without salt", "without sugar", prompt="How did the herders winter in the hut?")
STORE = listed("соль", "сахар", prompt="Что пастухи принесли в хижину?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    # the card's own answer, and the privative said once before two or three nouns
    (RU, HUT, "без соли, сахара и муки", True),
    (RU, HUT, "зимовали без соли, сахара и муки", True),
    (RU, HUT, "без соли, без сахара и без муки", True),
    (RU, HUT, "без крупной соли, сахара и муки", True),
    (EN, HUT_EN, "without salt and sugar", True),
    (EN, HUT_EN, "without salt, sugar", False),  # no "and": a list of what they were without? not said
    (RU, HUT, "без соли, сахара и белой муки", True),
    # ... but a noun not in the run, or in another case, is not denied by it
    (RU, HUT, "без соли, сахар и мука были", False),
    (RU, HUT, "без соли и с сахаром и мукой", False),
    (RU, STORE, "без соли, сахара", False),
    (RU, STORE, "соль и сахар", True),
])
def test_privative_shared_by_a_run(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("grader", "card", "given", "made"), [
    (RU, HUT, "без соли и сахара", 2),  # "сахара" too; "муки" not said
    (EN, HUT_EN, "without salt and sugar", 2),
    (RU, HUT, "без соли, сахар был", 1),
    (EN, HUT_EN, "Without salt, herders and sugar traders left", 1),  # a clause, no run of "without"
])
def test_points_of_a_run(grader: Grader, card: Card, given: str, made: int) -> None:
    assert sum(k.covered for k in grader.grade(card, given).keypoints) == made


@pytest.mark.parametrize(("code", "text", "denied"), [
    ("ru", "без соли, сахара и муки", ["соли", "сахара", "муки"]),
    ("ru", "без соли и сахара, пастухи ушли", ["соли", "сахара"]),
    ("ru", "Без соли, пастухи и охотники ушли", ["соли"]),  # the run ends in no genitive: the sentence goes on
    ("ru", "Без него, соли и сахара", ["него"]),  # a pronoun ends the privative's phrase
    ("en", "without salt and sugar", ["salt", "sugar"]),
    ("en", "without a sack and a tin", ["sack", "tin"]),
    ("en", "without salt, herders and traders left", ["salt"]),
    ("en", "he left without a word and the others followed", ["word"]),
])
def test_denied_words(code: str, text: str, denied: list[str]) -> None:
    from studybot.core.aliases import Aliases
    from studybot.core.language import language
    from studybot.core.matching import Prepared

    p = Prepared.of(text, Aliases(None, language(code)), lemmas=True)
    assert [w for i, w in enumerate(p.words) if p.negated_at(i) and w not in ("и", "and", "a")] == denied
