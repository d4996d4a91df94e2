"""`studybot validate` catches what YAML or the grader reads otherwise than the author meant
(issue 16): each trap at its own line, with the fix; packs without the trap stay quiet."""

from __future__ import annotations

import subprocess
import sys

import pytest

from studybot.core.packs import PackError, load_pack_text
from studybot.core.validate import check_pack

from .conftest import DATA

TRAPS = DATA / "traps-pack.yaml"


def line_of(text: str, needle: str, start: int = 0) -> int:
    """The 1-based line of the first line (from line `start`) that contains `needle`."""
    for number, line in enumerate(text.splitlines()[start:], start + 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in the text")


@pytest.fixture(scope="module")
def checked():
    pack, problems = check_pack(TRAPS)
    assert pack is not None
    return TRAPS.read_text(encoding="utf-8"), problems


def found(problems, needle: str):
    hits = [p for p in problems if needle in p.message]
    assert hits, f"no problem mentions {needle!r}: {[p.message for p in problems]}"
    return hits[0]


def test_a_hash_in_an_unquoted_value(checked):
    text, problems = checked
    p = found(problems, "stops before ' #'")
    assert p.severity == "warning" and p.line == line_of(text, "(see slide #3)")
    assert 'only "In which organelle (see slide"' in p.message
    assert 'prompt: "In which organelle (see slide #3) does the Krebs cycle run?"' in p.message  # the fix


def test_commas_inside_a_flow_list(checked):
    text, problems = checked
    p = found(problems, "'ribulose-1' and '5-bisphosphate carboxylase' are two items")
    assert p.line == line_of(text, "accept: [ribulose-1,5")
    assert '["ribulose-1,5-bisphosphate carboxylase"]' in p.message


def test_numeric_answer_disagrees_with_its_value(checked):
    text, problems = checked
    p = found(problems, "card 'atp-yield': the answer 'about 36 ATP' does not agree with its number.value 38 ATP")
    assert p.line == line_of(text, "answer: about 36 ATP")


def test_a_mistake_that_says_the_right_answer(checked):
    text, problems = checked
    p = found(problems, "the mistake 'thylakoids' says the same as the card's own answer 'in the thylakoids'")
    assert p.line == line_of(text, "match: [thylakoids]")


def test_a_mistake_that_fails_a_right_example(checked):
    text, problems = checked
    warning = found(problems, "the mistake 'membranes' fails the right example 'the thylakoid membranes'")
    assert warning.line == line_of(text, "match: [membranes]")
    # and the example itself is an error, at the example's own line, naming the mistake
    error = found(problems, "example 'the thylakoid membranes' is listed as right")
    assert error.severity == "error" and "known mistake 'membranes'" in error.message
    assert error.line == line_of(text, "right: [the thylakoid membranes]")


def test_notes_wrapped_mid_sentence_are_not_a_problem(checked):
    """The tutor joins a paragraph's wrapped lines, so `notes: |` wrapped anywhere is fine."""
    text, problems = checked
    wrapped = line_of(text, "Krebs cycle runs in the matrix")
    assert not [p for p in problems if p.line in (wrapped, wrapped + 1)]


def test_examples_errors_point_at_the_example(tmp_path, mini_pack_path):
    bad = tmp_path / "pack.yaml"
    text = mini_pack_path.read_text().replace("wrong: [Maria Olsson, the mayor]",
                                              "wrong:\n        - Maria Olsson\n        - Marta Olsen")
    bad.write_text(text)
    _, problems = check_pack(bad)
    p = found(problems, "'Marta Olsen' is listed as wrong")
    assert (p.line, p.column) == (line_of(text, "- Marta Olsen"), 11)


QUIET = """\
format: 1
id: quiet
title: Nothing to warn about
sections:
  - id: s   # a comment after an id is the author's own
    title: A section  # two spaces and a space after '#': a comment
    notes: |
      One sentence on its own line.
      Another sentence, also whole.
  - id: t
    title: Folded notes
    notes: >
      a sentence wrapped
      over lines is joined by '>'.
cards:
  - id: c1
    section: s
    kind: short      # short | numeric
    prompt: "Which slide? (see slide #3)"
    answer: USD 176 million  # canonical answer shown after grading
    accept: [a, b, "ribulose-1,5-bisphosphate carboxylase"]
    mistakes:
      - match: [rose by 19%]
        feedback: Check the direction.
  - id: c2
    section: t
    kind: numeric
    prompt: How much?
    answer: USD 176 million
    number: {value: 176000000, unit: USD}
"""


def test_no_warnings_without_traps(tmp_path):
    path = tmp_path / "quiet.yaml"
    path.write_text(QUIET)
    pack, problems = check_pack(path)
    assert pack is not None
    traps = [p for p in problems if "explanation" not in p.message and "examples" not in p.message]
    assert traps == []


@pytest.mark.parametrize(("text", "line", "words"), [
    ("format: 1\nid: x\ntitle: Ratio: what is it\n", 3, ["':'", "quote the whole value", "prompt: \"Ratio"]),
    ("format: 1\n\tid: x\n", 2, ["tab", "spaces"]),
    ("format: 1\ntitle: \"never closed\nid: x\n", 2, ["never closed", "quote"]),
    ("a:\n  b: 1\n c: 2\n", 3, ["indented differently"]),
    # a value that opens with a quotation and goes on: the quotation ends the value for YAML
    ("a:\n  b: \"Women first\" meant that men waited\n", 2, ["text after the closing quote", "other kind of quotes"]),
    ("a:\n  b: 'x' \n c: 2\n", 3, ["indented differently"]),  # nothing after the quote: the indentation
    ("accept: [a, b\nid: x\n", 2, ["not closed with ']'"]),
    ("title: @home\n", 1, ["cannot start with '@'", "quote"]),
    ('title: "C:\\path"\n', 1, ["backslash", "single quotes"]),
])
def test_yaml_syntax_errors_in_plain_words(text, line, words):
    with pytest.raises(PackError) as caught:
        load_pack_text(text, "p.yaml")
    problem = caught.value.problems[0]
    assert problem.line == line and problem.severity == "error"
    for word in words:
        assert word in problem.message, problem.message
    assert "(YAML: " in problem.message  # the parser's own words stay, last


def test_validate_command_prints_the_traps():
    result = subprocess.run([sys.executable, "-m", "studybot", "validate", str(TRAPS)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1  # the failing example is an error
    lines = result.stdout.splitlines()
    assert sum(": warning: " in line for line in lines) >= 5
    quiet = subprocess.run([sys.executable, "-m", "studybot", "validate", "--quiet", str(TRAPS)], capture_output=True,
                           text=True, timeout=120)
    assert quiet.returncode == 1 and ": warning: " not in quiet.stdout and ": error: " in quiet.stdout
