"""A question asked in a study session that leans on a pronoun ("why did they extend it?", "who is she?", "почему её
продлили?", "а кто это?") is about the card just graded (or, before any, the one asked): `Tutor.ask(..., about=card)`,
driven here through `Conversation` on made-up packs (a harbour town's toll and a guild's market charter, both
"extended", in two sections; no pack's subject). Read alone, such a question is about whatever the text says of its
few words; read with the card, about the card. A question that names its own subject is read as without a card; the
notes still decide: the reply is their sentences and cites their section, says the text gives no reason when it gives
none, and declines what they do not say. The Ask mode (no card) is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from studybot.conversation import Conversation
from studybot.core.packs import load_pack
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.about import AFTER_PREPOSITIONS, leans
from studybot.services import AppConfig, Services
from studybot.tui.app import build_app

from .test_app import answer, bubbles, started, wait_for

SECTIONS_EN = """\
sections:
  - id: harbour
    title: Harbour dues
    notes: |
      The council extended the harbour toll on fishing boats by two years, because the new pier had to be paid for.
      The toll is charged on every boat that lands fish at Lowmere.
  - id: market
    title: The market charter
    notes: |
      The guild extended the market charter to the wool traders of the valley.
      Augusta Venn, the clerk of the guild, wrote the first charter by hand.
"""
CARDS_EN = {
    "toll": """\
  - id: toll
    section: harbour
    kind: short
    prompt: By how many years did the council extend the harbour toll on fishing boats?
    answer: two years
""",
    "charter": """\
  - id: charter
    section: market
    kind: short
    prompt: To which traders did the guild extend the market charter?
    answer: the wool traders
""",
    "clerk": """\
  - id: clerk
    section: market
    kind: short
    prompt: Who wrote the first market charter?
    answer: Augusta Venn
""",
}
SECTIONS_RU = """\
sections:
  - id: pristan
    title: Пристань
    notes: |
      Городской совет продлил пошлину на рыбацкие лодки ещё на два года, потому что новую пристань надо было оплатить.
      Пошлину берут с каждой лодки, которая привозит рыбу в Лоумир.
  - id: yarmarka
    title: Ярмарочная грамота
    notes: |
      Гильдия продлила ярмарочную грамоту торговцам шерстью из долины.
      Первую грамоту от руки написала Августа Венн, писарь гильдии.
"""
CARDS_RU = {
    "charter": """\
  - id: charter
    section: yarmarka
    kind: short
    prompt: Каким торговцам гильдия продлила ярмарочную грамоту?
    answer: торговцам шерстью
""",
    "clerk": """\
  - id: clerk
    section: yarmarka
    kind: short
    prompt: Кто написал первую ярмарочную грамоту?
    answer: Августа Венн
""",
    "toll": """\
  - id: toll
    section: pristan
    kind: short
    prompt: На сколько лет совет продлил пошлину на рыбацкие лодки?
    answer: на два года
""",
}
RIGHT = {"toll": {"en": "two years", "ru": "на два года"},
         "charter": {"en": "the wool traders", "ru": "торговцам шерстью"},
         "clerk": {"en": "Augusta Venn", "ru": "Августа Венн"}}


def write_pack(folder: Path, language: str, first: str) -> Path:
    """The pack of `language` with the card `first` asked first (a session asks new cards in pack order)."""
    cards = CARDS_EN if language == "en" else CARDS_RU
    order = [first, *(c for c in cards if c != first)]
    text = (f"format: 1\nid: lowmere-{language}\ntitle: Lowmere\nlanguage: {language}\n"
            + (SECTIONS_EN if language == "en" else SECTIONS_RU) + "cards:\n" + "".join(cards[c] for c in order))
    path = folder / f"lowmere-{language}-{first}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def study(tmp_path, clock):
    """A conversation on the made-up pack of a language, its card `first` asked first; `graded`: answered (right)."""
    opened: list[Services] = []

    def start(language: str, first: str, graded: bool = True) -> Conversation:
        services = Services(AppConfig(write_pack(tmp_path, language, first), tmp_path / f"p{len(opened)}.db", "ann",
                                      clock))
        services.open()
        opened.append(services)
        talk = Conversation(services)
        talk.start()
        assert talk.card is not None and talk.card.id == first
        if graded:
            assert talk.handle(RIGHT[first][language])[0].kind == "right"
        return talk

    yield start
    for services in opened:
        services.close()


def asked(talk: Conversation, question: str):
    """The tutor's message in reply to a question (the first message), and the whole exchange."""
    messages = talk.handle(question)
    return messages[0], messages


def alone(talk: Conversation, question: str):
    """The reply to a question read alone (as the Ask mode reads it)."""
    return talk.services.tutor.ask(question)


# ----------------------------------------------------------------- it, they, he, это: the card just graded


@pytest.mark.parametrize(("language", "question"), [("en", "why did they extend it?"), ("ru", "почему её продлили?")])
def test_why_about_the_card_just_graded_says_the_text_gives_no_reason_for_its_extension(study, language, question):
    talk = study(language, "charter")
    reply, _ = asked(talk, question)
    assert reply.kind == "reply"
    charter = "market charter" if language == "en" else "ярмарочную грамоту"
    assert charter in reply.text  # the card's extension, not the toll's ...
    assert ("Harbour dues" if language == "en" else "Пристань") not in reply.text
    no_reason = "The text gives no reason" if language == "en" else "Причины этого текст не называет"
    assert reply.text.startswith(no_reason)  # ... of which the notes give no reason: it is said so
    assert ("The market charter" if language == "en" else "Ярмарочная грамота") in reply.text  # its section
    read_alone = alone(talk, question)  # the bug: read alone, the one extension given a reason answered
    assert read_alone.section_id == ("harbour" if language == "en" else "pristan")


