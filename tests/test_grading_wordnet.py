"""WordNet in the grader (core/meaning.py): a keypoint's word said with a synonym in a frequent sense, an
opposite that contradicts a point. Cards on invented subjects (an abbey, a guild, a caravan route), so a rule
that passes is one of English; each row says what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core import meaning, wordnet
from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.matching import Aliases, Prepared
from studybot.core.packs import Card

from .cards import one_point

EN = Grader()


ABBEY = one_point("the monks abandoned the abbey", "What happened to the abbey?")
LEDGERS = one_point("the clerks altered the ledgers", "What did the clerks do?")
CHARTER = one_point("the guild kept its charter", "What about the charter?")
MILLS = one_point("the weavers abandoned the old mills beside the northern canal", "Why did the town decline?")
ROUTE = one_point("the northern route through the hills stayed dry in the rainy season", "Why was the route used?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # a verb said with a WordNet synonym in a frequent sense of both words
    (ABBEY, "the monks deserted the abbey", True),
    (ABBEY, "the monks deserted it", True),
    (one_point("the brewers purchased barley from the valley", "Where did the barley come from?"),
     "the brewers bought it from the valley", True),
    (LEDGERS, "the clerks changed the ledgers", True),
    (CHARTER, "the guild held on to its charter", True),
    (one_point("the duke never abandoned the siege", "What did the duke do?"), "the duke never deserted the siege",
     True),
    # ... negated as the point is, and no other verb passes
    (ABBEY, "the monks did not desert the abbey", False),
    (LEDGERS, "the clerks burned the ledgers", False),
    (CHARTER, "the guild lost its charter", False),
    # never onto a word of the card's known mistakes
    (one_point("the monks abandoned the abbey", "What happened to the abbey?", "the monks deserted the town"),
     "the monks deserted the abbey", False),
    # never for a name, though WordNet has the word ("swift" / "fleet")
    (one_point("the brig Swift carried the mail", "Which ship carried the mail?"), "the brig Fleet carried the mail",
     False),
    # an adjective's opposite, where most of a long point is made, contradicts it ...
    (ROUTE, "the northern route through the hills stayed wet in the rainy season", False),
    (ROUTE, "the route through the hills stayed dry in the rainy season", True),
    # a word of the point said in another part of speech of its family ("scarcity" / "scarce"), a noun as
    # well as a verb; a word of another family does not make it
    (one_point("the scarcity of timber", "Why did shipbuilding slow?"), "timber was scarce", True),
    (one_point("the scarcity of timber", "Why did shipbuilding slow?"), "timber was abundant", False),
    (one_point("the scarcity of timber", "Why did shipbuilding slow?"), "timber was cheap", False),
    (one_point("the pensioners of the mill town suffered", "Who suffered?"),
     "people living on a pension in the mill town suffered", True),
    (one_point("the pensioners of the mill town suffered", "Who suffered?"), "the millers of the town suffered", False),
    (one_point("the lenders lost their deposits", "Who lost?"), "those who lend lost their deposits", True),
    (one_point("the lenders lost their deposits", "Who lost?"), "those who borrowed lost their deposits", False),
    # a long point made in part counts a word said with a synonym among the words it makes
    (MILLS, "the weavers deserted the old mills by the canal", True),
    (MILLS, "the weavers burned the old mills by the canal", False),
    (MILLS, "the weavers did not desert the old mills by the canal", False),
])
def test_synonyms_and_opposites_from_wordnet(card: Card, given: str, right: bool) -> None:
    assert EN.grade(card, given).correct is right, EN.grade(card, given).trace


def test_a_word_of_the_packs_own_synonyms_is_the_authors() -> None:
    grader = Grader(synonyms=(("abandon", "vacate"),))
    assert grader.grade(ABBEY, "the monks vacated the abbey").correct
    assert not grader.grade(ABBEY, "the monks deserted the abbey").correct


def test_an_opposite_negated_agrees() -> None:
    # ... but a negated opposite says what the negated point does ("not relevant" / "irrelevant")
    point = Prepared.of("the old guild rules are not relevant for the new workshops", Aliases(), lemmas=True)
    agreeing = Prepared.of("the old guild rules are irrelevant for the new workshops", Aliases(), lemmas=True)
    opposite = Prepared.of("the old guild rules are relevant for the new workshops", Aliases(), lemmas=True)
    assert not meaning.opposed(point, agreeing, tuple(range(len(agreeing.words))))
    assert meaning.antonymous("dry", "wet") and not meaning.antonymous("dry", "arid")
    assert meaning.opposed(opposite, agreeing, tuple(range(len(agreeing.words))))
    # the agreeing word denied contradicts the point: "not relevant" is read "irrelevant" (`prefixed_negatives`), so
    # it is the point's own word negated, which the grader's negation check fails
    card = one_point("the old guild rules are not relevant for the new workshops", "What about the old rules?")
    assert EN.grade(card, "the old guild rules are irrelevant for the new workshops").correct
    assert not EN.grade(card, "the old guild rules are not irrelevant for the new workshops").correct


def test_degree_is_kept() -> None:
    # "better" is no synonym of whatever "good" is, "quicker" none of "rapid"
    assert meaning.synonymous("held", "keep") and meaning.synonymous("purchasing", "bought")
    assert not meaning.synonymous("better", "good") and not meaning.synonymous("quicker", "rapid")


def test_only_when_asked_for() -> None:
    got = Prepared.of("монахи покинули аббатство", Aliases(lang=language("ru")))
    assert meaning.same_meaning_in(got, got, frozenset()) is not None  # Russian has its own table (wordnet_ru)
    assert meaning.same_meaning_in(got, got, None) is None
    assert meaning.same_meaning_in(got, Prepared.of("x", Aliases()), None) is None


def test_the_table_is_read_only_when_a_word_is_not_found() -> None:
    wordnet.table.cache_clear()
    wordnet.entry.cache_clear()
    meaning._partners.cache_clear()
    meaning._forms.cache_clear()
    Grader()
    assert EN.grade(ABBEY, "the monks abandoned the abbey").correct
    assert wordnet.table.cache_info().currsize == 0  # every word found: WordNet costs nothing
    assert EN.grade(ABBEY, "the monks deserted the abbey").correct
    assert wordnet.table.cache_info().currsize == 1
