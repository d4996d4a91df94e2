"""A Russian keypoint's wording made but for one noun, said with a relative of it (`grading.nearly`,
`related_words.related_ru`): a noun one hypernym step away in Wiktionary ("дубы" / "деревья") or a noun synonym
that both words list ("лошадей" / "коней"). The other words must all be there, negated, directed and counted as the
point is; a wording of two words is made by one of them and a relative of the other only as one phrase, no content
word between them; `meaning` itself never swaps a Russian noun.
Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest
import Stemmer

from studybot.core.grading import Grader
from studybot.core.grading.structured import StructuredGrading
from studybot.core.related_words import related_ru
from tests.cards import one_point

RELAY = one_point("ямщики меняли лошадей на станциях", "Почему почта шла быстро?")
STORM = one_point("буря повалила дубы", "Что случилось в парке?")
TWO = one_point("дубы сгорели", "Что случилось во время пожара?")
FURS = one_point("купцы увозили с ярмарки пушнину и кожи", "Что увозили купцы?", "купцы увозили с ярмарки мех")

ROWS = [
    (RELAY, "ямщики меняли коней на станциях", True),  # synonyms that list each other
    (RELAY, "ямщики не меняли коней на станциях", False),
    (RELAY, "ямщики кормили коней на станциях", False),  # another verb: two words lacking
    (RELAY, "ямщики меняли коней на пристанях", False),
    (RELAY, "ямщики меняли кобыл на станциях", False),  # a kind of horse is no horse said otherwise
    (STORM, "буря повалила деревья", True),  # one hypernym step
    (STORM, "буря не повалила деревья", False),
    (STORM, "буря повалила берёзы", False),  # a sister: another tree
    (STORM, "буря пощадила деревья", False),
    (STORM, "буря повалила заборы", False),
    # of two words, the relative and the other one phrase
    (TWO, "деревья сгорели", True),
    (TWO, "сгорели деревья", True),
    (TWO, "деревья не сгорели", False),
    (TWO, "сгорели старые деревья", True),  # an adjective between: one phrase still
    (TWO, "сгорели сараи рядом с деревьями", False),  # "сгорели" and "деревьями" apart: the sheds burned
    (TWO, "сгорели сараи, деревья уцелели", False),
    (FURS, "купцы увозили с ярмарки мех и кожи", False),  # a word of the card's mistakes
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_all_but_one_noun_and_a_relative_of_it_make_the_point(card, given, right):
    assert Grader(language="ru").grade(card, given).correct is right


class _Without(Grader):
    """The grader without the rule: its wordings as they are."""

    def _cover(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return StructuredGrading._cover(self, *args, **kwargs)


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given):
    assert not _Without(language="ru").grade(card, given).correct


_STEM = Stemmer.Stemmer("russian").stemWord


@pytest.mark.parametrize(("a", "b", "related"), [
    ("лошадь", "конь", True), ("деревня", "посёлок", True), ("учитель", "педагог", True), ("дуб", "дерево", True),
    ("кобыла", "жеребец", False), ("дуб", "берёза", False), ("вход", "выход", False),  # sisters, opposites
    ("деревня", "сели", False), ("посёлок", "села", False),  # a verb's form is no noun's relative
    ("дом", "школа", False), ("дом", "тюрьма", False),  # a hub of many senses keeps no relatives
])
def test_relatives_are_nouns_one_step_apart_or_listing_each_other(a, b, related):
    assert related_ru(a, _STEM(a), b, _STEM(b)) is related and related_ru(b, _STEM(b), a, _STEM(a)) is related


def test_the_table_carries_wiktionary_s_licence_notice_for_the_relatives():
    from importlib.resources import files
    head = files("studybot.core").joinpath("data/lexical_ru.tsv").read_text(encoding="utf-8").split("\n# Lines:")[0]
    assert "tools/build_wordnet_related_ru.py" in head and "CC BY-SA 3.0" in head
