"""The grader's shortcuts give what the long way gives: early exits (a text with no phrase of
the lexicon is not searched for one; "every word found" stops at the first word missing) and
work done once per card (a phrase's wanted words, a known mistake's pattern).

Each test compares the shortcut with the long way on real texts: the bundled pack's cards
and labelled answers, and those of the development packs (never the held-out ones).
"""

from __future__ import annotations

import pytest

from studybot.core import comparisons, dates, numbers_en, phrases
from studybot.core.aliases import WORD, Aliases
from studybot.core.grading import Grader
from studybot.core.grading.base import _texts
from studybot.core.language import language
from studybot.core.matching import Prepared, covers, overlap
from studybot.core.packs import Card, Pack, load_pack
from studybot.core.term_slips import mend_terms, mended_text
from studybot.core.text import may_hold_digit, normalise, word_runs
from studybot.core.validate import read_answer_rows

from .packfiles import BUNDLED, DEVELOPMENT, PACKS, SAMPLED

SETS = [(BUNDLED, BUNDLED.parent.parent / "tests" / "data" / "graded_answers.yaml")] + [
    (PACKS / f"{name}.yaml", PACKS / f"{name}.answers.yaml") for name in DEVELOPMENT[:4]]


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s[0].stem)
def labelled(request) -> tuple[Pack, Grader, list[tuple[str, str]]]:
    pack_path, answers_path = request.param
    pack = load_pack(pack_path)
    return pack, Grader.for_pack(pack), [(row.card, row.answer) for row in read_answer_rows(answers_path)]


def _long_way(text: str, code: str, monkeypatch: pytest.MonkeyPatch) -> str:
    with monkeypatch.context() as m:
        m.setitem(phrases._STARTS, code, None)  # every text searched with the whole pattern
        return phrases.rewrite_phrases(text, language(code))


@pytest.mark.parametrize("code", ["en", "ru"])
def test_phrases_are_found_wherever_the_full_search_finds_them(code, monkeypatch):
    lang = language(code)
    phrases.rewrite_phrases("", lang)  # the language's pattern and first words
    assert phrases._STARTS[code] is not None  # (the shortcut is in use)
    texts = [t for key in lang.lex.phrases
             for t in (key, f"so {key} then", f"{key}.", f"({key}), and", f"x{key}", f"{key}s", f"{key} {key}")]
    texts += ["it wasn't", "they don't know", "n't", "can't stop", "", "—", "a b c"]
    changed = 0
    for text in texts:
        want = _long_way(text, code, monkeypatch)
        assert phrases.rewrite_phrases(text, lang) == want, text
        changed += want != text
    assert changed > len(lang.lex.phrases)  # the texts do hold phrases


def test_phrases_of_learners_answers_as_the_full_search(labelled, monkeypatch):
    pack, _, answers = labelled
    for _, answer in answers:
        text = normalise(answer)
        assert phrases.rewrite_phrases(text, language(pack.language)) == _long_way(text, pack.language, monkeypatch)


def test_every_word_found_is_an_overlap_of_one(labelled):
    pack, grader, answers = labelled
    seen = {True: 0, False: 0}
    for card_id, answer in answers:
        card = pack.card(card_id)
        assert card is not None
        got = Prepared.of(answer, grader.aliases, lemmas=True)
        for wording in (card.answer, *card.accept, *(kp.point for kp in card.keypoints)):
            ref = grader.prep(wording)
            for a, b in ((got, ref), (ref, got)):
                assert covers(a, b) == (overlap(a, b) == 1.0), (answer, wording)
                seen[covers(a, b)] += 1
    assert seen[True] and seen[False]


def test_a_phrase_is_found_as_its_words_are(labelled):
    """The words a phrase wants, worked out once, are its content words: plain words first."""
    pack, grader, _ = labelled
    for card in pack.cards:
        ref = grader.prep(card.answer)
        for directions in (True, False):
            wanted = ref.wanted(frozenset(), directions)
            assert sorted(w.word for w in wanted) == sorted(ref.words[i] for i in ref.content())
            assert [bool(w.direction) for w in wanted] == sorted(bool(w.direction) for w in wanted)
            assert directions or not any(w.direction for w in wanted)
            assert wanted is ref.wanted(frozenset(), directions)  # once


