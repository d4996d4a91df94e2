"""The pack loader: valid packs load; every kind of bad input is a PackError with file:line."""

from __future__ import annotations

import pytest

from studybot.core.packs import MAX_BYTES, MAX_DEPTH, PackError, load_pack, load_pack_text

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

CARD = """\
  - id: c1
    section: s1
    kind: short
    prompt: A question?
    answer: An answer
"""


def problems_of(text: str, path: str = "pack.yaml"):
    with pytest.raises(PackError) as info:
        load_pack_text(text, path)
    return info.value.problems


def one_problem(text: str, line: int, *fragments: str):
    problems = problems_of(text)
    matching = [p for p in problems if p.line == line and all(f in p.message for f in fragments)]
    assert matching, "\n".join(str(p) for p in problems)
    assert str(matching[0]).startswith(f"pack.yaml:{line}:")
    return matching[0]


def test_valid_pack_loads(mini_pack):
    assert mini_pack.id == "mini"
    assert {c.kind for c in mini_pack.cards} == {
        "short", "numeric", "date", "list", "explain", "choice", "cloze", "order"}
    card = mini_pack.card("fish-exports")
    assert card.number.value == 310_000_000 and card.number.unit == "USD"
    assert mini_pack.card("cloze-port").blanks == (("42",), ("Marta Olsen", "Olsen"))
    assert mini_pack.card("founded").precision == "day"
    assert mini_pack.aliases["Marta Olsen"] == ("Martha Olsen", "Olsen")


def test_answers_stay_strings():
    text = HEAD + CARD.replace("An answer", "no") + (
        "  - id: c2\n    section: s1\n    kind: short\n    prompt: Time?\n    answer: 12:30\n"
        "    accept: [010, yes, 1e3, null-ish, ~x]\n"
    )
    pack = load_pack_text(text)
    assert pack.card("c1").answer == "no"
    c2 = pack.card("c2")
    assert c2.answer == "12:30"
    assert c2.accept == ("010", "yes", "1e3", "null-ish", "~x")


def test_duplicate_key_is_rejected_with_line():
    text = HEAD + CARD + "    answer: Another\n"
    one_problem(text, 14, "duplicate key 'answer'", "line 13")


def test_anchor_and_alias_rejected():
    text = HEAD + CARD.replace("prompt: A question?", "prompt: &p A question?") + (
        "  - id: c2\n    section: s1\n    kind: short\n    prompt: *p\n    answer: x\n")
    problems = problems_of(text)
    assert any(p.line == 12 and "anchors" in p.message for p in problems), problems


def test_alias_alone_rejected():
    text = "format: 1\nid: t\ntitle: *x\n"
    problem = problems_of(text)[0]
    assert "aliases" in problem.message or "anchor" in problem.message or "YAML" in problem.message
    assert problem.line == 3


def test_explicit_tags_rejected():
    text = HEAD + CARD.replace("answer: An answer", "answer: !!python/object:os.system echo")
    one_problem(text, 13, "tags")


def test_depth_limit():
    nested = "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    text = HEAD + CARD.replace("answer: An answer", f"answer: {nested}")
    one_problem(text, 13, "nesting")


def test_very_deep_nesting_is_a_pack_error_not_recursion():
    nested = "[" * 100_000
    problems = problems_of(f"format: 1\nid: t\ntitle: {nested}\n")
    assert problems[0].line == 3


def test_unknown_field_rejected_with_suggestion():
    text = HEAD + CARD.replace("answer: An answer", "answr: An answer")
    problem = one_problem(text, 13, "unknown field 'answr'", "did you mean 'answer'")
    assert problem.column == 5


def test_unknown_top_level_field():
    text = "format: 1\nid: t\ntitle: T\nsectoins: []\n" + HEAD.split("\n", 3)[3] + CARD
    one_problem(text, 4, "unknown field 'sectoins'")


def test_unknown_kind_rejected():
    one_problem(HEAD + CARD.replace("kind: short", "kind: essay"), 11, "unknown kind 'essay'")


def test_field_of_another_kind_rejected():
    text = HEAD + CARD + "    options: [a, b]\n"
    one_problem(text, 14, "does not apply to kind 'short'", "choice")


def test_duplicate_card_ids_rejected():
    one_problem(HEAD + CARD + CARD, 14, "duplicate card id 'c1'", "line 9")


def test_missing_section_reference():
    one_problem(HEAD + CARD.replace("section: s1", "section: s2"), 10, "section 's2'")


def test_missing_required_fields():
    text = HEAD + "  - id: c1\n    section: s1\n    kind: numeric\n    prompt: How much?\n    answer: 5\n"
    one_problem(text, 9, "missing the field 'number': the figure asked for, e.g. {value:")
    one_problem(HEAD.replace("format: 1\n", "") + CARD, 1, "missing the field 'format': the pack format")


def test_a_one_value_field_given_as_a_mapping_says_what_it_is():
    text = HEAD + CARD.replace("kind: short", "kind: date") + "    date: {year: 1638}\n"
    one_problem(text, 14, "date of card 'c1' must be text, not a mapping (the date asked for: YYYY-MM-DD")


def test_number_must_be_digits():
    text = HEAD + CARD.replace("kind: short", "kind: numeric") + "    number: {value: five}\n"
    one_problem(text, 14, "must be a number")


def test_choice_answer_must_be_an_option():
    text = HEAD + CARD.replace("kind: short", "kind: choice") + "    options: [x, y]\n"
    one_problem(text, 13, "one of its options")


