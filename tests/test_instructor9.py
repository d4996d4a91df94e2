"""What an instructor of a Russian class stumbled on (instructor9's findings): validate's
account of examples split by the commas of [ ], keypoints no example tries, answer sheets
saved by a spreadsheet, and a mistyped card id."""

from __future__ import annotations

from .cli import edited_mini_pack, run
from .conftest import MINI_PACK


def test_a_cloze_example_split_by_the_commas_of_brackets_is_told_to_be_quoted(tmp_path):
    path, line = edited_mini_pack(tmp_path, '      right: ["42, Marta Olsen", "42; Olsen"]\n',
                         "      right: [42, Marta Olsen]\n")
    result = run("validate", str(path))
    assert result.returncode == 1, result.stdout
    errors = [x for x in result.stdout.splitlines() if "cloze-port" in x and ": error:" in x]
    assert len(errors) == 1, errors  # one finding for the one answer, not one per half
    assert errors[0].startswith(f"{path}:{line}:")
    assert "'42' and 'Marta Olsen' are one answer split by its commas" in errors[0]
    assert 'quote it: right: ["42, Marta Olsen"]' in errors[0]


def test_a_list_example_split_by_a_comma_is_told_to_be_quoted(tmp_path):
    path, _ = edited_mini_pack(tmp_path, '      right: ["42 million tonnes, and fish exports dropped"]\n',
                      "      right: [42 million tonnes, and fish exports dropped]\n")
    lines = run("validate", str(path)).stdout.splitlines()
    [error] = [x for x in lines if "port-facts" in x and ": error:" in x]
    assert 'quote it: right: ["42 million tonnes, and fish exports dropped"]' in error


def test_quoted_examples_on_one_line_are_judged_one_by_one(tmp_path):
    # quotes around each example say the author split them on purpose: no "quote it" advice for quoted text
    path, _ = edited_mini_pack(tmp_path, '      right: ["42, Marta Olsen", "42; Olsen"]\n',
                               '      right: ["42", "Marta Olsen"]\n')
    lines = run("validate", str(path)).stdout.splitlines()
    errors = [x for x in lines if "cloze-port" in x and ": error:" in x]
    assert len(errors) == 2 and all("is listed as right but the grader marks it wrong" in x for x in errors), lines
    assert not any("split by its commas" in x for x in lines)


def test_examples_on_lines_of_their_own_are_judged_one_by_one(tmp_path):
    # a block list has no commas to split it: each line is an example the author meant
    path, _ = edited_mini_pack(tmp_path, '      right: ["42, Marta Olsen", "42; Olsen"]\n',
                      "      right:\n        - 42\n        - Marta Olsen\n")
    lines = run("validate", str(path)).stdout.splitlines()
    errors = [x for x in lines if "cloze-port" in x and ": error:" in x]
    assert len(errors) == 2 and all("is listed as right but the grader marks it wrong" in x for x in errors), lines
    assert not any("split by its commas" in x for x in lines)


def test_a_keypoint_no_right_example_makes_is_warned_at_the_keypoint(tmp_path):
    path, line = edited_mini_pack(tmp_path, "      - point: fish exports fell\n",
                         "      - point: a new quay opened\n        accept: [new berth]\n"
                         "      - point: fish exports fell\n")
    result = run("validate", str(path))
    assert result.returncode == 0, result.stdout  # a warning: the card still works
    [warning] = [x for x in result.stdout.splitlines() if "port-facts" in x and "keypoint" in x]
    assert warning.startswith(f"{path}:{line}:") and ": warning:" in warning
    assert "no right example makes the keypoint 'a new quay opened'" in warning
    assert "keypoint 'fish exports fell'" not in result.stdout  # its right example makes that one


def test_the_mini_pack_has_no_untried_keypoint():
    assert "no right example makes" not in run("validate", str(MINI_PACK)).stdout


def _sheet(tmp_path, data: bytes):
    path = tmp_path / "answers.csv"
    path.write_bytes(data)
    return path


