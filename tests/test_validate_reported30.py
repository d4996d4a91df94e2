"""`validate` warnings from the blind authors' reports of round 30, on invented packs.

- A date cut at the comma before its year inside [ ] (`accept: [May 5th, 1890]`): YAML reads two wordings, and the
  grader then takes the bare year "1890" as a right answer of its own; validate says to quote it. A year after
  something else ("[in spring, 1890]") or two whole dates ("[May 5th 1890, 5 May 1890]") are not warned of.
- A figure written with spaces between its groups of three digits (`value: 7 250`), as answers are read, is that
  figure (it was an error); and a comma before a group of three digits (`{value: 7,250}`), which YAML splits and
  an English pack's author means as thousands, is told both fixes (7250, or 7.25 if it is a decimal comma), not
  only "write a decimal point: 7.250"."""

from __future__ import annotations

import re

import pytest
import yaml

from studybot.core.packs import PackError, load_pack_text
from studybot.core.packs.traps import yaml_traps


def _traps(accept: str) -> list[str]:
    text = ("format: 1\nid: t\ntitle: t\nsections:\n- id: s\n  title: s\n  notes: x\ncards:\n"
            f"- id: c\n  section: s\n  kind: short\n  prompt: When did the mill open?\n  answer: May 5th 1890\n"
            f"  accept: {accept}\n")
    load_pack_text(text)
    return [p.message for p in yaml_traps(yaml.compose(text), text, "p.yaml")]


@pytest.mark.parametrize(("accept", "warned"), [
    ("[May 5th, 1890]", True),
    ("[May 5, 1890]", True),
    ("[5th of May, 1890]", True),
    ("[the 5th of May, 1890]", True),
    ("[Sept. 5th, 1890]", True),
    ('["May 5th, 1890"]', False),
    ("[May 5th 1890, 5 May 1890]", False),
    ("[in spring, 1890]", False),
    ("[May, June]", False),
])
def test_validate_warns_of_a_date_cut_at_its_comma(accept, warned):
    assert any("two items of accept" in m for m in _traps(accept)) is warned


def _numeric(number: str) -> str:
    return ("format: 1\nid: t\ntitle: t\nsections:\n- id: s\n  title: s\n  notes: x\ncards:\n"
            f"- id: c\n  section: s\n  kind: numeric\n  prompt: What did the pier cost?\n  answer: 7250 crowns\n"
            f"  number: {number}\n")


@pytest.mark.parametrize(("number", "value"), [
    ("{value: 7 250, unit: crowns}", 7250),
    ("{value: 12 400 000}", 12400000),
    ("{value: 7 250.5}", 7250.5),
    ("{value: 7250}", 7250),
])
def test_a_figure_in_groups_of_three_is_read(number, value):
    assert load_pack_text(_numeric(number)).cards[0].number.value == value


@pytest.mark.parametrize("number", ["{value: 7 25}", "{value: 72 50}", "{value: 7 2500}"])
def test_other_spaces_in_a_figure_stay_an_error(number):
    with pytest.raises(PackError, match="must be a number written with digits"):
        load_pack_text(_numeric(number))


@pytest.mark.parametrize(("number", "said"), [
    ("{value: 7,250}", "write it without its thousands commas (7250), or with a decimal point (7.250)"),
    ('{value: "7,250"}', "write it without its thousands commas (7250), or with a decimal point (7.250)"),
    ("{value: 7,25}", "write a decimal point: 7.25"),
])
def test_a_comma_before_three_digits_is_told_both_fixes(number, said):
    with pytest.raises(PackError, match=re.escape(said)):
        load_pack_text(_numeric(number))
