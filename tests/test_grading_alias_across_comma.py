"""A pack's name of several words ("Ranger 7", alias "Ranger-7") is not read across a comma or a semicolon, which
parts the pieces of a list: "Ranger, 7 orbits, 90 minutes" fills three blanks and names no "Ranger-7". Written without
one, the name is still read as the pack's. Invented pack (`aliases.Aliases._beside`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

TEXT = "The probe {{Ranger|Ranger-7}} made {{seven|7}} orbits in {{90}} minutes."
BLANKS = tuple(tuple(part.split("}}")[0].split("|")) for part in TEXT.split("{{")[1:])
CLOZE = Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=TEXT, blanks=BLANKS)
WHICH = Card(id="w", section="s", kind="short", prompt="Which probe made seven orbits?", answer="Ranger-7")
TEXT_RU = "Зонд {{Рейнджер|Рейнджер-7}} сделал {{семь|7}} витков за {{90}} минут."
BLANKS_RU = tuple(tuple(part.split("}}")[0].split("|")) for part in TEXT_RU.split("{{")[1:])
CLOZE_RU = Card(id="z", section="s", kind="cloze", prompt="Заполните пропуски.", answer="", text=TEXT_RU,
                blanks=BLANKS_RU)


def _grader(card: Card, lang: str, aliases: dict[str, tuple[str, ...]]) -> Grader:
    notes = "The probe Ranger-7 made seven orbits." if lang == "en" else "Зонд Рейнджер-7 сделал семь витков."
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=notes),), cards=(card,),
                aliases=aliases, language=lang)
    return Grader.for_pack(pack)


EN_ALIASES = {"Ranger-7": ("Ranger 7",)}
RU_ALIASES = {"Рейнджер-7": ("Рейнджер 7",)}


@pytest.mark.parametrize(("card", "lang", "answer", "right"), [
    (CLOZE, "en", "Ranger, 7 orbits, 90 minutes", True),
    (CLOZE, "en", "Ranger, 7, 90", True),
    (CLOZE, "en", "Ranger; 7; 90", True),
    (CLOZE, "en", "Ranger-7, 7, 90", True),
    (CLOZE, "en", "Ranger, 8, 90", False),
    (WHICH, "en", "Ranger 7", True),  # the name written without a comma is still the pack's
    (CLOZE_RU, "ru", "Рейнджер, 7 витков, 90 минут", True),
    (CLOZE_RU, "ru", "Рейнджер, 8 витков, 90 минут", False),
])
def test_name_not_read_across_a_comma(card: Card, lang: str, answer: str, right: bool) -> None:
    grader = _grader(card, lang, EN_ALIASES if lang == "en" else RU_ALIASES)
    assert grader.grade(card, answer).correct is right
