""""US" typed in capitals is the United States, not the pronoun "us" the tutor drops: "who came from the US?" asks of
the country a text names in full ("the United States"). "us" in lower case stays the pronoun. Invented texts (a
river town), never a pack's words.
"""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

TOWN = ("The river town of Varn was founded in 1850.\n"
        "Its first settlers were miners from Cornwall.\n"
        "Later most of its timber merchants came from the United States.\n"
        "The settlers of Varn built 40 houses in the first year.\n"
        "The town hall has a clock made in Germany.\n")


@pytest.fixture(scope="module")
def town():
    tutor = tutor_on(TOWN, "Varn")
    yield tutor
    tutor.close()


@pytest.mark.parametrize("question", [
    "Who came to Varn from the US?",
    "who came from the US",
])
def test_us_in_capitals_is_the_country(town, question: str) -> None:
    assert says(town, question, "United States")


def test_a_count_the_text_does_not_give_is_still_declined(town) -> None:
    assert town.ask("How many merchants came from the US?").kind == "decline"


def test_us_in_lower_case_is_the_pronoun(town) -> None:
    assert says(town, "tell us who the first settlers were", "miners from Cornwall")
