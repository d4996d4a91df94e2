"""English answers in a learner's own words, round 47 (issue #11). Invented cards (no pack's words).

The general "you" and "we" are function words, as "they" is (`lexicon.STOP`): a point "you need sixty votes" is made by
"sixty votes are needed", "we can see the pale shell" by "the pale shell becomes visible"; another figure or a denial
stays wrong.

A bound on a figure said with a word that is a count of its own is the bound said with "more than" / "less than"
(`bound_words`): "over a decade of wages" makes "more than ten years of wages", "under a century" "less than a hundred
years", "over a dozen eggs" "more than twelve eggs"; the other bound stays wrong.

The end of a span said with "to" before a year after a verb of lasting is "until" it (`en_until`): "she lived to 1981",
"all the way to 1981" make "she lived until 1981"; another year or a denial stays wrong, and "from 1920 to 1930" is
read as written.

Catching sight of a thing is seeing it, in an answer (`lexicon_seeing.EN_SPOTTED`, the grader's alone): "the guards
couldn't spot the boats" makes "the guards could not see the boats", "the lookout saw the whale" "the lookout spotted
the whale"; a denial, another thing and another sense stay wrong.

A phrasal verb of one meaning (`lexicon_phrasal`): what is "shut down" is closed, the particle no fall; another object
or the opposite verb stays wrong.
"""

from __future__ import annotations

import pytest

from studybot.core.en_until import until_year_said
from studybot.core.grading import Grader
from tests.cards import explain

# (point, prompt, answer, right)
CASES = [
    ("you need sixty votes", "Why is the vote hard to win?", "sixty votes are needed", True),
    ("you need sixty votes", "Why is the vote hard to win?", "fifty votes are needed", False),
    ("you need sixty votes", "Why is the vote hard to win?", "sixty votes are not needed", False),
    ("we can see the pale shell", "Why does the snail look white?", "the pale shell becomes visible", True),
    ("we can see the pale shell", "Why does the snail look white?", "the dark shell becomes visible", False),
    ("more than ten years of wages", "What was the rug worth?", "over a decade of wages", True),
    ("more than ten years of wages", "What was the rug worth?", "under a decade of wages", False),
    ("less than a hundred years", "How long did the dam stand?", "under a century", True),
    ("less than a hundred years", "How long did the dam stand?", "over a century", False),
    ("more than twelve eggs", "What did each hen lay?", "over a dozen eggs", True),
    ("she lived until 1981", "What became of the widow?", "she lived to 1981", True),
    ("she lived until 1981", "What became of the widow?", "she lived all the way to 1981", True),
    ("she lived until 1981", "What became of the widow?", "she lived to 1975", False),
    ("she lived until 1981", "What became of the widow?", "she did not live to 1981", False),
    ("the guards could not see the boats", "Why did the raid succeed?", "the guards couldn't spot the boats", True),
    ("the guards could not see the boats", "Why did the raid succeed?", "the guards spotted the boats", False),
    ("the guards could not see the boats", "Why did the raid succeed?", "the guards couldn't spot the barges", False),
    ("the lookout spotted the whale", "What happened at dawn?", "the lookout saw the whale", True),
    ("the lookout spotted the whale", "What happened at dawn?", "the lookout did not see the whale", False),
    ("the lookout spotted the whale", "What happened at dawn?", "the lookout heard the whale", False),
    ("rulers closed the offices", "Why did the league decline?", "kings shut down the offices", True),
    ("rulers closed the offices", "Why did the league decline?", "the kings closed down the offices", True),
    ("rulers closed the offices", "Why did the league decline?", "kings shut down the harbours", False),
    ("rulers closed the offices", "Why did the league decline?", "kings opened the offices", False),
]


@pytest.mark.parametrize(("point", "prompt", "answer", "right"), CASES)
def test_a_point_said_in_a_learners_words(point, prompt, answer, right):
    assert Grader().grade(explain(point, prompt=prompt), answer).correct is right


# (text, read)
UNTIL = [
    ("she lived to 1981", "she lived until 1981"),
    ("the strike lasted up to 1926 when it ended", "the strike lasted until 1926 when it ended"),
    ("from 1920 to 1930", "from 1920 to 1930"),
    ("the list ran to 1200 pages", "the list ran to 1200 pages"),
    ("they moved to 1981 street", "they moved to 1981 street"),
]


@pytest.mark.parametrize(("text", "read"), UNTIL)
def test_a_span_ended_with_to_before_a_year(text, read):
    assert until_year_said(text) == read
