"""What grading one answer reads it reads once (issue #11: median grading time): a text read in its language alone
(`grading.plain.read_plain`, which `asked_object` asks of a card's question for every answer) is worked out once and
given back as it was read; what a card's wordings say alone (the initials they give a surname, `name_slips`) is read
once per card; a count of "the others" (`remainders`) reads number words only in an answer that names others;
an answer is split into the alternatives it offers only when it holds their "or" (`answers.may_offer_alternatives`);
a text without a figure is not searched for a score (`score_pairs`), nor one without a "v" for a case at law
(`titled.first_party`); whether a numeric card's question asks for the sign is read once per card;
and reading from a memo never changes a verdict, in whatever order the answers come. Invented cards
and texts of no pack."""

from __future__ import annotations

from dataclasses import replace

import pytest

from studybot.core.aliases import Aliases
from studybot.core.grading import Grader, remainders, score_pairs, titled
from studybot.core.grading import numeric as numeric_grading
from studybot.core.grading import short as short_grading
from studybot.core.grading.answers import HEDGE_SPLIT, may_offer_alternatives
from studybot.core.grading.name_slips import initials_given
from studybot.core.grading.plain import read_plain
from studybot.core.grading.remainders import remainder_total
from studybot.core.grading.score_pairs import written_pairs
from studybot.core.grading.titled import first_party
from studybot.core.grading_languages import grading_language
from studybot.core.matching import Prepared
from tests.cards import numeric, short

PLAIN = [("Which general did the duke trick with a false crossing at the ford?", "en"),
         ("Morrow tricked the duke", "en"), ("Кого из генералов герцог обманул ложной переправой у брода?", "ru"),
         ("Ершов обманул герцога", "ru"), ("the ferry did not sail", "en")]


@pytest.mark.parametrize(("text", "code"), PLAIN)
def test_a_plain_reading_is_worked_out_once(text: str, code: str) -> None:
    first = read_plain(text, code)
    assert read_plain(text, code) is first  # the memo's reading, not a second one
    fresh = read_plain.__wrapped__(text, code)  # type: ignore[attr-defined]
    assert (first.text, first.words, first.stems, first.clauses) == (fresh.text, fresh.words, fresh.stems,
                                                                     fresh.clauses)


EN = short("General Morrow", "Morrow", prompt="Which general did the duke trick with a false crossing at the ford?")
RU = short("Генерала Ершова", "Ершова", prompt="Кого из генералов герцог обманул ложной переправой у брода?")
GRADED = [(EN, "en", "Morrow tricked the duke", False), (EN, "en", "the duke tricked Morrow", True),
          (EN, "en", "Morrow", True), (RU, "ru", "Ершов обманул герцога", False),
          (RU, "ru", "герцог обманул Ершова", True), (RU, "ru", "Ершова", True)]


@pytest.mark.parametrize("order", [1, -1])
def test_verdicts_are_the_same_whatever_was_read_before(order: int) -> None:
    graders = {"en": Grader(language="en"), "ru": Grader(language="ru")}
    for card, lang, answer, right in GRADED[::order] * 2:
        assert graders[lang].grade(card, answer).correct is right, answer


@pytest.mark.parametrize(("wordings", "code", "surname", "letters"), [
    (("J. R. Tolley",), "en", "tolley", {"j", "r"}),
    (("Tolley", "J. Tolley"), "en", "tolley", {"j"}),
    (("Сомов Н. А.",), "ru", "сомов", {"н", "а"}),
    (("Ulysses S. Grant",), "en", None, None),  # a name in full, the initial a middle one
    (("the harbour master",), "en", None, None),
])
def test_the_initials_a_cards_wordings_give(wordings: tuple[str, ...], code: str, surname: str | None,
                                            letters: set[str] | None) -> None:
    lang = grading_language(code)
    found = initials_given(wordings, lang)
    assert found == ({} if surname is None else {lang.stem(surname): frozenset(letters or ())})


