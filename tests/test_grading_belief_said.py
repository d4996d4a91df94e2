"""A point that says what someone held true ("he believed every acid contains salt", "он считал, что Земля
плоская") is made by what was held, said alone ("because all acids contain salt"): the verb of belief need not be
said again (`beliefs.belief_skips`); a belief denied ("nobody believed ...") and the content turned round stay
wrong. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def _right(lang: str, prompt: str, point: str, given: str) -> bool:
    card = Card(id="c", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point),),
                explanation="So the notes say.")
    pack = Pack(id="p", title="p", language=lang, cards=(card,),
                sections=(Section(id="s", title="Names", notes=f"{point}."),))
    return Grader.for_pack(pack).grade(card, given).correct


EN = ("Why did Marel call the powder 'salt-maker'?", "he believed every acid contains salt")
RU = ("Почему Ирвин не плыл на запад?", "он считал, что Земля плоская")


@pytest.mark.parametrize(("lang", "card", "given", "right"), [
    ("en", EN, "he believed every acid contains salt", True),
    ("en", EN, "because all acids contain salt", True),  # what he held, said alone
    ("en", EN, "all acids contain salt", True),
    ("en", EN, "no acid contains salt", False),
    ("en", EN, "he believed no acid contains salt", False),
    ("ru", RU, "он считал, что Земля плоская", True),
    ("ru", RU, "потому что Земля плоская", True),
    ("ru", RU, "Земля круглая", False),
])
def test_a_belief_is_made_by_what_was_held(lang: str, card: tuple[str, str], given: str, right: bool) -> None:
    assert _right(lang, *card, given) is right
