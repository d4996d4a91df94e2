"""`studybot validate FILE --pack PACK` on an answer sheet (YAML `answers:` or CSV) or a question set (`questions:`):
its syntax and that every card it names is in the pack, without grading (instructors met a sheet's mistake only
when `grade` ran). Invented sheets for the test mini pack."""

from __future__ import annotations

from .cli import run
from .conftest import MINI_PACK


def _card_id() -> str:
    from studybot.core.packs import load_pack

    return load_pack(MINI_PACK).cards[0].id


def test_a_good_sheet_is_ok(tmp_path):
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(f'answers:\n  - {{card: {_card_id()}, answer: "x", correct: false}}\n', encoding="utf-8")
    result = run("validate", str(sheet), "--pack", str(MINI_PACK))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok — an answer sheet of 1 answer to 1 card" in result.stdout


def test_an_unknown_card_and_a_bad_flag_are_said_at_their_lines(tmp_path):
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(f'answers:\n  - {{card: {_card_id()}x, answer: "x", correct: true}}\n', encoding="utf-8")
    flag = tmp_path / "flag.yaml"
    flag.write_text(f'answers:\n  - {{card: {_card_id()}, answer: "x", correct: maybe}}\n', encoding="utf-8")
    result = run("validate", str(sheet), str(flag), "--pack", str(MINI_PACK))
    assert result.returncode == 1
    assert f"sheet.yaml:2: card '{_card_id()}x' is not in the pack" in result.stdout
    assert "flag.yaml:2:" in result.stdout and "correct must be true or false" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_csv_sheet_is_checked_too(tmp_path):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(f"card,answer,expected\n{_card_id()},x,wrong\nno-such-card,x,right\n", encoding="utf-8")
    result = run("validate", str(sheet), "--pack", str(MINI_PACK))
    assert result.returncode == 1 and "sheet.csv:3: card 'no-such-card' is not in the pack" in result.stdout


def test_a_question_set(tmp_path):
    good = tmp_path / "good.questions.yaml"
    good.write_text('questions:\n  - ask: When?\n    expect: ["1887"]\n  - ask: Why?\n    decline: true\n',
                    encoding="utf-8")
    bad = tmp_path / "bad.questions.yaml"
    bad.write_text("questions:\n  - ask: When?\n  - asks: Why?\n    expect: []\n", encoding="utf-8")
    result = run("validate", str(good), str(bad), "--pack", str(MINI_PACK))
    assert result.returncode == 1
    assert "good.questions.yaml: ok — a question set of 2 questions, 1 for the tutor to decline" in result.stdout
    assert "bad.questions.yaml:2:5: error: a question needs 'expect'" in result.stdout
    assert "unknown field 'asks' in a question (did you mean 'ask'?)" in result.stdout


def test_a_pack_given_with_pack_is_said_to_be_no_sheet(tmp_path):
    result = run("validate", str(MINI_PACK), "--pack", str(MINI_PACK))
    assert result.returncode == 1 and "neither an answer sheet (answers:) nor a question set" in result.stdout
