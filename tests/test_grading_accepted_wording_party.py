"""A point made by an accepted wording that names a party ("Кречет работал годами") is made only where that party
does it: an answer that says it of another party, and names the wording's party only in another clause ("Сокол вели
с Земли, а Кречетом управляли автоматы; Сокол работал годами"), gives the point to the wrong one. The wording's own
party in the clause that makes it still makes it. Invented texts, both languages."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru", texts=("Спутник Сокол вели с Земли, а Кречетом управляли автоматы. Кречет работал годами.",))
EN = Grader(language="en", texts=("The Falcon was steered from the ground, while the Kestrel was run by automatics. "
                                  "The Kestrel worked for years.",))
RU_CARD = Card(id="e", section="s", kind="explain", prompt="Какой спутник прослужил дольше?",
               answer="Кречет дольше всех оставался в строю",
               keypoints=(Keypoint("Кречет дольше всех оставался в строю", ("Кречет работал годами",)),))
EN_CARD = Card(id="e", section="s", kind="explain", prompt="Which satellite served longest?",
               answer="the Kestrel stayed in service longest",
               keypoints=(Keypoint("the Kestrel stayed in service longest", ("the Kestrel worked for years",)),))


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (RU, RU_CARD, "Сокол вели с Земли, а Кречетом управляли автоматы; Сокол работал годами", False),
    (RU, RU_CARD, "Кречетом управляли автоматы, а Сокол работал годами", False),
    (RU, RU_CARD, "Сокол вели с Земли, а Кречетом управляли автоматы; Кречет работал годами", True),
    (RU, RU_CARD, "Кречет работал годами, а Сокол нет", True),
    (RU, RU_CARD, "Сокол сломался быстро. Кречет же работал годами", True),
    (EN, EN_CARD, "The Falcon was steered from the ground, while the Kestrel was run by automatics; the Falcon worked "
                  "for years", False),
    (EN, EN_CARD, "The Falcon was steered from the ground, while the Kestrel was run by automatics; the Kestrel "
                  "worked for years", True),
    (EN, EN_CARD, "the Kestrel worked for years, the Falcon did not", True),
    (EN, EN_CARD, "the Falcon broke early, the Kestrel worked for years", True),
])
def test_an_accepted_wordings_party_is_the_one_in_its_clause(grader: Grader, card: Card, answer: str,
                                                             right: bool) -> None:
    verdict = grader.grade(card, answer)
    assert verdict.correct is right, verdict.trace