def test_a_known_mistake_is_read_once(labelled):
    pack, grader, _ = labelled
    patterns = [p for card in pack.cards for m in card.mistakes for p in m.match]
    if not patterns:
        pytest.skip("no mistakes in this pack")
    for pattern in patterns:
        assert grader.pattern(pattern) is grader.pattern(pattern)
        assert grader.pattern(pattern).want is grader.prep(pattern)


@pytest.mark.parametrize(("text", "shares"), [
    ("half of the members", (0.5,)),
    ("a fifth of exports", (0.2,)),
    ("4/5 of the vote", (0.8,)),
    ("one in five voters", (0.2,)),
    ("two thirds", (2 / 3,)),
    ("every other day", (0.5,)),  # a share the reading writes as a percentage, no fraction named
    ("the first half and one in five", (0.5, 0.2)),  # the fractions named first, each value once
    ("fifteen members", ()),  # a number word, no share (read before number words become digits)
    ("exports fell", ()),
])
def test_shares_are_read_when_asked_for(text, shares):
    got = Prepared.of(text, Grader().aliases)
    assert got._shares is None  # not read yet
    assert got.shares == pytest.approx(shares)
    assert got.shares is got.shares  # read once


def _apply_long_way(aliases: Aliases, text: str, again: bool = True, typed: list[str] | None = None) -> str:
    """`Aliases.apply` without its shortcuts: every variant found is rewritten (or a name of several words with
    one word mistyped), a one-word name written as it is included, when what stands beside it lets it be read
    as its person; read again once when a one-word variant became a word that begins a longer one; slips of names
    read among the words as typed (the first reading's); slips inside a term of several words mended first."""
    by_first, words = aliases.by_first, WORD.findall(text)
    chain = False
    if aliases.by_stem:
        text, words = aliases._by_stems(text, words)
    if aliases._terms and (slips := mend_terms(words, aliases._terms, aliases._term_slip)):  # "Dopler efect": the
        text, words = mended_text(text, words, slips)  # term's slips mended first, as `apply` does
    typed = words if typed is None else typed
    tokens = list(WORD.finditer(text))
    out: list[str] = []
    last = done = 0
    for i in [i for i, w in enumerate(words) if w in by_first]:
        if i < done:
            continue
        for seq, canon in by_first[words[i]]:
            n = len(seq)
            if (tuple(words[i:i + n]) == seq or n > 1 and aliases._slipped(words[i:i + n], seq)) and aliases._beside(
                    words, i, n, seq, lambda k: text[tokens[k].end():tokens[k + 1].start() if k + 1 < len(tokens)
                                                     else len(text)]):
                out.append(text[last:tokens[i].start()])
                out.append(canon)
                last = tokens[i + n - 1].end()
                done = i + n
                chain = chain or (n == 1 and canon != seq[0] and canon in aliases._leads_longer)
                break
    text = "".join(out) + text[last:]
    if chain and again:
        return _apply_long_way(aliases, text, again=False, typed=typed)
    return aliases._near_names(text, typed) if aliases.near or aliases.people.surnames else text


NAMED = SETS[:1] + [(PACKS / f"{name}.yaml", PACKS / f"{name}.answers.yaml") for name in SAMPLED]


@pytest.mark.slow  # a third of the development packs: CI runs it (--slow)
@pytest.mark.parametrize(("pack_path", "answers"), NAMED, ids=lambda p: p.stem)
def test_names_are_rewritten_as_the_long_way_rewrites_them(pack_path, answers):
    """A one-word name written as it is stays without asking what stands beside it, and a longer one is
    compared only when its second word follows: the same text as reading every variant in full, beside
    initials or given names that are or are not the person's ("j. bardeen", "walter bardeen")."""
    pack = load_pack(pack_path)
    short, long = Grader.for_pack(pack).aliases, Grader.for_pack(pack).aliases
    texts = [*_texts(pack), *(row.answer for row in read_answer_rows(answers))]
    names = sorted({seq[0] for entries in short.by_first.values() for seq, _ in entries if len(seq) == 1})
    given = sorted(short.people.given)[:5]
    texts += [t for name in names for t in (f"x. {name}", f"{name} j. k.", f"a. b. {name}, c. {name}",
                                            *(f"{g} {name}" for g in given))]
    rewritten = 0
    for text in map(normalise, texts):
        want = _apply_long_way(long, text)
        assert short.apply(text) == want, text
        rewritten += want != text
    assert rewritten  # the texts do name people


