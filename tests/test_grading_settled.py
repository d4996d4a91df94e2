"""Grading speed without a verdict changed (issue #11): the garbage collector is kept off what the process holds when
its first grader is built (`memos.settled`), a grader dropped later is still collected, and a word of no synonym group
and no synonym in the language's table is known to imply no direction before any word of direction is compared with
it (`partly_flips.implied_direction`). Invented packs and words."""

from __future__ import annotations

import gc
import weakref

import pytest

from studybot.core.grading import Grader, partly_flips
from studybot.core.grading_languages import grading_language
from studybot.core.packs import Pack, Section
from tests.cards import short


def _pack() -> Pack:
    card = short("the brass kettle", prompt="What did the tinker mend?")
    notes = Section(id="s", title="Tinkers", notes="The tinker mended a brass kettle.")
    return Pack(id="tinkers", title="Tinkers", sections=(notes,), cards=(card,))


def test_the_first_grader_built_puts_what_the_process_holds_out_of_the_collectors_reach() -> None:
    grader = Grader.for_pack(_pack())
    assert gc.get_freeze_count() > 0
    assert grader.grade(_pack().cards[0], "a brass kettle").correct


def test_a_grader_dropped_is_still_collected() -> None:
    Grader.for_pack(_pack())  # (the first, whichever test builds it)
    frozen = gc.get_freeze_count()
    grader = Grader.for_pack(_pack())
    assert grader.grade(_pack().cards[0], "the brass kettle").correct
    gone = weakref.ref(grader)
    del grader
    gc.collect()
    assert gone() is None  # (frozen with the first, it would live as long as the process)
    # it froze nothing more (a frozen object may still be freed meanwhile: a memo settled by the first grader drops
    # an entry, which leaves the count lower, never higher)
    assert gc.get_freeze_count() <= frozen


@pytest.mark.parametrize(("synonyms", "word", "way", "compared"), [
    ((), "boost", 1, True),  # a synonym of a word of rising
    ((), "cut", -1, True),  # of falling ("reduce")
    ((), "mend", 0, True),  # synonyms ("repair"), none of direction
    ((), "kettle", 0, False),  # no synonym in the table
    ((), "blorptic", 0, False),  # no synonym at all: nothing to compare
    ((), "zorpish", 0, False),
    ((("zorpish", "increase"),), "zorpish", 1, True),  # the pack's group makes it one
])
def test_a_word_of_no_synonym_implies_no_direction_unasked(
        monkeypatch: pytest.MonkeyPatch, synonyms: tuple[tuple[str, ...], ...], word: str, way: int,
        compared: bool) -> None:
    asked: list[str] = []
    means = partly_flips._means

    def counted(*args: object) -> bool:
        asked.append(str(args[3]))
        return means(*args)  # type: ignore[arg-type]
    monkeypatch.setattr(partly_flips, "_means", counted)
    lang = grading_language("en", synonyms, frozenset({"tinker"}))  # (a Language of its own: a fresh memo)
    lang.__dict__.pop("_implied_directions", None)
    assert partly_flips.implied_direction(lang, word, lang.stem(word)) == way
    assert bool(asked) is compared
