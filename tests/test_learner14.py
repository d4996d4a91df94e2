"""Round 14, a learner of a Russian pack driving the app in tmux: suspending (Ctrl+S), burying, bringing a card
back and the other replies to a command said in English ("Suspended (/unsuspend brings it back): ...", "Buried until
tomorrow: ...", "Say how many: /more 10"); they are said in the pack's language, as the rest of the study is. An
English pack reads what it read before (test_conversation). Fails before the fix."""

from __future__ import annotations

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
