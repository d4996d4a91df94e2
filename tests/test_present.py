"""How each card kind is asked, hints, and the plain line mode."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from studybot.core.packs import Card, NumberSpec
from studybot.core.session import SessionOptions
from studybot.core.text import counted
from studybot.plain import run_plain
from studybot.present import hint_text, question_text, summary_text
from studybot.services import AppConfig


def test_each_kind_is_asked_in_its_own_way(mini_pack):
    choice = question_text(mini_pack.card("who-built"))
    assert "  a) the church\n  b) the lighthouse\n  c) the bridge" in choice and "letter" in choice
    order = question_text(mini_pack.card("build-order"))
    card = mini_pack.card("build-order")
    for number, item in enumerate(card.shown_items, 1):
        assert f"  {number}. {item}" in order
    assert "numbers in the right order" in order
    cloze = question_text(mini_pack.card("cloze-port"))
    assert "[1]____" in cloze and "[2]____" in cloze and "42" not in cloze and "Olsen" not in cloze
    assert "(give 2 points)" in question_text(mini_pack.card("port-facts"))
    assert "(give 2 points)" in question_text(mini_pack.card("why-fell"))
    assert question_text(mini_pack.card("harbour-master")) == "Who is the harbour master of Saltbay?"


def test_hints_reveal_more_each_time(mini_pack):
    card = mini_pack.card("harbour-master")
    levels = [hint_text(card, n) for n in (1, 2, 3)]
    assert levels[0] == "Hint: 2 words, starting with 'M'"
    assert levels[1] == "Hint: M____ O____" and levels[2] == "Hint: Ma___ Ol___"
    assert "it is not" in hint_text(mini_pack.card("who-built"), 1)
    assert hint_text(mini_pack.card("founded"), 1) == "Hint: it was in 1788"


def test_order_and_cloze_hints_speak_of_items_and_blanks():
    order = Card(id="o", section="s", kind="order", prompt="Order them.", answer="a → b → c",
                 items=("evaporation", "condensation", "precipitation"))
    assert hint_text(order, 1) == "Hint: the first is e__________"
    assert hint_text(order, 2) == "Hint: it starts with: evaporation"
    assert hint_text(order, 3) == "Hint: it starts with: evaporation → condensation"
    cloze = Card(id="c", section="s", kind="cloze", prompt="", answer="Oslo, 1624",
                 text="{{Oslo}} was founded in {{1624}}.", blanks=(("Oslo",), ("1624",)))
    assert hint_text(cloze, 1) == "Hint: the first blank is O___"


def test_counts_are_said_in_the_right_number():
    assert [counted(n, "card") for n in (0, 1, 2)] == ["0 cards", "1 card", "2 cards"]
    one = Card(id="n", section="s", kind="numeric", prompt="How many?", answer="7", number=NumberSpec(7.0))
    many = Card(id="m", section="s", kind="numeric", prompt="How far?", answer="350 km",
                number=NumberSpec(350.0, "km"))
    assert hint_text(one, 1) == "Hint: a figure of 1 digit"
    assert hint_text(many, 1) == "Hint: a figure (km) of 3 digits"


def test_summary_text():
    now = datetime(2026, 1, 1, tzinfo=UTC)
    text = summary_text(4, 3, 125, now + timedelta(days=2), now)
    assert "4 answers, 3 right (75%), in 2 min 5 s." in text and "Next review: in 2 days." in text
    assert summary_text(0, 0, 0, None, now).startswith("Nothing is due now.\nTo go on: /more 10")
    per_section = summary_text(3, 2, 60, None, now, [("The port", 2, 0), ("History", 0, 1)])
    assert "\n  The port: 2 right, 0 wrong\n  History: 0 right, 1 wrong\n" in per_section


def run(mini_pack_path, db_path, clock, text: str, **options) -> str:
    out = io.StringIO()
    config = AppConfig(mini_pack_path, db_path, "ann", clock, SessionOptions(**options))
    assert run_plain(config, io.StringIO(text), out) == 0
    return out.getvalue()


def test_plain_mode_from_a_piped_file(mini_pack_path, db_path, clock):
    out = run(mini_pack_path, db_path, clock, "Marta Olsen\n14 July 1788\n/right\nwho is the harbour master?\n/hint\n")
    assert "Question: Who is the harbour master of Saltbay?" in out
    assert "> Marta Olsen" in out and "✓ Right." in out
    assert "✗ Not right. Not the right date." in out
    assert "Marked right by you" in out
    assert "Tutor:" in out and "Marta Olsen" in out.split("Tutor:")[1]
    assert "Hint:" in out
    assert "Session done: 2 answers, 2 right (100%)" in out  # the override counts


def test_plain_mode_leaves_on_quit(mini_pack_path, db_path, clock):
    """"/quit" (or "/exit", "/выход") leaves as the end of input does: the summary, and no line after it read."""
    out = run(mini_pack_path, db_path, clock, "Marta Olsen\n/quit\n14 July 1788\n")
    assert "✓ Right." in out
    assert "14 July 1788" not in out and "Unknown command" not in out
    assert "Session done: 1 answer, 1 right (100%)" in out


def test_plain_mode_reports_a_broken_pack(tmp_path, db_path, clock, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\n")
    config = AppConfig(bad, db_path, "ann", clock)
    assert run_plain(config, io.StringIO(""), io.StringIO()) == 1
    assert "bad.yaml:1:1" in capsys.readouterr().err


def test_the_card_browser_says_when_a_card_is_due_only_when_it_is_asked():
    from studybot.core.browse import CardRow
    from studybot.present_progress import card_detail_text

    now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def state_line(label: str) -> str:
        row = CardRow("c", "Who?", "Ann", "s", "S", (), label, now - timedelta(minutes=5), 2, 0, 1.5)
        return next(line for line in card_detail_text(row, [], now).splitlines() if line.startswith("State:"))

    assert state_line("learning").startswith("State: learning · due now")
    assert state_line("review").startswith("State: review · due now")
    assert state_line("suspended") == "State: suspended · 2 reviews, 0 lapses · stability 1.5 days"
    assert "due" not in state_line("leech") and "due" not in state_line("new")


def test_an_order_answer_is_also_given_as_the_numbers_shown(mini_pack):
    from studybot.core.grading import Grader
    from studybot.present import verdict_text

    card = mini_pack.card("build-order")
    verdict = Grader().grade(card, "the bridge, the lighthouse, the church")
    text = verdict_text(card, verdict, None)
    numbers = " ".join(str(card.shown_items.index(item) + 1) for item in card.items)
    assert f"(as numbers: {numbers})" in text
    assert Grader().grade(card, numbers).correct  # the numbers given are the right answer
    assert "Not right. Not quite" not in text and "Some items are out of order." in text
