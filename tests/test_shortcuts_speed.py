"""More of the grader's shortcuts (see test_shortcuts.py), each compared with the long way on real texts:
the bundled pack's cards and labelled answers, and those of development packs (never the held-out ones)."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from studybot.core import comparisons, phrases, shares
from studybot.core.grading import Grader, layout_slips
from studybot.core.grading.base import _texts
from studybot.core.language import language
from studybot.core.lexicon_negative import SEPARABLE
from studybot.core.lexicon_phrasal import SEPARABLE_PHRASAL
from studybot.core.packs import Pack, load_pack
from studybot.core.quick import any_piece
from studybot.core.text import normalise
from studybot.core.validate import read_answer_rows

from .packfiles import BUNDLED, DEVELOPMENT, PACKS

SETS = [(BUNDLED, BUNDLED.parent.parent / "tests" / "data" / "graded_answers.yaml")] + [
    (PACKS / f"{name}.yaml", PACKS / f"{name}.answers.yaml") for name in DEVELOPMENT[:6]]


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s[0].stem)
def texts(request) -> tuple[Pack, list[str]]:
    """A pack, and its texts and labelled answers."""
    pack_path, answers_path = request.param
    pack = load_pack(pack_path)
    return pack, [*_texts(pack), *(row.answer for row in read_answer_rows(answers_path))]


def test_a_word_settled_as_no_slip_of_a_name_is_what_the_long_way_leaves_it(texts):
    """A long word once found to be no slip of a name (`Aliases._settled`) is left as it is without asking
    again: a fresh reader, which has settled nothing, leaves it as it is too."""
    pack, found = texts
    used, fresh = Grader.for_pack(pack).aliases, Grader.for_pack(pack).aliases
    for text in found:
        used.apply(normalise(text))
    settled = [w for w in used._settled if re.fullmatch(r"[^\W\d_]{5,}", w)]
    assert settled  # (the shortcut is in use)
    for word in settled:
        assert fresh._near_word(word) == word, word


def _factors_long_way(text: str, monkeypatch: pytest.MonkeyPatch) -> str:
    with monkeypatch.context() as m:
        m.setattr(comparisons, "_EN_FACTOR_PIECES", re.compile(""))  # every text searched for every form
        return comparisons._english_factors(text, frozenset({"fell", "dropped", "cut"}))


def test_factors_are_read_wherever_the_full_search_reads_them(texts, monkeypatch):
    """A text with none of the pieces the factors are written with ("twice", "fold", a part such as "third" or
    "half", an "x" beside a figure) is left as it is, unsearched: the same text as searching it for every form."""
    pack, found = texts
    samples = ["twice as high", "thrice", "an order of magnitude", "a 50-percent drop", "by a factor of 3", "3x",
               "3 × 4", "x3", "half again as much", "a third as many", "tenfold", "two-fold", "half as many as",
               "3 times as much", "half as deep", "half the size of", "double the price of", "3 times as high as",
               "3 times the size of", "it doubled", "halved", "fell by half", "rose by a third", "a quarter more",
               "fell to a third", "exports", "x-ray", "the tax rose", "٣x", "cut to one-third", "fell to half",
               "rose by two-fifths", "fell by 3 quarters", "grew by about a third", "shrank by halves",
               "to a tenth", "by one fourth", "went by train to the sea", "a fifth more", "halving", "2.5x", "12 x",
               "x10", "max 3", "box 3", "tax of 3", "x 3", "3 x 4 m", "3xl"]
    skipped = changed = 0
    for text in [normalise(t) for t in (*found, *samples)]:
        want = _factors_long_way(text, monkeypatch)
        assert comparisons._english_factors(text, frozenset({"fell", "dropped", "cut"})) == want, text
        changed += want != text
        skipped += not comparisons._EN_FACTOR_PIECES.search(text)
    assert changed >= 20 and skipped  # the texts do hold factors, and the quick test spares some


def test_the_quick_test_for_more_and_less_is_found_where_one_of_them_is(texts):
    """`comparisons._EN_ANALYTIC_PIECES` (one search) is found in just the texts that hold one of "more ", "less ",
    "most ", "least " (what every analytic comparison holds)."""
    _, found = texts
    held = 0
    for text in [normalise(t) for t in found] + ["more than", "the least", "lessen", "moreover", "most"]:
        want = any(word in text for word in comparisons._EN_ANALYTIC)
        assert bool(comparisons._EN_ANALYTIC_PIECES.search(text)) == want, text
        held += want
    assert held


def test_the_quick_test_for_shares_without_a_figure_is_found_where_one_of_their_words_is(texts):
    """`shares._WITHOUT_FIGURE_PIECES` (one search) is found in just the texts that hold one of the pieces a share
    said without a figure holds ("every", "половин", ...)."""
    _, found = texts
    held = 0
    for text in [normalise(t) for t in found] + ["one in every five", "половина", "треть жителей", "пятая часть",
                                                 "everyone", "nothing"]:
        want = any(piece in text for piece in shares._WITHOUT_FIGURE)
        assert bool(shares._WITHOUT_FIGURE_PIECES.search(text)) == want, text
        held += want
    assert held


def _negatives_long_way(text: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """`rewrite_negatives` with every form searched for in every text."""
    lang = language("en")
    phrases.rewrite_negatives("they hid it", lang)  # (the table's pattern made: a text the quick test lets through)
    every = tuple(w for forms, particle, _ in (*SEPARABLE, *SEPARABLE_PHRASAL) for w in (*forms, particle)) + tuple(
        "cease ceases ceased ceasing quit quits quitting give gives gave giving".split())  # (as `_EN_CEASED` has them)
    with monkeypatch.context() as m:
        m.setattr(phrases, "word_runs", lambda _: every)  # every quick test passes
        m.setitem(phrases._NEGATIVES, "en", (phrases._NEGATIVES["en"][0], None))
        return phrases.rewrite_negatives(text, lang)


def test_negative_words_written_apart_are_read_wherever_the_full_search_reads_them(texts, monkeypatch):
    """A text without a separable verb's form and its particle ("left ... out", "covered ... up"), or without a
    first word of ceasing ("gave up", "quit"), is not searched for them; a text with none of the words the
    rewrites need (`phrases._NEEDED`: those, the first words of the table's phrases), no "-free" and no "n't" is
    left as it is: the same text as searching every one."""
    pack, found = texts
    samples = ["they left women out", "leaves the poor out of it", "shut them out", "turned the offer down",
               "covered the leak up", "kept the plan secret", "they gave up smoking", "they give up smoking",
               "ceased paying", "quit drinking",
               "gives up nothing", "left out", "the left wing", "up and down", "giving up", "lead-free petrol",
               "they hid the leaks", "she hides it", "the plan was rejected", "they didn't hide it",
               "it lacks a nucleus", "hidden", "the rejected plan", "prices were unchanged",
               "no change at all", "free of lead"]
    needed = phrases._needed(language("en"))
    assert needed is not None
    changed = skipped = 0
    for text in [normalise(t) for t in (*found, *samples)]:
        want = _negatives_long_way(text, monkeypatch)
        assert phrases.rewrite_negatives(text, language("en")) == want, text
        changed += want != text
        skipped += needed.isdisjoint(re.findall(r"\w+", text))
    assert changed >= 8 and skipped  # the texts do hold such words, and the quick test spares some


def test_a_quick_test_of_pieces_is_found_wherever_a_piece_is(texts):
    """`any_piece` is found in every text that holds one of its pieces (and tells apart texts that hold none)."""
    pieces = ("to ", " as m", "twice", "by ", "×", "half the ", "tenth ")
    pattern = any_piece(pieces)
    _, found = texts
    held = 0
    for text in [normalise(t) for t in found] + ["twice", "as much", "went to", "×3", "nothing", "tot"]:
        if any(p in text for p in pieces):
            assert pattern.search(text), text
            held += 1
    assert held and not pattern.search("nothing here at all")


def test_every_word_of_a_prepared_text_is_in_its_text(texts):
    """A phrase's words written as one ("ship yard": "shipyard") are looked for among an answer's words only when
    the answer's text holds them: each of its words is a piece of its text."""
    pack, found = texts
    grader = Grader.for_pack(pack)
    words = 0
    for text in found:
        got = grader.prep(text)
        assert all(word in got.text for word in got.words), text
        words += len(got.words)
    assert words


def test_a_word_in_a_numerals_letters_is_found_as_the_word_by_word_reading_finds_it(texts):
    """`_numeral_word` (one search for a whole run of word characters in the letters of Roman numerals) says what
    reading the text run by run says, on the pack's texts, on tricky pieces and on random strings of such letters."""
    from studybot.core import roman

    def long_way(raw: str) -> bool:
        return any(frozenset("IVXLivxlХ").issuperset(run) for run in re.findall(r"\w+", raw))

    rng = random.Random(7)
    _, found = texts
    randoms = ["".join(rng.choice("IVXLivxlХa1_ -.Ж") for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    samples = [*found, "Charles XII", "henry viii", "all will", "I", "x-ray", "XIV.", "civil", "vi_", "_vi", "ⅷ",
               "l1", "Пётр I", "ХIХ век", "", *randoms]
    assert sum(roman._numeral_word(t) for t in samples) > 100
    for text in samples:
        assert roman._numeral_word(text) == long_way(text), text


def test_what_a_card_asks_for_is_read_once_per_card(texts):
    """A numeric card's figure and a date card's days are read once per card: a second answer finds them read, and
    a card reloaded (a new object) reads them again; the verdicts are those of a grader that reads them anew."""
    pack, _ = texts
    cards = [c for c in pack.cards if c.kind in ("numeric", "date")]
    if not cards:
        pytest.skip("no numeric or date card")
    grader, calls = Grader.for_pack(pack), []
    for card in cards:
        first = grader.card_value(card, "test", lambda: calls.append(1) or len(calls))
        assert grader.card_value(card, "test", lambda: calls.append(1) or len(calls)) == first
        assert grader.card_value(dataclasses.replace(card), "test", lambda: calls.append(1) or len(calls)) != first
    assert len(calls) == 2 * len(cards)
    anew = Grader.for_pack(pack)
    for card in cards:
        answers = [card.answer, *card.examples_right, *card.examples_wrong]
        kept = [grader.grade(card, a) for a in answers]
        assert kept == [grader.grade(card, a) for a in answers]
        assert kept == [anew.grade(dataclasses.replace(card), a) for a in answers]  # (read anew for each answer)


def test_an_answer_with_no_letter_of_the_other_layout_has_no_layout_reading_the_long_way_either(texts, monkeypatch):
    """`layout_reading` stops at once when the answer holds no letter of the other layout (no Cyrillic one on an
    English pack, no Latin one on a Russian pack): the same None as reading every word of it."""
    pack, found = texts
    code = pack.language
    other = "ru" if code == "en" else "en"
    samples = ["ldbufntkm", "сщьзкуыыщк", "yt pyf.", "the ;tkeljr", "CO2 и СО2", "5км", "pH", "a, b; c.", "''", ""]
    known = Grader.for_pack(pack).aliases.uses
    for text in [*found, *samples]:
        quick = layout_slips.layout_reading(text, code, known)
        with monkeypatch.context() as m:
            m.setattr(layout_slips, "has_letters_of", lambda _text, _layout: True)  # every answer read word by word
            slow = layout_slips.layout_reading(text, code, known)
        assert quick == slow, text
        if not layout_slips.has_letters_of(text, other):
            assert quick is None, text
