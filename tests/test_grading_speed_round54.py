"""Grading speed (issue #11), with every result as before: `text.normalise` and `meaning.kindred` are memoised (pure
functions of their words, asked again of the same card wordings for every answer), `answers.restated` tries its
patterns only on a text holding one of their markers, and `Prepared.find_word` asks `hard_c_as_k` only of a stem that
begins with "c" or "k". Each is checked against the function read anew (the memo's `__wrapped__`, the pattern tried
on every text). Invented texts and words."""

from __future__ import annotations

import pytest

from studybot.core.aliases import Aliases
from studybot.core.grading.answers import _RESTATED, _RESTATED_CUES, restated
from studybot.core.grading_languages import grading_language
from studybot.core.language import hard_c_as_k
from studybot.core.matching import Prepared
from studybot.core.meaning import kindred
from studybot.core.text import normalise

TEXTS = ["The Realization of the Plan", "  co-operation   between\tmills ", "33½ km", "Ёлка, «ёжик» — 180 °С",
         "13 1/2 tonnes", "\x1b[31mred\x1b[0m kettle", "", "Organized LABOUR", "Öl und Wasser"]


@pytest.mark.parametrize("order", [1, -1])
def test_normalise_reads_every_text_as_read_anew(order: int) -> None:
    normalise.cache_clear()  # type: ignore[attr-defined]
    for text in TEXTS[::order]:
        assert normalise(text) == normalise.__wrapped__(text), text  # type: ignore[attr-defined]
        assert normalise(text) == normalise(text)  # (the memo's answer)


@pytest.mark.parametrize(("a", "b", "kin"), [
    ("lenders", "lend", True),  # a derivational link
    ("hot", "heat", True),  # an adjective of quality and its noun, either way round
    ("heat", "hot", True),
    ("visible", "seen", True),  # an adjective of what can be done and its verb
    ("kettle", "potter", False),
])
def test_kindred_as_read_anew(a: str, b: str, kin: bool) -> None:
    assert kindred.__wrapped__(a, b) is kin  # type: ignore[attr-defined]
    assert kindred(a, b) is kin
    assert kindred(a, b) is kin  # (the memo's answer)


@pytest.mark.parametrize(("answer", "code", "said"), [
    ("the kiln, i.e. the oven", "en", ("the kiln", "the oven")),
    ("the kiln ie the oven", "en", ("", "")),  # no marker as the pattern reads it
    ("the kiln (that is, the oven)", "en", ("the kiln", "the oven")),
    ("the kiln, namely the oven", "en", ("the kiln", "the oven")),
    ("the kiln in other words the oven", "en", ("the kiln", "the oven")),
    ("the kiln (the oven)", "en", ("the kiln", "the oven")),  # a description in brackets: no marker needed
    ("the kiln and the oven", "en", ("", "")),
    ("THE KILN, I.E. THE OVEN", "en", ("THE KILN", "THE OVEN")),  # the marker in capitals
    ("печь, т.е. горн", "ru", ("печь", "горн")),
    ("печь, то есть горн", "ru", ("печь", "горн")),
    ("печь и горн", "ru", ("", "")),
])
def test_restated_only_where_a_marker_stands(answer: str, code: str, said: tuple[str, str]) -> None:
    assert restated(answer, code) == said
    folded = " ".join(answer.split()).casefold()
    # the quick test never leaves out a text the pattern matches
    assert _RESTATED[code].match(folded) is None or any(cue in folded for cue in _RESTATED_CUES[code])


@pytest.mark.parametrize(("want", "typed", "found"), [
    ("coptic", "koptic", True),  # a hard "c" written "k"
    ("kolumbus", "columbus", True),  # ... and the other way round
    ("coptic", "gothic", False),
])
def test_hard_c_as_k_still_found(want: str, typed: str, found: bool) -> None:
    assert hard_c_as_k(want, typed) is found
    answer = Prepared.of(f"the {typed} church", Aliases(lang=grading_language("en")), lemmas=True)
    assert (answer.find_word(want, want, None)[0] >= 0) is found
