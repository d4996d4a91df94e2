"""Another given name before the surname that fills a cloze blank (round 43, found writing packs blind): where the
pack names the printer "Andrew Belton", "Igor Belton" in "{{Belton}}" is another man; "Belton", "Andrew Belton",
"Andy Belton" fill it. A blank whose surname the texts give with no given name takes any. Invented notes of a
press, in English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def cloze(language: str, text: str, blanks: tuple[tuple[str, ...], ...], notes: str) -> Pack:
    card = Card(id="c", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=text, blanks=blanks)
    return Pack(id=language, title="Press", language=language, cards=(card,), sections=(Section("s", "Press", notes),))


PACKS = {
    "en": cloze("en", "The first book was printed by {{Belton}} in Harwick.", (("Belton",),),
                "Andrew Belton printed the first book in Harwick. His partner was Paul Rakes."),
    "ru": cloze("ru", "Первую книгу напечатал {{Белецкий}} в Гродно.", (("Белецкий",),),
                "Андрей Белецкий напечатал первую книгу в Гродно. Ему помогал Павел Ракитин."),
    "bare": cloze("en", "The first book was printed by {{Belton}} in Harwick.", (("Belton",),),
                  "Belton printed the first book in Harwick."),
}


@pytest.mark.parametrize(("key", "given", "right"), [
    ("en", "Belton", True),
    ("en", "Andrew Belton", True),
    ("en", "Andy Belton", True),
    ("en", "Igor Belton", False),
    ("en", "Paul Belton", False),
    ("ru", "Белецкий", True),
    ("ru", "Андрей Белецкий", True),
    ("ru", "Мелентий Белецкий", False),
    ("ru", "Игорь Белецкий", False),
    ("bare", "Belton", True),
    ("bare", "Igor Belton", True),
])
def test_another_given_name_in_a_blank(key, given, right):
    pack = PACKS[key]
    verdict = Grader.for_pack(pack).grade(pack.cards[0], given)
    assert bool(verdict.correct) is right, verdict.trace
