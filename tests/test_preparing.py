"""A prepared text reads its figures only when first asked for (`preparing.figures`): the same figures as when
they are asked first, and never read for a text whose figures nothing asks for."""

from __future__ import annotations

import pytest

from studybot.core import preparing
from studybot.core.language import language
from studybot.core.matching import Aliases, Prepared

EN, RU = Aliases(None), Aliases(None, language("ru"))

TEXTS = [  # figures of every kind the reading rewrites: number words, shares, times of day, factors, changes
    (EN, "one in four workers, 8 of them in total"),
    (EN, "exports rose three times, by 50% in 1950"),
    (EN, "at half past five in the afternoon, 2 percentage points lower"),
    (EN, "the Third Estate met"),
    (RU, "каждый четвёртый из 20 студентов"),
    (RU, "выросла в 3 раза, на 50 процентов"),
    (RU, "без пяти шесть"),
]


def _everything_but_figures(p: Prepared) -> None:
    """Asks a prepared text for all it holds except its figures."""
    p.content()
    p.stem_index()
    p.negated()
    p.direction()
    _ = p.dates, p.shares, p.ordinals, p.marks(), p.exact


@pytest.mark.parametrize(("aliases", "text"), TEXTS)
@pytest.mark.parametrize("lemmas", [True, False])
def test_figures_are_the_same_whenever_they_are_asked_for(aliases: Aliases, text: str, lemmas: bool) -> None:
    first = Prepared.of(text, aliases, lemmas=lemmas).quantities
    later = Prepared.of(text, aliases, lemmas=lemmas)
    _everything_but_figures(later)
    assert later.quantities == first
    assert first  # (each text gives figures: a reading that lost them all would pass the comparison)


def test_figures_are_read_once_and_only_when_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch)
    p = Prepared.of("one in four workers rose three times", EN, lemmas=True)
    _everything_but_figures(p)
    assert calls == []
    assert p.quantities and p.quantities is p.quantities
    assert calls == ["1 in 4 workers rose 3 times"]


def test_shares_and_changes_are_read_with_the_figures() -> None:
    p = Prepared.of("one in four workers, up three times", EN, lemmas=True)
    assert "25%" in p.text
    kinds = {(q.kind, q.unit) for q in p.quantities}
    assert ("percent", "share") in kinds and ("factor", "times") in kinds
    assert sorted(q.value for q in p.quantities if q.share == 0.25) == [1, 4]  # the figures of "one in four"
    plain = Prepared.of("up three times", EN)  # (without lemmas, as the tutor reads: no changes)
    assert [q.kind for q in plain.quantities] == ["count"]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts whose figures are read from now on."""
    calls: list[str] = []
    read = preparing.find_quantities

    def counted(text: str, **kw: object) -> object:
        calls.append(text)
        return read(text, **kw)  # type: ignore[arg-type]
    monkeypatch.setattr(preparing, "find_quantities", counted)
    return calls


def test_a_right_short_answer_s_figures_are_read_only_when_the_card_states_some(monkeypatch: pytest.MonkeyPatch):
    from studybot.core.grading import Grader
    from tests.cards import short

    plain = short("the Baltic Sea", prompt="Which sea did the river reach?")
    measured = short("It rose by about 1 m", "rose by about a metre", prompt="How did the mill pond change?")
    grader = Grader()
    grader.grade(plain, "x")
    grader.grade(measured, "x")  # (the cards' own wordings read)
    calls = _counting(monkeypatch)
    assert grader.grade(plain, "it reached the Baltic Sea").correct
    assert calls == []
    assert not grader.grade(measured, "it rose by about 10 metres").correct  # its own figure against the card's
    assert calls


@pytest.mark.parametrize(("answer", "option"), [("in 1991", "in 1993"), ("in 1991", "in 1991 and 1993"),
                                                 ("in 1991", "the treaty"), ("the treaty", "in 1991"),
                                                 ("the treaty", "the pact")])
def test_figures_agree_as_both_sides_figures_say(answer: str, option: str) -> None:
    from studybot.core.grading.figures import figures_agree

    got, theirs = Prepared.of(answer, EN, lemmas=True), Prepared.of(option, EN, lemmas=True)
    mine, its = {q.value for q in got.quantities}, {q.value for q in theirs.quantities}
    assert figures_agree(got, theirs) == (not (mine and its) or bool(mine & its))
    assert figures_agree(got, theirs) == (answer != "in 1991" or option != "in 1993")
