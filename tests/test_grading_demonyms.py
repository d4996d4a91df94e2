"""A country and its people's adjective are one word to a fair teacher (issue #11, paraphrases forgiven).

"the law of Sweden" answers "Swedish law" (an irregular pair, from the general lexicon's list of demonyms);
"хан Монголии" answers "монгольский хан" as it is, not as a slip (the Russian adjective ending "-ьский" of
a place). Another country stays wrong, and the common words among the demonyms ("pole", "turkey") are not
read as countries. Cards are on subjects of our own.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

EN = Grader()
RU = Grader(language="ru")


def short(answer: str, prompt: str = "What was it?") -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


@pytest.mark.parametrize(("grader", "answer", "given", "right", "slip"), [
    (EN, "Swedish law", "the law of sweden", True, False),
    (EN, "Swedish law", "the law of the swedes", True, False),
    (EN, "Swedish law", "danish law", False, False),
    (EN, "Swedish law", "the law of norway", False, False),
    (EN, "A Dutch merchant", "a merchant from the netherlands", True, False),
    (EN, "the magnetic pole", "the magnetic poland", False, False),  # "pole" is a common word too
    (EN, "a roast turkey", "a turkish roast", False, False),  # the bird, not the country
    (RU, "Монгольский хан", "хан монголии", True, False),  # the same word family, no slip
    (RU, "Монгольский хан", "хан монголов", True, False),
    (RU, "Монгольский хан", "китайский хан", False, False),
    (RU, "Уральский хребет", "хребет на урале", True, False),
])
def test_a_country_and_its_adjective(grader, answer, given, right, slip):
    verdict = grader.grade(short(answer), given)
    assert verdict.correct is right
    if right:
        assert verdict.typo is slip
