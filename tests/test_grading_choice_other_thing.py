"""A choice answered in words that name another thing than the nearest option: a symbol written in capitals where
the option writes another ("a ring of RNA" for "A ring of DNA"), a hyphened name with another part ("Kala-Moa" for
"Kala-Loa"). The option's own words, its letter, its name written apart stay right. Invented options of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

EN = Grader()
RU = Grader(language="ru")


def choice(prompt: str, answer: str, *others: str) -> Card:
    return Card(id="q", section="s", kind="choice", prompt=prompt, answer=answer, options=(answer, *others))


RING = choice("What does the spore carry?", "A ring of DNA beside the main strand", "A coat of protein",
              "A tube that joins two cells")
PEAK = choice("Which peak is a shield volcano?", "Kala-Loa", "Mount Tarn", "Velsberg")
BRACE = choice("How is the tower built?", "wind-braced", "stone", "timber")
PEAK_RU = choice("Какой вулкан щитовой?", "Кала-Лоа", "Тарн", "Вельсберг")


@pytest.mark.parametrize(("grader", "card", "typed", "right"), [
    (EN, RING, "a ring of RNA beside the strand", False),
    (EN, RING, "a ring of DNA beside the strand", True),
    (EN, RING, "a ring of dna", True),
    (EN, RING, "a", True),
    (EN, PEAK, "kala-moa", False),
    (EN, PEAK, "kala-loa", True),
    (EN, PEAK, "Kala Loa", True),
    (EN, BRACE, "a wind-brace tower", True),  # the part in another form: the same name
    (RU, PEAK_RU, "кала-моа", False),
    (RU, PEAK_RU, "кала-лоа", True),
])
def test_other_thing(grader: Grader, card: Card, typed: str, right: bool) -> None:
    assert grader.grade(card, typed).correct is right
