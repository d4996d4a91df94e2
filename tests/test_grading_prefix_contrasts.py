"""Learned prefixes that name opposite things are no slip of each other (issue #11): "hypotension" is not
"hypertension", "гипотония" not "гипертония", "macroorganisms" not "microorganisms", "intramembrane" not
"intermembrane"; a real slip inside such a word is still forgiven ("hypertention", "микроэвалюция"). Invented cards
(`prefix_contrasts`, `Language.word_match`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.prefix_contrasts import prefixes_contrast
from tests.cards import explain, short

GRADED = [
    ("en", "hypertension", "hypotension", False),
    ("en", "hypertension", "hypertention", True),
    ("en", "the intermembrane space", "the intramembrane space", False),
    ("en", "the intermembrane space", "intermembrane space", True),
    ("en", "microorganisms", "macroorganisms", False),
    ("en", "microorganisms", "microorganism", True),
    ("ru", "гипертония", "гипотония", False),
    ("ru", "гипертония", "гипертания", True),
    ("ru", "в гипотоническом растворе", "в гипертоническом", False),
    ("ru", "в гипотоническом растворе", "гипотонический раствор", True),
    ("ru", "микроэволюция", "макроэволюция", False),
    ("ru", "микроэволюция", "микроэвалюция", True),
    ("ru", "гипотермия", "гипертермия", False),
    ("en", "southwards", "northwards", False),  # opposite points of the compass before a suffix
    ("en", "southwards", "sothwards", True),
    ("en", "eastward", "westward", False),
    ("en", "eastward", "eastwrad", True),
    ("en", "the northeastern coast", "the southeastern coast", False),
    ("en", "a progressive tax", "a regressive tax", False),
    ("en", "a progressive tax", "a progresive tax", True),
    ("ru", "прогрессивный налог", "регрессивный налог", False),
    ("ru", "прогрессивный налог", "прогресивный налог", True),
]


@pytest.mark.parametrize(("code", "answer", "given", "right"), GRADED)
def test_an_opposed_prefix_is_no_slip(code, answer, given, right):
    assert Grader(language=code).grade(short(answer), given).correct is right


POINTS = [
    ("en", "the patient had hypertension", "the patient had hypotension", False),
    ("ru", "у больного была гипертония", "у больного была гипотония", False),
    ("ru", "у больного была гипертония", "у больного была гипертония", True),
]


@pytest.mark.parametrize(("code", "point", "given", "right"), POINTS)
def test_an_opposed_prefix_fails_a_point(code, point, given, right):
    assert Grader(language=code).grade(explain(point), given).correct is right


def test_only_the_two_prefixes_of_a_pair_contrast():
    assert prefixes_contrast("hypotens", "hypertens", "en")
    assert not prefixes_contrast("hypertens", "hypertent", "en")
    assert not prefixes_contrast("hyper", "hypo", "en")  # no word after the prefix
    assert not prefixes_contrast("гипотез", "гипертон", "en")  # another language's pairs


# a word of a pack's synonyms group that also holds a phrase is read as a name of the pack, whose slips are forgiven
# ("hypoglicaemia"); the opposed prefix is still no slip of it, nor a numeral prefix ("bilateral" / "unilateral")
IN_A_GROUP = [
    ("en", ("hypoglycaemia", "low blood sugar"), "hypoglycaemia", "hyperglycaemia", False),
    ("en", ("hypoglycaemia", "low blood sugar"), "hypoglycaemia", "hypoglicaemia", True),
    ("en", ("hypoglycaemia", "low blood sugar"), "hypoglycaemia", "low blood sugar", True),
    ("en", ("unilateral", "one-sided move"), "unilateral", "bilateral", False),
    ("en", ("unilateral", "one-sided move"), "unilateral", "unilaterel", True),
    ("ru", ("гипотермия", "переохлаждение тела"), "гипотермия", "гипертермия", False),
    ("ru", ("гипотермия", "переохлаждение тела"), "гипотермия", "гипотермея", True),
]


@pytest.mark.parametrize(("code", "group", "answer", "given", "right"), IN_A_GROUP)
def test_an_opposed_prefix_is_no_slip_of_a_word_in_a_synonyms_group(code, group, answer, given, right):
    assert Grader(language=code, synonyms=(group,)).grade(short(answer), given).correct is right
