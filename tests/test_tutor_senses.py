"""A question's word the text does not hold is met by its WordNet synonym in a frequent sense ("print": "published",
"hide": "concealed"), below the word itself; a word the text holds keeps its meaning; Russian has its own table
(tests/test_tutor_senses_ru.py).
Invented texts, no pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.senses import other_words
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def guild() -> Tutor:
    return tutor_on(
        "The masons' guild of Oldbridge published its book of rules in Antwerp in 1402.\n"
        "Baron Ulric Harn concealed the town charter in a well during the siege of 1650.\n"
        "The guild later repaired the bridge over the Wend after the flood of 1711.\n", "The guild of Oldbridge")


@pytest.mark.parametrize(("question", "fact"), [
    ("Where did the masons' guild print its book of rules?", "in Antwerp"),
    ("What did Baron Harn hide?", "the town charter"),
])
def test_a_synonym_in_the_text_answers(guild: Tutor, question: str, fact: str) -> None:
    assert says(guild, question, fact)


def test_a_word_the_text_holds_is_not_widened() -> None:
    """"repaired" is in the text: its WordNet synonyms are not looked for."""
    words = Words("en")
    held = frozenset().union(*words.keys("repair", "repair"))  # the keys of a pack writing "repair"
    assert other_words("fix", words, held) == frozenset({"repair"})  # "fix" is not in the text: "repair" is
    tutor = tutor_on("The guild repaired the bridge in 1711.\nThe guild fixed its own prices.", "The guild")
    asked = tutor.analyser.question("When did the guild repair the bridge?",
                                    normalise("When did the guild repair the bridge?"))
    assert asked is not None
    unit = next(u for u in asked.units if u.stem == "repair")
    assert "fix" not in unit.strong


def test_a_synonym_weighs_below_the_word_itself(guild: Tutor) -> None:
    asked = guild.analyser.question("What did the guild print?", normalise("What did the guild print?"))
    assert asked is not None
    unit = next(u for u in asked.units if u.text == "print")
    assert "publish" in unit.strong  # met by "published" ...
    doc = next(d for d in guild.docs if "published" in d.text)
    covered, own = guild.ranker.coverage(doc, (unit,), unit.weight)
    assert covered == pytest.approx(guild.weights.synonym_credit) and own == covered  # ... in part


def test_no_synonym_of_a_word_without_one() -> None:
    assert other_words("print", Words("en"), {"print"}) == frozenset()  # itself is no synonym
    assert other_words("print", Words("en"), {"build"}) == frozenset()  # a synonym the text lacks
    assert other_words("1402", Words("en"), {"1402"}) == frozenset()
