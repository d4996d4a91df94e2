"""A pack whose YAML still parses shows every problem in one run (core/packs/yamlsafe.py `compose_reporting`): an
anchor, a tag or a few aliases are refused beside the other problems of the file (a missing field, an unknown section,
a duplicate key), not alone; many aliases still stop the reading there (a "billion laughs" is never walked), and a
syntax error is told with its line and a hint. Invented packs."""

from __future__ import annotations

import pytest

from studybot.core.packs import PackError, load_pack_text, yamlsafe

HEAD = """\
format: 1
id: t
title: Test pack
sections:
  - id: s1
    title: One
    notes: Some notes.
cards:
"""


def card(n: int, **fields: str) -> str:
    values = {"id": f"c{n}", "section": "s1", "kind": "short", "prompt": "A question?", "answer": "An answer"}
    values.update(fields)
    return "".join(f"  {'- ' if i == 0 else '  '}{k}: {v}\n" for i, (k, v) in enumerate(values.items()) if v)


def problems_of(text: str) -> list[str]:
    with pytest.raises(PackError) as info:
        load_pack_text(text, "pack.yaml")
    return [f"{p.line}: {p.message}" for p in info.value.problems]


def test_an_anchor_a_tag_and_an_alias_are_told_with_every_other_problem():
    text = HEAD + card(1, prompt="&p A question?") + card(2, section="s9") + card(3, answer="!secret An answer") \
        + card(4, accept="[*p]") + card(5, kind="numeric")
    said = problems_of(text)
    assert any("anchors (&p)" in p for p in said), said
    assert any("tags (!secret)" in p for p in said), said
    assert any("aliases (*p)" in p for p in said), said
    assert any("names section 's9'" in p for p in said), said
    assert any("missing the field 'number'" in p for p in said), said


def test_a_duplicate_key_and_an_anchor_in_one_run():
    text = HEAD + card(1, answer="&a An answer") + card(2).replace("    answer: An answer\n",
                                                               "    answer: An answer\n    answer: Another\n")
    said = problems_of(text)
    assert any("anchors (&a)" in p for p in said) and any("duplicate key 'answer'" in p for p in said), said


def test_many_aliases_stop_the_reading_and_say_each():
    lines = ["a: &a [x, x]"] + [f"{k}: &{k} [*{p}, *{p}]" for p, k in zip("abcdefgh", "bcdefghi", strict=True)]
    said = problems_of("\n".join(lines) + "\n")
    assert sum("aliases" in p for p in said) == 16, said
    assert not any("missing" in p for p in said), said  # the tree is not read


def test_an_alias_of_no_anchor_is_told_as_an_alias():
    said = problems_of("format: 1\nid: t\ntitle: *x\n")
    assert said and "aliases (*x)" in said[0], said


def test_a_syntax_error_has_its_line_and_a_hint():
    said = problems_of(HEAD + card(1, prompt='"A question?'))
    assert said and said[0].startswith("12: YAML syntax:") and "quote" in said[0], said


def test_without_libyaml_the_first_refusal_is_still_told(monkeypatch):
    monkeypatch.setattr(yamlsafe, "_CLoader", None)
    said = problems_of(HEAD + card(1, prompt="&p A question?"))
    assert said and "anchors (&p)" in said[0], said