def test_a_sheet_a_spreadsheet_saved_with_semicolons_is_read(tmp_path):
    # where the comma is the decimal mark (a Russian Excel) "CSV" is written with semicolons
    path = _sheet(tmp_path, b"card;answer;expected\nfish-direction;fell by 21%;wrong\n"
                            b"harbour-master;Olsen, Marta;right\n")
    result = run("grade", str(MINI_PACK), "--answers", str(path))
    assert result.returncode == 0, result.stderr
    assert "2/2 agree" in result.stdout


def test_a_sheet_with_tabs_is_read(tmp_path):
    path = _sheet(tmp_path, b"card\tanswer\texpected\nharbour-master\tOlsen, Marta\tright\n")
    result = run("grade", str(MINI_PACK), "--answers", str(path))
    assert result.returncode == 0, result.stderr
    assert "1/1 agree" in result.stdout


def test_a_sheet_in_a_windows_code_page_is_refused_at_its_first_such_byte_with_how_to_save_it(tmp_path):
    path = _sheet(tmp_path, "card,answer,expected\nharbour-master,Марта Ольсен,right\n".encode("cp1251"))
    result = run("grade", str(MINI_PACK), "--answers", str(path))
    assert result.returncode == 1
    assert result.stderr.strip() == (f"{path}:2:16: error: not UTF-8 text: save the sheet as UTF-8 (in Excel "
                                     "'CSV UTF-8', in LibreOffice the character set 'Unicode (UTF-8)')")
    assert "codec" not in result.stderr


def test_a_sheet_may_say_right_and_wrong_in_russian(tmp_path):
    path = _sheet(tmp_path, "card,answer,expected\nharbour-master,Marta Olsen,верно\n"
                            "harbour-master,the mayor,Неверно\n".encode())
    result = run("grade", str(MINI_PACK), "--answers", str(path))
    assert result.returncode == 0, result.stderr
    assert "2/2 agree" in result.stdout


def test_a_sheet_row_with_an_unknown_verdict_or_no_card_says_which(tmp_path):
    path = _sheet(tmp_path, b"card,answer,expected\nharbour-master,Marta Olsen,ok\n,Olsen,right\n")
    result = run("grade", str(MINI_PACK), "--answers", str(path))
    assert result.returncode == 1
    assert f"{path}:2:1: error: expected is 'ok': write right or wrong" in result.stderr
    assert f"{path}:3:1: error: the row names no card: its card cell is empty" in result.stderr


def test_grade_names_the_nearest_card_to_a_mistyped_id_and_prints_no_escape():
    result = run("grade", str(MINI_PACK), "harbour-mastr", "Olsen")
    assert result.returncode == 2
    assert result.stderr.strip() == f"{MINI_PACK}: no card 'harbour-mastr' (did you mean 'harbour-master'?)"
    hostile = run("grade", str(MINI_PACK), "x\x1b]0;pwned\x07y", "Olsen")
    assert hostile.returncode == 2
    assert "\x1b" not in hostile.stderr and "\x07" not in hostile.stderr


def _class(tmp_path, card_id: str, said: dict[int, str]) -> list[str]:
    """Learners (one per entry, two to a database) who give `said[n]` to the card and the right answer elsewhere."""
    from studybot.core.packs import load_pack
    from studybot.core.scheduling import Scheduling
    from studybot.core.session import StudySession
    from studybot.core.store import Store

    from .conftest import FixedClock
    from .test_session import RIGHT

    pack = load_pack(MINI_PACK)
    paths = []
    for n, wrong in said.items():
        path = tmp_path / f"learner{n % 3}.db"  # with five learners two databases hold two each, one holds one
        paths += [path] if path not in paths else []
        store = Store.open(path)
        session = StudySession(pack, store, f"learner{n}", clock=FixedClock(), scheduling=Scheduling(fuzz=False))
        for _ in range(len(pack.cards)):
            card = session.next_card()
            session.answer(wrong if card.id == card_id else RIGHT[card.id], card)
        store.close()
    return [str(p) for p in paths]