@pytest.mark.parametrize(("language", "question"), [("en", "why did they extend it?"), ("ru", "почему его продлили?")])
def test_why_about_the_card_just_graded_gives_the_reason_the_notes_give(study, language, question):
    talk = study(language, "toll")
    reply, _ = asked(talk, question)
    assert reply.kind == "reply"
    assert ("new pier" if language == "en" else "новую пристань") in reply.text
    assert ("Harbour dues" if language == "en" else "Пристань") in reply.text


@pytest.mark.parametrize(("language", "question"), [("en", "who is she?"), ("ru", "а кто это?")])
def test_who_is_she_is_the_person_the_card_names(study, language, question):
    talk = study(language, "clerk")
    reply, _ = asked(talk, question)
    assert reply.kind == "reply"
    assert ("Augusta Venn, the clerk" if language == "en" else "писарь гильдии") in reply.text
    assert alone(talk, question).kind == "decline"  # alone it names nothing to look up


@pytest.mark.parametrize(("language", "question"), [("en", "who is she?"), ("ru", "а кто она?")])
def test_who_is_she_after_a_card_naming_no_one_has_nothing_to_look_up(study, language, question):
    talk = study(language, "charter")  # the guild, the charter, the wool traders: no person
    reply, _ = asked(talk, question)
    assert reply.kind == "decline" and reply.text == alone(talk, question).text


def test_before_any_answer_the_card_asked_is_the_one_meant(study):
    talk = study("en", "charter", graded=False)
    reply, messages = asked(talk, "why did they extend it?")
    assert "market charter" in reply.text and reply.text.startswith("The text gives no reason")
    assert messages[-1].kind == "system" and "To which traders" in messages[-1].text  # back to the question


# ----------------------------------------------------------------- what the card does not change


@pytest.mark.parametrize(("language", "question"), [
    ("en", "who paid for it?"),  # alone: the toll (the pier "had to be paid for"); of the charter the notes say not
    ("ru", "кто за неё заплатил?"),
])
def test_a_question_on_the_card_the_notes_do_not_answer_is_declined(study, language, question):
    talk = study(language, "charter")
    reply, _ = asked(talk, question)
    assert reply.kind == "decline"


@pytest.mark.parametrize(("language", "question"), [
    ("en", "who is Augusta Venn?"),
    ("en", "why did the council extend the harbour toll?"),
    ("en", "why did Augusta Venn write it?"),  # a pronoun, but a name: the question says whom it asks about
    ("ru", "почему совет продлил пошлину на лодки?"),
])
def test_a_question_naming_its_own_subject_is_read_as_without_a_card(study, language, question):
    talk = study(language, "charter")
    reply, _ = asked(talk, question)
    read_alone = alone(talk, question)
    assert reply.text == read_alone.text and reply.kind == {"answer": "reply"}.get(read_alone.kind, read_alone.kind)
    assert talk.services.tutor.ask(question, about=talk.session.history[-1].card) == read_alone


async def test_the_app_shows_the_reply_about_the_card_just_graded(tmp_path, clock):
    app = build_app(write_pack(tmp_path, "en", "charter"), tmp_path / "progress.db", "ann", clock=clock)
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer(pilot, app, "the wool traders")
        assert bubbles(app, "right")
        app.screen.query_one("#answer", Input).value = "why did they extend it?"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: bubbles(app, "reply") or bubbles(app, "decline"))
        reply = bubbles(app, "reply")[-1]
        assert reply.startswith("The text gives no reason") and "The guild extended the market charter" in reply
        assert "(from: The market charter)" in reply and "pier" not in reply


def test_without_a_card_the_question_is_read_alone(tmp_path):
    pack = load_pack(write_pack(tmp_path, "en", "charter"))
    tutor = Tutor(pack, cache=False)
    assert tutor.ask("why did they extend it?").section_id == "harbour"  # the one extension given a reason
    assert tutor.ask("who is she?").kind == "decline"
    assert tutor.ask("why did they extend it?", about=pack.cards[0]).section_id == "market"  # the card's


@pytest.mark.parametrize(("language", "question", "leaning"), [
    ("en", "why did they extend it?", True),
    ("en", "when was that?", True),
    ("en", "who is she?", True),
    ("en", "who is Augusta Venn?", False),  # no pronoun
    ("en", "why did Augusta Venn write it?", False),  # a name
    ("en", "why did they give the wool traders of the valley a charter?", False),  # says enough itself
    ("ru", "почему её продлили?", True),
    ("ru", "кто за неё заплатил?", True),  # a pronoun after a preposition
    ("ru", "почему Августа Венн её написала?", False),
])
def test_which_questions_lean_on_the_card(tmp_path, language, question, leaning):
    tutor = Tutor(load_pack(write_pack(tmp_path, language, "charter")), cache=False)
    text = normalise(question)
    pronouns = tutor.words.tw.pronouns | AFTER_PREPOSITIONS.get(language, frozenset())
    assert leans(text, tutor.analyser.question(question, text), pronouns) is leaning