def test_the_words_a_question_gives_are_read_per_wording_as_written():
    """Two wordings that are one text once normalised keep their own capitals: "Sodium Chloride" is
    written as a name, "sodium chloride" is a term whose first word the question gives."""
    card = Card(id="c", section="s", kind="short", prompt="Which salt forms when hydrochloric acid reacts with "
                "sodium hydroxide?", answer="Sodium Chloride", accept=("sodium chloride",))
    grader = Grader()
    got = grader.prep("potassium chloride")
    assert grader._put_in_place(card, got, "Sodium Chloride") == ""
    assert grader._put_in_place(card, got, "sodium chloride") == "potassium"


@pytest.mark.parametrize(("text", "code", "ordinals"), [
    ("on the 3rd floor", "en", {"3"}),
    ("the 21st century", "en", {"21"}),
    ("the second one", "en", {"2"}),
    ("three floors", "en", set()),
    ("третий этаж", "ru", {"3"}),
    ("2-я армия", "ru", {"2"}),
    ("три этажа", "ru", set()),
])
def test_ordinals_are_read_when_asked_for(text, code, ordinals):
    """An answer's ordinals are read only when asked for (only a right wording's are), from the text as
    said, before number words became digits ("the second one" is "the 2 1" by then)."""
    got = Prepared.of(text, Aliases(lang=language(code)))
    assert got._ordinals is None  # not read yet
    assert got.ordinals == ordinals
    assert got.ordinals is got.ordinals  # read once


def _roman_months_long_way(text: str) -> str:
    """`roman_months` without its shortcut: every form searched for, in every text."""
    def digits(m):
        return f"{m[1]}.{dates._ROMAN_MONTHS.index(m[3].lower()) + 1}.{m[4]}"
    text = dates._ROMAN_DATE_SPACED.sub(digits, dates._ROMAN_DATE.sub(digits, text))
    return dates._ROMAN_MONTH_YEAR.sub(lambda m: f"{dates._ROMAN_MONTHS.index(m[1].lower()) + 1}.{m[3]}", text)


def test_roman_months_are_read_wherever_the_full_search_reads_them(labelled):
    """A text with no figure is never searched for a month in Roman numerals (each form has a day or a
    year beside it): the same text as searching every one."""
    pack, _, answers = labelled
    texts = [*_texts(pack), *(answer for _, answer in answers)]
    texts += ["28.VII.1794", "14 IX 1812", "IX.1812", "28-vii-1794", "the XII century", "Charles XII", "vii",
              "٢٨.VII.١٧٩٤"]
    changed = 0
    for text in texts:
        want = _roman_months_long_way(text)
        assert dates.roman_months(text) == want, text
        changed += want != text
    assert changed >= 4  # the texts do hold such dates


@pytest.mark.parametrize(("text", "digits"), [
    ("a year and a half", "1.5 year"),
    ("two hours and a half", "2.5 hour"),
    ("half a million", "0.5 million"),
    ("a quarter of a century", "0.25 century"),
    ("zero point zero one five", "0.015 "),
    ("exports fell by a half", "exports fell by 0.5"),
    ("half the members", "0.5 the members"),
])
def test_halves_quarters_and_points_are_still_read(text, digits):
    assert numbers_en.words_to_digits.__wrapped__(text) == digits


def test_halves_and_points_are_read_only_where_the_text_names_them(labelled):
    """The rewrites of halves and quarters, and of "X point Y", are skipped in a text without "half",
    "quarter" or " point ": on such a text they change nothing; ordinals in figures ("16th") are read
    wherever a figure is followed by st, nd, rd or th."""
    pack, _, answers = labelled
    texts = [normalise(t) for t in (*_texts(pack), *(answer for _, answer in answers))]
    texts += ["an hour and a ha", "half-life", "quarters", "the point is", "2 point", "point 5", "the 16th", "21st",
              "the 19th c.", "3rd floor", "4thly", "x5th", "٣rd"]
    skipped = suffixed = 0
    for text in texts:
        if numbers_en._SUFFIXED.search(text):  # "16th" read where the quick search finds a figure with a suffix
            assert numbers_en._FIGURE_SUFFIX.search(text), text
            suffixed += 1
        if "half" not in text and "quarter" not in text:
            assert numbers_en._halves(text) == text
            skipped += 1
        if " point " not in text:
            assert numbers_en._POINT.sub(numbers_en._point, text) == text
    assert skipped and suffixed >= 4


