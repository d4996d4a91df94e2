"""A count asked with a quantifier of the whole, and an amount asked as a part of a whole (`lexicon_tutor.number_words`,
`tutor.parts_asked`).

"How many mines were there in total?" / "altogether": the text gives the total by its figure ("nine mines in all"),
so the quantifier is met by any figure, as "number" is, even where the text uses the word itself elsewhere. "How much
of the council's budget went on X?" asks for an amount taken out of a whole, which a share answers as well as a sum
("15 per cent of its budget"). Shown on a small text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
The Helby valley produced coal and lead from 1820 to 1910.
There were nine coal mines in all, and the deepest went down 400 metres.
The lead workings were small and closed early.
Miners brought up 12,000 tonnes of lead ore from the hills over the century.
The town council kept the roads to the pits in repair.
The total output of the valley fell after the railway reached the coast.
Altogether the valley drew its miners from three counties.
At their peak in 1890 the mine roads took about 15 per cent of the council's yearly budget.
"""
PACK = Pack(id="helby", title="The Helby valley", cards=(),
            sections=(Section(id="m", title="The mines", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("How many mines were there in total?", "nine"),
    ("how many mines were there altogether", "nine"),
    ("How much lead ore did the miners bring up altogether?", "12,000 tonnes"),
    ("How much of the council budget did the mine roads take at their peak?", "15 per cent"),
])
def test_a_total_or_a_part_of_a_whole_is_answered_by_its_figure(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences), reply.text


def test_a_share_is_asked_only_with_a_measure_and_a_part_of_a_whole(tutor):
    from studybot.core.tutor.parts_asked import share_asked
    words = tutor.library.words
    assert share_asked(words, "how much of the budget did the roads take", frozenset({"money"})) == {"percent"}
    assert share_asked(words, "how much did the roads cost", frozenset({"money"})) == frozenset()
    assert share_asked(words, "how large was the aid relative to income", frozenset({"money"})) == {"percent"}
    assert share_asked(words, "how much of the budget", frozenset()) == frozenset()  # no measure asked
