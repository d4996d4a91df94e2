""""How is X different from Y?" answered by a passage that names X but not Y: the passage defining Y joins it, and
when that definition stands in another section it answers instead (`replies._compared`). X and Y are the words
compared: not a light word they share ("between cooling and soothing ointments", a word of the pack's subject), not a
figure or "one" standing for a noun ("a cable-stayed bridge and a suspension one"); and a passage that tells the
difference itself ("The guild's approach after 1900 was very different from that after 1850") is not replaced by a
definition elsewhere ("Orna is a small town ..." for "how did the Orna guild's approach ... differ ...?").
Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

SECTIONS = (
    ("work", "How salves work",
     "Cooling salves lower the temperature of the skin; menthol and camphor salves are cooling.\n"
     "Soothing salves do not cool the skin but calm the itch, so that the patient stops scratching.\n"),
    ("herbs", "Ointments",
     "Ointments are soft mixtures of wax and oil that are rubbed into the skin.\n"
     "Herbal ointments were sold at every market in the valley of Orna.\n"),
    ("town", "The town",
     "Orna is a small town in the valley of the Tarn, founded in 1702.\n"
     "Its hall stood by the river.\n"),
    ("trade", "The salve trade",
     "The guild's approach after 1900 was very different from that after 1850.\n"
     "Then the masters fixed the price of every salve, and the makers had to sell through their shops.\n"
     "After 1900 any maker could sell, and prices fell by half.\n"),
)


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    sections = tuple(Section(id=i, title=t, notes=n) for i, t, n in SECTIONS)
    return Tutor(Pack(id="t", title="Ointments", sections=sections, cards=(), language="en"), cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("What's the difference between cooling and soothing ointments?", "salves"),
    # the passage tells the difference itself: not "Orna is a small town" of another section in its place
    ("How did the Orna guild's approach after 1900 differ from after 1850?", "very different"),
])
def test_the_words_compared_are_the_ones_defined(tutor: Tutor, question: str, fact: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)
