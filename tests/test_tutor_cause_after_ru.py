"""A sentence that opens with a word for a cause ("Причиной считают ...", "The reason was ...") gives the reason for
what the sentence before it tells: a "why" question answered by that sentence is shown it too (`tutor.replies`).
Shown on small notes written here (no pack's subject), in Russian and English."""

from __future__ import annotations

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor, replies

NOTES = """\
Осенью 1655 года шхуна «Чайка» пришла в порт Мирен с грузом кожи.
Через неделю испанские купцы отказались покупать кожу у капитана Рудова.
Причиной считают слух о болезни скота в его родной губернии.
Рудов продал кожу в соседнем порту за полцены и вернулся домой весной.
"""
PACK = Pack(id="chaika", title="Шхуна", language="ru", cards=(),
            sections=(Section(id="s", title="Шхуна «Чайка»", notes=NOTES),))

NOTES_EN = """\
In the autumn of 1655 the schooner Gull reached the port of Miren with a cargo of hides.
A week later the merchants of Miren refused to buy hides from Captain Rudd.
The main reason was a rumour of cattle plague in his home county.
Rudd sold the hides in the next port at half price and sailed home in spring.
"""
PACK_EN = Pack(id="gull", title="The Gull", language="en", cards=(),
               sections=(Section(id="s", title="The schooner Gull", notes=NOTES_EN),))

CASES = [(PACK, "почему испанцы не стали покупать кожу", "слух о болезни скота"),
         (PACK_EN, "why did the merchants refuse to buy the hides?", "rumour of cattle plague")]


def test_the_reason_opening_the_sentence_after_joins_the_answer():
    for pack, question, reason in CASES:
        reply = Tutor(pack, cache=False).ask(question)
        assert reply.kind == "answer" and reason in reply.text and not reply.no_reason


def test_questions_the_notes_do_not_answer_are_still_declined():
    for question in ("почему купцы сожгли шхуну", "почему рудов женился", "кто построил порт мирен"):
        assert Tutor(PACK, cache=False).ask(question).kind == "decline"
    assert Tutor(PACK_EN, cache=False).ask("why did Captain Rudd marry?").kind == "decline"


def test_without_the_rule_the_reason_is_left_out(monkeypatch):
    monkeypatch.setattr(replies, "_opens_with_cause", lambda doc, ranker: False)
    pack, question, reason = CASES[0]
    reply = Tutor(pack, cache=False).ask(question)
    assert reason not in reply.text and reply.no_reason
