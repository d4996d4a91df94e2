"""A point that opens with its doer right before its verb ("the sand fills the whole channel", "остров движется над
течением") is not made by an answer that says that verb of another thing opening its clause, and puts the point's
doer in another clause of its own: "the water fills the whole channel, while the sand cuts only the bed"; "течение
движется, а остров стоит" (the doer and another thing exchanged across two clauses). The verb may be said with
another word, the one word of the answer's match that the point does not have. Not where the doer's clause leaves
the verb out ("Henry wanted the crown and Richard the lands"): the doer's verb there is a word the point does not
say. The clause that says the verb may open with its conjunction ("because the water fills ..."); the doer may be a
noun after its adjective ("тёплое течение стоит"); a point made by an accepted wording is read so on that wording
("the island stays put, while the eddy drifts" does not make "the eddy stays put", accepted for "the island
drifts over a fixed eddy"). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

from .cards import explain, one_point

EN, RU = Grader(language="en"), Grader(language="ru")

SAND = one_point("the sand fills the whole channel and scours its bed and banks", "Why is the channel wide?")
ISLAND = one_point("the island moves over a fixed current", "Why does the chain grow?")
PESOK = one_point("песок засыпает всё русло и размывает дно и берега", "Почему русло широкое?")
OSTROV = one_point("остров движется над неподвижным тёплым течением", "Почему растёт цепь?")
DRIFT = Card(id="d", section="s", kind="explain", prompt="Why does the chain grow?", answer="x", need=1,
             keypoints=(Keypoint("the island drifts over a fixed eddy", ("the eddy stays put",)),))
DREIF = Card(id="d", section="s", kind="explain", prompt="Почему растёт цепь?", answer="x", need=1,
             keypoints=(Keypoint("остров дрейфует над неподвижным течением", ("тёплое течение стоит на месте",
                                                                              "вихрь стоит на месте")),))
WANTS = explain("Henry wanted the crown", "Richard wanted the lands")  # a verb left out: no clause of its own
ZHELALI = explain("Пётр хотел трон", "Иван хотел земли")
BANDS = Card(id="b", section="s", kind="explain", prompt="How is it told apart?", answer="x",
             keypoints=(Keypoint("bright bands in the light"),
                        Keypoint("the bands lie at fixed colours", ("each metal's bands have fixed colours",
                                                                   "fixed colours"))))


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, SAND, "the sand fills the whole channel and scours the bed and banks", True),
    (EN, SAND, "the water fills the whole channel, while the sand cuts only the bed", False),
    (EN, ISLAND, "the current stays put and the island moves over it", True),
    (EN, ISLAND, "the current moves and the island stays put", False),
    (RU, PESOK, "песок засыпает всё русло и размывает дно и берега", True),
    (RU, PESOK, "вода засыпает всё русло, а песок точит только дно", False),
    (RU, OSTROV, "тёплое течение стоит на месте, а остров движется над ним", True),
    (RU, OSTROV, "остров движется над неподвижным тёплым течением", True),
    (RU, OSTROV, "тёплое течение движется, а остров стоит", False),
    (RU, OSTROV, "течение движется, а остров стоит", False),
    (EN, SAND, "because the water fills the whole channel, while the sand cuts only the bed", False),
    (EN, SAND, "because the sand fills the whole channel and scours the bed and banks", True),
    (RU, PESOK, "потому что вода засыпает всё русло, а песок точит только дно", False),
    (RU, PESOK, "потому что песок засыпает всё русло и размывает дно и берега", True),
    (EN, DRIFT, "the island stays put while the eddy drifts under it", False),
    (EN, DRIFT, "the eddy stays put while the island drifts over it", True),
    (RU, DREIF, "остров стоит на месте, а тёплое течение ползёт под ним", False),
    (RU, DREIF, "тёплое течение стоит на месте, а остров ползёт над ним", True),
    (RU, DREIF, "остров стоит на месте, а вихрь ползёт под ним", False),
    (RU, DREIF, "вихрь стоит на месте, а остров ползёт над ним", True),
    (EN, WANTS, "Henry wanted the crown and Richard the lands", True),
    (EN, one_point("Telmarian supplies can easily be replaced by other suppliers", "Why?"),
     "Telmar mainly sells ore, and other suppliers can easily replace it", True),
    (EN, WANTS, "Richard wanted the crown and Henry wanted the lands", False),
    (RU, ZHELALI, "Пётр хотел трон, а Иван земли", True),
    # a possessor in an accepted wording is no doer ("each metal's bands ..." is said of the bands)
    (EN, BANDS, "bright bands in the light; metals give them at fixed colours", True),
    (EN, BANDS, "bright bands in the light at fixed colours", True),
    (EN, BANDS, "bright bands in the light", False),
])
def test_doer_elsewhere(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
