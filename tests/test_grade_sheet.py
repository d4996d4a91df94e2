"""`studybot grade PACK --answers FILE`: an instructor's answer sheet graded in one go."""

from __future__ import annotations

import json

import pytest

from studybot.core.packs import PackError
from studybot.core.validate import read_answer_rows

from .cli import run
from .conftest import MINI_PACK


def test_csv_rows_are_read_with_their_lines(tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("card,answer,expected\nport,Qorvik,right\n\nport,\"Oslo, Norway\",wrong\n", encoding="utf-8")
    rows = read_answer_rows(sheet)
    assert [(r.card, r.answer, r.correct, r.line) for r in rows] == [
        ("port", "Qorvik", True, 2), ("port", "Oslo, Norway", False, 4)]


@pytest.mark.parametrize("text", ["card,answer\nport,x\n", "card,answer,expected\nport,x,maybe\n", ""])
def test_a_bad_sheet_is_refused_with_its_line(tmp_path, text):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(text, encoding="utf-8")
    with pytest.raises(PackError) as caught:
        read_answer_rows(sheet)
    assert caught.value.problems[0].line in (1, 2)


def _sheet(tmp_path, rows: list[tuple[str, str, str]]):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("card,answer,expected\n" + "".join(f"{c},{a},{e}\n" for c, a, e in rows), encoding="utf-8")
    return sheet


def test_all_agreeing_exits_0(tmp_path):
    from studybot.core.packs import load_pack

    card = load_pack(MINI_PACK).cards[0]
    sheet = _sheet(tmp_path, [(card.id, card.answer, "right")])
    result = run("grade", str(MINI_PACK), "--answers", str(sheet))
    assert result.returncode == 0, result.stderr
    assert "1/1 agree (100.0%)" in result.stdout


def test_disagreements_are_listed_with_line_and_trace_and_exit_3(tmp_path):
    from studybot.core.packs import load_pack

    card = load_pack(MINI_PACK).cards[0]
    sheet = _sheet(tmp_path, [(card.id, card.answer, "wrong"), (card.id, card.answer, "right")])
    result = run("grade", str(MINI_PACK), "--answers", str(sheet), "--json")
    assert result.returncode == 3
    report = json.loads(result.stdout)
    assert report["rows"] == 2 and report["agreed"] == 1 and report["false_accepts"] == 1
    assert report["disagreements"][0]["line"] == 2 and report["disagreements"][0]["trace"]


def test_an_unknown_card_is_one_line_not_a_traceback(tmp_path):
    sheet = _sheet(tmp_path, [("no-such-card", "x", "right")])
    result = run("grade", str(MINI_PACK), "--answers", str(sheet))
    assert result.returncode != 0 and "no-such-card" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("frame", "identity_right"), [("", False), ("order_numbers: shown\n", False),
                                                       ("order_numbers: listed\n", True)])
def test_order_numbers_follow_the_sheets_frame(tmp_path, frame, identity_right):
    """"1 2 3" is the right order only when the sheet numbers the items as the pack lists them."""
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(f"{frame}answers:\n  - {{card: build-order, answer: '1 2 3', correct: true}}\n", encoding="utf-8")
    result = run("grade", str(MINI_PACK), "--answers", str(sheet))
    assert result.returncode == (0 if identity_right else 3), result.stdout + result.stderr


def test_an_unknown_order_numbers_frame_is_refused(tmp_path):
    sheet = tmp_path / "sheet.yaml"
    text = "order_numbers: sideways\nanswers:\n  - {card: port, answer: x, correct: false}\n"
    sheet.write_text(text, encoding="utf-8")
    with pytest.raises(PackError) as caught:
        read_answer_rows(sheet)
    assert "order_numbers must be shown or listed" in caught.value.problems[0].message


@pytest.mark.parametrize(("column", "cell", "identity_right"), [("", "", False), (",order_numbers", ",", False),
                                                                (",order_numbers", ",shown", False),
                                                                (",order_numbers", ",listed", True)])
def test_a_csv_sheet_says_its_order_numbers_in_a_column(tmp_path, column, cell, identity_right):
    """A CSV sheet written against the pack's listing says so in an order_numbers column, row by row."""
    sheet = tmp_path / "sheet.csv"
    rows = f"build-order,1 2 3,right{cell}\nharbour-master,Marta Olsen,right{cell}\n"
    sheet.write_text(f"card,answer,expected{column}\n{rows}", encoding="utf-8")
    result = run("grade", str(MINI_PACK), "--answers", str(sheet))
    assert result.returncode == (0 if identity_right else 3), result.stdout + result.stderr


def test_an_unknown_order_numbers_cell_is_refused_with_its_line(tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("card,answer,expected,order_numbers\nport,x,wrong,\nbuild-order,1 2 3,right,as listed\n",
                     encoding="utf-8")
    with pytest.raises(PackError) as caught:
        read_answer_rows(sheet)
    [problem] = caught.value.problems
    assert problem.line == 3 and "order_numbers must be shown or listed" in problem.message


@pytest.mark.parametrize(("answer", "hinted"), [("1 2 3", True), ("2 1 3", False)])
def test_an_order_answer_numbered_as_listed_says_how_it_would_agree(tmp_path, answer, hinted):
    """A sheet that numbers an order card's items as the pack lists them, without saying so, is told why it
    disagrees; an answer wrong either way gets no such note."""
    sheet = _sheet(tmp_path, [("build-order", answer, "right")])
    result = run("grade", str(MINI_PACK), "--answers", str(sheet), "--json")
    assert result.returncode == 3
    assert json.loads(result.stdout)["disagreements"][0]["listed_would_agree"] is hinted
    text = run("grade", str(MINI_PACK), "--answers", str(sheet)).stdout
    assert ("mark the row order_numbers `listed`" in text) is hinted


def test_a_yaml_sheet_is_told_to_say_listed_above_its_answers(tmp_path):
    """A YAML sheet says `order_numbers: listed` once, for all its rows: the hint says where, not "mark the row"."""
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text("answers:\n  - {card: build-order, answer: 1 2 3, correct: true}\n", encoding="utf-8")
    text = run("grade", str(MINI_PACK), "--answers", str(sheet)).stdout
    assert "write `order_numbers: listed` above `answers:`" in text and "mark the row" not in text
