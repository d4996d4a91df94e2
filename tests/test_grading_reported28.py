"""Right answers refused though an instructor wrote them in `accept`, from instructors' reports (round 28), on
invented cards of a fishing reform (no pack's words).

- A keypoint's accepted wording that says the point's opposite word ("small fishermen fell into debt" accepted for
  "it favoured large fleets") makes the point when typed: the instructor took that word as right. The point's own
  wording still turns an answer with the opposite word away ("it favoured small fleets").
- A factor is placed in the clause it is written in, wherever the quantities are listed: "two crews worked each day
  so building took half as long" gives "half as long" in its own clause, not the "two" of the crews.
- "half as long" at the end of a clause followed by "and ..." is a factor, as at the end of a sentence.
- Initials typed in small letters ("k. r. fallon") are the initials of an accepted "K. R. Fallon", not letters
  added to the name."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader(language="en")
NAMED = Grader({"K. Robert Fallon": ("Robert Fallon",)}, language="en",
               texts=("K. Robert Fallon led the fishing programme.",), who=("K. Robert Fallon",))

CRITICS = Card(id="l", section="s", kind="list", prompt="Name three criticisms of the fishing reform.",
               answer="it favoured large fleets; the south was left out; coasts turned salty", need=3, keypoints=(
                   Keypoint("it favoured large fleets", ("small fishermen fell into debt",
                                                         "helped big fleets more than small fleets")),
                   Keypoint("the south was left out", ()), Keypoint("coasts turned salty", ())))
CREWS = Card(id="e", section="s", kind="explain", prompt="Why did the second crew matter?",
             answer="building a boat took half as long",
             keypoints=(Keypoint("building a boat took half as long", ("building took half as long",)),))
LEADER = Card(id="c", section="s", kind="short", prompt="Who led the fishing programme?", answer="K. Robert Fallon",
              accept=("Fallon", "Robert Fallon", "K. R. Fallon"))


@pytest.mark.parametrize(("given", "right"), [
    ("small fishermen fell into debt; coasts turned salty; the south was left out", True),
    ("it helped big fleets more than small fleets; coasts turned salty; the south was left out", True),
    ("it favoured large fleets; coasts turned salty; the south was left out", True),
    ("it favoured small fleets; coasts turned salty; the south was left out", False),  # the point's opposite
    ("small fleets gained most; coasts turned salty; the south was left out", False),
])
def test_accepted_wording_with_the_opposite_word(given, right):
    assert EN.grade(CRITICS, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("two crews worked each day so building took half as long", True),
    ("two crews worked each day and building took half as long", True),
    ("building took half as long and two crews worked each day", True),
    ("two crews worked each day so building took twice as long", False),
    ("building took twice as long and two crews worked each day", False),
])
def test_factor_in_its_own_clause(given, right):
    assert EN.grade(CREWS, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("K. R. Fallon", True),
    ("k. r. fallon", True),
    ("Fallon", True),
    ("k. t. fallon", False),  # an initial the accepted wordings do not give
])
def test_initials_in_small_letters(given, right):
    assert NAMED.grade(LEADER, given).correct is right


def _leader(aliases: dict[str, tuple[str, ...]], texts: tuple[str, ...]) -> tuple[Grader, Card]:
    grader = Grader(aliases, language="en", texts=texts, who=("K. Robert Fallon",))
    return grader, Card(id="c", section="s", kind="short", prompt="Who led the programme?", answer="K. Robert Fallon")


@pytest.mark.parametrize(("aliases", "texts"), [
    ({}, ("K. Robert Fallon led the programme from 1951.",)),
    ({}, ("The programme was led by K. Robert Fallon.",)),
    ({"K. Robert Fallon": ("Robert Fallon", "Kevin Robert Fallon")}, ("K. Robert Fallon led the programme.",)),
    # the same person named without the initial elsewhere: still one person, whose surname no one else has
    ({}, ("K. Robert Fallon led the programme.", "Robert Fallon", "K. R. Fallon")),
])
@pytest.mark.parametrize(("given", "right"), [
    ("Fallon", True),
    ("fallon", True),
    ("Robert Fallon", True),
    ("Fulton", False),
    ("Robert Fulton", False),
])
def test_surname_of_a_name_opening_with_an_initial(aliases, texts, given, right):
    grader, card = _leader(aliases, texts)
    assert grader.grade(card, given).correct is right


def test_an_article_before_a_name_is_no_initial():
    """"A Robert Fallon" (no dot): the article is left out of the name, as before."""
    grader, card = _leader({}, ("A Robert Fallon led the programme.",))
    assert grader.grade(card, "Robert Fallon").correct


MINISTER = Card(id="m", section="s", kind="choice", prompt="Who was the minister?", answer="C. Okonkwo",
                options=("M. T. Ravel", "C. Okonkwo", "Lyndon Beck", "Mira Lund"))


@pytest.mark.parametrize("aliases", [{}, {"C. Okonkwo": ("Chidi Okonkwo", "Okonkwa")}])
@pytest.mark.parametrize(("given", "right"), [
    ("okonkwo", True),  # with the alias, the surname is read as the full name "C. Okonkwo": no letter c
    ("Okonkwa", True),
    ("C. Okonkwo", True),
    ("b", True),
    ("c", False),  # the letter alone chooses c)
    ("c) Lyndon Beck", False),
    ("Lyndon Beck", False),
])
def test_an_options_initial_is_no_letter(aliases, given, right):
    grader = Grader(aliases, language="en", texts=("The minister was C. Okonkwo; M. T. Ravel bred the seed.",))
    assert grader.grade(MINISTER, given).correct is right


def _cloze(text: str) -> Card:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in text.split("{{")[1:])
    return Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=text, blanks=blanks)


@pytest.mark.parametrize(("text", "given", "right"), [
    ("The reform began in {{1958}}.", "'58", True),  # a blank of a year: an apostrophe year is that year
    ("The reform began in {{1958}}.", "’58", True),
    ("The reform began in {{1958}}.", "1958", True),
    ("The reform began in {{1958}}.", "'59", False),
    ("The reform began in {{1958}}.", "58", False),  # two bare digits stay a figure
    ("The reform began in {{1858}}.", "'58", True),  # the century the card is about
    ("The reform began in {{1958}} under {{Fallon}}.", "'58, Fallon", True),
])
def test_apostrophe_year_in_a_blank(text, given, right):
    assert EN.grade(_cloze(text), given).correct is right


# ("Norish Pola" is read as a person's name, since "Pola" is also written alone: "Pola" alone is rewritten to it)
CROSSED = Grader(language="en", texts=("In 1962 the station crossed Pola, a tall variety from Norland, with "
                                       "Lon-dar-bei-kesh.", "The station crossed the tall Norish Pola with the short "
                                       "Lon-dar-bei-kesh."))
PARENTS = Card(id="l", section="s", kind="list", prompt="Name the two varieties that were crossed for the new seed.",
               answer="Pola and Lon-dar-bei-kesh", need=2, keypoints=(
                   Keypoint("Pola", ("Pola from Norland", "the Norish Pola")),
                   Keypoint("Lon-dar-bei-kesh", ("lon dar bei kesh",))))


@pytest.mark.parametrize(("given", "right"), [
    ("Lon Dar Bei Kesh x Pola", True),  # a cross: the "x" is no initial of "Pola"
    ("Pola × Lon Dar Bei Kesh", True),
    ("Lon-dar-bei-kesh×Pola", True),
    ("Pola and Lon-dar-bei-kesh", True),
    ("Lon Dar Bei Kesh x Mira", False),
    ("Lon-dar-bei-kesh", False),
])
def test_a_cross_names_both(given, right):
    assert CROSSED.grade(PARENTS, given).correct is right
