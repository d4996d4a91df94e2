"""Answers in learners' own words (English): forms of the language a learner writes a keypoint or a
date in, one table each, on invented subjects (a guild, an abbey, a river, a kiln...), so that a row
that passes is a rule of English, not of one text. Right rows, wrong rows and traps."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Mistake

EN = Grader()


def short(answer: str, *accept: str, prompt: str = "When was it?") -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer, accept=accept)


def listing(*points: str, need: int | None = None, prompt: str = "Name them.") -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=need)


def judge(card: Card, answer: str) -> bool:
    return EN.grade(card, answer).correct


# ----------------------------------------------------------------- a day before our era, written in figures or words

FOUNDING = short("9 April 212 BC", prompt="On what day was the abbey founded?")
TREATY = short("2 September 31 BC", prompt="On what day was the treaty sealed?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # the day in figures with its era: day first with dots, slashes or dashes, or month first with slashes
    (FOUNDING, "9.4.212 BC", True),
    (FOUNDING, "09.04.212 B.C.", True),
    (FOUNDING, "9/4/212 BC", True),
    (FOUNDING, "4/9/212 BC", True),
    (FOUNDING, "9-4-212 BCE", True),
    (FOUNDING, "9.4.212 before Christ", True),
    # another era, another day, month or year, in the same form
    (FOUNDING, "9.4.212 AD", False),
    (FOUNDING, "10.4.212 BC", False),
    (FOUNDING, "9.5.212 BC", False),
    (FOUNDING, "9.4.213 BC", False),
    (FOUNDING, "9.4.212", False),  # no era: a year of ours
    # the day said as an ordinal after the month, with "the"
    (TREATY, "September the second, 31 BC", True),
    (TREATY, "September the 2nd, 31 BC", True),
    (TREATY, "Sept. the 2nd 31 B.C.", True),
    (TREATY, "the second of September, 31 BC", True),
    (TREATY, "September the third, 31 BC", False),
    (TREATY, "September the second, AD 31", False),
    (TREATY, "October the second, 31 BC", False),
    (TREATY, "September the second, 30 BC", False),
])
def test_a_day_before_our_era(card, given, right):
    assert judge(card, given) is right


# ----------------------------------------------------------------- "R" and "L" for right and left

WINGS = listing("right aisle", "left aisle", "right transept", "left transept", prompt="Name the four wings.")


@pytest.mark.parametrize(("card", "given", "right"), [
    (WINGS, "R aisle, L aisle, R transept, L transept", True),
    (WINGS, "r aisle, l aisle, r transept, l transept", True),
    (WINGS, "L aisle, R aisle, L transept and R transept", True),
    (WINGS, "R aisle, L aisle, R transept", False),  # one missing
    (WINGS, "R aisle, R aisle, R transept, R transept", False),  # the side is what tells them apart
    (WINGS, "R. aisle, L. aisle, R. transept, L. transept", False),  # with a dot it may be an initial
    (short("a right turn at the mill"), "an R turn at the mill", True),
    (short("a right turn at the mill"), "an L turn at the mill", False),
    (short("a left turn at the mill"), "an L turn at the mill", True),
    # a letter that is no side: litres after a figure, an initial before a name, a letter before a function word
    (short("5 l of brine", prompt="How much brine?"), "5 l of brine", True),
    (short("5 l of brine", prompt="How much brine?"), "5 litres of brine", True),
    (short("George R Hale", prompt="Who?"), "George R Hale", True),
    (short("George R Hale", prompt="Who?"), "George right Hale", False),
])
def test_side_letters(card, given, right):
    assert judge(card, given) is right


# ----------------------------------------------------------------- a list's term is made within one of its items

@pytest.mark.parametrize(("given", "right"), [
    ("R aisle, L aisle, R transept, L transept", True),
    ("right aisle, left aisle, right transept and the left transept", True),
    # "left transept" from "left aisle" and "right transept": each item names another thing
    ("right aisle, right transept, left aisle and the nave", False),
    ("right aisle, right transept, left aisle and a nave", False),
])
def test_a_term_within_one_item(given, right):
    assert judge(WINGS, given) is right


# ----------------------------------------------------------------- a word the card itself uses is no typo of another

KILN = Card(id="k", section="s", kind="explain", prompt="How does the kiln lose its heat?", answer="...",
            keypoints=(Keypoint("conduction through the walls", ("conduction",)),
                       Keypoint("convection of the hot air", ("convection",)),
                       Keypoint("radiation from the open door", ("radiation",))), need=3)


@pytest.mark.parametrize(("given", "right"), [
    ("conduction through the walls, convection of the hot air and radiation from the open door", True),
    ("conduction, convection, radiation", True),
    ("conducsion, convecton and radiation", True),  # slips of its words
    # "convection" is a word of the card: no slip of "conduction" (nor "conduction" of "convection")
    ("convection of the hot air and radiation from the open door", False),
    ("convection and radiation", False),
    ("conduction and radiation", False),
])
def test_a_word_of_the_card_is_no_slip(given, right):
    assert EN.grade(KILN, given).correct is right


# ------------------------------------------------------------- kin: "grand-" and "great-" (nephew, niece, uncle, aunt)

HEIR = Card(id="h", section="s", kind="short", prompt="By birth, how was the heir related to the old duke?",
            answer="He was the duke's great-nephew", accept=("great-nephew", "great nephew"),
            mistakes=(Mistake(("nephew",), "Not his nephew: his great-nephew."),))
ABBESS = short("her great-aunt", "great aunt", prompt="How was the abbess related to the queen?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (HEIR, "grand-nephew", True),
    (HEIR, "his grandnephew", True),
    (HEIR, "the duke's grand nephew", True),
    (HEIR, "great-nephew", True),
    (HEIR, "nephew", False),
    (HEIR, "grandson", False),
    (HEIR, "grand-niece", False),
    (HEIR, "great-uncle", False),  # the other way round
    (ABBESS, "her grand-aunt", True),
    (ABBESS, "grandaunt", True),
    (ABBESS, "her aunt", False),
    (ABBESS, "her grandmother", False),
    (ABBESS, "her grand-uncle", False),
])
def test_grand_and_great_kin(card, given, right):
    assert judge(card, given) is right


# ----------------------------------------------------------------- price and cost; a word of the text is no name

def explain(*points: str, need: int | None = None, prompt: str = "Why did the mill prosper?") -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=need)


BARREL = explain("the cost per barrel fell", "more barrels were sold")


@pytest.mark.parametrize(("given", "right"), [
    ("the price per barrel fell and more barrels were sold", True),
    ("a lower price per barrel, and they sold more barrels", True),
    ("the cost per barrel fell and more barrels were sold", True),
    ("the price per barrel rose and more barrels were sold", False),
    ("a higher price per barrel, and they sold more barrels", False),
    ("the price per barrel fell", False),
])
def test_price_and_cost(given, right):
    assert EN.grade(BARREL, given).correct is right


# a pack with a person whose name sounds like a word its text writes in lower case ("prices")
MILL_NOTES = ("The mill was built by Walter Pierce in 1820.", "Pierce kept prices low, so the cost per barrel fell.",
              "More barrels were sold each year.")
MILL = Grader(texts=MILL_NOTES, who=("Walter Pierce",))
BUILDER = short("Walter Pierce", prompt="Who built the mill?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (BARREL, "a lower price per barrel, and more barrels were sold", True),  # "price" is no "Pierce" by ear
    (BARREL, "a higher price per barrel, and more barrels were sold", False),
    (BUILDER, "Pierce", True),
    (BUILDER, "Walter Peirce", True),  # a slip of the name
])
def test_a_word_of_the_text_is_no_name(card, given, right):
    assert MILL.grade(card, given).correct is right


# ----------------------------------------------------------------- "-less" is without the thing; "used up" is no rise

GAS = listing("it has no colour", "it has no odour", "it is lighter than air", need=2,
              prompt="Give two properties of the gas.")
SHRINE = listing("no windows", "thick walls", need=2, prompt="Give two features of the shrine.")


@pytest.mark.parametrize(("card", "given", "right"), [
    (GAS, "colourless and odourless", True),
    (GAS, "it is colourless and lighter than air", True),
    (GAS, "colourful and odourless", False),
    (GAS, "countless colours and lighter than air", False),  # "countless" says many, not "without"
    (SHRINE, "windowless, with thick walls", True),
    (SHRINE, "thick-walled and windowless", True),
    (SHRINE, "many windows and thick walls", False),
    (SHRINE, "thick walls, nevertheless windows", False),
])
def test_less_is_without(card, given, right):
    assert judge(card, given) is right


REGISTER = explain("the old numbers were exhausted", "the new numbers are longer, so there are many more",
                   prompt="Why was the new numbering needed, and how does it help?")


@pytest.mark.parametrize(("given", "right"), [
    ("the old numbers were used up, and the new ones are longer so there are more", True),
    ("the old numbers were used up", False),  # "up" of "used up" is no "more"
    ("the old numbers were exhausted; the new numbers are longer, so there are more of them", True),
])
def test_used_up_is_no_rise(given, right):
    assert EN.grade(REGISTER, given).correct is right


# ---------------------------------------------------------------- a short word's last letter dropped or added in a term

GATE = short("the northern sluice gate", prompt="What holds the river back?")
TUBE = short("the cooling tube of the kiln", "cooling tube", prompt="Where does the glaze set?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (GATE, "the northern sluice gat", True),
    (GATE, "northern sluice gatee", True),
    (GATE, "the northern sluice gate", True),
    (GATE, "the southern sluice gat", False),
    (GATE, "the northern sluice gale", False),  # another letter: another word
    (GATE, "the northern sluice", False),
    (TUBE, "the cooling tub of the kiln", True),
    (TUBE, "the heating tub of the kiln", False),
    (TUBE, "tub", False),  # no term around it
])
def test_a_short_word_slipped_in_a_term(card, given, right):
    assert judge(card, given) is right


# ----------------------------------------------------------------- a relative of the person asked for is another person

DESIGNER = short("Anna Weller", "Weller", prompt="Who designed the bridge?")
REBUILDER = short("the son of Anna Weller", "Weller's son", prompt="Who rebuilt the bridge?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (DESIGNER, "Anna Weller", True),
    (DESIGNER, "Weller", True),
    (DESIGNER, "Anna Weller, whose brother Tom helped her", True),  # a relative said in passing
    (DESIGNER, "Weller and her assistants", True),
    (DESIGNER, "Weller's brother Tom", False),
    (DESIGNER, "Anna Weller's husband", False),
    (DESIGNER, "the daughter of Anna Weller", False),
    (DESIGNER, "Tom, Weller's pupil", False),
    (REBUILDER, "Weller's son", True),
    (REBUILDER, "the son of Weller", True),
])
def test_a_relative_is_another_person(card, given, right):
    assert judge(card, given) is right


# ----------------------------------------------------------------- general near-synonyms: quit / resign

ABBOT = short("He resigned it and withdrew to a hermitage", "resigned", "stepped down",
              prompt="What did the abbot do with his office in 1204?")


@pytest.mark.parametrize(("given", "right"), [
    ("he quit it and withdrew, dying a year later", True),
    ("he quit", True),
    ("he resigned", True),
    ("he did not quit", False),
    ("he kept it", False),
])
def test_quit_is_resign(given, right):
    assert judge(ABBOT, given) is right
