"""An item of a list answer framed by a verb of coming to be (round 43, found writing packs blind): "появляются
воронки" names the point "воронки газового выброса" as "воронки" does, and "sinkholes appear" names "sinkholes over
the old mines" as "sinkholes" does. The item still names nothing with another word beside its noun, or denied.
Invented list cards on a mining town."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

RU_CARD = Card(id="ru", section="s", kind="list", prompt="Каковы последствия осушения шахт?",
               answer="трещины в стенах; обмеление колодцев; провалы над старыми выработками",
               keypoints=(Keypoint("трещины в стенах", ("стены трескаются",)),
                          Keypoint("обмеление колодцев", ("колодцы мелеют",)),
                          Keypoint("провалы над старыми выработками")))
EN_CARD = Card(id="en", section="s", kind="list", prompt="What did draining the mines do to the town?",
               answer="cracked walls; dry wells; sinkholes over the old mines",
               keypoints=(Keypoint("cracked walls", ("walls crack",)), Keypoint("dry wells", ("wells dry up",)),
                          Keypoint("sinkholes over the old mines")))
PACKS = {"ru": Pack(id="ru", title="Шахты", language="ru", cards=(RU_CARD,), sections=(Section("s", "Шахты", (
             "После осушения шахт стены трескаются, колодцы мелеют, над старыми выработками появляются провалы.")),)),
         "en": Pack(id="en", title="Mines", language="en", cards=(EN_CARD,), sections=(Section("s", "Mines", (
             "After the mines were drained, walls cracked, wells dried up, sinkholes opened over the old mines.")),))}


@pytest.mark.parametrize(("key", "given", "right"), [
    ("ru", "стены трескаются, колодцы мелеют, появляются провалы", True),
    ("ru", "стены трескаются, колодцы мелеют, возникают провалы", True),
    ("ru", "стены трескаются, колодцы мелеют, провалы", True),
    ("ru", "стены трескаются, колодцы мелеют, не появляются провалы", False),
    ("ru", "стены трескаются, колодцы мелеют, появляются провалы дорог", False),
    ("en", "walls crack, wells dry up, sinkholes appear", True),
    ("en", "walls crack, wells dry up, sinkholes", True),
    ("en", "walls crack, wells dry up, no sinkholes appear", False),
    ("en", "walls crack, wells dry up, road sinkholes appear", False),
])
def test_an_item_that_appears(key, given, right):
    pack = PACKS[key]
    verdict = Grader.for_pack(pack).grade(pack.cards[0], given)
    assert bool(verdict.correct) is right, verdict.trace
