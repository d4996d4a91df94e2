"""Russian: a comparison with its terms swapped says the opposite, also for a comparative of a property the lexicon
does not know ("конь выносливее мула" for "в пустыне мул выносливее коня": the adjective of "более выносливый" is no
term compared, and a place said before the first term, "в пустыне", is no term either). The same comparison said
from the other term ("конь менее вынослив, чем мул") makes it. Invented desert caravans."""

from __future__ import annotations

import pytest

from tests.cards import point_made

PROMPT = "Почему в пустыне Харл возили грузы на мулах?"
POINT = "в пустыне мул выносливее коня"


@pytest.mark.parametrize(("given", "made"), [
    ("конь выносливее мула", False),
    ("в пустыне конь выносливее мула", False),
    ("конь выносливее, чем мул", False),
    ("мул выносливее коня", True),
    ("мул более вынослив, чем конь", True),
    ("мул выносливее, чем конь", True),
    ("конь менее вынослив, чем мул", True),
])
def test_swapped_terms_of_a_comparison(given: str, made: bool) -> None:
    assert point_made(PROMPT, POINT, given, "ru") is made


@pytest.mark.parametrize(("given", "made"), [
    ("in the desert the horse is more enduring than the mule", False),
    ("in the desert the mule is more enduring than the horse", True),
])
def test_in_english(given: str, made: bool) -> None:
    assert point_made("Why did the Harl caravans use mules?", "in the desert the mule is more enduring than the horse",
                      given) is made
