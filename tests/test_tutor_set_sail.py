"""A ship that "set sail" left (issue #12): "when did the Vega set sail?" is answered by "The Vega left Bergen on 3
May 1900" (`TutorWords.phrasals`: a multi-word verb read as the one word it means). Shown on small notes written
here, with a question they do not answer, which is still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
The sealer Vega was built in Bremerhaven in 1872 for the Arctic fisheries.
The Vega left Bergen on 3 May 1900 with twelve men, forty dogs and coal for two years.
She reached the ice edge in July and was frozen in near Cape Mora in September.
"""


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(Pack(id="vega-sail", title="Vega", language="en", cards=(),
                      sections=(Section(id="s", title="The voyage", notes=NOTES),)), cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "expected"), [
    ("when did the Vega set sail?", "3 May 1900"),
    ("where did the vega set sail from", "Bergen"),
])
def test_setting_sail_is_leaving(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in reply.sentences[0]


def test_a_voyage_the_notes_do_not_tell_is_declined(tutor):
    assert tutor.ask("when did the Vega set sail for Australia?").kind == "decline"
