"""Terms a question sets against each other ("с гладкими и с морщинистыми семенами", "dark moths ... pale moths"):
the question's words are not asked of an answer, so a wording that names one of them is met by its other words;
an answer that gives the point to the rival term has not made it, while one that keeps the roles has. A shorter
accepted wording that names no term ("thick glaze" for "the glaze of clay kilns is thick") is not made where the
answer says it of the rival and not of the term ("in brick kilns the glaze is thick")."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.rivals import asked_rivals
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")
EN = Grader(language="en")


def one(point: str, prompt: str, *accept: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, accept),))


SMOOTH = one("гладкая форма доминирует над морщинистой",
             "Почему при скрещивании гороха с гладкими и с морщинистыми семенами все гибриды гладкие?",
             "гладкий доминантный", "морщинистый рецессивный", "гладкая доминирует")
LAMP = one("красная лампа горит дольше синей", "Почему красную лампу меняют реже, чем синюю лампу?",
           "красная горит дольше")
MOTHS = one("the dark moth is hidden on sooty bark", "Why did dark moths outnumber pale moths near the mills?",
            "dark moths hidden")
SILICON = one("silicon forms a stable oxide", "Why is silicon used rather than germanium or tin?",
              "silicon oxide stable")
KILNS = one("the glaze of clay kilns is thick, so steam cannot escape",
            "Why do clay kilns often crack, while brick kilns do not?", "thick glaze")
SMOOTH_SHORT = one("гладкая форма семян доминирует",
                   "Почему при скрещивании гороха с гладкими и с морщинистыми семенами все гибриды гладкие?",
                   "форма доминирует")

# (card, answer, right?)
ANSWERS = [
    (SMOOTH, "гладкий доминантный", True),
    (SMOOTH, "морщинистый рецессивный", True),
    (SMOOTH, "гладкая доминирует над морщинистой", True),
    (SMOOTH, "доминирует над морщинистой", True),  # the rival in its own role (after "над")
    (SMOOTH, "морщинистый доминантный", False),  # the rival where the term should be
    (SMOOTH, "гладкий рецессивный", False),
    (SMOOTH, "морщинистая доминирует над гладкой", False),  # both named, the roles swapped
    (LAMP, "красная горит дольше", True),
    (LAMP, "синяя горит дольше", False),
    (MOTHS, "the dark moth is hidden on sooty bark", True),
    (MOTHS, "dark moths were hidden from birds", True),
    (MOTHS, "the pale moth is hidden on sooty bark", False),
    (MOTHS, "pale moths are hidden", False),
    (SILICON, "its oxide is stable", True),
    (SILICON, "germanium forms a stable oxide", False),
    (KILNS, "in clay kilns the glaze is thick", True),
    (KILNS, "in brick kilns the glaze is thick", False),  # the short wording said of the rival
    (KILNS, "in brick kilns the glaze is thin, in clay kilns the glaze is thick", True),
    (SMOOTH_SHORT, "гладкая форма доминирует", True),
    (SMOOTH_SHORT, "морщинистая форма доминирует", False),
    (SMOOTH_SHORT, "морщинистая форма рецессивна, а гладкая форма доминирует", True),
]


@pytest.mark.parametrize(("card", "answer", "right"), ANSWERS)
def test_a_point_given_to_the_rival_term_of_the_question_is_not_made(card: Card, answer: str, right: bool) -> None:
    verdict = RU.grade(card, answer) if card in (SMOOTH, LAMP, SMOOTH_SHORT) else EN.grade(card, answer)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("prompt", "grader", "pair"), [
    ("Почему при скрещивании гороха с жёлтыми и с зелёными семенами все гибриды жёлтые?", RU, ("желт", "зелен")),
    ("Почему pH раствора соляной кислоты ниже, чем pH раствора уксусной кислоты?", RU, ("солян", "уксусн")),
    ("Почему провода делают из меди или из алюминия?", RU, ("мед", "алюмин")),
    ("Why did dark moths outnumber pale moths?", EN, ("dark", "pale")),
])
def test_the_terms_a_question_sets_side_by_side(prompt: str, grader: Grader, pair: tuple[str, str]) -> None:
    rivals = asked_rivals(grader.prep(prompt))
    assert pair[1] in rivals.get(pair[0], frozenset())


@pytest.mark.parametrize(("prompt", "grader"), [
    # a noun and a verb joined by "and": two clauses, no terms set against each other
    ("How does a fridge make the fluid boil at a cold temperature and condense at a warm one?", EN),
    # words in different forms around "и": not one kind
    ("Почему лёд плавает и не тонет в воде?", RU),
])
def test_words_that_are_not_set_against_each_other(prompt: str, grader: Grader) -> None:
    assert asked_rivals(grader.prep(prompt)) == {}
