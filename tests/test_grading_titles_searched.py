"""The words the notes put before an option's name (`titled_options`) are found by one search of all the pack's
texts, set apart by a character no text holds (issue #11: a pack has thousands of texts, and a choice answered by a
title searched each of them for each option): the same words, in the same order, as a search text by text, and
never a name written across two texts. Invented texts and names of no pack."""

from __future__ import annotations

import re

import pytest

from studybot.core.grading.titled_options import _titles


def _text_by_text(option: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    """The titles as read one text at a time (as `_titles` did before it searched the texts as one)."""
    out = []
    for text in texts:
        for m in re.finditer(r"\s+".join(map(re.escape, option.split())), text, re.IGNORECASE):
            if not m.group(0).split()[-1][:1].isupper():
                continue
            words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.split(r"[.;:!?()\[\]«»\"]", text[:m.start()])[-1])
            if words[-3:]:
                out.append(" ".join(words[-3:]))
    return tuple(out)


TEXTS = (
    "Harbourmaster Ilse Varga rang the bell. Pilot Jonas Erb steered out.",
    "The old lock-keeper Ilse\nVarga kept the key; Erb did not.",
    "Ilse",  # a name's first word at a text's end ...
    "Varga was late",  # ... and its last at the next one's start: no name written
    "the ilse varga rule",  # in small letters: no name as written
    "Смотритель маяка Ильза Варга зажгла огонь (старший лоцман Ильза Варга)",
    "",
)


@pytest.mark.parametrize("option", ["Ilse Varga", "Jonas Erb", "Erb", "Varga", "Ильза Варга", "Pia Lund", "I.V."])
@pytest.mark.parametrize("texts", [TEXTS, TEXTS[::-1], TEXTS[2:4], ("a text \x00 with the character", *TEXTS), ()])
def test_the_titles_are_those_read_text_by_text(option: str, texts: tuple[str, ...]) -> None:
    assert _titles(option, texts) == _text_by_text(option, texts)


@pytest.mark.parametrize(("option", "titles"), [
    ("Ilse Varga", ("Harbourmaster", "The old lock-keeper")),
    ("Varga", ("Harbourmaster Ilse", "old lock-keeper Ilse")),  # ("Varga was late": no word before it)
    ("Ильза Варга", ("Смотритель маяка", "старший лоцман")),
])
def test_the_words_before_a_name(option: str, titles: tuple[str, ...]) -> None:
    assert _titles(option, TEXTS) == titles


class _Counted:
    """A compiled name whose searches are counted."""

    def __init__(self, pattern: re.Pattern[str], searches: list[str]) -> None:
        self.pattern, self._searches, self._compiled = pattern.pattern, searches, pattern

    def finditer(self, text: str) -> object:
        self._searches.append(self.pattern)
        return self._compiled.finditer(text)


class _CountingRe:
    """The `re` module as titled_options sees it, its compiled patterns counted."""

    def __init__(self, searches: list[str]) -> None:
        self._searches = searches

    def compile(self, pattern: str, flags: int = 0) -> _Counted:
        return _Counted(re.compile(pattern, flags), self._searches)

    def __getattr__(self, name: str) -> object:
        return getattr(re, name)


def test_each_option_is_searched_once_in_all_the_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    from studybot.core.grading import Grader, titled_options
    from studybot.core.packs import Card, Pack, Section

    notes = [f"The tide rose at dawn on day {n}." for n in range(40)]  # many sections, no name in them
    notes[17] = "Harbourmaster Ilse Varga rang the bell at dawn. Pilot Jonas Erb steered the first boat out."
    options = ("Jonas Erb", "Ilse Varga", "Pia Lund")
    card = Card(id="c", section="s0", kind="choice", prompt="Who rang the bell?", answer="Ilse Varga", options=options)
    pack = Pack(id="t", title="t", sections=tuple(Section(id=f"s{n}", title="s", notes=text)
                                                  for n, text in enumerate(notes)), cards=(card,), language="en")
    grader = Grader.for_pack(pack)
    searches: list[str] = []
    monkeypatch.setattr(titled_options, "re", _CountingRe(searches))  # (this module's regexes only: a patched
    # re.compile would leave counted patterns in other modules' caches, compiled while this answer is graded)
    assert grader.grade(card, "the harbourmaster").correct
    assert sorted(searches) == sorted(r"\s+".join(map(re.escape, o.split())) for o in options)  # once each
