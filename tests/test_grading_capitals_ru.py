"""Round 60, issue #11: in Russian, as in English, a state is said by its capital ("Москва считает проливы своими
водами, а Вашингтон - международными"): "Вашингтон" is the United States, "Москва" and "Кремль" the state the pack's
notes name, Russia where they name no Soviet Union and the Soviet Union where they name no Russia. Not where the notes
write the city themselves (a card may ask of Moscow), and not the other way round. Invented packs."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

STRAITS = "Россия считает проливы своими водами. США считают проливы международными."
PLANE = "В 1960 году СССР сбил американский самолёт-разведчик. США сначала всё отрицали."
CITY = "Россия строит метро. Москва открыла первую линию в 1935 году."


def made(points: tuple[str, ...], notes: str, given: str) -> bool:
    card = Card(id="c", section="s", kind="explain", prompt="Что произошло?", answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), explanation="Так в заметках.")
    pack = Pack(id="p", title="p", language="ru", cards=(card,), sections=(Section(id="s", title="s", notes=notes),))
    return Grader.for_pack(pack).grade(card, given).correct


ROWS = [
    (("Россия требует разрешения на проход", "США считают проливы международными"), STRAITS,
     "Москва требует разрешения на проход, а Вашингтон считает проливы международными", True),
    (("Россия требует разрешения на проход", "США считают проливы международными"), STRAITS,
     "Кремль требует разрешения на проход, а Вашингтон считает их международными проливами", True),
    (("Россия требует разрешения на проход", "США считают проливы международными"), STRAITS,
     "Вашингтон требует разрешения на проход, а Москва считает проливы международными", False),
    (("СССР сбил американский самолёт",), PLANE, "Москва сбила американский самолёт", True),
    (("СССР сбил американский самолёт",), PLANE, "Вашингтон сбил американский самолёт", False),
    (("Россия строит метро",), CITY, "Москва строит метро", False),  # (the notes write the city)
]


@pytest.mark.parametrize(("points", "notes", "given", "right"), ROWS)
def test_a_state_said_by_its_capital(points: tuple[str, ...], notes: str, given: str, right: bool) -> None:
    assert made(points, notes, given) is right
