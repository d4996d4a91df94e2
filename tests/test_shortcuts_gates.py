"""The grader's quick tests before long work (round 10), each compared with the long way on real texts: the
bundled pack's cards and labelled answers, and those of a third of the development packs (`SAMPLED`; never the
held-out ones)."""

from __future__ import annotations

import re

import pytest

from studybot.core import dates
from studybot.core.anions import anions_apart
from studybot.core.comparing import oriented_direction
from studybot.core.grading import Grader
from studybot.core.grading.base import _texts
from studybot.core.language import language
from studybot.core.matching import directions_agree
from studybot.core.packs import Pack, load_pack
from studybot.core.text import normalise
from studybot.core.validate import read_answer_rows

from .packfiles import BUNDLED, PACKS, SAMPLED

pytestmark = pytest.mark.slow  # a third of the development packs' texts and answers: CI runs it (--slow)

SETS = [(BUNDLED, BUNDLED.parent.parent / "tests" / "data" / "graded_answers.yaml")] + [
    (PACKS / f"{name}.yaml", PACKS / f"{name}.answers.yaml") for name in SAMPLED]


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s[0].stem)
def texts(request) -> tuple[Pack, list[str]]:
    """A pack, and its texts and labelled answers."""
    pack_path, answers_path = request.param
    pack = load_pack(pack_path)
    return pack, [*_texts(pack), *(row.answer for row in read_answer_rows(answers_path))]


_DATE_SAMPLES = [
    "28 October 2019", "October 28", "28th of Oct", "2019-10-28", "28.10.2019", "10/28/2019", "Janury 2020",
    "8 декабря 1991 года", "в декабре", "2 (14) сентября 1812", "August 26 (September 7), 1812", "June/July 1794",
    "1793-1794", "44 BC", "AD 79", "the year 14", "sept 9 ad", "15.3.44 BC", "may", "in May", "the 1790s",
    "в 1810-х", "spring 2020", "6.5.97", "5/6", "март", "мая 1812", "нояб. 1917", "26 августа 1812 по ст. ст.",
    "twenty-eighth of October", "no date at all", "\u0661\u0669\u0669\u0661"]


def test_dates_are_read_wherever_every_form_is_searched(texts, monkeypatch):
    """A text without a month's name is not searched for the forms that have one, nor a text without a figure
    for those with one (`dates._forms`): the same dates as searching every form, in every language."""
    pack, found = texts
    lang = pack.language
    every = (*dates._ERA_PATTERNS, *dates._PAIR_PATTERNS, *dates._DATE_PATTERNS)
    read = skipped = 0
    for text in [normalise(t) for t in (*found, *_DATE_SAMPLES)]:
        with monkeypatch.context() as m:
            m.setattr(dates, "_forms", lambda era, *_: every if era else every[len(dates._ERA_PATTERNS):])
            want = dates.find_dates(text, normalised=True, lang=lang)
        assert dates.find_dates(text, normalised=True, lang=lang) == want, text
        read += bool(want)
        skipped += not dates._A_MONTH.search(text) or not dates._A_DIGIT.search(text)
    assert read >= 10 and skipped  # the texts do hold dates, and the quick tests spare some forms


def _contrasting_long_way(a: str, b: str, pairs: tuple[tuple[str, str], ...], inflections: tuple[str, ...]) -> bool:
    """Every ending of every pair tried on `a`, each maybe inflected, and the other on `b`."""
    tails = ("", "s", *inflections)
    for x, y in pairs:
        for one, other in ((x, y), (y, x)):
            for tail in tails:
                if a.endswith(one + tail) and len(a) - len(one + tail) >= 3:
                    stem = a[:len(a) - len(one + tail)]
                    if any(b == stem + other + t for t in tails):
                        return True
    return False


def test_contrasting_endings_are_found_wherever_every_pair_is_tried(texts):
    """`Language.contrasting` tries only the endings a word may end in (by its last letter): the same answer as
    trying every pair of endings, for every two words of a pack's texts that begin alike (or, as it also answers,
    two salts or oxides of one element, `anions_apart`)."""
    pack, found = texts
    lang = language(pack.language)
    words = sorted({w for t in found for w in re.findall(r"[^\W\d_]{4,}", normalise(t))})
    words += ["chloride", "chlorite", "chlorate", "artery", "arteriole", "bronchus", "bronchiole", "caps", "capsule",
              "glob", "globule", "capsid", "хлорид", "хлорита", "хлоратом", "азотный", "азотистый", "гранула"]
    pairs = [(a, b) for a in words for b in words if a != b and a[:3] == b[:3] and a.endswith(lang._contrasting_ends)]
    told = 0
    for a, b in pairs:
        want = _contrasting_long_way(a, b, lang.lex.contrasting_endings,
                                     (*lang.lex.case_endings, *lang.lex.plural_case_endings)) \
            or anions_apart(a, b, lang.code, lang._contrasting_tails)
        assert lang.contrasting(a, b) == want, (a, b)
        told += want
    assert told and len(pairs) > told  # the texts hold such pairs, and pairs that only look like them


def test_an_answer_without_a_word_of_direction_gives_none_and_disagrees_with_none(texts):
    """The hard checks skip the directions of an answer without a word of direction (`any(got.dirs)`): the long
    way finds it gives none (`oriented_direction`, also where a comparison is made the other way round) and
    agrees with every wording (`directions_agree`)."""
    pack, found = texts
    grader = Grader.for_pack(pack)
    wordings = [grader.prep(w) for card in pack.cards for w in (card.answer, *card.accept, card.prompt)]
    skipped = kept = 0
    for text in found:
        got = grader.prep(text)
        if any(got.dirs):
            kept += 1
            continue
        skipped += 1
        for ref in wordings:
            assert oriented_direction(ref, got) == 0 and directions_agree(got, ref), (text, ref.text)
    assert skipped and kept  # the answers hold both kinds
