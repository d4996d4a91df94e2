"""A pack's grader is made without reading one text twice (issue #11: `Grader.for_pack` time): the steps that add the
countries a pack's text names (`lexicon_countries`: the countries, the names said for them, their adjectives) each
compare the country tables with the pack's whole text, and read it and the tables' names once between them, not
once each. The same aliases as read anew. Invented packs of no subject taught."""

from __future__ import annotations

import collections

import pytest

from studybot.core import lexicon_countries
from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

NOTES = {"en": "The French envoy sailed from the United States to Britain; Washington sent no reply.",
         "ru": "Посол Франции отплыл из Соединённых Штатов в Англию, а Вашингтон не ответил."}


def _pack(code: str) -> Pack:
    card = Card(id="c", section="s", kind="short", prompt="Where did the envoy sail to?", answer="Britain")
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES[code]),), cards=(card,),
                language=code)


def _forget() -> None:
    """Empty the memos of texts read (none from an earlier test)."""
    for memo in ("_name_words", "_text_words"):
        getattr(getattr(lexicon_countries, memo, None), "cache_clear", lambda: None)()


@pytest.mark.parametrize("code", ["en", "ru"])
def test_each_text_is_read_once_while_a_grader_is_made(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    _forget()
    made = lexicon_countries.normalise
    read: collections.Counter[str] = collections.Counter()

    def counted(text: str) -> str:
        read[text] += 1
        return made(text)
    monkeypatch.setattr(lexicon_countries, "normalise", counted)
    Grader.for_pack(_pack(code))
    assert read and max(read.values()) == 1, read.most_common(3)


@pytest.mark.parametrize("code", ["en", "ru"])
def test_the_countries_added_are_those_read_anew(code: str) -> None:
    text = NOTES[code]
    _forget()
    fresh = lexicon_countries.with_countries({}, code, text)
    for _ in range(2):  # (from the memo)
        assert lexicon_countries.with_countries({}, code, text) == fresh
    assert fresh, "the notes name countries"
