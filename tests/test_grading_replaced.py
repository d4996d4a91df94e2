"""Roles reversed in answers that keep every word of a keypoint (issue #11).

| way                         | right                                   | wrong                                   |
|-----------------------------|-----------------------------------------|-----------------------------------------|
| names of two words swapped  | Aldric Venn defeated Osric Dale         | Osric Dale defeated Aldric Venn         |
| passive, names of two words | Osric Dale was defeated by Aldric Venn  | Aldric Venn was defeated by Osric Dale  |
| two-word country, "to"      | the League sold salt to the Tarn ...    | the Tarn Republic sold salt to the ...  |
| replaced by / with          | the old loom was replaced by a power... | the power loom was replaced by an old...|
| X replaced Y (active)       | a power loom replaced the old loom      | the old loom replaced the power loom    |
| replaced X with Y           | they replaced the old loom with a ...   | they replaced the power loom with ...   |
| took over from / gave way to| a power loom took over from the old ... | the power loom gave way to an old loom  |
| instead of / rather than    | a power loom instead of the old loom    | the old loom rather than a power loom   |
| заменили X-акк Y-твор       | бартер заменили торговлей               | торговлю заменили бартером              |
| X-им заменил Y              | торговля заменила бартер                | бартер заменил торговлю                 |
| вместо X                    | торговля вместо бартера                 | вместо торговли ввели бартер            |

Traps (right): a name of two words said again in another clause that keeps the roles; the two things in a
clause with no mark of replacing ("the power loom was faster than the old loom"); a thing said in a
phrase after another preposition. The texts are invented.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN_TEXTS = (
    "At Harrow Field Aldric Venn defeated Osric Dale.",
    "The Northern League sold salt to the Tarn Republic, and the Tarn Republic sold wool to the Northern League.",
    "In the weaving sheds the old loom was replaced by a power loom.",
)
RU_TEXTS = ("В долине бартер заменили торговлей.", "Ветряк заменили паровой машиной.")
EN = Grader(language="en", texts=EN_TEXTS, aliases={"Aldric Venn": ("Venn",), "Osric Dale": ("Dale",)})
RU = Grader(language="ru", texts=RU_TEXTS)


def explain(*points: str, prompt: str = "What happened?") -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=len(points))


FIELD = explain("Aldric Venn defeated Osric Dale", prompt="How did the battle at Harrow Field end?")
TRADE = explain("the Northern League sold salt to the Tarn Republic",
                "the Tarn Republic sold wool to the Northern League", prompt="What did the two trade?")
RIVAL = Card(id="e", section="s", kind="explain", prompt="Why did the Tarn Republic arm?", answer="a rival",
             keypoints=(Keypoint("the Tarn Republic considers the Northern League its rival", ("rival",)),), need=1)
LOOM = explain("the old loom was replaced by a power loom", prompt="What happened in the weaving sheds?")
RATHER = explain("a power loom rather than the old loom", prompt="What did the sheds use?")
BARTER = explain("бартер заменили торговлей", prompt="Что изменилось в долине?")
VETRYAK = explain("ветряк заменили паровой машиной", prompt="Что стало с ветряком?")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (EN, FIELD, "Aldric Venn defeated Osric Dale", True),
    (EN, FIELD, "Osric Dale was defeated by Aldric Venn", True),
    (EN, FIELD, "Osric Dale defeated Aldric Venn", False),
    (EN, FIELD, "Aldric Venn was defeated by Osric Dale", False),
    (EN, FIELD, "Venn beat Dale", True),  # the verb said otherwise: the point made but for it, roles read still
    (EN, FIELD, "Dale beat Venn", False),
    (EN, TRADE, "the Northern League sold salt to the Tarn Republic and the Tarn Republic sold wool to the "
     "Northern League", True),
    (EN, TRADE, "the Tarn Republic sold salt to the Northern League and the Northern League sold wool to the "
     "Tarn Republic", False),
    (EN, LOOM, "the old loom was replaced by a power loom", True),
    (EN, LOOM, "a power loom replaced the old loom", True),
    (EN, LOOM, "they replaced the old loom with a power loom", True),
    (EN, LOOM, "the old loom has been replaced with a power loom", True),
    (EN, LOOM, "the power loom was replaced by an old loom", False),
    (EN, LOOM, "the old loom replaced the power loom", False),
    (EN, LOOM, "they replaced the power loom with an old loom", False),
    (EN, LOOM, "the power loom was replaced with an old loom", False),
    (EN, LOOM, "a power loom took over from the old loom", True),
    (EN, LOOM, "the old loom gave way to a power loom", True),
    (EN, LOOM, "the old loom took over from the power loom", False),
    (EN, LOOM, "the power loom gave way to an old loom", False),
    (EN, RATHER, "a power loom rather than the old loom", True),
    (EN, RATHER, "a power loom instead of the old loom", True),
    (EN, RATHER, "the old loom rather than a power loom", False),
    # "instead of" answering a point of replacing: who replaced whom, not a denial (`instead`)
    (EN, LOOM, "a power loom instead of the old loom", True),
    (EN, LOOM, "they used a power loom rather than an old loom", True),
    (EN, LOOM, "instead of the old loom they used a power loom", True),
    (EN, LOOM, "the old loom instead of a power loom", False),
    (EN, LOOM, "instead of a power loom they used the old loom", False),
    (RU, BARTER, "торговлю ввели вместо бартера", True),
    (RU, BARTER, "бартер вместо торговли", False),
    (RU, BARTER, "бартер заменили торговлей", True),
    (RU, BARTER, "торговля заменила бартер", True),
    (RU, BARTER, "торговля вместо бартера", True),
    (RU, BARTER, "торговлю заменили бартером", False),
    (RU, BARTER, "бартер заменил торговлю", False),
    (RU, BARTER, "вместо торговли ввели бартер", False),
    (RU, VETRYAK, "ветряк заменили паровой машиной", True),
    (RU, VETRYAK, "паровая машина заменила ветряк", True),
    (RU, VETRYAK, "паровую машину заменили ветряком", False),
    (RU, VETRYAK, "ветряк заменил паровую машину", False),
])
def test_roles_reversed(grader: Grader, card: Card, answer: str, right: bool) -> None:
    assert grader.grade(card, answer).correct is right, grader.grade(card, answer).trace


@pytest.mark.parametrize(("grader", "card", "answer"), [
    # no mark of replacing in the answer's clause: nothing read (other rules judge it)
    (EN, LOOM, "the old loom was replaced by a power loom, and the power loom was faster than the old loom"),
    # names of two words said again, each clause keeping the roles
    (EN, FIELD, "Aldric Venn defeated Osric Dale; later Osric Dale fled from Aldric Venn"),
    (RU, BARTER, "бартер в долине заменили торговлей"),
    # two names side by side, a word between: two names, not one ("the Northern League is the Tarn Republic's rival")
    (EN, RIVAL, "since the Northern League is the Tarn Republic's rival"),
])
def test_roles_kept(grader: Grader, card: Card, answer: str) -> None:
    assert grader.grade(card, answer).correct, grader.grade(card, answer).trace