def test_report_counts_one_wrong_answer_in_any_case_of_any_script_once(tmp_path):
    # SQLite's lower() folds only ASCII: "Мэр Ольсен" and "мэр ольсен" were two wrong answers in the report,
    # and "70 °C" was shown as "70 °c"
    said = {0: "Мэр Ольсен", 1: "мэр ольсен", 2: "МЭР ОЛЬСЕН", 3: "Maria OLSSON", 4: "maria Olsson"}
    result = run("report", *_class(tmp_path, "harbour-master", said), "--pack", str(MINI_PACK))
    assert result.returncode == 0, result.stderr
    lines = [x.strip() for x in result.stdout.splitlines() if x.strip().startswith("wrong:")]
    assert sorted(lines) == ['wrong: "Maria OLSSON" (2×)', 'wrong: "Мэр Ольсен" (3×)'], result.stdout


def test_report_names_a_cloze_card_by_its_text(tmp_path):
    # every cloze card is prompted "Fill in the blanks.": the report said only that
    result = run("report", *_class(tmp_path, "cloze-port", {0: "24, Marta Olsen", 1: "24, Olsen"}),
                 "--pack", str(MINI_PACK))
    assert result.returncode == 0, result.stderr
    assert ("cloze-port: Fill in the blanks. The port handled ____ million tonnes; the harbour master is ____.\n"
            in result.stdout), result.stdout


def test_a_yaml_sheet_without_its_answers_key_says_what_to_add(tmp_path):
    path = tmp_path / "answers.yaml"
    path.write_text("- {card: harbour-master, answer: Olsen, correct: true}\n", encoding="utf-8")
    result = run("grade", str(MINI_PACK), "--answers", str(path))
    assert result.returncode == 1
    assert result.stderr.strip() == (f"{path}:1:1: error: the answers are a list with nothing above it: write "
                                     "'answers:' on the first line and the list of entries under it")


def test_import_reads_a_csv_a_spreadsheet_saved_with_semicolons(tmp_path):
    source = tmp_path / "terms.csv"
    source.write_text("term;definition\nшатун;деталь, соединяющая поршень с коленчатым валом\n"
                      "термостат;не пускает жидкость в радиатор, пока двигатель холодный\n", encoding="utf-8")
    out = tmp_path / "pack.yaml"
    result = run("import", str(source), "--out", str(out), "--language", "ru")
    assert result.returncode == 0, result.stderr
    assert "left out" not in result.stderr + result.stdout  # the header row was taken for a note
    shown = run("show", str(out), "card-1").stdout
    assert "  шатун\n" in shown and "answer: деталь, соединяющая поршень с коленчатым валом" in shown


def test_import_of_a_file_in_a_windows_code_page_says_how_to_save_it(tmp_path):
    source = tmp_path / "terms.csv"
    source.write_bytes("term,definition\nшатун,деталь\n".encode("cp1251"))
    result = run("import", str(source), "--out", str(tmp_path / "pack.yaml"))
    assert result.returncode == 1
    assert result.stderr.strip() == (f"studybot import: cannot read {source}: not UTF-8 text (line 2); save it as "
                                     "UTF-8 (in Excel 'CSV UTF-8', in LibreOffice the character set 'Unicode "
                                     "(UTF-8)')")


def test_a_question_that_expects_nothing_is_judged_as_one_to_decline():
    # the format instructors are given: `expect: []` for a question the notes do not answer
    from studybot.core.packs import load_pack
    from studybot.core.tutor import Tutor

    from .packfiles import judge

    tutor = Tutor(load_pack(MINI_PACK), cache=False)
    judged = judge(tutor, [{"ask": "Who invented the diesel engine?", "expect": []},
                           {"ask": "Who is the harbour master?", "expect": ["Marta Olsen"]}])
    tutor.index.close()
    assert (judged.unanswerable, judged.declines) == (1, 1), judged.misses
    assert (judged.answerable, judged.hits) == (1, 1), judged.misses