def test_roman_numerals_are_read_wherever_the_full_search_reads_them(labelled, monkeypatch):
    """Roman numerals are looked for only in a text with a word written in a numeral's letters alone: the same
    text as looking in every one."""
    from studybot.core import roman

    pack, _, answers = labelled
    texts = [*_texts(pack), *(answer for _, answer in answers)]
    texts += ["Charles XII", "henry viii", "XIX-XX вв.", "ХIХ век", "Пётр I, then", "the X century", "type I error",
              "civil war", "Xi and Mix", "all will fail", "XIV2", "a_XIV", "I think"]
    def long_way(text: str) -> str:
        with monkeypatch.context() as m:
            m.setattr(roman, "_numeral_word", lambda raw: True)
            return roman.roman_to_digits(text)
    changed = 0
    for text in texts:
        want = long_way(text)
        assert roman.roman_to_digits(text) == want, text
        changed += want != text
    assert changed >= 5  # the texts do hold numerals


# ----------------------------------------------------------------- comparisons: a rewrite runs only where it can match
_FACTOR_TEXTS = ["fell to a third", "cut to one quarter", "rose to a half", "went to a fifth of",
                 "twice as dense", "thrice", "a 2x rise", "3 x faster", "2.5x", "tenfold", "two-fold", "10 fold",
                 "half as many mills as the town", "half as much", "3 times as many ships as", "five times as much",
                 "half as dense as lead", "half the density of lead", "double the size of", "2 times as old as",
                 "4 times the mass of", "exports doubled", "it halves", "tripling", "quadrupled", "trebles",
                 "more dense", "less hot", "the most dense", "least early", "denser", "no longer", "exports fell",
                 "в 2,5 раза", "вдвое больше", "удвоился", "утроение", "учетверяются", "такой же плотный, как",
                 "столь же", "наибольший", "наименьшая", "сократилась до трети", "упал наполовину", "", "x"]


def _comparison_texts(code: str) -> list[str]:
    texts = list(_FACTOR_TEXTS)
    for pack_path, answers in NAMED:
        pack = load_pack(pack_path)
        if pack.language == code:
            texts += [normalise(row.answer) for row in read_answer_rows(answers)]
            texts += [normalise(w) for card in pack.cards for w in (card.answer, *card.accept)]
    return texts


def test_every_match_of_a_factor_holds_its_piece():
    seen = 0
    for text in _comparison_texts("en") + _comparison_texts("ru"):
        for piece, pattern, _ in comparisons._EN_FACTORS:
            for m in pattern.finditer(text):
                assert piece in m.group(0), (piece, text)
                seen += 1
        for pattern, pieces in ((comparisons._EN_VERB_FACTOR, comparisons._EN_VERBS),
                                (comparisons._EN_TO_PART, ("to ",)),
                                (comparisons._RU_VERB_FACTOR, comparisons._RU_VERBS),
                                (comparisons._compiled("en").analytic, comparisons._EN_ANALYTIC)):
            for m in pattern.finditer(text):
                assert any(p in m.group(0) for p in pieces), text
                seen += 1
    assert seen > 20  # (the texts do hold them)


@pytest.mark.parametrize("code", ["en", "ru"])
def test_comparisons_are_rewritten_as_the_long_way_rewrites_them(code, monkeypatch):
    lang = language(code)
    texts = _comparison_texts(code)
    quick = [comparisons.rewrite_comparisons(t, code, lang.lex.down) for t in texts]
    with monkeypatch.context() as m:  # every rewrite tried on every text ("" is in every text)
        m.setattr(comparisons, "_EN_FACTORS", tuple(("", p, r) for _, p, r in comparisons._EN_FACTORS))
        for name in ("_EN_ANALYTIC", "_EN_VERBS", "_RU_VERBS", "_RU_MOST"):
            m.setattr(comparisons, name, ("",))
        m.setattr(comparisons, "_RU_SAME", "")
        every = (*comparisons._compiled("en").synthetic, *comparisons.RU_SYNTHETIC, *comparisons.RU_TIME,
                 *comparisons._RU_ANALYTIC)
        m.setattr(comparisons, "word_runs", lambda text: every)  # every word of a comparison in every text
        long = [comparisons.rewrite_comparisons(t, code, lang.lex.down) for t in texts]
    assert quick == long
    assert sum(q != t for q, t in zip(quick, texts, strict=True)) > 10  # (the texts do hold comparisons)


