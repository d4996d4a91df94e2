"""An answer's figures are read only where a check can use them (issue #11: reading them is a good part of an answer's
first grade): a card with no known mistake never matches one, so its answer's figures are not read for the hedge test
before the mistakes; a point without a figure of a kind gives no figure of that kind against it (`contrasts`), nor
words of a value (`keypoint_values`); options that hold no figure are not told apart by one (`options`), nor options
that say no share by the answer's share (`choice_words`). The quick test of opposed prefixes (`prefix_contrasts`)
agrees with the long way. Invented cards and texts; the verdicts are those of the long way (a shortcut decides
nothing)."""

from __future__ import annotations

import pytest

from studybot.core.aliases import Aliases
from studybot.core.grading import Grader
from studybot.core.grading.contrasts import said_against
from studybot.core.grading.keypoint_values import value_hits
from studybot.core.grading.options import by_number
from studybot.core.grading_languages import grading_language
from studybot.core.matching import Prepared
from studybot.core.packs import Card, Mistake
from studybot.core.prefix_contrasts import _PAIRS, _REST, prefixes_contrast

_HARBOUR = Card(id="c", section="s", kind="short", prompt="Where was the ship built?", answer="in the harbour")
_MILL = Card(id="c", section="s", kind="short", prompt="Where was the ship built?", answer="in the harbour",
             mistakes=(Mistake(("in the mill",), "No."),))
_BARS = Card(id="c", section="s", kind="choice", prompt="Which bar bent?", answer="the copper bar",
             options=("the copper bar", "the iron bar", "the tin bar"))


@pytest.mark.parametrize(("card", "answer", "correct"), [
    (_HARBOUR, "in the old mill near the river, 3 or 4 miles off", False),  # no known mistake to match
    (_HARBOUR, "in the old mill near the river", False),
    (_MILL, "in the old barn near the river", False),  # no hedge: no figure asked for
    (_BARS, "b", False),  # a letter: the options hold no figure to tell them apart
    (_BARS, "2", False),  # its place in the list
])
def test_an_answers_figures_are_not_read_where_no_check_uses_them(card: Card, answer: str, correct: bool) -> None:
    grader = Grader()
    verdict = grader.grade(card, answer)
    assert verdict.correct is correct
    assert grader.prep(answer)._quantities is None, answer


@pytest.mark.parametrize(("answer", "correct"), [("half of it", False), ("the iron one", False), ("copper", True)])
def test_options_that_say_no_share_leave_the_answers_shares_unread(answer: str, correct: bool) -> None:
    grader = Grader()
    assert grader.grade(_BARS, answer).correct is correct
    assert grader.prep(answer)._shares is None, answer  # (`choice_words.by_share`: no option says a share)


def test_a_known_mistake_still_fails_the_answer_that_names_it() -> None:
    verdict = Grader().grade(_MILL, "in the mill")
    assert not verdict.correct and verdict.feedback == "No."
    assert verdict.trace[0] == "matches the known mistake 'in the mill'"


def _read(text: str) -> Prepared:
    return Prepared.of(text, Aliases(lang=grading_language("en")), lemmas=True)


def test_a_point_without_a_figure_of_a_kind_reads_none_of_the_answer() -> None:
    point, ref = _read("the old stone mill by the river closed"), _read("the mill closed")
    got = _read("the mill closed, 3 miles off, for 40 days")
    assert said_against(point, ref, got, (1, 2)) is False
    assert got._quantities is None


def test_a_point_without_a_value_reads_no_figure_of_the_answer() -> None:
    got = _read("the mill paid USD 15 million")
    assert value_hits(_read("the mill paid its workers"), got, None) is None
    assert got._quantities is None
    assert value_hits(_read("the mill paid USD 15 million"), got, None) is not None  # a value: read, and found


def test_options_told_apart_by_figures_read_the_answers_figure() -> None:
    options = [_read(o) for o in ("bar No. 6", "bar No. 21", "bar No. 9")]
    assert by_number(3, options, _read("number 21")) == 1
    assert by_number(3, [_read(o) for o in ("the copper bar", "the iron bar")], _read("2")) == 1


def _long(a: str, b: str, code: str) -> bool:
    """`prefixes_contrast` without its quick test of first letters."""
    return any(x.startswith(p) and y.startswith(q) and len(x) - len(p) >= _REST and len(y) - len(q) >= _REST
               for p, q in _PAIRS.get(code, ()) for x, y in ((a, b), (b, a)))


_WORDS = {"en": ("hypotension", "hypertension", "microbe", "macrobe", "intramural", "intermural", "endoderm",
                 "exoderm", "infrared", "ultrared", "homophone", "heterophone", "progressive", "regressive",
                 "northwards", "southwards", "eastward", "westward", "hyper", "hypo", "cat", "hat", "", "e", "west"),
          "ru": ("гипотония", "гипертония", "микроэволюция", "макроэволюция", "интрамуральный", "интермуральный",
                 "прогрессивная", "регрессивная", "кот", "", "гипо")}


@pytest.mark.parametrize("code", ["en", "ru", "de"])
def test_the_quick_test_of_opposed_prefixes_agrees_with_the_long_way(code: str) -> None:
    words = _WORDS.get(code, _WORDS["en"])
    for a in words:
        for b in words:
            assert prefixes_contrast(a, b, code) == _long(a, b, code), (a, b)
    assert prefixes_contrast("hypotension", "hypertension", "en") and prefixes_contrast("westward", "eastward", "en")
    assert not prefixes_contrast("hypotension", "hypertension", "de")
