"""An exercise's imperative opening a sentence ("Put Orvel's ports in the order she visited them.", "Arrange ...",
"Compare ...") is no word of a name, though a pack may never write it in lower case: the capitalised word after it is
not taken for a person's name of two words ("Put Orvel"), so a question naming that word ("who designed Orvel?") does
not ask about a person every answer must name (`names`, `TutorWords.instructions`). A name opening a sentence, and one
of two capitalised words after the imperative, are read as before. Invented prompts."""

from __future__ import annotations

import pytest

from studybot.core.tutor.names import find_names
from studybot.core.tutor.words import Words


@pytest.mark.parametrize(("opening", "not_persons"), [
    ("Put", {"put", "orvel"}),
    ("Arrange", {"arrange", "orvel"}),
    ("Compare", {"compare", "orvel"}),
    ("Identify", {"identify", "orvel"}),
    ("Choose", {"choose", "orvel"}),
    ("Write", {"write", "orvel"}),
])
def test_an_exercise_imperative_opens_no_name(opening: str, not_persons: set[str]) -> None:
    words = Words("en")
    found = find_names([f"{opening} Orvel's ports in the order she visited them.", "Orvel sailed from Mirn."],
                       words).persons
    assert not {words.name_stem(p) for p in not_persons} & found


@pytest.mark.parametrize(("texts", "persons"), [
    (["Anna Holm ran the mill.", "The mill was old."], {"anna", "holm"}),  # a name still opens a sentence
    (["Put Anna Holm's mills in order.", "Holm ran the mill."], {"anna", "holm"}),  # a name after the imperative
    (["Later Tamsin Reeve drew the ship.", "Orvel sailed from Mirn."], {"tamsin", "reeve"}),
])
def test_names_around_an_imperative_are_kept(texts: list[str], persons: set[str]) -> None:
    words = Words("en")
    assert {words.name_stem(p) for p in persons} <= find_names(texts, words).persons
