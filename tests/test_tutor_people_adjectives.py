"""An English adjective of a people or a place is its name's stem and a suffix ("European" of Europe, "Italian" of
Italy, "Indian" of India, "Japanese" of Japan, `name_adjectives.PEOPLE_SUFFIXES`): a question naming the place meets a
sentence saying the adjective, and the other way round, when one of them is a name of the pack's. A common word one
suffix short of a name ("germ" / "German") is no name. Invented notes; each row: the question and the fact a teacher
expects in the reply, or None when the notes do not answer it."""

from __future__ import annotations

import pytest

from studybot.core.tutor.name_adjectives import named_by
from tests.notes import says, tutor_on

NOTES = """\
The Varn Guild sold its blue cloth to European merchants from 1702, and the Japanese court bought it from 1731.

In 1745 the Indian weavers of Surat copied the Varn dye.

Varn cloth kept a germ of rot out of the wool, the Guild said; the dyers of Varn never told anyone their recipe.
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("When did the guild start selling its cloth in Europe?", "1702"),
    ("When did Japan start buying Varn cloth?", "1731"),
    ("When did weavers in India copy the Varn dye?", "1745"),
    ("When did the Varn Guild start selling cloth in Africa?", None),  # no other place's adjective
])
def test_a_place_meets_its_adjective(question: str, fact: str | None) -> None:
    tutor = tutor_on(NOTES, "The Varn Guild")
    reply = tutor.ask(question)
    assert (reply.kind == "decline") if fact is None else says(tutor, question, fact), reply.text


@pytest.mark.parametrize(("stem", "names", "found"), [
    ("european", frozenset({"europ"}), {"europ"}),  # the adjective of a name of the pack's
    ("europ", frozenset({"european"}), {"european"}),  # ... and the name, of its adjective
    ("itali", frozenset({"italian"}), {"italian"}),
    ("japan", frozenset({"japanes"}), {"japanes"}),
    ("india", frozenset({"indian"}), {"indian"}),
    ("germ", frozenset({"german"}), set()),  # four letters and "-an": a common word, no name
    ("german", frozenset({"germ"}), set()),
    ("european", frozenset(), set()),  # neither is a name of the pack's
])
def test_english_people_suffixes(stem: str, names: frozenset[str], found: set[str]) -> None:
    from studybot.core.lexicon_tutor import ENGLISH_TUTOR
    assert named_by(stem, ENGLISH_TUTOR, names, "en") == found
