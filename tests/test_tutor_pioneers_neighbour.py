"""'Who discovered X?' answered by a passage that leaves X to the sentence next to it: only when the passage says the
act itself ("Его открыл ...", "It was discovered by ...") or names someone the neighbour does not; a passage that
does neither ("farm strains are found in goats" before "... treated with orvamycin") tells no one who discovered X
(`tutor.pioneers.object_unsaid`). Shown on notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor.pioneers import object_unsaid
from tests.notes import tutor_on

EN = """\
Kelbacter was at first a harbour infection, but since the 1980s wild strains have also spread among healthy \
people, and farm strains are found in goats.
Serious Kelbacter infections are treated with orvamycin, given by mouth, or with newer drugs.

Tarmacin is made by a fungus of salt marshes.
It was discovered in 1952 by the chemist Ruth Alder, who grew the fungus on bread.

Dalvine is a soft grey metal.
The chemist Otto Brenn first isolated it in 1868 from a river ore.
"""
RU = """\
Экацинк оказался дальвием.
Его открыл в 1877 году химик Пётр Веретенников при анализе речной руды.
"""
NOTES = {"en": EN, "ru": RU}


@pytest.mark.parametrize(("language", "question", "opening", "unsaid"), [
    ("en", "Who discovered orvamycin?", "Kelbacter was at first", True),  # no act, no one of its own
    ("en", "Who discovered orvamycin?", "Serious Kelbacter", False),  # it says the thing
    ("en", "Who discovered tarmacin?", "It was discovered", False),  # the act, after the sentence naming it
    ("en", "Who discovered dalvine?", "The chemist Otto Brenn", False),  # a person of its own
    ("ru", "Кто открыл дальвий?", "Его открыл", False),
])
def test_object_left_to_a_neighbour(language, question, opening, unsaid):
    tutor = tutor_on(NOTES[language], "Drugs and metals", language)
    asked = tutor.analyser.question(question, normalise(question))
    doc = next(d for d in tutor.library.docs if d.text.startswith(opening))
    assert asked is not None and object_unsaid(asked, doc, tutor.library) is unsaid
