"""Names in cloze blanks that the text joins only by "and" / "or" ("на границе штатов {{Невада}} и {{Аризона}}",
"built by {{Ames}} and {{Brook}}") may be filled in another order: the order of the names is the writer's. Words
that are no names keep the text's order ("born {{free}} and {{equal}}"), and so do names the text ties to their
places ("respectively", "in that order") or parts with other words ("from {{Oslo}} to {{Bergen}}"). Found by
proberu17 (a Russian pack on a dam); "in that order" by instructors' reports. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.blank_pairs import coordinated
from studybot.core.packs import Card, Pack, Section


def _right(lang: str, text: str, answer: str) -> bool:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in text.split("{{")[1:])
    card = Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=text, blanks=blanks)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    return Grader.for_pack(pack).grade(card, answer).correct


RU = "Озеро лежит в {{Синей}} долине на границе областей {{Тверская}} и {{Псковская}}."
RU3 = "Флот вышел из {{Риги}}, а командовали им {{Петров}}, {{Орлов}} и {{Зайцев}}."
EN = "The mill was built by {{Ames}} and {{Brook|Tom Brook}} in {{1802}}."
EN_PHRASE = "The charter says that guildsmen are born {{free}} and {{equal}} in rights."
EN_ROUTE = "The ferry sailed from {{Oslo}} to {{Bergen}}."
EN_EACH = "The twins {{Ames}} and {{Brook}} were 10 and 12 respectively."
EN_ORDER = "{{Ames}} and {{Brook}}, in that order, led the guild."
RU_ORDER = "Гильдию возглавляли {{Петров}} и {{Орлов}}, в таком порядке."


@pytest.mark.parametrize(("lang", "text", "answer", "right"), [
    ("ru", RU, "Синей, Псковская, Тверская", True),
    ("ru", RU, "синей; псковская; тверская", True),
    ("ru", RU, "Синей, Тверская, Псковская", True),
    ("ru", RU, "Псковская, Синей, Тверская", False),  # only the joined blanks change places
    ("ru", RU, "Синей, Псковская, Новгородская", False),
    ("ru", RU3, "Риги, Зайцев, Петров, Орлов", True),
    ("ru", RU3, "Риги, Зайцев, Петров, Сидоров", False),
    ("en", EN, "Brook, Ames, 1802", True),
    ("en", EN, "Tom Brook, Ames, 1802", True),
    ("en", EN, "Brook, Ames, 1820", False),
    ("en", EN_PHRASE, "equal, free", False),  # no names: the text's phrase
    ("en", EN_ROUTE, "Bergen, Oslo", False),
    ("en", EN_EACH, "Brook, Ames", False),
    ("en", EN_ORDER, "Ames, Brook", True),
    ("en", EN_ORDER, "Ames / Brook", True),
    ("en", EN_ORDER, "Ames; Brook", True),
    ("en", EN_ORDER, "Brook, Ames", False),  # "in that order" ties each name to its place
    ("en", EN_ORDER, "Brook / Ames", False),
    ("en", EN_ORDER, "Brook; Ames", False),
    ("ru", RU_ORDER, "Петров, Орлов", True),
    ("ru", RU_ORDER, "Орлов, Петров", False),
])
def test_names_joined_by_and_in_any_order(lang, text, answer, right):
    assert _right(lang, text, answer) is right


@pytest.mark.parametrize(("text", "groups"), [
    (RU, ((1, 2),)),
    (RU3, ((1, 2, 3),)),
    (EN, ((0, 1),)),
    (EN_PHRASE, ()),
    (EN_ROUTE, ()),
    (EN_EACH, ()),
    (EN_ORDER, ()),
    (RU_ORDER, ()),
    ("{{Ames}} and {{Brook}} in this order", ()),
    ("{{Ames}} and {{Brook}} kept order in the hall", ((0, 1),)),  # "order" alone ties nothing
    ("{{Oslo}}, {{Bergen}}", ()),  # a comma alone joins no group
    ("{{Oslo}} или {{Bergen}}", ((0, 1),)),
])
def test_which_blanks_are_joined(text, groups):
    assert coordinated(text) == groups
