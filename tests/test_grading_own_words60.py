"""Round 60, issue #11: fluent paraphrases of a keypoint the grader refused, each on an invented card. A phrasal verb
with its object between the verb and the particle ("the rebels blew the bridge up") is read as the joined verb; a
stuff said by its adjective in "-y" ("salty water" for "salt water"); a day told by its weather said as the weather
("warm weather" for "a warm day", "тёплая погода" for "тёплый день"); a liquid that flows easily said as "runnier",
"thinner" or "less thick"; plans approved said as "signed" ("signed off") and as designs. Opposites, negations and
other particles stay wrong."""

from __future__ import annotations

import pytest

from tests.cards import point_made

ROWS = [
    # the object between the verb and its particle
    ("What did the rebels do?", "the rebels blew up the bridge", "the rebels blew the bridge up", True),
    ("What did the rebels do?", "the rebels blew up the bridge", "the rebels blew the old bridge up", True),
    ("What did the rebels do?", "the rebels blew up the bridge", "the rebels never blew the bridge up", False),
    ("What did the rebels do?", "the rebels blew up the bridge", "the rebels blew the bridge down", False),
    ("What did the council do?", "the council called off the strike", "the council called the strike off", True),
    ("What did the council do?", "the council called off the strike", "the council called the strike on", False),
    ("What did the plague do?", "the plague wiped out the villages", "the plague wiped the villages out", True),
    ("What did the mayor do?", "the mayor shut down the mill", "the mayor shut the mill down", True),
    # a stuff by its adjective in "-y"
    ("What rusted the hull?", "salt water", "salty harbour water", True),
    ("What rusted the hull?", "salt water", "fresh harbour water", False),
    ("What covered the road?", "sand dunes", "sandy dunes", True),
    ("What covered the road?", "sand dunes", "grassy dunes", False),
    ("Why was the crossing slow?", "a mud track", "a muddy track", True),
    ("Why was the crossing slow?", "a mud track", "a stony track", False),
    # a day by its weather
    ("Why did the syrup flow so fast?", "a warm day", "warm weather made it runny", True),
    ("Why did the syrup flow so fast?", "a warm day", "the weather was warm", True),
    ("Why did the syrup flow so fast?", "a warm day", "cold weather", False),
    ("Why did the syrup flow so fast?", "a warm day", "the weather was not warm", False),
    ("Why did the paint dry so slowly?", "a cold, wet morning", "cold, wet weather", True),
    ("Why did they stay in?", "warm weather", "a warm day", False),  # (one day is no weather)
    ("Почему патока текла быстро?", "был тёплый день", "стояла тёплая погода", True),
    ("Почему патока текла быстро?", "был тёплый день", "стояла холодная погода", False),
    ("Почему патока текла быстро?", "тёплая погода", "был тёплый день", False),
    # approving a plan
    ("What did the new law require?", "plans checked and signed by an engineer",
     "an engineer had to approve the designs", True),
    ("What did the new law require?", "plans checked and signed by an engineer", "plans signed off by an engineer",
     True),
    ("What did the new law require?", "plans checked and signed by an engineer",
     "an engineer had to reject the designs", False),
    ("What did the new law require?", "plans checked and signed by an engineer",
     "an engineer had to draw the designs", False),
    # a liquid that flows easily
    ("Why did the syrup flow so fast?", "the syrup was runnier", "the syrup was less thick", True),
    ("Why did the syrup flow so fast?", "the syrup was runnier", "the syrup was thinner", True),
    ("Why did the syrup flow so fast?", "the syrup was runnier", "the syrup was thicker", False),
    ("Why did the syrup flow so fast?", "the syrup was runnier", "the syrup was not less thick", False),
]


@pytest.mark.parametrize(("prompt", "point", "given", "right"), ROWS)
def test_paraphrase_of_a_point(prompt: str, point: str, given: str, right: bool) -> None:
    assert point_made(prompt, point, given, "ru" if prompt[0] > "z" else "en") is right
