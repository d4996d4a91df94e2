"""A ratio of three figures or more ("9:3:3:1") is its figures in their order, each as often as written
(`score_pairs.ratio_changed`): "9:3:1" (a figure left out, the same set of figures) and "1:3:3:9" (the other way
round) are other ratios; the same ratio written with spaces or in words is it. Found by a blind author, whose
`mistakes` entry could not catch "9:3:1". Invented packs."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, Pack, Section
from studybot.core.validate import check_mistakes
from studybot.core.wording_verdicts import verdict_words


def _pack(lang: str, answer: str) -> tuple[Pack, Card]:
    card = Card(id="c", section="s", kind="short", prompt="In what ratio did the colours come back?", answer=answer,
                explanation="So the counts say.")
    notes = f"The four colours came back in a ratio of {answer}."
    return Pack(id="p", title="p", language=lang, cards=(card,),
                sections=(Section(id="s", title="Colours", notes=notes),)), card


@pytest.mark.parametrize(("lang", "answer", "given", "right"), [
    ("en", "9:3:3:1", "9:3:3:1", True),
    ("en", "9:3:3:1", "9 3 3 1", True),
    ("en", "9:3:3:1", "nine to three to three to one", True),
    ("en", "9:3:3:1", "about 9:3:3:1", True),
    ("en", "9:3:3:1", "9:3:1", False),  # a figure left out: the same set of figures
    ("en", "9:3:3:1", "1:3:3:9", False),  # the other way round
    ("en", "9:3:3:1", "9:3:3:2", False),
    ("en", "1:2:1", "1:2:1", True),
    ("en", "1:2:1", "1:1:2", False),
    ("en", "1:2:1", "2:1", False),
    ("ru", "9:3:3:1", "9:3:3:1", True),
    ("ru", "9:3:3:1", "9:3:1", False),
])
def test_a_long_ratio_is_its_figures_in_order(lang: str, answer: str, given: str, right: bool) -> None:
    pack, card = _pack(lang, answer)
    verdict = Grader.for_pack(pack).grade(card, given)
    assert verdict.correct is right, verdict.trace


def test_the_ratio_left_out_is_told_in_the_packs_language() -> None:
    pack, card = _pack("en", "9:3:3:1")
    verdict = Grader.for_pack(pack).grade(card, "9:3:1")
    assert verdict.feedback == "The ratio is not right (expected 9:3:3:1)."
    assert verdict_words(verdict.feedback, "ru") == "Соотношение неверное (ожидалось 9:3:3:1)."


def test_a_ratio_turned_round_is_a_mistake_apart_from_the_answer() -> None:
    pack, card = _pack("en", "9:3:3:1")
    card = Card(id="c", section="s", kind="short", prompt=card.prompt, answer="9:3:3:1", explanation="So.",
                accept=("9 3 3 1",), mistakes=(Mistake(match=("1:3:3:9",), feedback="Largest first."),))
    pack = Pack(id="p", title="p", cards=(card,), sections=pack.sections)
    grader = Grader.for_pack(pack)
    assert not check_mistakes(pack, grader)  # no "says the same as the card's own answer"
    assert grader.grade(card, "1:3:3:9").feedback.startswith("Largest first.")
    assert grader.grade(card, "9:3:1").correct is False  # an accepted wording's figures are no set either
