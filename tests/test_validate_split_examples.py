"""`studybot validate` on right examples cut by the commas of [ ] (round 12): one answer cut at a decimal comma is
said once, as that, with the wording as written ("14,5"), not also as a YAML trap; one sentence cut before a word
a part of a sentence begins with ("что", "и", "and") is said once even when the grader fails it joined too, with
why; parts that pass only together but may be separate answers get both fixes. Invented packs."""

from __future__ import annotations

from pathlib import Path

from studybot.core.validate import check_pack

HEAD = "format: 1\nid: t\ntitle: T\nlanguage: {lang}\nsections:\n  - id: s\n    title: S\n    notes: A note.\ncards:\n"


def problems(tmp_path: Path, lang: str, card: str) -> list[str]:
    path = tmp_path / "pack.yaml"
    path.write_text(HEAD.format(lang=lang) + card, encoding="utf-8")
    _, found = check_pack(path)
    return [f"{p.line}:{p.column}: {p.severity}: {p.message}" for p in found]


TANK = ("  - id: tank\n    section: s\n    kind: numeric\n    prompt: Сколько литров в баке?\n"
        "    answer: 14,5 литра\n    number: {value: 14.5, unit: л}\n    explanation: Так сказано.\n"
        "    examples:\n      right: [14.5, около 14,5 литра]\n      wrong: [15 литров]\n")


def test_a_decimal_comma_that_cuts_an_example_is_one_error_with_the_wording_as_written(tmp_path):
    found = problems(tmp_path, "ru", TANK)
    said = [x for x in found if "'около 14' and '5 литра'" in x]
    assert len(said) == 1, found  # not also the YAML trap's warning, nor an error per half
    assert said[0].startswith("18:21: error:")
    assert "split at its decimal comma" in said[0]
    assert 'quote it: right: ["около 14,5 литра"]' in said[0]


PUMP = ("  - id: pump\n    section: s\n    kind: explain\n    prompt: Почему насос греется?\n"
        "    answer: Поршень трётся о стенки цилиндра.\n"
        "    keypoints:\n      - point: поршень трётся о стенки цилиндра\n    explanation: Так сказано.\n"
        "    examples:\n      right: [насос работает так долго, что устаёт, и потом отдыхает]\n"
        "      wrong: [от солнца]\n")


def test_one_sentence_cut_before_its_conjunctions_is_said_once_with_why_it_fails_joined(tmp_path):
    found = problems(tmp_path, "ru", PUMP)
    errors = [x for x in found if ": error:" in x]
    assert len(errors) == 1, errors
    assert "'насос работает так долго', 'что устаёт' and 'и потом отдыхает' are one answer split by its commas" \
        in errors[0]
    assert 'quote it: right: ["насос работает так долго, что устаёт, и потом отдыхает"]' in errors[0]
    assert "Joined, the grader marks it wrong too (missed: поршень трётся о стенки цилиндра)" in errors[0]


LOCKS = ("  - id: locks\n    section: s\n    kind: explain\n    prompt: Why did the town build locks?\n"
         "    answer: to keep barges moving and to stop floods\n"
         "    keypoints:\n      - point: to keep barges moving\n        accept: [barges]\n"
         "      - point: to stop floods\n        accept: [floods]\n    need: 2\n    explanation: The notes say so.\n"
         "    examples:\n      right: [barges could pass, floods were stopped]\n      wrong: [for fishing]\n")


def test_parts_that_may_be_separate_answers_get_both_fixes(tmp_path):
    found = problems(tmp_path, "en", LOCKS)
    errors = [x for x in found if ": error:" in x]
    assert len(errors) == 1, errors
    # said as one answer the commas of [ ] may have cut, not as two examples that pass together (round 50)
    assert "'barges could pass' and 'floods were stopped' may be one answer split by its commas" in errors[0]
    assert "the grader accepts \"barges could pass, floods were stopped\" but fails each part alone" in errors[0]
    assert "part 1: missed: to stop floods; part 2: missed: to keep barges moving" in errors[0]
    assert 'If it is one answer, quote it: right: ["barges could pass, floods were stopped"]' in errors[0]
    assert "pass together" not in errors[0] and "the right examples" not in errors[0]
    assert "if they are separate answers, each must pass alone: add its words for a missed point" in errors[0]
    assert "are one answer split" not in errors[0]


def test_quoted_parts_stay_separate_examples(tmp_path):
    found = problems(tmp_path, "en", LOCKS.replace("[barges could pass, floods were stopped]",
                                                   '["barges could pass", "floods were stopped"]'))
    errors = [x for x in found if ": error:" in x]
    assert len(errors) == 2 and all("is listed as right but the grader marks it wrong" in x for x in errors)


def test_a_part_that_begins_with_because_may_be_an_answer_of_its_own(tmp_path):
    # "because ..." is how an answer to "why" begins: two such examples are not surely one answer
    card = LOCKS.replace("[barges could pass, floods were stopped]", "[to hold back the river, because of floods]")
    errors = [x for x in problems(tmp_path, "en", card) if ": error:" in x]
    assert len(errors) == 2 and not any("one answer split" in x for x in errors), errors


PIPES = ("  - id: pipes\n    section: s\n    kind: cloze\n    text: Water enters at the {{top}} and leaves at the "
         "{{bottom}}.\n    explanation: So the notes say.\n    examples:\n      right: [\"top, bottom\"]\n"
         "      wrong: [bottom, top]\n")


def test_wrong_examples_of_a_cloze_cut_by_the_commas_of_brackets_are_told_to_be_quoted(tmp_path):
    found = problems(tmp_path, "en", PIPES)
    [warning] = [x for x in found if "wrong examples" in x]
    assert ": warning:" in warning
    assert "'bottom' and 'top' give 2 of the card's 2 blanks between them" in warning
    assert 'quote it: wrong: ["bottom, top"]' in warning


def test_a_wrong_example_that_fills_one_blank_of_two_checks_nothing(tmp_path):
    found = problems(tmp_path, "en", PIPES.replace("wrong: [bottom, top]", 'wrong: ["bottom"]'))
    [warning] = [x for x in found if "wrong example" in x]
    assert "gives fewer answers than the card's 2 blanks" in warning and "checks nothing" in warning


def test_a_wrong_example_for_every_blank_is_not_warned(tmp_path):
    found = problems(tmp_path, "en", PIPES.replace("wrong: [bottom, top]", 'wrong: ["bottom, top"]'))
    assert not any("wrong example" in x for x in found), found
