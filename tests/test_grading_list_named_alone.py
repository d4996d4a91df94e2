"""An item of a list named by one or two words of its point (grading/named_alone.py): learners name the things a list
asks for, not the text's whole description of each ("leaflets, rallies, a journal" for "leaflets sent by post",
"mass rallies", "its own journal"; "очки, линзы" for "очки", "контактные линзы"). Only a word of no other point and
not of the question names the point ("segment" of "the space segment" and "the user segment" names neither), nor a
word in brackets (another name); only as an item of its own, and not denied; an explain card is judged as before.
An item may count the things it names ("87 halls" for "the guild halls"), the point's own count when it has one ("40
halls" for "the 40 guild halls", not "12 halls"), and no other figure ("halls in 1666"). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader()
RU = Grader(language="ru")


def listed(prompt: str, *points: str, need: int) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=need)


GUILD = listed("Name three ways the guild spread its message.", "leaflets sent cheaply by post", "mass rallies",
               "its own journal, The Loom", "lecturers travelling by coach", need=3)
SEGMENTS = listed("Name the two segments of the beacon system.", "the space segment", "the user segment", need=2)
METALS = listed("Name the modern names of two metals the assayer foresaw.", "tinnium (ekalead)", "zorbium (ekatin)",
                need=2)
# a name of two words said without the common noun after it ("St Mark's" for "St Mark's Basilica")
LOST = listed("Name two buildings the flood damaged.", "the guild halls", "St Mark's Basilica", need=2)
COUNTED = listed("Name two buildings the flood damaged.", "the 40 guild halls", "St Mark's Basilica", need=2)
# the question's own word said with the item ("Kessler scanning" asked for uses of the Kessler method)
KESSLER = listed("Name two uses of the Kessler method.", "hull scanning of ships", "pipeline leak tests", need=2)
ЗРЕНИЕ = listed("Назовите два способа исправить зрение.", "очки", "контактные линзы", need=2)


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, GUILD, "leaflets, rallies, a journal", True),
    (EN, GUILD, "leaflets, rallies and lecturers", True),
    (EN, GUILD, "leaflets, riots, a journal", False),  # one point short
    (EN, GUILD, "leaflets, no rallies, a journal", False),  # denied
    (EN, SEGMENTS, "segment, segment", False),  # the word of every point names none
    (EN, SEGMENTS, "space and user", True),
    (EN, METALS, "ekalead, ekatin", False),  # a word in brackets is another name, not the one asked
    (EN, LOST, "guild halls and St Mark's", True),
    (EN, LOST, "St Marks, halls", True),
    (EN, LOST, "halls and St Peter's", False),  # another saint's
    (EN, LOST, "guild halls and St Mark's Square", False),  # another place of the name
    (EN, LOST, "87 halls and St Mark's", True),  # a count of the things named: no part of the point
    (EN, LOST, "three halls and St Mark's", True),
    (EN, GUILD, "3000 leaflets, 12 rallies and a journal", True),
    (EN, LOST, "halls in 1666 and St Mark's", False),  # another figure than a count
    (EN, LOST, "87 and St Mark's", False),  # the count alone
    (EN, COUNTED, "12 halls and St Mark's", False),  # the point's own figure: the count is part of it
    (EN, COUNTED, "40 halls and St Mark's", True),  # and given right
    (RU, ЗРЕНИЕ, "очки, линзы", True),
    (RU, ЗРЕНИЕ, "очки, 2 линзы", True),
    (RU, ЗРЕНИЕ, "очки, операция", False),
    (EN, KESSLER, "Kessler scanning and Kessler leak tests", True),
    (EN, KESSLER, "Kessler scanning, Kessler welding", False),
    (EN, KESSLER, "Kessler, Kessler", False),  # the question's word alone names nothing
])
def test_an_item_named_alone(grader: Grader, card: Card, given: str, right: bool) -> None:
    verdict = grader.grade(card, given)
    assert verdict.correct is right, verdict.trace


def test_an_explain_card_is_judged_as_before() -> None:
    card = Card(id="e", section="s", kind="explain", prompt="Why did the guild win?", answer="mass rallies",
                keypoints=(Keypoint("mass rallies", ()), Keypoint("a loyal journal", ())), need=2)
    assert not EN.grade(card, "rallies and a journal").correct
