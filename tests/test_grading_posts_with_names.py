"""A person asked for and answered with a post, or asked by a craft (round 43, found writing packs blind).

A post in lower case right before the name ("deputy director Harold Quimby", "senior deputy director ...") or
after it in a clause of its own ("Quimby, the deputy director") is said with the name and changes no one: its rank
words are no qualifier added to the answer. "the deputy of Harold Quimby" and "Quimby's deputy" are another person,
and so is another person's name with the post. A question that asks by a craft ("Which leading Leeds glassmaker
...?", "Which goldsmith ...?") asks who, as "Which engineer ...?" does, an adjective or a place's name before the
noun or not: the surname alone and initials answer it where no one else of the pack has the surname. Invented
notes of a flood, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

NOTES = ("The board of Ostrel Works met at night. Deputy director Harold Quimby made the final call. Lena Drask, "
         "the chief surveyor, refused to sign. Simon Farrant, the leading glassmaker of Leeds, lent the widow money. "
         "Tobias Wren, a goldsmith, paid for the new sluice. Ada Farrant kept the accounts.")
WHO = {"quimby": ("Harold Quimby", "Who made the final call?"), "drask": ("Lena Drask", "Who refused to sign?"),
       "farrant": ("Simon Farrant", "Which leading Leeds glassmaker lent the widow money?"),
       "wren": ("Tobias Wren", "Which goldsmith paid for the new sluice?")}
CARDS = tuple(Card(id=key, section="s", kind="short", prompt=prompt, answer=answer)
              for key, (answer, prompt) in WHO.items())
PACK = Pack(id="p", title="Flood", language="en", cards=CARDS, sections=(Section("s", "The flood", NOTES),))


@pytest.mark.parametrize(("card_id", "given", "right"), [
    ("quimby", "deputy director Harold Quimby", True),
    ("quimby", "senior deputy director Harold Quimby", True),
    ("quimby", "vice president Harold Quimby", True),
    ("quimby", "Quimby, the deputy director", True),
    ("quimby", "Harold Quimby, vice president of Ostrel", True),
    ("quimby", "Harold Quimby", True),
    ("quimby", "the deputy of Harold Quimby", False),
    ("quimby", "Quimby's deputy", False),
    ("quimby", "Harold Quimby's vice president", False),
    ("quimby", "Lena Drask, the deputy director", False),
    ("quimby", "the deputy director", False),
    ("drask", "Drask, the chief surveyor", True),
    ("drask", "chief surveyor Lena Drask", True),
    ("drask", "the chief surveyor", False),
])
def test_a_post_said_with_the_name(card_id, given, right):
    verdict = Grader.for_pack(PACK).grade(PACK.card(card_id), given)
    assert bool(verdict.correct) is right, verdict.trace


@pytest.mark.parametrize(("card_id", "given", "right"), [
    ("wren", "Wren", True),
    ("wren", "T. Wren", True),
    ("wren", "Tobias Wren", True),
    ("wren", "Quimby", False),
    ("farrant", "S. Farrant", True),
    ("farrant", "Farrant", False),  # (Ada Farrant is another)
    ("farrant", "A. Farrant", False),
])
def test_a_craft_asks_who(card_id, given, right):
    verdict = Grader.for_pack(PACK).grade(PACK.card(card_id), given)
    assert bool(verdict.correct) is right, verdict.trace


@pytest.mark.parametrize(("prompt", "asks"), [
    ("Which leading Leeds glassmaker lent the widow money?", True),
    ("Which famous English poet wrote it?", True),
    ("Which trained engineer built it?", True),
    ("Which goldsmith made the cup?", True),
    ("Which London bridge fell?", False),
    ("Which ship carried the engineer?", False),
    ("Which year did engineers arrive?", False),
    ("Which list did they use?", False),
])
def test_which_noun_asks_for_a_person(prompt, asks):
    from studybot.core.grading.person_asks import asks_for_person
    from studybot.core.language import language
    assert asks_for_person(prompt, "en", language("en").stem) is asks
