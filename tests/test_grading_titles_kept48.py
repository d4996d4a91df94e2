"""The words the notes put before an option's name (`titled_options`) are kept by the grader by the option alone
(issue #11: median grading time): the memo of `_titles` is keyed by the option and all the pack's texts, and
hashing those thousands of texts again for every option of every answer that reaches the titles cost more than a
whole short answer's grading. Each option's titles are asked of `_titles` once per grader, whatever the answers;
the verdicts are those the titles always gave. Invented notes, names and options of no pack."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from studybot.core.grading import Grader, titled_options
from studybot.core.packs import Card, Pack, Section

NOTES = ("Ferrywarden Oda Halvik lit the lamps at dusk. Ropemaker Tove Brann mended the nets. "
         "Old Per Lomme watched the tide.")
OPTIONS = ("Tove Brann", "Oda Halvik", "Per Lomme")


def _grader_and_card() -> tuple[Grader, Card]:
    card = Card(id="c", section="s", kind="choice", prompt="Who lit the lamps?", answer="Oda Halvik", options=OPTIONS)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES),), cards=(card,), language="en")
    return Grader.for_pack(pack), card


@pytest.mark.parametrize(("answers", "verdicts"), [
    (("the ferrywarden", "the ropemaker"), (True, False)),
    (("ferrywarden", "the FERRYWARDEN", "a ferrywarden"), (True, True, True)),
    (("the ropemaker", "the lamplighter", "the ferrywarden"), (False, False, True)),
])
def test_each_options_titles_are_asked_once_per_grader(monkeypatch: pytest.MonkeyPatch, answers: tuple[str, ...],
                                                       verdicts: tuple[bool, ...]) -> None:
    grader, card = _grader_and_card()
    asked: list[str] = []
    titles: Callable[[str, tuple[str, ...]], tuple[str, ...]] = titled_options._titles

    def counted(option: str, texts: tuple[str, ...]) -> tuple[str, ...]:
        asked.append(option)
        return titles(option, texts)
    monkeypatch.setattr(titled_options, "_titles", counted)
    assert tuple(grader.grade(card, answer).correct for answer in answers) == verdicts
    assert sorted(asked) == sorted(OPTIONS)  # (every option's titles read, each once: not once per answer)


def test_another_graders_titles_are_its_own() -> None:
    grader, card = _grader_and_card()
    assert grader.grade(card, "the ferrywarden").correct
    notes = NOTES.replace("Ferrywarden", "Bellringer")
    other = Pack(id="u", title="u", sections=(Section(id="s", title="s", notes=notes),), cards=(card,), language="en")
    assert not Grader.for_pack(other).grade(card, "the ferrywarden").correct