def test_a_decimal_comma_inside_braces_is_explained_not_called_an_unknown_field(tmp_path):
    path, line = edited_mini_pack(tmp_path, "    number: {value: 310000000, unit: USD}\n",
                         "    number: {value: 310,5, unit: USD, tolerance: 0,5}\n")
    result = run("validate", "--quiet", str(path))
    assert result.returncode == 1
    errors = [x for x in result.stdout.splitlines() if ": error:" in x]
    assert errors == [  # at the digits YAML took for a field
        f"{path}:{line}:25: error: '310,5' in number of card 'fish-exports': inside {{ }} a comma separates fields, "
        "so the digits after a decimal comma became a field '5'; write a decimal point: 310.5",
        f"{path}:{line}:52: error: '0,5' in number of card 'fish-exports': inside {{ }} a comma separates fields, "
        "so the digits after a decimal comma became a field '5'; write a decimal point: 0.5"], result.stdout


def test_a_decimal_comma_in_a_number_or_tolerance_says_to_write_a_point(tmp_path):
    path, _ = edited_mini_pack(tmp_path, "    number: {value: 310000000, unit: USD}\n",
                      "    number:\n      value: 310,5\n      unit: USD\n      tolerance: 0,5\n")
    out = run("validate", "--quiet", str(path)).stdout
    assert "not '310,5'; write a decimal point (310.5) and no thousands separators" in out
    assert "tolerance of card 'fish-exports' must be a number like 2 or a percentage like 5%, not '0,5'; write a " \
           "decimal point (0.5)" in out


def test_a_language_in_capitals_is_suggested_in_lower_case(tmp_path):
    path, _ = edited_mini_pack(tmp_path, "title: ", "language: RU\ntitle: ")
    assert "unknown language 'RU' (did you mean 'ru'?)" in run("validate", str(path)).stdout


def test_a_mistake_left_with_the_placeholder_feedback_of_report_suggest_is_warned(tmp_path):
    path, line = edited_mini_pack(tmp_path, "    explanation: They fell by 12%.\n",
                         "    mistakes:\n      - match: [rose]\n"
                         "        feedback: \"TODO: say why this answer is wrong\"\n"
                         "    explanation: They fell by 12%.\n")
    result = run("validate", str(path))
    [warning] = [x for x in result.stdout.splitlines() if "placeholder" in x]
    assert warning.startswith(f"{path}:{line + 2}:19: warning: card 'fish-direction': the feedback of the mistake "
                              "'rose' is still the placeholder"), warning


def test_cards_lists_a_cloze_card_by_its_text():
    listed = run("cards", str(MINI_PACK)).stdout
    assert ("  cloze-port      cloze    Fill in the blanks. The port handled ____ million tonnes; the harbour master "
            "is ____.\n") in listed, listed


def test_an_answer_sheet_given_as_the_pack_is_named_for_what_it_is(tmp_path):
    sheet = tmp_path / "answers.yaml"
    sheet.write_text("answers:\n  - {card: harbour-master, answer: Olsen, correct: true}\n", encoding="utf-8")
    result = run("grade", str(sheet), "--answers", str(MINI_PACK))  # the two files swapped
    assert result.returncode == 1
    assert result.stderr.strip() == (f"{sheet}:1:1: error: this is an answer sheet (answers:), not a pack: give the "
                                     f"pack first, then the sheet: studybot grade PACK --answers {sheet}")
    questions = tmp_path / "questions.yaml"
    questions.write_text("questions:\n  - ask: Who is the harbour master?\n    expect: [Olsen]\n", encoding="utf-8")
    lines = run("validate", str(questions)).stdout.splitlines()
    assert lines == [f"{questions}:1:1: error: this is a question set (questions:), not a pack: give the pack "
                     "itself to studybot"], lines


def test_a_pack_given_as_the_answer_sheet_is_named_for_what_it_is():
    result = run("grade", str(MINI_PACK), "--answers", str(MINI_PACK))
    assert result.returncode == 1
    assert result.stderr.strip() == (f"{MINI_PACK}:1:1: error: this is a pack, not an answer sheet: studybot grade "
                                     "PACK --answers SHEET wants the pack first and, after --answers, a file of "
                                     "answers: [{card, answer, correct}]")
