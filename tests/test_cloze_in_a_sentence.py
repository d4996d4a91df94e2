"""A cloze answered in a sentence of the learner's own (issue #11): the fillers are read out of the sentence by the
text's own words around them (`cloze_sentence`), in the text's order; a wrong filler, a filler of another blank, a
negation the text does not say or more than one content word of the learner's own besides the fillers fails it.
Blanks of any words that the text joins by "or" are alternatives, filled in either order (`blank_pairs`); each must
still be filled ("stone, stone"). Invented cards of no pack."""

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


EN_OR = "The old granary at Velm was built of {{brick}} or {{stone}} in the 1790s."
EN_TWO = "The ferry to Hallum was first run by the {{Marsh}} company in {{1881}}."
EN_ONE = "Salt from the lagoon was carried inland on {{mules}}."
EN_ORDER = "The toll was first paid by {{Ames}} and then by {{Brook}}."
RU_OR = "Амбар в Вельме построили из {{кирпича}} или {{камня}}."
RU_TWO = "Паром до Халлума впервые пустила компания {{Марш}} в {{1881}} году."
RU_ONE = "Соль из лагуны везли вглубь страны на {{мулах}}."


@pytest.mark.parametrize(("lang", "text", "answer", "right"), [
    ("en", EN_OR, "stone, brick", True),  # "or": alternatives in either order
    ("en", EN_OR, "brick, stone", True),
    ("en", EN_OR, "stone, stone", False),
    ("en", EN_OR, "brick, brick", False),
    ("en", EN_OR, "stone, wood", False),
    ("en", EN_OR, "the granary was built of brick or stone in the 1790s", True),
    ("en", EN_OR, "it was built of wood or brick", False),
    ("en", EN_TWO, "The ferry to Hallum was first run by the Marsh company in 1881.", True),
    ("en", EN_TWO, "the Marsh company ran it first, in 1881", True),
    ("en", EN_TWO, "The ferry to Hallum was first run by the Marsh company in 1891.", False),
    ("en", EN_TWO, "The ferry to Hallum was first run by the Dobbs company in 1881.", False),
    ("en", EN_TWO, "The ferry to Hallum was never run by the Marsh company in 1881.", False),
    ("en", EN_TWO, "The ferry to Hallum was first run by the Marsh and Dobbs company, rival firms, in 1881.", False),
    ("en", EN_ONE, "Salt from the lagoon was carried inland on mules.", True),
    ("en", EN_ONE, "the salt went inland on the backs of mules", True),
    ("en", EN_ONE, "Salt from the lagoon was carried inland on camels.", False),
    ("en", EN_ONE, "it was carried on carts, not on mules", False),
    ("en", EN_ONE, "it was not mules but camels", False),
    ("en", EN_ORDER, "The toll was first paid by Ames and then by Brook.", True),
    ("en", EN_ORDER, "The toll was first paid by Brook and then by Ames.", False),  # the text's order
    ("en", EN_ORDER, "Brook, Ames", False),  # "and then": no joined names
    ("ru", RU_OR, "камня, кирпича", True),
    ("ru", RU_OR, "камня, камня", False),
    ("ru", RU_TWO, "Паром до Халлума впервые пустила компания Марш в 1881 году.", True),
    ("ru", RU_TWO, "Паром до Халлума впервые пустила компания Марш в 1891 году.", False),
    ("ru", RU_TWO, "Паром до Халлума впервые пустила компания Добс в 1881 году.", False),
    ("ru", RU_TWO, "Паром до Халлума никогда не пускала компания Марш в 1881 году.", False),
    ("ru", RU_ONE, "Соль из лагуны везли вглубь страны на мулах.", True),
    ("ru", RU_ONE, "Соль из лагуны везли вглубь страны на верблюдах.", False),
    ("ru", RU_ONE, "соль везли не на мулах, а на телегах", False),
])
def test_cloze_in_a_sentence(lang, text, answer, right):
    assert _right(lang, text, answer) is right


@pytest.mark.parametrize(("text", "groups"), [
    (EN_OR, ((0, 1),)),
    (RU_OR, ((0, 1),)),
    ("They were born {{free}} and {{equal}}.", ()),  # "and" joins words that are no names in the text's order
    ("It cost {{3}}, {{4}} or {{5}} florins.", ((1, 2),)),  # a comma alone joins only names
    ("It ran from {{Oslo}} or {{Bergen}}, respectively.", ()),
])
def test_blanks_joined_by_or(text, groups):
    assert coordinated(text) == groups
