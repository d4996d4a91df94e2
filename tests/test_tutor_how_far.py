"""'How far from X ...?' asks a distance: "far from" is not read there as the idiom of negation it is elsewhere ("far
from perfect": "not perfect"; `lexicon.PHRASES`), so the question keeps its "far" (a length asked) and gains no "not"
that a sentence denying something would meet. Shown on small notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.language import language
from studybot.core.packs import Pack, Section
from studybot.core.phrases import rewrite_phrases
from studybot.core.text import normalise
from studybot.core.tutor import Tutor

NOTES = """\
The keeper's cottage stands beside the tower of the Grey Point light.
The fishing boats of Grey Point did not go out for cod in winter, when ice 2 m thick closed the harbour.
In summer the fishing boats of Grey Point went up to 40 km from the harbour for cod.
"""
PACK = Pack(id="greypoint", title="Grey Point", language="en", cards=(),
            sections=(Section(id="s", title="The fishing boats", notes=NOTES),))


@pytest.mark.parametrize(("text", "read"), [
    ("how far from the hive do bees go", "how far from the hive do bees go"),
    ("how far from home", "how far from home"),
    ("the result was far from perfect", "the result was not perfect"),  # the idiom stays a negation
    ("far from over", "not over"),
])
def test_how_far_from_is_a_distance(text, read):
    assert rewrite_phrases(text, language("en")) == read


def test_the_tutor_ranks_and_answers_how_far_from_with_the_distance():
    tutor = Tutor(PACK, cache=False)
    question = "How far from the harbour did the fishing boats go for cod?"
    ranked = tutor.ranker.rank(tutor.analyser.question(question, normalise(question)))
    assert "40 km" in ranked[0].doc.text  # not the sentence that says "did not go"
    reply = tutor.ask(question)
    assert reply.kind == "answer" and "40 km" in reply.sentences[0]
