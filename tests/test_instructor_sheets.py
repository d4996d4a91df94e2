"""What an instructor stumbles on with `studybot grade PACK --answers FILE` (instructor8's findings):
every row that cannot be used is named by its line, and a sheet that grades nothing is not a pass."""

from __future__ import annotations

from .cli import run
from .conftest import MINI_PACK


def _csv(tmp_path, text: str):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(text, encoding="utf-8")
    return sheet


def test_an_unknown_card_is_named_at_its_line_with_the_nearest_id(tmp_path):
    sheet = _csv(tmp_path, "card,answer,expected\nharbour-master,Marta Olsen,right\nharbor-master,Olsen,right\n")
    result = run("grade", str(MINI_PACK), "--answers", str(sheet))
    assert result.returncode == 1
    assert f"{sheet}:3:" in result.stderr
    assert "did you mean 'harbour-master'?" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_row_with_more_cells_than_the_header_is_refused_at_its_line(tmp_path):
    # an unquoted comma in the answer, or an order_numbers cell without its column: both were dropped silently
    sheet = _csv(tmp_path, "card,answer,expected\nharbour-master,Marta Olsen,right\n"
                           "build-order,1 2 3,right,listed\n")
    result = run("grade", str(MINI_PACK), "--answers", str(sheet))
    assert result.returncode == 1, result.stdout
    assert f"{sheet}:3:" in result.stderr
    assert "4 cells" in result.stderr and "3 columns" in result.stderr
    assert "order_numbers" in result.stderr and "in double quotes" in result.stderr


def test_an_unquoted_comma_in_an_answer_is_explained(tmp_path):
    sheet = _csv(tmp_path, "card,answer,expected\nport-facts,42 million tonnes, fish exports fell,right\n")
    result = run("grade", str(MINI_PACK), "--answers", str(sheet))
    assert result.returncode == 1
    assert f"{sheet}:2:" in result.stderr and "in double quotes" in result.stderr


def test_a_quoted_comma_is_still_one_answer(tmp_path):
    sheet = _csv(tmp_path, 'card,answer,expected\nharbour-master,"Marta Olsen, the harbour master",right\n')
    result = run("grade", str(MINI_PACK), "--answers", str(sheet))
    assert result.returncode in (0, 3), result.stderr
    assert "1 agree" in result.stdout or "/1 agree" in result.stdout


def test_a_sheet_with_no_answers_is_not_a_pass(tmp_path):
    for sheet in (_csv(tmp_path, "card,answer,expected\n"), tmp_path / "empty.yaml"):
        if sheet.suffix == ".yaml":
            sheet.write_text("answers: []\n", encoding="utf-8")
        result = run("grade", str(MINI_PACK), "--answers", str(sheet))
        assert result.returncode == 1, (sheet, result.stdout)
        assert "no answers" in result.stderr and "0/0" not in result.stdout