def test_a_cards_initials_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, ...]] = []

    def counted(wordings: tuple[str, ...], lang: object) -> dict[str, frozenset[str]]:
        calls.append(wordings)
        return initials_given(wordings, lang)  # type: ignore[arg-type]
    monkeypatch.setattr(short_grading, "initials_given", counted)
    grader, card = Grader(language="en"), short("J. R. Tolley", prompt="Who drew the first harbour chart?")
    verdicts = [grader.grade(card, answer).correct for answer in ("John Tolley", "Michael Tolley", "J. R. Tolley",
                                                                    "Tolley", "Michael Tolley")]
    assert verdicts == [True, False, True, True, False]
    assert len(calls) == 1  # (asked for by every answer the card's wording matched)


def _remainder_long_way(answer: str, code: str) -> str | None:
    """`remainder_total` with every answer's number words read (no quick test of the words its patterns need)."""
    saved = remainders._NEEDED
    remainders._NEEDED = {code: ("",)}  # ("" is in every text)
    try:
        return remainder_total(answer, code)
    finally:
        remainders._NEEDED = saved


@pytest.mark.parametrize(("answer", "code", "total"), [
    ("Lyon and the other three", "en", "4"),
    ("Lyon, Nantes and the remaining two ports", "en", "4 ports"),
    ("Lyon and two more", "en", "3"),
    ("Lyon and two others", "en", "3"),
    ("Lyon and two", "en", None),
    ("three ports", "en", None),
    ("one hundred and two", "en", None),
    ("Лион и ещё два", "ru", "3"),
    ("Лион и два других", "ru", "3"),
    ("Лион и остальные два", "ru", "3"),
    ("Лион и Нант", "ru", None),
    ("сто два", "ru", None),
])
def test_a_count_of_the_others_is_read_as_the_long_way_reads_it(answer: str, code: str, total: str | None) -> None:
    assert remainder_total(answer, code) == total
    assert _remainder_long_way(answer, code) == total


@pytest.mark.parametrize(("answer", "code", "read"), [
    ("three ports", "en", False),  # no word of the others: its number words are never read
    ("Лион и Нант", "ru", False),
    ("Lyon and two more", "en", True),
    ("Лион и ещё два", "ru", True),
])
def test_number_words_are_read_only_where_the_others_are_counted(monkeypatch: pytest.MonkeyPatch, answer: str,
                                                                 code: str, read: bool) -> None:
    calls: list[str] = []
    digits = remainders._TO_DIGITS[code]

    def counted(text: str) -> str:
        calls.append(text)
        return digits(text)
    monkeypatch.setitem(remainders._TO_DIGITS, code, counted)
    remainder_total(answer, code)
    assert bool(calls) is read


HEDGED = [("Lyon or Nantes", "en"), ("lyon  OR\tnantes", "en"), ("either Lyon or Nantes", "en"), ("either Lyon", "en"),
          ("760 kg or so", "en"), ("more or less 760 kg", "en"), ("give or take a week", "en"), ("20 or fewer", "en"),
          ("Oregon", "en"), ("the port of Lyon", "en"), ("Lyon or", "en"), ("or Nantes", "en"), ("Лион или Нант", "ru"),
          ("либо Лион, либо Нант", "ru"), ("Лион либо Нант", "ru"), ("плюс или минус 2", "ru"), ("Лион", "ru"),
          ("Илиодор", "ru")]


@pytest.mark.parametrize(("answer", "code"), HEDGED)
def test_the_quick_test_of_alternatives_misses_none_the_split_finds(answer: str, code: str) -> None:
    text = " ".join(answer.split()).casefold()
    parts = [p for p in HEDGE_SPLIT[code].split(text) if p.strip(" ,.;")]
    if len(parts) > 1:
        assert may_offer_alternatives(text, code)