def test_bad_date_rejected():
    text = HEAD + CARD.replace("kind: short", "kind: date") + "    date: 2019-02-30\n"
    one_problem(text, 14, "not a real calendar date")


def test_format_from_the_future():
    one_problem(HEAD.replace("format: 1", "format: 2") + CARD, 1, "format 2", "update studybot")


def test_yaml_syntax_error_has_line():
    text = HEAD + CARD + "  - id: [unclosed\n"
    problem = problems_of(text)[0]
    assert problem.line >= 14 and "YAML syntax" in problem.message


def test_all_problems_reported_at_once():
    text = HEAD + CARD.replace("kind: short", "kind: essay") + CARD.replace("c1", "c2").replace("answer:", "answr:")
    problems = problems_of(text)
    assert len(problems) >= 2
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_empty_file():
    assert "empty" in problems_of("")[0].message


def test_top_level_not_a_mapping():
    assert problems_of("- just\n- a list\n")[0].line == 1


def test_size_cap(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("x: " + "a" * (MAX_BYTES + 10))
    with pytest.raises(PackError) as info:
        load_pack(path)
    assert "at most" in info.value.problems[0].message


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes((HEAD + CARD).encode() + b"    explanation: caf\xe9\n")
    with pytest.raises(PackError) as info:
        load_pack(path)
    problem = info.value.problems[0]
    assert problem.line == 14 and "UTF-8" in problem.message


def test_missing_file(tmp_path):
    with pytest.raises(PackError) as info:
        load_pack(tmp_path / "nope.yaml")
    assert "no such file" in info.value.problems[0].message


def test_content_hash_follows_the_answer_not_the_prompt(mini_pack):
    from dataclasses import replace

    card = mini_pack.card("fish-exports")
    assert replace(card, prompt="Reworded?").content_hash == card.content_hash
    assert replace(card, answer="USD 311 million").content_hash != card.content_hash


def test_order_items_shown_scrambled(mini_pack):
    card = mini_pack.card("build-order")
    assert sorted(card.shown_items) == sorted(card.items)
    assert card.shown_items != card.items


@pytest.mark.parametrize("libyaml", [True, False])
def test_both_yaml_paths_refuse_the_same(monkeypatch, libyaml):
    """libyaml is used when present; the pure-Python path must refuse the same things."""
    from studybot.core.packs import yamlsafe as packs

    if not libyaml:
        monkeypatch.setattr(packs, "_CLoader", None)
    cases = {
        HEAD + CARD.replace("prompt: A question?", "prompt: &p A question?"): (12, "anchors"),
        "format: 1\nid: t\ntitle: *x\n": (3, "aliases"),
        HEAD + CARD.replace("answer: An answer", "answer: !!python/object:os.system echo"): (13, "tags"),
        HEAD + CARD.replace("answer: An answer", "answer: " + "[" * 40 + "]" * 40): (13, "nesting"),
    }
    for text, (line, word) in cases.items():
        problem = problems_of(text)[0]
        assert problem.line == line and word in problem.message, problem
    assert load_pack_text(HEAD + CARD).card("c1").answer == "An answer"


def with_top(lines: str) -> str:
    """The test pack with `lines` added after its title (line 4 on)."""
    return HEAD.replace("title: Test pack\n", "title: Test pack\n" + lines) + CARD


def test_language_and_synonyms_load():
    pack = load_pack_text(with_top("language: ru\nsynonyms:\n  - [sanctions, restrictions, penalties]\n"
                                   "  - [fell, 'went down']\n"))
    assert pack.language == "ru"
    assert pack.synonyms == (("sanctions", "restrictions", "penalties"), ("fell", "went down"))


def test_language_defaults_to_english_and_synonyms_to_none():
    pack = load_pack_text(HEAD + CARD)
    assert pack.language == "en" and pack.synonyms == ()


def test_unknown_language_is_an_error_with_a_suggestion():
    problem = one_problem(with_top("language: eng\n"), 4, "unknown language 'eng'", "did you mean 'en'")
    assert "en, ru" in problem.message


def test_language_must_be_text():
    one_problem(with_top("language: [en]\n"), 4, "language must be text")


@pytest.mark.parametrize(("lines", "line", "fragment"), [
    ("synonyms: sanctions\n", 4, "synonyms must be a list of groups"),
    ("synonyms: {sanctions: restrictions}\n", 4, "synonyms must be a list of groups"),
    ("synonyms: [sanctions, restrictions]\n", 4, "group 1 of synonyms must be a list of texts"),
    ("synonyms:\n  - [sanctions]\n", 5, "group 1 of synonyms needs at least 2 items"),
    ("synonyms:\n  - [a, b]\n  - [c, [d]]\n", 6, "an item of group 2 of synonyms must be text"),
])
def test_synonyms_must_be_groups_of_two_or_more_texts(lines, line, fragment):
    one_problem(with_top(lines), line, fragment)


def test_order_examples_number_the_items_as_the_pack_lists_them():
    from studybot.core.validate import check_examples

    card = """\
  - id: o1
    section: s1
    kind: order
    prompt: Oldest first?
    items: [the mill, the bridge, the tower, the gate]
    examples:
      right: ['1, 2, 3, 4', 'the mill, the bridge, the tower, the gate']
      wrong: ['2, 1, 3, 4']
"""
    pack = load_pack_text(HEAD + card)
    assert pack.card("o1").shown_items != pack.card("o1").items  # learners see them scrambled
    assert check_examples(pack) == []
