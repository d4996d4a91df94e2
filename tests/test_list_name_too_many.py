"""A list answer that makes its points and adds an item that is only one of the pack's names, one the card never
names and another card has for its answer, is wrong (`grading.added_names`): "Кайса, Мерта и Тарну" for the two
islands Orlovsky found, when Tarnu was found by someone else. An item with other words than a name, a name no other
card answers with, a name the card itself names (in its explanation), and an explain card's clauses are left to the
keypoints. Invented packs."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

NOTES_RU = """\
Капитан Орловский в 1820 году открыл острова Кайса и Мерта, а позже описал пролив Сойма.
Остров Тарну открыл другой капитан, Вельде, через десять лет.
На Кайсе живут тюлени, а на Мерте растёт лес; рядом лежит мель Лойма.
"""
# other cards whose answers are the pack's other names
OTHERS_RU = (Card(id="tarnu", section="s", kind="short", prompt="Какой остров открыл Вельде?", answer="Тарну"),
             Card(id="velde", section="s", kind="short", prompt="Кто открыл остров Тарну?", answer="Вельде"),
             Card(id="soyma", section="s", kind="short", prompt="Какой пролив описал Орловский?", answer="Сойма"))
ISLANDS_RU = Card(id="islands", section="s", kind="list", prompt="Назовите два острова, которые открыл Орловский.",
                  answer="Кайса и Мерта", keypoints=(Keypoint("Кайса"), Keypoint("Мерта")),
                  explanation="Их открыли в 1820 году.")
STRAIT_RU = Card(id="strait", section="s", kind="list", prompt="Назовите два острова, которые открыл Орловский.",
                 answer="Кайса и Мерта", keypoints=(Keypoint("Кайса"), Keypoint("Мерта")),
                 explanation="Их открыли в 1820 году; пролив Сойма он только описал.")
WHY_RU = Card(id="why", section="s", kind="explain", prompt="Чем известен Орловский?",
              answer="Он открыл Кайсу и Мерту.", keypoints=(Keypoint("открыл Кайсу"), Keypoint("открыл Мерту")),
              explanation="Так сказано в заметках.")
PACK_RU = Pack(id="islands-ru", title="Острова", language="ru", cards=(ISLANDS_RU, STRAIT_RU, WHY_RU, *OTHERS_RU),
               sections=(Section(id="s", title="Острова", notes=NOTES_RU),))

NOTES_EN = """\
Captain Orlov found the islands of Kaysa and Merta in 1820 and later charted the Soyma Strait.
The island of Tarnu was found by another captain, Velde, ten years later.
"""
ISLANDS_EN = Card(id="islands", section="s", kind="list", prompt="Name the two islands Orlov found.",
                  answer="Kaysa and Merta", keypoints=(Keypoint("Kaysa"), Keypoint("Merta")),
                  explanation="He found them in 1820.")
OTHERS_EN = (Card(id="tarnu", section="s", kind="short", prompt="Which island did Velde find?", answer="Tarnu"),
             Card(id="velde", section="s", kind="short", prompt="Who found Tarnu?", answer="Velde"))
PACK_EN = Pack(id="islands-en", title="Islands", language="en", cards=(ISLANDS_EN, *OTHERS_EN),
               sections=(Section(id="s", title="Islands", notes=NOTES_EN),))


@pytest.mark.parametrize(("pack", "card", "answer", "right"), [
    # a name too many: wrong, however the items are joined and written
    (PACK_RU, ISLANDS_RU, "Кайса, Мерта и Тарну", False),
    (PACK_RU, ISLANDS_RU, "Кайса, Мерта, Вельде", False),
    (PACK_RU, ISLANDS_RU, "кайса; мерта; тарну", False),
    (PACK_RU, ISLANDS_RU, "Кайса и Мерта и пролив Сойма", True),  # a word beside the name: left to the keypoints
    (PACK_RU, ISLANDS_RU, "Кайса, Мерта и Сойма", False),
    (PACK_EN, ISLANDS_EN, "Kaysa, Merta and Tarnu", False),
    (PACK_EN, ISLANDS_EN, "Kaysa, Merta, Velde", False),
    # the points alone, or with words that are no name: right
    (PACK_RU, ISLANDS_RU, "Кайса и Мерта", True),
    (PACK_RU, ISLANDS_RU, "Мерта, Кайса", True),
    (PACK_RU, ISLANDS_RU, "Кайса, Мерта и ещё несколько скал", True),
    (PACK_EN, ISLANDS_EN, "Kaysa and Merta", True),
    (PACK_EN, ISLANDS_EN, "Kaysa, Merta and a few rocks", True),
    # a name no other card answers with may be a point said otherwise; a name the card itself names (its
    # explanation) is no name too many; an explain card has no items
    (PACK_RU, ISLANDS_RU, "Кайса, Мерта и Лойма", True),
    (PACK_RU, STRAIT_RU, "Кайса, Мерта и Сойма", True),
    (PACK_RU, WHY_RU, "открыл Кайсу и Мерту, а Тарну", True),
    # too few points stay wrong
    (PACK_RU, ISLANDS_RU, "Кайса и Тарну", False),
    (PACK_EN, ISLANDS_EN, "Tarnu", False),
])
def test_a_name_too_many_fails_a_list(pack, card, answer, right):
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right, verdict.trace
    if not right:
        assert verdict.score < 1, verdict.trace
