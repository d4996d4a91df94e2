"""Russian typed in Latin letters is read in Cyrillic even when a pack's alias of a Latin spelling puts
Cyrillic into it first ("korol Norvegii": the alias turns "Norvegii" into "Норвегия", and "korol" must still be
read as "король"). Invented pack (`translit.typed_in_latin`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section
from studybot.core.translit import typed_in_latin

CARD = Card(id="k", section="s", kind="short", prompt="Кем он был в 1905 году?", answer="Король Норвегии",
            accept=("король Норвегии",))
PACK = Pack(id="t", title="t", language="ru", aliases={"Норвегия": ("Norway", "Norvegia")},
            sections=(Section(id="s", title="s", notes="x"),), cards=(CARD,))
GRADER = Grader.for_pack(PACK)


@pytest.mark.parametrize(("given", "right"), [
    ("korol Norvegii", True),
    ("korol Norvegia", True),
    ("король Norway", True),
    ("korol Shvetsii", False),
    ("prints Norvegii", False),
])
def test_latin_letters_read_in_cyrillic_beside_an_alias(given, right):
    assert GRADER.grade(CARD, given).correct is right


@pytest.mark.parametrize(("typed", "aliased", "read"), [
    ("korol norvegii", "korol норвегия", "корол норвегий"),  # an alias made it mixed: read as typed ("-ii": "-ий")
    ("korol norvegii", "korol norvegii", "корол норвегий"),
    ("король norway", "король норвегия", "король норвегия"),  # Cyrillic typed: as the alias left it
])
def test_typed_in_latin(typed, aliased, read):
    assert typed_in_latin(typed, aliased) == read


FIRMS = Card(id="f", section="s", kind="list", prompt="Какие фирмы поставили станки?", answer="x", need=2,
             keypoints=(Keypoint("General Motors", ("Дженерал Моторс",)), Keypoint("фирма Brown Boveri")))
FIRMS_PACK = Pack(id="f", title="f", language="ru", sections=(Section(id="s", title="s", notes="x"),),
                  cards=(FIRMS,))


@pytest.mark.parametrize(("given", "right"), [
    ("General Motors и Brown Boveri", True),  # Latin names beside a Russian word: read as when typed alone
    ("general motors, brown boveri", True),
    ("Дженерал Моторс и фирма Brown Boveri", True),
    ("General Motors", False),
    ("General Electric и Brown Boveri", False),
])
def test_latin_names_beside_russian_words(given, right):
    assert Grader.for_pack(FIRMS_PACK).grade(FIRMS, given).correct is right
