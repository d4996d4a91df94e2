"""The sentence right after an answer joins the reply when it covers the question as fully and goes on with the
answer (issue #12, core/tutor/going_on.py): it opens by referring back to it, by a pronoun ("It equals ...", "Её
рассчитывают ...") or by naming again what the answer and the question name ("The tithe of Orne equals ..."). A
sentence that does not open so, or that names a subject of its own the question does not ask, stays out (see also
test_tutor_english_kinds: "Ostry did not sign"). Invented notes, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import tutor_on

TITHE = "The tithe of Orne is the share of the harvest that each farm owes the abbey every autumn.\n"
TITHE_RU = "Десятина Орны — это доля урожая, которую каждое хозяйство осенью отдаёт аббатству.\n"


def _reply(notes: str, question: str, language: str = "en") -> tuple[str, ...]:
    tutor: Tutor = tutor_on(notes, "The abbey" if language == "en" else "Аббатство", language=language)
    reply = tutor.ask(question)
    assert reply.kind == "answer"
    return reply.sentences


@pytest.mark.parametrize(("notes", "question", "language", "going_on"), [
    (TITHE + "The tithe of Orne equals the number of sheaves divided by ten.\n",  # the same thing named again
     "How is the tithe of Orne worked out?", "en", "equals the number of sheaves"),
    (TITHE + "It equals the number of sheaves divided by ten.\n",  # a pronoun
     "How is the tithe of Orne worked out?", "en", "It equals"),
    (TITHE_RU + "Её рассчитывают так: число снопов делят на десять.\n",
     "Как рассчитывают десятину Орны?", "ru", "Её рассчитывают"),
])
def test_the_sentence_that_goes_on_with_the_answer_joins_it(notes: str, question: str, language: str,
                                                            going_on: str) -> None:
    sentences = _reply(notes, question, language)
    assert sentences[0].startswith(TITHE.strip()[:20] if language == "en" else TITHE_RU.strip()[:20])
    assert any(going_on in s for s in sentences)


def test_a_sentence_that_does_not_refer_back_stays_out() -> None:
    """It says what the question asks, but opens on a subject of its own: it competes with the answer."""
    sentences = _reply(TITHE + "In most years the number of sheaves divided by ten worked out the tithe of Orne.\n",
                       "How is the tithe of Orne worked out?")
    assert sentences == (TITHE.strip(),)