# ------------------------------------------------------------- times of day and shares: read only where one may stand
def test_a_text_without_a_digit_is_known_as_such():
    """`may_hold_digit` is False only where `\\d` finds no digit, in any script (it is True of some texts
    without one, which the long search then reads: a character from U+0660 on)."""
    import re
    import sys

    digits = [chr(c) for c in range(sys.maxunicode + 1) if re.match(r"\d", chr(c))]
    assert len(digits) > 100 and all(may_hold_digit(f"x{d}y") for d in digits)
    assert not may_hold_digit("exports fell - «в полдень», 'noon', ē") and may_hold_digit("٢٨.VII.١٧٩٤")


_TIME_AND_SHARE_TEXTS = ["half past five in the afternoon", "noon", "at midnight", "midday", "17:30", "5.30 p.m.",
                         "quarter to 6", "half 5", "6 o'clock", "в полдень", "в полночь", "в половине шестого",
                         "без четверти шесть", "полшестого", "пол-седьмого", "в 17.30", "в 6 утра", "четверть 6",
                         "every fourth voter", "каждый четвертый", "две трети", "одна пятая", "2 пятых", "3 из 10",
                         "one in four", "1 in 4", "2/3", "0.5 the vote", "половина жителей", "треть", "3 percent",
                         "2 п.п.", "exports fell", "", "—"]


def _texts_with_figures() -> list[str]:
    from studybot.core.quantities import spelled_to_digits

    texts = list(_TIME_AND_SHARE_TEXTS)
    for pack_path, answers in NAMED:
        pack = load_pack(pack_path)
        for text in (*_texts(pack), *(row.answer for row in read_answer_rows(answers))):
            texts.append(spelled_to_digits(normalise(text), pack.language))
    return texts


def test_times_of_day_are_searched_for_wherever_one_may_stand():
    """A text with no figure and none of the few words of a time said without one ("noon", "полдень", "без")
    is never searched for a time: every text the full search finds one in passes the quick test."""
    from studybot.core import clock_times

    searched = skipped = 0
    for text in _texts_with_figures():
        if clock_times._HINT.search(text):
            assert clock_times._may_hold_time(text), text
            searched += 1
        skipped += not clock_times._may_hold_time(text)
    assert searched > 20 and skipped > 100  # (the texts do hold times, and the test does spare searches)


def test_shares_are_searched_for_wherever_one_may_stand():
    """Shares and percentage words are searched for only in a text with a figure or a piece of a share said
    without one ("every", "каждый", "половина", "трети"): the same text and quantities as searching every text."""
    from studybot.core import shares

    searched = skipped = 0
    for text in _texts_with_figures():
        if shares._HINT.search(text) or shares._PERCENT_HINT.search(text):
            assert may_hold_digit(text) or any(piece in text for piece in shares._WITHOUT_FIGURE), text
            searched += 1
        skipped += not may_hold_digit(text) and not any(piece in text for piece in shares._WITHOUT_FIGURE)
    assert searched > 20 and skipped > 100


def test_a_text_is_split_into_runs_as_findall_splits_it():
    """`word_runs` remembers one text: asked of another, it splits that one."""
    import re

    texts = ["exports fell", "exports fell", "", "x_y 2.5 — денег", "exports fell", "a", "a b"]
    for text in texts + [t.upper() for t in texts]:
        assert word_runs(text) == tuple(re.findall(r"\w+", text))
    same = "".join(["exports", " fell"])
    assert word_runs(same) is word_runs("exports fell")  # (the runs of an equal text: split once)


