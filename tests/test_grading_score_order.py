"""A score is an ordered pair of figures: "13:11", "13-11", "13–11" and "13 to 11" are one score, and the
reversed pair "11:13" is another (it says the other side led). A number word inside an `accept` line of a
Russian card is no figure (number words are read in English only), so "шесть ноль" lets no "6:3" pass. An
ordinal keypoint is read in every form: "седьмую" as "седьмой", "7-ю", "7-й", "7-го"; "seventh" as "7th";
another ordinal fails. Invented matches, elections and votes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.numbers_ru import ORDINAL_FORMS, ru_words_to_digits
from studybot.core.packs import Card, Keypoint, Pack, Section


def short(answer: str, *accept: str, prompt: str = "What was the score?") -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer, accept=accept)


def point(text: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=text, keypoints=(Keypoint(text, ()),))


FINAL = short("13:11", prompt="By what score did Harwick beat Lomond in the final?")
FINAL_HYPHEN = short("4-2", prompt="By what score did the Rovers win the final?")
VOTE = short("212 to 180", prompt="How did the house divide on the bill, ayes first?")
BEAT = point("Harwick beat Lomond 13:11 in the final", "How did the final end?")
LED = point("Harwick led 5:0 at half time", "How did the first half go?")
SCHET = short("6:0", "шесть ноль", prompt="С каким счётом «Ротор» выиграл финал?")
SCHET_LEAD = point("«Ротор» вёл 3:1 после первого тайма", "Как закончился первый тайм?")
TOUR = point("кандидат победил в седьмом туре", "В каком туре победил кандидат?")
SEAT = point("партия получила седьмую часть мест", "Какую часть мест получила партия?")
GAME = point("«Ротор» проиграл седьмую игру", "Какую игру проиграл «Ротор»?")
SPAN = short("10-12 days", prompt="How long did the strike last?")
SEASON = short("1984-85", prompt="In which season did the club go down?")
ROUND = point("the motion passed at the seventh ballot", "At which ballot did the motion pass?")

ROWS = [
    # the same score in any writing
    ("en", FINAL, "13:11", True),
    ("en", FINAL, "13-11", True),
    ("en", FINAL, "13–11", True),
    ("en", FINAL, "13 to 11", True),
    ("en", FINAL, "they won 13-11", True),
    # the reversed pair, another pair
    ("en", FINAL, "11:13", False),
    ("en", FINAL, "11-13", False),
    ("en", FINAL, "11 to 13", False),
    ("en", FINAL, "13:12", False),
    ("en", FINAL_HYPHEN, "4:2", True),
    ("en", FINAL_HYPHEN, "4 to 2", True),
    ("en", FINAL_HYPHEN, "2-4", False),
    ("en", FINAL_HYPHEN, "2:4", False),
    ("en", VOTE, "212-180", True),
    ("en", VOTE, "212:180", True),
    ("en", VOTE, "180 to 212", False),
    ("en", LED, "Harwick led 5-0 at half time", True),
    ("en", LED, "Harwick led 5:0", True),
    ("en", LED, "Harwick led 0:5 at half time", False),
    ("en", LED, "Harwick led 5:1 at half time", False),
    ("en", BEAT, "Harwick beat Lomond 13-11", True),
    ("en", BEAT, "Harwick beat Lomond 13 to 11", True),
    ("en", BEAT, "Harwick beat Lomond 11-13", False),
    ("en", BEAT, "Harwick beat Lomond 11:13", False),
    ("ru", SCHET_LEAD, "«Ротор» вёл 3-1 после первого тайма", True),
    ("ru", SCHET_LEAD, "«Ротор» вёл 1:3 после первого тайма", False),
    ("ru", SCHET_LEAD, "«Ротор» вёл три один после первого тайма", True),
    ("ru", SCHET_LEAD, "«Ротор» вёл один три после первого тайма", False),
    # a range and a season keep their reading
    ("en", SPAN, "10-12 days", True),
    ("en", SPAN, "10 to 12 days", True),
    ("en", SPAN, "10-13 days", False),
    ("en", SEASON, "1984-85", True),
    ("en", SEASON, "1985-86", False),
    # a number word in an accept line is a word, not a figure
    ("ru", SCHET, "6:0", True),
    ("ru", SCHET, "6-0", True),
    ("ru", SCHET, "шесть ноль", True),
    ("ru", SCHET, "6:3", False),
    ("ru", SCHET, "0:6", False),
    ("ru", SCHET, "6:1", False),
    # ordinals in every form
    ("ru", TOUR, "в седьмом туре", True),
    ("ru", TOUR, "победил в 7-м туре", True),
    ("ru", TOUR, "в шестом туре", False),
    ("ru", TOUR, "в 6-м туре", False),
    ("ru", GAME, "седьмую игру", True),
    ("ru", GAME, "проиграл 7-ю игру", True),
    ("ru", GAME, "седьмая игра", True),
    ("ru", GAME, "проиграл восьмую игру", False),
    ("ru", GAME, "проиграл 8-ю игру", False),
    ("ru", GAME, "проиграл третью игру", False),
    ("ru", SEAT, "седьмую часть мест", True),
    ("ru", SEAT, "третью часть мест", False),
    ("en", ROUND, "at the seventh ballot", True),
    ("en", ROUND, "at the 7th ballot", True),
    ("en", ROUND, "the motion passed on the 7th ballot", True),
    ("en", ROUND, "at the sixth ballot", False),
    ("en", ROUND, "at the 6th ballot", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_score_in_order_and_an_ordinal_in_every_form(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right


@pytest.mark.parametrize("form", sorted(ORDINAL_FORMS))
def test_every_russian_ordinal_form_is_read_as_its_figure(form):
    assert ru_words_to_digits(form).isdigit()
