"""English spans of time with no figure in the plural (`tutor.spans`): "survive for years or even decades", "over
centuries", and what has gone on "since" a year or a decade ("in use since the 1920s") say how long, so they answer
"how long ...?" as "40 years" would; units that date ("years later", "every year", "within days" of an event) give no
span. Notes of our own (a seed bank)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.spans import says_span
from tests.notes import says, tutor_on

SEEDS = """\
The Orlen seed bank was opened in a disused mine in 1974.
Its vaults are kept at minus 18 degrees.
Dried wheat seeds can survive for decades in the vaults, and some seeds of wild plants for centuries.
Paper envelopes have been used for the seeds since the 1950s.
Each envelope holds about 500 seeds.
Many years later the vaults were flooded, and the envelopes were moved to a new building.
"""


@pytest.fixture(scope="module")
def seed_bank():
    tutor = tutor_on(SEEDS, "A seed bank")
    yield tutor
    tutor.close()


@pytest.mark.parametrize(("question", "fact"), [
    ("How long can dried wheat seeds survive?", "for decades"),
    ("how long have paper envelopes been used for the seeds?", "since the 1950s"),
])
def test_how_long_is_answered_by_a_span_in_words(seed_bank, question, fact):
    assert says(seed_bank, question, fact)


@pytest.mark.parametrize(("text", "span"), [
    ("The seeds survive for years or even decades.", True),
    ("Grain was stored here over centuries.", True),
    ("The vaults stayed dry for several weeks.", True),
    ("The envelopes have been in use since the 1950s.", True),
    ("Ever since 1974 the bank has grown.", True),
    ("Many years later the vaults were flooded.", False),
    ("The seeds sprouted within days.", False),
    ("Since then the bank has grown.", False),
    ("The vaults are checked every year.", False),
])
def test_what_is_a_span(text, span):
    assert says_span(text, "en") is span
