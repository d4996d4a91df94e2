"""An alias only widens what is right. Seen on packs written blind: `Arthur Drysdale: [Justice Drysdale]` beside an
answer "Justice Arthur Drysdale" made "Drysdale", "Arthur Drysdale" and "judge Drysdale" wrong, since the key was
read as a second person of that surname; and a listed full form with a second given name ("Франческо Бартоломео
Растрелли") did not make its first and last names right. Invented names and cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def _grade(answer: str, prompt: str, notes: str, given: str, aliases: dict[str, tuple[str, ...]],
           language: str = "en") -> bool:
    card = Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)
    pack = Pack(id="p", title="p", language=language, aliases=aliases, cards=(card,),
                sections=(Section(id="s", title="Notes", notes=notes),))
    return Grader.for_pack(pack).grade(card, given).correct


MARWICK = "In 1911 the inquiry into the dam collapse was chaired by Justice Helena Marwick. The engineer Tobias Renn " \
          "had warned of cracks."
BRENNER = "The first map of the delta was drawn by Marta Ilse Brenner in 1820."


@pytest.mark.parametrize("aliases", [{}, {"Helena Marwick": ("Judge Marwick",)}])
@pytest.mark.parametrize(("given", "right"), [
    ("Marwick", True),
    ("Helena Marwick", True),
    ("judge Marwick", True),
    ("Justice Marwick", True),
    ("H. Marwick", True),  # the initial of the given name, not of the title
    ("Renn", False),
    ("Tobias Renn", False),
])
def test_an_alias_keyed_without_the_title_only_widens(aliases, given, right):
    assert _grade("Justice Helena Marwick", "Who chaired the inquiry?", MARWICK, given, aliases) is right


@pytest.mark.parametrize("aliases", [{}, {"Ilse Brenner": ("Frau Brenner",)}])
@pytest.mark.parametrize(("given", "right"), [
    ("Ilse Brenner", True),
    ("Marta Brenner", True),
    ("M. Brenner", True),
    ("Karl Brenner", False),
    ("Marta", False),
])
def test_an_alias_keyed_by_a_middle_name_only_widens(aliases, given, right):
    assert _grade("Marta Ilse Brenner", "Who drew the first map of the delta?", BRENNER, given, aliases) is right


@pytest.mark.xfail(strict=True, reason="open: a key by a middle name still splits the surname alone (a held pack "
                                      "lost an answer when the notes' people took the key's given names as theirs)")
def test_the_surname_alone_beside_a_key_by_a_middle_name():
    assert _grade("Marta Ilse Brenner", "Who drew the first map of the delta?", BRENNER, "Brenner",
                  {"Ilse Brenner": ("Frau Brenner",)})


def test_the_surname_alone_without_a_key_by_a_middle_name():
    assert _grade("Marta Ilse Brenner", "Who drew the first map of the delta?", BRENNER, "Brenner", {})


def test_the_alias_itself_is_right_too():
    assert _grade("Marta Ilse Brenner", "Who drew the first map of the delta?", BRENNER, "Frau Brenner",
                  {"Ilse Brenner": ("Frau Brenner",)})


@pytest.mark.parametrize(("answer", "aliases", "notes", "prompt", "given", "right", "language"), [
    ("Adolf Lindqvist", {"Adolf Lindqvist": ("Gustav Adolf Lindqvist",)},
     "The bridge was designed by the engineer Adolf Lindqvist in 1894. Lindqvist came from Uppsala.",
     "Who designed the bridge?", "Gustav Lindqvist", True, "en"),
    ("Adolf Lindqvist", {"Adolf Lindqvist": ("Gustav Adolf Lindqvist",)},
     "The bridge was designed by the engineer Adolf Lindqvist in 1894. Lindqvist came from Uppsala.",
     "Who designed the bridge?", "Karl Lindqvist", False, "en"),
    ("Adolf Lindqvist", {"Adolf Lindqvist": ("Gustav Adolf Lindqvist",)},
     "The bridge was designed by the engineer Adolf Lindqvist in 1894. Lindqvist came from Uppsala.",
     "Who designed the bridge?", "Gustav", False, "en"),
    ("Андреа Трезини", {"Андреа Трезини": ("Доменико Андреа Трезини",)},
     "Собор построил архитектор Андреа Трезини в 1733 году. Трезини приехал из Швейцарии.",
     "Кто построил собор?", "Доменико Трезини", True, "ru"),
    ("Андреа Трезини", {"Андреа Трезини": ("Доменико Андреа Трезини",)},
     "Собор построил архитектор Андреа Трезини в 1733 году. Трезини приехал из Швейцарии.",
     "Кто построил собор?", "Пётр Трезини", False, "ru"),
    ("Андреа Трезини", {"Андреа Трезини": ("Доменико Андреа Трезини",)},
     "Собор построил архитектор Андреа Трезини в 1733 году. Трезини приехал из Швейцарии.",
     "Кто построил собор?", "Доменико", False, "ru"),
])
def test_a_listed_full_form_said_by_its_first_and_last_names(answer, aliases, notes, prompt, given, right, language):
    assert _grade(answer, prompt, notes, given, aliases, language) is right
