"""A choice answered by the title the notes give an option's person (issue #11: a fair teacher): "the
governor-general" picks "Michael Kesler" where the notes say "Governor-General Michael Kesler rowed out to the
stranded families"; "the bishop" picks the option the notes call so, which may be the wrong one; a title the notes
give two options, or none, picks nothing. Invented packs of no text."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

NOTES = ("Governor-General Michael Kesler rowed out to the stranded families himself. "
         "Bishop Anton Weil opened the cathedral to them. General Hugo Brandt and General Otto Fell kept order.")
# notes written with wrapped lines, as `notes: |` keeps them: a name may run across the break
WRAPPED = ("With the mayor away, the queen sent her cousin, the Earl of\nLisle, to the harbour. The harbourmaster,"
           " Piet\nJansen, closed the gates.")
RU_NOTES = "Генерал-губернатор Михаил Кеслер сам спасал людей на лодках. Епископ Антон Вейль открыл им собор."


def _right(lang: str, notes: str, options: tuple[str, ...], answer: str, given: str) -> bool:
    card = Card(id="c", section="s", kind="choice", prompt="Who rowed out to the families?", answer=answer,
                options=options)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=notes),), cards=(card,), language=lang)
    return Grader.for_pack(pack).grade(card, given).correct


EN = ("Anton Weil", "Michael Kesler", "Hugo Brandt")
GENERALS = ("Hugo Brandt", "Otto Fell", "Michael Kesler")
RU = ("Антон Вейль", "Михаил Кеслер")


@pytest.mark.parametrize(("lang", "notes", "options", "answer", "given", "right"), [
    ("en", NOTES, EN, "Michael Kesler", "the governor-general", True),
    ("en", NOTES, EN, "Michael Kesler", "Kesler", True),
    ("en", NOTES, EN, "Michael Kesler", "the bishop", False),  # the bishop is another option
    ("en", NOTES, GENERALS, "Hugo Brandt", "the general", False),  # two options are generals: no pick
    ("en", NOTES, EN, "Michael Kesler", "the mayor", False),  # no option is called so
    ("en", WRAPPED, ("Piet Jansen", "the Earl of Lisle"), "the Earl of Lisle", "her cousin", True),
    ("en", WRAPPED, ("Piet Jansen", "the Earl of Lisle"), "the Earl of Lisle", "the harbourmaster", False),
    ("ru", RU_NOTES, RU, "Михаил Кеслер", "генерал-губернатор", True),
    ("ru", RU_NOTES, RU, "Михаил Кеслер", "епископ", False),
    # an option the text writes as no name: the words before it are no title ("the pump" picks nothing)
    ("en", "Most of the water is lifted by the pump in the north tower.", ("In the north tower", "In the south tower"),
     "In the north tower", "the pump", False),
    ("en", "Most of the water is lifted by the pump in the north tower.", ("In the north tower", "In the south tower"),
     "In the north tower", "north", True),
])
def test_an_option_named_by_its_title_in_the_notes(lang, notes, options, answer, given, right):
    assert _right(lang, notes, options, answer, given) is right
