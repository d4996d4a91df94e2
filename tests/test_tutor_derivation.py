"""Word families: a question word the pack does not use is read as the pack's word of its family
("ratification" when the notes say "ratified", "голосование" when they say "голосовали"), by the
derivational endings of each language (`TutorWords.derived_pairs`), never by words of one text.
Invented texts in several fields, in English and Russian.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor.words import Words

# --------------------------------------------------------------------------- the families of a word


@pytest.mark.parametrize(("code", "word", "kin"), [
    ("en", "ratified", "ratification"), ("en", "ratification", "ratify"), ("en", "decided", "decision"),
    ("en", "decisions", "decide"), ("en", "agreement", "agree"), ("en", "creation", "create"),
    ("en", "inventor", "invent"), ("en", "creator", "create"), ("en", "geologist", "geology"),
    ("en", "admission", "admit"), ("en", "production", "produce"), ("en", "description", "describe"),
    ("en", "catalysis", "catalyse"), ("en", "oxidation", "oxidise"), ("en", "expansion", "expand"),
    ("en", "founder", "found"),
    ("ru", "голосованию", "голосовать"), ("ru", "голосовали", "голосование"), ("ru", "ратификацию", "ратифицировать"),
    ("ru", "ратифицировали", "ратификация"), ("ru", "руководил", "руководитель"), ("ru", "руководитель", "руководить"),
    ("ru", "дворянство", "дворянин"), ("ru", "открытие", "открыть"), ("ru", "управление", "управлять"),
    ("ru", "поддержка", "поддержать"), ("ru", "осушение", "осушать"), ("ru", "строительство", "строитель"),
])
def test_a_word_has_the_family_its_endings_make(code, word, kin):
    words = Words(code)
    assert kin in {form for _, form in words.family(word, words.stem(word))}


@pytest.mark.parametrize(("code", "word", "other"), [
    ("en", "bill", "billion"), ("en", "former", "form"), ("en", "corner", "corn"), ("en", "factor", "fact"),
    ("en", "ability", "able"), ("ru", "вода", "водитель"), ("ru", "столица", "стол"),
])
def test_a_short_root_makes_no_family(code, word, other):
    """Four letters are the least root kept, five when one word is the bare root: "bill" is no
    "billion", "former" no "form"."""
    words = Words(code)
    assert other not in {form for _, form in words.family(word, words.stem(word))}
