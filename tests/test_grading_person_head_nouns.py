"""A question asks for a person by its head noun, any trade or calling: "Which Welsh town planner ...?", "Which
illustrator ...?", "Name the writer ..." ask who, so the answer's surname alone and its initials are right, as the
README promises, even where the notes never write the surname alone. Seen on a pack written blind ("Adams" and
"T. Adams" failed for "Thomas Adams" under "Which British town planner ...?"). And `validate` says why a right
example of a surname alone failed when the name was not read as a person's. Invented names and cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.person_asks import asks_for_person
from studybot.core.language import language
from studybot.core.packs import Card, Pack, Section
from studybot.core.validate import check_examples


def _pack(answer: str, prompt: str, notes: str, right: tuple[str, ...] = ()) -> tuple[Card, Pack]:
    card = Card(id="c", section="s", kind="short", prompt=prompt, answer=answer, examples_right=right)
    return card, Pack(id="p", title="p", language="en", cards=(card,),
                      sections=(Section(id="s", title="Notes", notes=notes),))


PLAN = "The garden suburb plan of 1912 was drawn by Walter Hughes. The plan set wide streets around a green."
OTTERS = "The picture books about the river otters were written by Hilda Potter. She drew every otter herself."


@pytest.mark.parametrize(("answer", "prompt", "notes", "given", "right"), [
    ("Walter Hughes", "Which Welsh town planner drew the garden suburb plan?", PLAN, "Hughes", True),
    ("Walter Hughes", "Which Welsh town planner drew the garden suburb plan?", PLAN, "W. Hughes", True),
    ("Walter Hughes", "Which Welsh town planner drew the garden suburb plan?", PLAN, "Robert Hughes", False),
    ("Walter Hughes", "Which Welsh town planner drew the garden suburb plan?", PLAN, "R. Hughes", False),
    ("Hilda Potter", "Which illustrator drew the river otters?", OTTERS, "Potter", True),
    ("Hilda Potter", "Name the writer of the otter books.", OTTERS, "Potter", True),
    ("Hilda Potter", "Which illustrator drew the river otters?", OTTERS, "Hilda", False),
])
def test_a_head_noun_for_people_asks_who(answer, prompt, notes, given, right):
    card, pack = _pack(answer, prompt, notes)
    assert Grader.for_pack(pack).grade(card, given).correct is right


@pytest.mark.parametrize(("prompt", "asks"), [
    ("Which British town planner drew the plan?", True),
    ("Which illustrator drew the otters?", True),
    ("Which ship captain sailed first?", True),
    ("Name the writer of the book.", True),
    ("Which computer beat the champion?", False),  # a thing named as a doer is none
    ("Which tower fell first?", False),
    ("Which flower opens first?", False),
    ("Which river flows north?", False),
    ("Which town council met?", False),
    ("Name the river that floods.", False),
])
def test_which_heads_ask_for_a_person(prompt, asks):
    assert asks_for_person(prompt, "en", language("en").stem) is asks


def test_validate_says_the_name_was_not_read_as_a_persons():
    card, pack = _pack("Walter Hughes", "Name the plan drawn in 1912 for the garden suburb.",
                       "The garden suburb plan of 1912 was drawn by Walter Hughes.", right=("Hughes", "W. Hughes"))
    messages = [p.message for p in check_examples(pack)]
    assert len(messages) == 2 and all("was not read as a person's name" in m for m in messages)


def test_validate_says_nothing_of_persons_when_the_name_is_one():
    card, pack = _pack("Walter Hughes", "Who drew the plan?", PLAN, right=("Hughes", "Walter Hughes"))
    assert check_examples(pack) == []
