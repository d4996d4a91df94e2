"""A country said by its capital or its people (`lexicon_countries.with_said_for`): an answer's "Washington",
"Moscow", "the Russians" make a point naming the United States or the Soviet Union, as news and histories write of
governments; only where the pack's texts never write that form (then no card asks of the city or the people) nor,
for "the Russians" and "Moscow", Russia itself (then they are Russia's); never for a country the pack does not name,
and another country's capital stays wrong. Packs on an invented subject (a dye trade and a boycott)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.lexicon_countries import with_said_for
from studybot.core.packs import Card, Keypoint, Pack, Section

NOTES = "In 1961 the United States and the Soviet Union both refused to buy Kellbridge indigo; Britain went on buying."
BOYCOTT = Card(id="boycott", section="n", kind="list", prompt="Which two powers refused to buy Kellbridge indigo?",
               answer="The United States and the Soviet Union",
               keypoints=(Keypoint("the United States", ()), Keypoint("the Soviet Union", ())))
PRESSURE = Card(id="pressure", section="n", kind="explain", prompt="Why did the dye works close?",
                answer="The United States put pressure on the dye works and the Soviet Union threatened its buyers",
                keypoints=(Keypoint("the United States put pressure on the dye works", ()),
                           Keypoint("the Soviet Union threatened its buyers", ())))


def grader(notes: str = NOTES) -> Grader:
    pack = Pack(id="dyes", title="Dyes", cards=(BOYCOTT, PRESSURE), language="en",
                sections=(Section(id="n", title="Notes", notes=notes),))
    return Grader.for_pack(pack)


@pytest.mark.parametrize(("card", "given", "right"), [
    (BOYCOTT, "the Americans and the Russians", True),
    (BOYCOTT, "Washington and Moscow", True),
    (BOYCOTT, "the USA and the USSR", True),
    (BOYCOTT, "Washington and London", False),  # London is Britain's
    (BOYCOTT, "the Americans and the British", False),
    (PRESSURE, "pressure from Washington on the dye works, and Moscow threatened its buyers", True),
    (PRESSURE, "pressure from London on the dye works, and Moscow threatened its buyers", False),
])
def test_a_country_said_by_its_capital_or_people(card: Card, given: str, right: bool) -> None:
    verdict = grader().grade(card, given)
    assert verdict.correct is right, verdict.trace


def test_a_text_naming_russia_keeps_the_russians_its_people() -> None:
    notes = NOTES + " Russia later sold its own dye."
    assert grader(notes).grade(BOYCOTT, "the Americans and the Russians").correct is False
    assert grader(notes).grade(BOYCOTT, "the Americans and the Soviets").correct is True


@pytest.mark.parametrize(("text", "added"), [
    ("The United States bought indigo.", ("Washington", "the Americans")),
    ("The United States bought indigo from a firm in Washington.", ("the Americans",)),  # the city itself named
    ("The dye went to the USSR.", ("Moscow", "the Kremlin", "the Soviets", "the Russians")),
    ("The dye went to the USSR and to Russia.", ("the Soviets",)),
])
def test_which_forms_are_added(text: str, added: tuple[str, ...]) -> None:
    aliases = {"United States": ("USA",), "Soviet Union": ("USSR",)}
    merged = with_said_for(aliases, "en", text)
    key = "United States" if "United States" in text else "Soviet Union"
    assert merged[key][1:] == added


def test_a_country_the_pack_does_not_name_gets_none() -> None:
    assert with_said_for({"Kellbridge": ("Kell",)}, "en", "Kellbridge sold indigo.") == {"Kellbridge": ("Kell",)}
    assert with_said_for({"United States": ()}, "ru", "United States") == {"United States": ()}


BUYERS = Card(id="buyers", section="n", kind="list", prompt="Which two countries went on buying Kellbridge indigo?",
              answer="Britain and France", keypoints=(Keypoint("Britain", ()), Keypoint("France", ())))
BUYING = "In 1961 Britain and France went on buying Kellbridge indigo."


@pytest.mark.parametrize(("notes", "given", "right"), [
    (BUYING, "England and France", True),
    (BUYING, "Britain and France", True),
    (BUYING, "Scotland and France", False),
    (BUYING, "England and Spain", False),
    # texts that name a part of Britain or its people keep "England" as England
    (BUYING + " The Scottish mills stopped.", "England and France", False),
    (BUYING + " England's mills bought most.", "England and France", False),
])
def test_england_for_britain_where_the_texts_name_no_part_of_it(notes: str, given: str, right: bool) -> None:
    pack = Pack(id="dyes", title="Dyes", cards=(BUYERS,), language="en",
                sections=(Section(id="n", title="Notes", notes=notes),))
    assert Grader.for_pack(pack).grade(BUYERS, given).correct is right