def test_a_look_ahead_of_first_characters_finds_what_the_pattern_alone_finds():
    """A long alternation led by a look-ahead of the first characters of its alternatives (tried only where one
    may start) finds the same matches as the alternation alone: clauses, times of day, shares."""
    import re

    from studybot.core import clock_times, preparing, shares

    def alone(pattern: re.Pattern[str]) -> re.Pattern[str]:
        return re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", pattern.pattern))

    pairs = [(preparing.CLAUSE_SPLIT, re.compile(preparing._SEPARATOR)), (clock_times._HINT, alone(clock_times._HINT)),
             (shares._HINT, alone(shares._HINT))]
    assert all(quick.pattern != long.pattern for quick, long in pairs)
    pieces = ["a, b; c. d! e? f: g (h) [i]", "x -> y → z => w — v - u", "c++ and x +y, a + b & c", "3.5 and 1,5"]
    texts = _texts_with_figures() + pieces
    texts += [f"{prefix}{t}" for t in texts for prefix in ("", "x ", "(")]
    found = 0
    for text in texts:
        for quick, long in pairs:
            spans = [m.span() for m in long.finditer(text)]
            assert [m.span() for m in quick.finditer(text)] == spans, (long.pattern[:20], text)
            found += bool(spans)
    assert found > 1000


def test_a_verdict_made_at_once_is_the_frozen_dataclass_it_was():
    """Verdicts and keypoint results set their fields at once: every field set, defaults as declared, frozen,
    compared and hashed by value, and `replace` works."""
    import dataclasses

    from studybot.core.grading.verdict import KeypointResult, Verdict

    kp = KeypointResult("exports fell", True)
    v = Verdict(False, 0.5, "Half.", "keypoints", keypoints=(kp,))
    for made in (kp, v):
        assert set(vars(made)) == {f.name for f in dataclasses.fields(made)}
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.point = "x"  # type: ignore[misc]
    assert (v.typo, v.trace, kp.matched) == (False, (), "")
    assert v == Verdict(False, 0.5, "Half.", "keypoints", False, (kp,), ()) and hash(v) == hash(dataclasses.replace(v))
    assert dataclasses.replace(v, correct=True).correct and not v.correct


def test_a_long_number_word_misspelt_is_looked_for_only_where_a_word_may_be_one(labelled, monkeypatch):
    """A short text is searched for a misspelt long number word ("sixten") only when one of its words is one
    slip from such a word: the same text as searching every short text."""
    from studybot.core.text import normalise as norm

    class Everything(frozenset):
        def isdisjoint(self, other):  # every text searched
            return False

    pack, _, answers = labelled
    texts = [norm(t) for t in (*_texts(pack), *(answer for _, answer in answers))]
    texts += ["sixten", "about seventen countries", "ninteen", "fourten ships", "thirtyy", "mililon", "seventy",
              "eigthteen", "hundered", "thousnad men", "exports fell", ""]
    quick = [numbers_en.words_to_digits.__wrapped__(t) for t in texts]
    with monkeypatch.context() as m:
        m.setattr(numbers_en, "_NEAR_LONG_NUMBER", Everything())
        assert [numbers_en.words_to_digits.__wrapped__(t) for t in texts] == quick
    assert sum(q != t for q, t in zip(quick, texts, strict=True)) >= 6  # (the texts do hold such words)
    assert any(t.count(" ") < 4 and numbers_en._NEAR_LONG_NUMBER.isdisjoint(t.split()) for t in texts)  # (spared)


def test_the_sides_of_a_comparison_are_read_only_where_a_word_of_more_or_less_stands(labelled, monkeypatch):
    """A text with none of the language's words of more or less ("more", "higher", "больше") makes no
    comparison: its sides are not looked for, and they are the sides looking for them finds."""
    from studybot.core import comparing

    class Overlapping(frozenset):
        def isdisjoint(self, other):  # every text read in full
            return False

    pack, grader, answers = labelled
    texts = [*_texts(pack), *(answer for _, answer in answers), "the comet moves faster than the asteroid",
             "exports were higher than imports", "плотность сплава выше, чем у меди", "X is slower than Y"]
    preps = [Prepared.of(t, grader.aliases, lemmas=True) for t in texts]
    quick = [comparing.comparison_sides(p) for p in preps]
    cmp = comparing.COMPARISONS[pack.language]
    with monkeypatch.context() as m:
        m.setitem(comparing.COMPARISONS, pack.language, cmp._replace(markers=Overlapping(cmp.markers)))
        assert [comparing.comparison_sides(p) for p in preps] == quick
    assert any(quick) and sum(cmp.markers.isdisjoint(p.words) for p in preps) > len(preps) // 2
