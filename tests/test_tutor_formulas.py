"""A substance asked for by its chemical formula where the notes name it in words (`formula_names`): "how much CO2
does the marsh store?" is asked of what a text says of "carbon dioxide", "is there SO2 in the smoke?" of "sulphur
dioxide", "what makes O2?" of "oxygen". A substance the text never names is added to nothing, so a question about it
is still declined; a pack whose aliases spell the formula themselves keeps its own reading. Invented notes, of no
pack."""

from __future__ import annotations

import pytest

from studybot.core.formula_names import with_formulas
from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
The Orrin marsh stores about 40 tonnes of carbon dioxide on each hectare, mostly in its peat.
The peat cutters of Dunmere burned the turf, and its smoke held sulphur dioxide that blackened the chapel stones.
Reed beds give off oxygen in the day and take it back at night.
The old tannery poured waste into the Orrin river in 1868.
"""


def tutor_of(aliases: dict[str, tuple[str, ...]] | None = None) -> Tutor:
    return Tutor(Pack(id="formulas", title="The Orrin marsh", cards=(), aliases=aliases or {},
                      sections=(Section(id="n", title="Notes", notes=NOTES),)), cache=False)


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_of()


@pytest.mark.parametrize(("question", "fact"), [
    ("How much CO2 does the Orrin marsh store?", "40 tonnes"),
    ("What did the smoke of the burned turf hold, was it SO2?", "sulphur dioxide"),
    ("When do reed beds give off O2?", "in the day"),
])
def test_a_formula_asks_of_the_substance_the_notes_name(tutor: Tutor, question: str, fact: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)


@pytest.mark.parametrize("question", [
    "How much CH4 does the Orrin marsh give off?",  # methane: the notes never name it
    "How much NH3 did the tannery pour into the river?",
])
def test_a_formula_of_what_the_notes_never_name_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("aliases", "text", "expected"), [
    ({}, "Marshes store carbon dioxide.", {"carbon dioxide": ("CO2",)}),
    ({}, "Smoke of sulphur dioxide.", {"sulphur dioxide": ("sulfur dioxide", "SO2")}),
    ({}, "Plants give off oxygen.", {"oxygen": ("O2",)}),
    ({}, "The marsh is wet.", {}),  # no substance named: nothing added
    ({"CO2": ("carbon dioxide gas",)}, "Marshes store carbon dioxide.", {"CO2": ("carbon dioxide gas",)}),  # own
])
def test_formulas_added_to_a_packs_aliases(aliases: dict[str, tuple[str, ...]], text: str,
                                           expected: dict[str, tuple[str, ...]]) -> None:
    assert with_formulas(aliases, "en", text) == expected


def test_other_languages_keep_their_aliases() -> None:
    assert with_formulas({}, "ru", "Болота хранят carbon dioxide.") == {}


def test_words_that_look_like_formulas_are_not_read_as_them() -> None:
    """"CO" and "NO" are words a learner types for other things ("Co." of a company, "no"): never formulas here."""
    assert with_formulas({}, "en", "The gas was carbon monoxide; it was nitric oxide.") == {}
