"""Round 14, a learner driving the app in tmux. On a Russian pack, suspending (Ctrl+S), burying, bringing a card
back and the other replies to a command said in English ("Suspended (/unsuspend brings it back): ...", "Buried until
tomorrow: ...", "Say how many: /more 10"); they are said in the pack's language, as the rest of the study is. An
English pack reads what it read before (test_conversation). After a tutor's reply or /source, "Back to the question"
gives a choice's options, an order's items and a cloze's text, not its prompt alone. Each test fails before its fix."""

from __future__ import annotations

import pytest

from studybot.conversation import Conversation

from .test_conversation import open_services
from .test_learner_russian_wording import english_in, russian_pack  # noqa: F401 (a fixture)


def test_putting_a_card_away_and_back_is_said_in_russian(russian_pack, db_path, clock):  # noqa: F811
    services = open_services(russian_pack, db_path, clock)
    talk = Conversation(services)
    talk.start()
    first = talk.card
    assert first is not None
    said = [m.text for m in talk.handle("/suspend")]
    said += [m.text for m in talk.handle("/unsuspend")]
    said += [m.text for m in talk.handle("/unsuspend")]  # nothing left to bring back
    said += [m.text for m in talk.handle("/bury")]
    said += [m.text for m in talk.handle("/more много")]
    said += [m.text for m in talk.handle("/end")]
    said += [m.text for m in talk.handle("/bury")]  # no card now
    services.close()
    text = "\n".join(said)
    assert english_in(text) == [], text
    for english in ("Suspended", "Unsuspended", "No suspended card", "Buried", "Say how many", "no card to put"):
        assert english not in text, text
    assert f"Карточка больше не задаётся (/unsuspend вернёт её): {first.prompt}" in text
    assert f"Карточка снова задаётся: {first.prompt}" in text
    assert "Отложено до завтра: " in text and "Укажите, сколько: /more 10" in text
    assert "Нет остановленной карточки" in text and "Нет карточки, которую можно убрать." in text


@pytest.mark.parametrize(("kind", "shown"), [("choice", "  a) "), ("order", "  1. "), ("cloze", "[1]____")])
@pytest.mark.parametrize("asked", ["When was the town founded?", "/source"])
def test_back_to_a_question_gives_what_its_answer_needs(mini_pack_path, db_path, clock, kind, shown, asked):
    # at 80x24 a tutor's reply or the section's notes pushed a choice's options out of view, and "Back to the
    # question: Which was built first?" left the learner to type a letter for options they could not see
    services = open_services(mini_pack_path, db_path, clock, new_limit=20, learn_ahead=0)
    talk = Conversation(services)
    said = talk.start()
    for _ in range(12):
        if talk.card is not None and talk.card.kind == kind:
            break
        said = talk.handle("/skip")
    card = talk.card
    assert card is not None and card.kind == kind
    question = [m.text for m in said if m.kind == "tutor"][-1]
    note = talk.handle(asked)[-1].text
    services.close()
    assert ("Back to the question: " in note or note.startswith("Read before answering")) and shown in note
    # the options, items or text as they were shown, in the same order
    assert [line for line in note.splitlines() if line.startswith("  ")] == \
        [line for line in question.splitlines() if line.startswith("  ")]


def test_back_to_a_short_question_is_its_prompt(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock)
    talk = Conversation(services)
    talk.start()
    card = talk.card
    assert card is not None and card.kind == "short"
    note = talk.handle("When was the town founded?")[-1].text
    services.close()
    assert note == f"Back to the question: {card.prompt}"


def test_cards_a_summary_said_were_left_are_not_announced_as_due_again(mini_pack_path, db_path, clock):
    # /end with cards left: the summary says "N left: press F2 (or type /go) to go on.", and the header's next
    # refresh added "N cards due again: press F2 to go on." under it, for the very same cards
    services = open_services(mini_pack_path, db_path, clock, new_limit=3, learn_ahead=0)
    talk = Conversation(services)
    talk.start()
    talk.handle("the mayor")  # wrong: due again in a minute
    summary = talk.handle("/end")[-1].text
    at_once = talk.status()
    clock.advance(minutes=5)  # the failed card falls due besides the two new ones the summary counted
    later = talk.status()
    services.close()
    assert "2 left" in summary
    assert at_once is not None and at_once[1] == ""
    assert later is not None and later[1] == "3 cards due again: press F2 to go on."


@pytest.mark.parametrize("line", ["что пора повторить?", "Сколько карточек осталось?", "а что ещё осталось",
                                  "что на повторение сегодня?"])
def test_asking_what_is_due_in_russian_says_what_is_left(russian_pack, db_path, clock, line):  # noqa: F811
    # "что пора повторить?" went to the tutor as a question about the text and was answered with a sentence of the
    # notes; "what's due" had no Russian words
    services = open_services(russian_pack, db_path, clock)
    talk = Conversation(services)
    talk.start()
    said = talk.handle(line)
    services.close()
    assert len(said) == 1 and said[0].text.startswith("Осталось в этом занятии"), said


@pytest.mark.parametrize("line", ["повторить", "сколько осталось солдат?", "что осталось от крепости?"])
def test_an_answer_or_a_question_with_those_words_is_not_a_request(line):
    from studybot.sayings import said

    assert said(line) is None
