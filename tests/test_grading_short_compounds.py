"""A short card's word written as one compound, said by the answer as its two parts (`compounds.said_in_parts`, read
by `short_synonyms`): "огненное кольцо Тихого океана" for "Тихоокеанское огненное кольцо", "приёмник коротких волн"
for "коротковолновый приёмник", "a walk in space" for "a spacewalk". A part said otherwise ("Атлантического океана",
"длинных волн", "a walk on the moon") is another thing. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def _right(answer: str, given: str, language: str) -> bool:
    card = Card(id="c", section="s", kind="short", prompt="?", answer=answer)
    pack = Pack(id="p", title="p", language=language, cards=(card,),
                sections=(Section(id="s", title="Notes", notes=f"{answer}."),))
    return Grader.for_pack(pack).grade(card, given).correct


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Тихоокеанское вулканическое кольцо", "вулканическое кольцо Тихого океана", True),
    ("Тихоокеанское вулканическое кольцо", "вулканическое кольцо Атлантического океана", False),
    ("Тихоокеанское вулканическое кольцо", "вулканическое кольцо тихих морей", False),
    ("коротковолновый приёмник", "приёмник коротких волн", True),
    ("коротковолновый приёмник", "приёмник длинных волн", False),
    ("a spacewalk", "a walk in space", True),
    ("a spacewalk", "walks in space", True),
    ("a spacewalk", "a walk on the moon", False),
])
def test_compound_said_in_parts(answer: str, given: str, right: bool) -> None:
    assert _right(answer, given, "ru" if answer[0] > "z" else "en") is right