@pytest.mark.parametrize(("answer", "code", "asked"), [
    ("Lyon", "en", False), ("the port of Lyon", "en", False), ("Oregon", "en", False), ("Лион", "ru", False),
    ("Lyon or Nantes", "en", True), ("Лион или Нант", "ru", True), ("either Lyon", "en", True),
])
def test_an_answer_without_or_is_not_split(monkeypatch: pytest.MonkeyPatch, answer: str, code: str,
                                           asked: bool) -> None:
    splits: list[str] = []
    pattern = HEDGE_SPLIT[code]

    class Counted:
        def search(self, text: str) -> object:
            return pattern.search(text)

        def split(self, text: str) -> list[str]:
            splits.append(text)
            return pattern.split(text)
    monkeypatch.setitem(HEDGE_SPLIT, code, Counted())
    card = short("Lyon" if code == "en" else "Лион", prompt="Which port?" if code == "en" else "Какой порт?")
    verdict = Grader(language=code).grade(card, answer)
    assert verdict.correct is (answer.split()[-1] in ("Lyon", "Лион") and not asked or answer == "either Lyon")
    assert bool(splits) is asked


def _read(text: str, code: str) -> Prepared:
    return Prepared.of(text, Aliases(lang=grading_language(code)), lemmas=True)


@pytest.mark.parametrize(("text", "code", "pairs", "searched"), [
    ("the home side won 13:11", "en", {(13, 11)}, True),
    ("thirteen to eleven", "en", {(13, 11)}, True),  # figures in words: searched once they are digits
    ("шесть ноль", "ru", {(6, 0)}, True),
    ("the home side won easily", "en", set(), False),  # no figure: never searched
    ("хозяева победили", "ru", set(), False),
])
def test_a_text_without_figures_is_not_searched_for_a_score(monkeypatch: pytest.MonkeyPatch, text: str, code: str,
                                                            pairs: set[tuple[int, int]], searched: bool) -> None:
    read = _read(text, code)
    searches: list[str] = []
    pattern = score_pairs._PAIR

    class Counted:
        def finditer(self, numbered: str) -> object:
            searches.append(numbered)
            return pattern.finditer(numbered)
    monkeypatch.setattr(score_pairs, "_PAIR", Counted())
    assert written_pairs(read) == pairs
    assert bool(searches) is searched


@pytest.mark.parametrize(("wording", "party", "searched"), [
    ("Marbury v. Madison", "Marbury", True),
    ("Hale versus Dorn", "Hale", True),
    ("Hale vs Dorn", "Hale", True),
    ("the river ferry", None, True),  # a "v" of a word: searched, and no case
    ("Hale and Dorn", None, False),  # no "v" at all: never searched
    ("Хейл против Дорна", None, False),
])
def test_a_wording_without_a_v_is_no_case_at_law(monkeypatch: pytest.MonkeyPatch, wording: str, party: str | None,
                                                 searched: bool) -> None:
    matched: list[str] = []
    pattern = titled._CASE

    class Counted:
        def fullmatch(self, text: str) -> object:
            matched.append(text)
            return pattern.fullmatch(text)
    monkeypatch.setattr(titled, "_CASE", Counted())
    assert first_party(wording) == party
    assert bool(matched) is searched


SIGNED = replace(numeric(-40, "metres", "−40 metres (40 metres below sea level)",
                         prompt="At what height is the floor of the salt pan? Give it with its sign."),
                 accept=("minus 40 metres", "40 metres below sea level"))


def test_whether_a_question_asks_for_the_sign_is_read_once_per_card(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    pattern = numeric_grading._SIGN_ASKED

    class Counted:
        def search(self, text: str) -> object:
            asked.append(text)
            return pattern.search(text)
    monkeypatch.setattr(numeric_grading, "_SIGN_ASKED", Counted())
    grader = Grader()
    verdicts = [grader.grade(SIGNED, answer).correct for answer in ("40 metres", "-40 metres", "minus 40 metres",
                                                                     "40 metres below sea level", "40 metres")]
    assert verdicts == [False, True, True, True, False]
    assert asked == [SIGNED.prompt]
