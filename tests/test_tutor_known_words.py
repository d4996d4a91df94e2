"""A word of English that WordNet knows in a frequent sense is no misspelling (`tutor.analysis.Analyser._known`).

"Why did the comet scare the villagers?" is not "scarce", a word the pack happens to use: corrected, it asked of
scarcity, and the passage that tells why they were frightened in other words ("alarmed ... because") was left for
one about scarce grain. A word WordNet does not know ("desinged") is still corrected to the pack's. Shown on a small
text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor

NOTES = """\
Grain was scarce in Orlen in the winter of 1811.
The Orlen comet of 1811 was bright enough to be seen by day.
It alarmed the villagers because they took it for a sign of war.
The mason Ivo Rask designed the new church tower in 1812.
"""
PACK = Pack(id="orlen", title="Orlen", cards=(), sections=(Section(id="o", title="Orlen", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


def stems(tutor: Tutor, question: str) -> set[str]:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return {u.stem for u in asked.units}


def test_a_known_word_is_not_corrected_to_the_packs(tutor):
    assert "scare" in stems(tutor, "Why did the comet scare the villagers?")
    assert "design" in stems(tutor, "Who desinged the church tower?")  # no word of English: corrected


def test_the_known_word_leaves_the_reason_to_be_found(tutor):
    reply = tutor.ask("Why did the Orlen comet scare the villagers?")
    assert reply.kind == "answer" and "sign of war" in " ".join(reply.sentences), reply.text
