"""A choice card whose options hold a figure with a thousands comma, unquoted inside [ ] (round 59, the lead's own
pack): YAML reads "[about 628,000 dollars, nothing]" as three options, so the answer is none of them. validate said
only "did you mean 'about 6.28 million dollars'?"; it now says why, and shows the comma warnings beside the error
that stops the pack from loading."""

from __future__ import annotations

from studybot.core.validate import check_pack

PACK = """format: 1
id: t
title: t
sections:
- id: s
  title: s
  notes: The company paid about 628,000 dollars in damages.
cards:
- id: c
  section: s
  kind: choice
  prompt: About how much did the company pay?
  answer: about 628,000 dollars
  options: {options}
  explanation: x
"""


def _problems(tmp_path, options: str):
    path = tmp_path / "t.yaml"
    path.write_text(PACK.format(options=options), encoding="utf-8")
    return check_pack(path)


def test_an_answer_split_at_its_comma_among_the_options_is_told_to_be_quoted(tmp_path):
    pack, problems = _problems(tmp_path, "[about 628,000 dollars, about 6.28 million dollars, nothing]")
    assert pack is None
    errors = [p.message for p in problems if p.severity == "error"]
    assert len(errors) == 1 and "'about 628,000 dollars' was read as two options" in errors[0]
    assert "did you mean" not in errors[0]
    warnings = [p.message for p in problems if p.severity == "warning"]
    assert any("'about 628' and '000 dollars' are two items of options" in w for w in warnings)


def test_quoted_the_options_load(tmp_path):
    pack, problems = _problems(tmp_path, '["about 628,000 dollars", about 6.28 million dollars, nothing]')
    assert pack is not None and not [p for p in problems if p.severity == "error"]


def test_another_answer_missing_from_the_options_is_still_given_the_closest(tmp_path):
    _, problems = _problems(tmp_path, "[about 628000 dollars, nothing]")
    errors = [p.message for p in problems if p.severity == "error"]
    assert len(errors) == 1 and "did you mean 'about 628000 dollars'" in errors[0]
