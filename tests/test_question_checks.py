"""`studybot validate QUESTIONS --pack PACK` warns of an expected fact the notes never write: the tutor answers in
the notes' sentences, so no reply can hold it (authors asked for this; two wrote their own scripts to check)."""

from __future__ import annotations

from studybot.core.packs import Pack, Section
from studybot.core.packs.question_sets import Question
from studybot.core.question_checks import facts_not_in_notes

from .cli import run

_NOTES = ("The lighthouse at Skerry Point was lit in 1874\nby the keeper Anna Lindqvist. Its lamp burned paraffin "
          "until 1931, when it was electrified.")


def _pack() -> Pack:
    return Pack(id="skerry", title="Skerry Point", sections=(Section("light", "The light", _NOTES),), cards=())


def test_a_fact_the_notes_write_is_found_across_a_wrapped_line_and_in_any_case():
    questions = [Question("when was it lit?", ("1874 by the keeper",)), Question("who kept it?", ("anna LINDQVIST",)),
                 Question("what did it burn?", ("kerosene", "paraffin"))]  # one of several facts is enough
    assert facts_not_in_notes(_pack(), questions) == []


def test_a_fact_the_notes_do_not_write_is_named():
    missing = Question("when was it electrified?", ("in 1932",), line=7)
    told = facts_not_in_notes(_pack(), [missing, Question("what colour?", (), decline=True)])
    assert told == [missing]  # (a question to decline expects nothing: never told)


def test_validate_warns_at_the_question_s_line(tmp_path):
    pack = tmp_path / "skerry.yaml"
    notes = "\n".join("      " + line for line in _NOTES.splitlines())
    pack.write_text("format: 1\nid: skerry\ntitle: Skerry Point\nsections:\n  - id: light\n    title: The light\n"
                    f"    notes: |\n{notes}\ncards:\n  - id: lit\n    section: light\n    kind: short\n"
                    "    prompt: Who lit the lamp first?\n    answer: Anna Lindqvist\n", encoding="utf-8")
    questions = tmp_path / "questions.yaml"
    questions.write_text("questions:\n  - ask: who kept the light?\n    expect: [Anna Lindqvist]\n"
                         "  - ask: when was it electrified?\n    expect: [in 1932]\n", encoding="utf-8")
    result = run("validate", str(questions), "--pack", str(pack))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{questions}:4: warning: the expected 'in 1932' is not in the notes of skerry"), lines
    assert len(lines) == 2 and lines[1].startswith(f"{questions}: ok — a question set of 2 questions")
