"""Whether a word names a party depends on its form, not its stem alone ("economists" is a party of people by its
ending, "economist" of seven letters is not read so): the answer must not depend on which form was asked first
(it did when `Parties.is_party` kept its answers by the stem, so a verdict depended on the order of grading)."""

from __future__ import annotations

import pytest

from studybot.core.aliases import Aliases
from studybot.core.grading.parties import Parties
from studybot.core.language import language

TEXT = ("The millers met the weavers at the fair.",)


def parties() -> Parties:
    lang = language("en")
    return Parties(TEXT, Aliases({}, lang, texts=TEXT))


@pytest.mark.parametrize(("first", "then"), [("economist", "economists"), ("economists", "economist"),
                                              ("chemist", "chemists"), ("chemists", "chemist")])
def test_a_words_form_is_read_whatever_was_asked_before(first, then):
    lang = language("en")
    alone = parties().is_party(then, lang.stem(then))
    asked = parties()
    asked.is_party(first, lang.stem(first))
    assert asked.is_party(then, lang.stem(then)) is alone
    assert parties().is_party("economists", lang.stem("economists")) \
        and not parties().is_party("economist", lang.stem("economist"))
