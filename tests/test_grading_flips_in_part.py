"""Flipped directions, opposites and swapped roles fail a point also where it is made only in part or matched
word for word (issue #11): a long keypoint made by most of its words (`grading.partly_flips`), a keypoint or a
short answer whose thing goes to another of its things (`roles.motion_flipped`, `grading.short_motions`). Fair
paraphrases still pass. Invented subjects (no pack's words), in English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, roles
from studybot.core.grading.partly_figures import PartlyFiguresGrading
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point, short

MASONS = one_point("a shortage of skilled masons held up the work", "What happened?")
TOLL = one_point("the toll cut journey times by 3 hours", "What happened?")
BARGES = one_point("the barges carried salt to the coast", "What happened?")
GUILD = one_point("the guild bought the old mill by the river in spring", "What happened?")
FERRY = one_point("the old ferry arrived at the northern pier every morning", "What happened?")
KAMEN = one_point("нехватка опытных каменщиков задержала строительство", "Что произошло?")
DEFICIT = one_point("недостаток опытных каменщиков задержал строительство", "Что произошло?")
SOVET = one_point("городской совет признал угрозу речных наводнений", "Что произошло?")
KANAL = one_point("новый канал снизил стоимость перевозки зерна в город", "Что произошло?")
BARZHI = one_point("баржи везли соль к побережью", "Что произошло?")
BARGES_SHORT = short("the barges carried salt to the coast", prompt="What happened?")
BARZHI_SHORT = short("баржи везли соль к побережью", prompt="Что произошло?")

# (card, language, answer, right)
ROWS = [
    (MASONS, "en", "a surplus of skilled masons held up the work", False),  # opposite of a synonym ("deficit")
    (MASONS, "en", "a shortage of skilled masons slowed the work", True),
    (TOLL, "en", "the toll raised trip times by 3 hours", False),  # "cut" means "reduce"
    (TOLL, "en", "the toll increased journey times by 3 hours", False),
    (TOLL, "en", "the toll reduced journey times by 3 hours", True),
    (TOLL, "en", "the toll shortened trip times by 3 hours", True),
    (BARGES, "en", "the coast carried salt to the barges", False),  # the goal given to another thing
    (BARGES, "en", "salt went to the coast on the barges", True),
    (BARGES, "en", "the barges carried salt to the coast", True),
    (GUILD, "en", "the guild sold the old mill by the river in spring", False),  # a verb's opposite in its place
    (GUILD, "en", "the guild purchased the old mill by the river in spring", True),
    (FERRY, "en", "the old ferry left the northern pier every morning", False),
    (FERRY, "en", "the old ferry reached the northern pier every morning", True),
    (KAMEN, "ru", "избыток опытных каменщиков задержал строительство", False),
    (KAMEN, "ru", "нехватка опытных каменщиков задержала строительство", True),
    (DEFICIT, "ru", "избыток опытных каменщиков задержал строительство", False),
    (DEFICIT, "ru", "дефицит опытных каменщиков задержал строительство", True),
    (SOVET, "ru", "городской совет проигнорировал угрозу речных наводнений", False),  # as "recognised" / "ignored"
    (SOVET, "ru", "совет признал угрозу наводнений на реке", True),
    (KANAL, "ru", "новый канал удорожил перевозку зерна в город", False),  # a price up, as "dearer"
    (KANAL, "ru", "новый канал удешевил перевозку зерна в город", True),
    (BARZHI, "ru", "побережье везло соль к баржам", False),
    (BARZHI, "ru", "баржи везли соль к побережью", True),
    (BARGES_SHORT, "en", "the coast carried salt to the barges", False),
    (BARGES_SHORT, "en", "the barges carried salt to the coast", True),
    (BARZHI_SHORT, "ru", "побережье везло соль к баржам", False),
    (BARZHI_SHORT, "ru", "баржи везли соль к побережью", True),
]


def _pack(card: Card, language: str) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                language=language)


@pytest.mark.parametrize(("card", "language", "given", "right"), ROWS)
def test_a_flip_fails_the_point_and_a_paraphrase_passes(card, language, given, right):
    assert Grader.for_pack(_pack(card, language)).grade(card, given).correct is right


class _WithoutPartly(Grader):
    """The grader without the checks of a point made in part."""

    _mostly = staticmethod(PartlyFiguresGrading._mostly)


# (the Russian rows fail by the lexicon's pairs, whatever the partial checks; so does the toll's, "cut" being a word
# of going down since round 20)
PARTLY = [(MASONS, "en", "a surplus of skilled masons held up the work"),
          (GUILD, "en", "the guild sold the old mill by the river in spring"),
          (FERRY, "en", "the old ferry left the northern pier every morning")]


@pytest.mark.parametrize(("card", "language", "given"), PARTLY)
def test_without_the_partial_checks_the_flips_pass(card, language, given):
    assert _WithoutPartly.for_pack(_pack(card, language)).grade(card, given).correct


MOVED = [(card, language, given) for card, language, given, right in ROWS if card in (BARGES, BARZHI, BARGES_SHORT,
                                                                                      BARZHI_SHORT) and not right]


@pytest.mark.parametrize(("card", "language", "given"), MOVED)
def test_without_the_moved_goal_the_swapped_roles_pass(monkeypatch, card, language, given):
    monkeypatch.setattr(roles, "_goal_moved", lambda *args: False)
    assert Grader.for_pack(_pack(card, language)).grade(card, given).correct
