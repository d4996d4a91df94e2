"""Every command of the study conversation, driven through `Conversation` on the mini
pack with a temporary progress.db, checked in the messages and in the store's rows.

The mini pack asks its new cards in pack order, its two sections taking turns:
harbour-master ("Who is the harbour master of Saltbay?", answer Marta Olsen, section
port) first, founded ("When was the town founded?", section history) second. The clock is fixed at
2026-01-05 09:00 UTC and tests run in UTC, so the study day is 2026-01-05 and the next
one starts at 2026-01-06 04:00.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from studybot.conversation import Conversation
from studybot.core.session import SessionOptions
from studybot.services import AppConfig, Services

FIRST = "Who is the harbour master of Saltbay?"
SECOND = "When was the town founded?"
TODAY = "2026-01-05"
NEW_CARDS = 9  # cards in the mini pack
EVERY_COMMAND = ("hint", "skip", "show", "right", "wrong", "undo", "why", "source", "suspend", "unsuspend", "bury",
                 "due", "more", "ahead", "go", "end", "help")


def open_services(mini_pack_path, db_path, clock, **options) -> Services:
    services = Services(AppConfig(mini_pack_path, db_path, "ann", clock, SessionOptions(**options)))
    services.open()
    return services


@pytest.fixture
def services(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock)
    yield services
    services.close()


@pytest.fixture
def talk(services):
    """A conversation that has asked its first question."""
    conversation = Conversation(services)
    assert [(m.kind, m.text.splitlines()[0]) for m in conversation.start()] == [("tutor", FIRST)]
    return conversation


def rows(services, sql: str, *args) -> list[tuple]:
    return services.store.conn.execute(sql, args).fetchall()


def reviews(services) -> list[tuple]:
    """(card, answer, correct, rating, override, undone) of every review, oldest first."""
    return rows(services, "SELECT card_id, answer, correct, rating, override, undone FROM reviews ORDER BY id")


def day_totals(services) -> list[tuple]:
    """(day, reviews, right) of every study day in review_days."""
    return rows(services, "SELECT day, reviews, correct FROM review_days ORDER BY day")


def card_row(services, card_id: str) -> tuple:
    """(state, suspended, buried_until, due) of one card."""
    return rows(services, "SELECT state, suspended, buried_until, due FROM cards WHERE card_id=?", card_id)[0]


def kinds(messages) -> list[str]:
    return [m.kind for m in messages]


# ----------------------------------------------------------------- answers and questions


def test_a_right_answer_is_graded_recorded_and_the_next_question_asked(talk, services):
    messages = talk.handle("Marta Olsen")
    assert kinds(messages) == ["right", "tutor"]
    assert messages[0].text.startswith("✓ Right.")
    assert messages[1].text.startswith(SECOND)
    assert reviews(services) == [("harbour-master", "Marta Olsen", 1, 3, None, 0)]  # Good
    assert day_totals(services) == [(TODAY, 1, 1)]


def test_a_wrong_answer_is_graded_wrong_and_recorded(talk, services):
    messages = talk.handle("the mayor")
    assert kinds(messages) == ["wrong", "tutor"]
    assert "Answer: Marta Olsen" in messages[0].text
    assert reviews(services) == [("harbour-master", "the mayor", 0, 1, None, 0)]  # Again
    assert day_totals(services) == [(TODAY, 1, 0)]


def test_a_line_ending_in_a_question_mark_goes_to_the_tutor(talk, services):
    messages = talk.handle("When was the town founded?")
    assert kinds(messages) == ["reply", "system"]
    assert "1788" in messages[0].text
    assert messages[1].text == f"Back to the question: {FIRST}"
    assert reviews(services) == []  # a question is not an answer
    assert kinds(talk.handle("Marta Olsen")) == ["right", "tutor"]  # the same card is still asked


def test_a_tutor_failure_is_shown_as_an_error_not_a_decline(talk, services, monkeypatch):
    def broken(question, about=None, answered=True):
        raise RuntimeError("injected fault")

    monkeypatch.setattr(services.tutor, "ask", broken)
    messages = talk.handle("When was the town founded?")
    assert kinds(messages) == ["error"]
    assert "injected fault" in messages[0].text and "bug" in messages[0].text
    assert reviews(services) == []
    assert kinds(talk.handle("Marta Olsen")) == ["right", "tutor"]  # the session goes on


def test_an_empty_line_does_nothing(talk, services):
    assert talk.handle("   ") == []
    assert reviews(services) == []


# ----------------------------------------------------------------- /hint


def test_hint_reveals_more_each_time_up_to_three_levels(talk, services):
    hints = [talk.handle("/hint") for _ in range(4)]
    assert all(kinds(h) == ["hint"] for h in hints)
    assert [h[0].text for h in hints] == [
        "Hint: 2 words, starting with 'M'",
        "Hint: M____ O____",
        "Hint: Ma___ Ol___",
        "Hint: Ma___ Ol___",  # the last level stays
    ]
    assert reviews(services) == []


def test_hint_starts_again_for_the_next_question(talk):
    talk.handle("/hint")
    talk.handle("/hint")
    talk.handle("Marta Olsen")
    assert talk.handle("/hint")[0].text == "Hint: it was in 1788"  # level 1 of founded


def test_a_right_answer_after_a_hint_is_rated_at_most_hard(talk, services):
    talk.handle("/hint")
    messages = talk.handle("Marta Olsen")
    [(_, _, correct, rating, _, _)] = reviews(services)
    assert correct == 1 and rating <= 2
    assert messages[0].text.startswith("✓ Right with a hint: counted as Hard.")


# ----------------------------------------------------------------- /skip


def test_skip_puts_the_question_aside_without_recording_it(talk, services):
    messages = talk.handle("/skip")
    assert kinds(messages) == ["system", "tutor"]
    assert messages[0].text == f"Skipped: {FIRST}"
    assert messages[1].text.startswith(SECOND)
    assert reviews(services) == []
    assert card_row(services, "harbour-master")[:3] == (0, 0, None)  # still new, not suspended or buried
    # put aside for this session: left are the cards but the skipped one and the one asked
    assert talk.handle("/due")[0].text.endswith(f": {NEW_CARDS - 2} (0 learning, 0 reviews, {NEW_CARDS - 2} new).")


# ----------------------------------------------------------------- /right and /wrong


def test_wrong_after_a_right_answer_is_recorded_as_overridden_and_moves_the_day_totals(talk, services):
    talk.handle("Marta Olsen")
    due_when_right = card_row(services, "harbour-master")[3]
    assert day_totals(services) == [(TODAY, 1, 1)]
    messages = talk.handle("/wrong")
    assert kinds(messages) == ["system"] and messages[0].text.startswith("Marked wrong by you")
    assert reviews(services) == [("harbour-master", "Marta Olsen", 0, 1, "wrong", 0)]  # now Again
    assert day_totals(services) == [(TODAY, 1, 0)]  # one review: 0 right, 1 wrong
    assert card_row(services, "harbour-master")[3] < due_when_right  # asked again sooner
    assert "1 answer, 0 right (0%)" in talk.handle("/end")[-1].text


def test_right_after_a_wrong_answer_is_recorded_as_overridden_and_moves_the_day_totals(talk, services):
    talk.handle("the mayor")
    due_when_wrong = card_row(services, "harbour-master")[3]
    messages = talk.handle("/right")
    assert kinds(messages) == ["system"] and messages[0].text.startswith("Marked right by you")
    assert messages[0].text.endswith("Next review: in 10 minutes.")  # Good on a new card: its 10-minute step
    assert reviews(services) == [("harbour-master", "the mayor", 1, 3, "right", 0)]  # now Good
    assert day_totals(services) == [(TODAY, 1, 1)]
    assert card_row(services, "harbour-master")[3] > due_when_wrong


def test_agreeing_with_the_grade_is_not_an_override(talk, services):
    talk.handle("Marta Olsen")
    talk.handle("/right")
    assert reviews(services) == [("harbour-master", "Marta Olsen", 1, 3, None, 0)]
    assert day_totals(services) == [(TODAY, 1, 1)]


@pytest.mark.parametrize("command", ["/right", "/wrong"])
def test_override_before_any_answer(talk, services, command):
    assert [(m.kind, m.text) for m in talk.handle(command)] == [
        ("system", "There is no graded answer to change yet.")]
    assert reviews(services) == [] and day_totals(services) == []


# ----------------------------------------------------------------- /undo


def test_undo_takes_back_the_answer_and_asks_again(talk, services):
    talk.handle("the mayor")
    messages = talk.handle("/undo")
    assert [(m.kind, m.text) for m in messages] == [
        ("system", "Took back your last answer. Here it is again:"),
        ("tutor", f"{FIRST}\n— The port")]  # as it was first asked, with its section
    assert reviews(services) == [("harbour-master", "the mayor", 0, 1, None, 1)]  # kept, marked undone
    assert day_totals(services) == [(TODAY, 0, 0)]
    assert card_row(services, "harbour-master")[0] == 0  # new again
    assert kinds(talk.handle("Marta Olsen")) == ["right", "tutor"]  # answered again, same card
    assert day_totals(services) == [(TODAY, 1, 1)]


def test_undo_with_nothing_to_undo(talk, services):
    assert [(m.kind, m.text) for m in talk.handle("/undo")] == [("system", "There is nothing to undo.")]
    assert reviews(services) == []


# ----------------------------------------------------------------- /why


def test_why_explains_the_last_answered_card(talk):
    talk.handle("Marta Olsen")  # the next question is now founded
    assert [(m.kind, m.text) for m in talk.handle("/why")] == [
        ("reply", "About the last question (Who is the harbour master of Saltbay?), not this one:\n"
                  "Why: The notes name Marta Olsen as harbour master.\n(from: The port)")]


def test_why_with_nothing_asked_or_answered(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock, new_limit=0)
    conversation = Conversation(services)
    try:
        assert kinds(conversation.start()) == ["summary"]  # nothing to study today
        assert [(m.kind, m.text) for m in conversation.handle("/why")] == [
            ("system", "There is nothing to explain yet: answer first.")]
    finally:
        services.close()


# ----------------------------------------------------------------- /suspend and /bury


def test_suspend_stops_asking_the_card(talk, services):
    messages = talk.handle("/suspend")
    assert kinds(messages) == ["system", "tutor"]
    assert messages[0].text == f"Suspended (/unsuspend brings it back): {FIRST}"
    assert messages[1].text.startswith(SECOND)
    assert card_row(services, "harbour-master")[1] == 1
    assert talk.handle("/due")[0].text.endswith(f"{NEW_CARDS - 2} new).")  # not the suspended one, nor the one asked


def test_bury_puts_the_card_away_until_the_next_study_day(talk, services, clock):
    messages = talk.handle("/bury")
    assert kinds(messages) == ["system", "tutor"]
    assert messages[0].text == f"Buried until tomorrow: {FIRST}"
    assert messages[1].text.startswith(SECOND)
    buried_until = datetime.fromisoformat(card_row(services, "harbour-master")[2])
    assert buried_until == datetime(2026, 1, 6, 4, 0, tzinfo=UTC)
    assert talk.handle("/due")[0].text.endswith(f"{NEW_CARDS - 2} new).")  # not the buried one, nor the one asked
    clock.now = datetime(2026, 1, 6, 3, 59, tzinfo=UTC)  # still the same study day
    assert talk.handle("/due")[0].text.endswith(f"{NEW_CARDS - 2} new).")
    clock.now = datetime(2026, 1, 6, 4, 0, tzinfo=UTC)
    assert talk.handle("/due")[0].text.endswith(f"{NEW_CARDS - 1} new).")


# ----------------------------------------------------------------- /due


def test_due_gives_the_counts_of_the_header(talk, clock):
    """"what's due" says what the header says ("card 1 · 8 left"), by queue (learner finding 8:
    it said "Due now: 0 reviews" while the header counted the learning cards)."""
    assert "card 1 · 8 left ·" in talk.welcome()
    assert [(m.kind, m.text) for m in talk.handle("/due")] == [
        ("reply", f"Left in this session besides this question: {NEW_CARDS - 1} (0 learning, 0 reviews, "
                  f"{NEW_CARDS - 1} new).")]
    talk.handle("the mayor")  # wrong: a learning card, back after the first step (1 minute)
    assert "card 2 · 8 left, 1 of them learning ·" in talk.welcome()
    assert talk.handle("/due")[0].text == ("Left in this session besides this question: 8 (1 learning, 0 reviews, "
                                           "7 new).")
    talk.handle("/end")
    assert talk.handle("/due")[0].text == "Left in this session: 9 (1 learning, 0 reviews, 8 new)."


# ----------------------------------------------------------------- /end


def test_end_gives_a_summary_once(talk, services):
    talk.handle("Marta Olsen")
    messages = talk.handle("/end")
    assert kinds(messages) == ["system", "summary"]  # the question asked is said to be left unanswered
    assert messages[0].text == f"Left unanswered, not counted (it will be asked again): {SECOND}"
    assert messages[1].text.startswith("Session done: 1 answer, 1 right (100%)")
    assert talk.finished and talk.card is None
    assert [(m.kind, m.text) for m in talk.handle("/end")] == [
        ("system", "Nothing more is due. Ask a question (end it with ?), /more N for new cards, /ahead to "
                   "practise ahead, or quit.")]


def test_after_the_end_lines_go_to_the_tutor_and_nothing_is_graded(talk, services):
    talk.handle("/end")
    assert kinds(talk.handle("Marta Olsen")) in (["reply"], ["decline"])
    assert [(m.kind, m.text) for m in talk.handle("/hint")] == [
        ("system", "There is no question to hint at right now.")]
    assert [(m.kind, m.text) for m in talk.handle("/skip")] == [("system", "There is no question to skip.")]
    assert reviews(services) == []


# ----------------------------------------------------------------- /help and unknown commands


def test_help_lists_every_command(talk):
    [message] = talk.handle("/help")
    assert message.kind == "system"
    listed = [line.split()[0] for line in message.text.splitlines() if line.startswith("/")]
    assert listed == [f"/{name}" for name in EVERY_COMMAND]
    assert "?" in message.text.splitlines()[-1]  # and how to ask the tutor


def test_an_unknown_command_says_so_and_lists_the_commands(talk, services):
    [message] = talk.handle("/frobnicate")
    assert message.kind == "system"
    assert message.text.startswith("Unknown command '/frobnicate'.")
    assert all(f"/{name}" in message.text for name in EVERY_COMMAND)
    assert reviews(services) == []


def test_commands_ignore_case_and_spaces(talk):
    assert kinds(talk.handle("/ HINT ")) == ["hint"]


# ----------------------------------------------------------------- requests in words, never graded


@pytest.mark.parametrize(("line", "kind", "start"), [
    ("hint", "hint", "Hint: 2 words"),
    ("give me a hint please", "hint", "Hint: 2 words"),
    ("what's due?", "reply", "Left in this session besides this question: 8 (0 learning"),
    ("why", "system", "There is nothing to explain yet"),
    ("skip", "system", f"Skipped: {FIRST}"),
])
def test_requests_in_words_are_recognised_mid_question_and_not_graded(talk, services, line, kind, start):
    messages = talk.handle(line)
    assert messages[0].kind == kind and messages[0].text.startswith(start)
    assert reviews(services) == []


def test_quiz_me_on_a_topic_mid_question_starts_over_and_records_nothing(talk, services):
    messages = talk.handle("quiz me on history")  # the bug: graded as a wrong answer, recorded as a lapse
    assert [(m.kind, m.text.splitlines()[0]) for m in messages] == [
        ("system", f"Left unanswered, not counted (it will be asked again): {FIRST}"),
        ("system", "Quiz on History:"), ("tutor", SECOND)]
    assert reviews(services) == []
    assert services.config.options.section == "history"


@pytest.mark.parametrize("line", ["I don't know", "idk", "no idea", "show me the answer", "/show"])
def test_i_dont_know_is_recorded_as_again_with_the_answer_shown_and_no_grading(talk, services, line):
    messages = talk.handle(line)
    assert kinds(messages) == ["wrong", "tutor"]
    shown = messages[0].text
    assert shown.startswith("The answer: Marta Olsen\nCounted as not known")
    assert "How it was judged" not in shown and "Not right" not in shown
    assert "Why: The notes name Marta Olsen as harbour master." in shown
    [(card, _, correct, rating, _, _)] = reviews(services)
    assert (card, correct, rating) == ("harbour-master", 0, 1)  # Again


def test_show_with_no_question_explains_the_last_card_instead(talk, services):
    talk.handle("Marta Olsen")
    talk.handle("/end")
    assert talk.handle("/show")[0].text.startswith("Why: The notes name Marta Olsen")
    assert len(reviews(services)) == 1


def test_a_request_that_is_the_right_answer_is_graded(mini_pack_path, tmp_path, db_path, clock):
    pack = tmp_path / "pack.yaml"
    pack.write_text(mini_pack_path.read_text().replace("answer: Marta Olsen", "answer: skip")
                    .replace("right: [marta olsen, Martha Olsen, Olsen]", "right: [skip]"))
    services = open_services(pack, db_path, clock)
    try:
        talk = Conversation(services)
        talk.start()
        assert kinds(talk.handle("skip")) == ["right", "tutor"]
    finally:
        services.close()


# ----------------------------------------------------------------- wording


def test_no_doubled_verdicts(talk):
    right = talk.handle("Marta Olsen")[0].text
    assert right.splitlines()[0] == "✓ Right." and "Correct" not in right
    wrong = talk.handle("1066")[0].text  # founded, a wrong year
    assert wrong.startswith("✗ Not right. Not the right date.")


def test_a_typo_says_so_once_in_the_head(talk):
    verdict = talk.handle("Marta Olsem")[0].text
    assert verdict.splitlines()[0] == "✓ Right (allowing a typo)."
    assert "Correct" not in verdict and "Answer: Marta Olsen" in verdict  # the spelling shown


def test_keypoints_quote_the_learners_own_words(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock, tag="argument")
    try:
        talk = Conversation(services)
        talk.start()
        verdict = talk.handle("Exports FELL, so the port Depended on freight")[0].text
        assert "✓ fish exports declined (you: FELL)" in verdict  # as typed, not "fell"
        assert "✓ reliance on cargo (you: freight)" in verdict
    finally:
        services.close()


def test_a_keypoint_made_in_its_own_words_is_not_quoted_back(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock, tag="argument")
    try:
        talk = Conversation(services)
        talk.start()
        verdict = talk.handle("Fish exports declined, so the port relied on freight")[0].text
        assert "✓ fish exports declined\n" in verdict + "\n"  # not "(you: declined)": the point's own word
        assert "✓ reliance on cargo (you: relied on freight)" in verdict  # other words than the point's
    finally:
        services.close()


# ----------------------------------------------------------------- the header, /more, /ahead, /source, /unsuspend


def test_the_header_says_where_the_learner_is(talk, clock):
    assert "card 1 · 8 left · learner" in talk.welcome()
    talk.handle("the mayor")  # wrong: learning, due in a minute
    assert "card 2 · 8 left, 1 of them learning · learner" in talk.welcome()  # one of the 8, not 8 + 1
    assert "learner: ann" in talk.welcome()


def test_after_the_summary_more_new_cards_or_practice_ahead(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock, new_limit=1, learn_ahead=0)
    try:
        talk = Conversation(services)
        talk.start()
        assert kinds(talk.handle("Marta Olsen")) == ["right", "summary"]
        assert "nothing due · next in 10 minutes" in talk.welcome()
        assert talk.resume()[0].text.startswith("Nothing is due now. The next card is due in 10 minutes.")
        messages = talk.handle("/more 2")
        assert [(m.kind, m.text.splitlines()[0]) for m in messages] == [
            ("system", "2 more new cards:"), ("tutor", SECOND)]
        talk.handle("14 June 1788")
        talk.handle("$310m")
        assert talk.finished
        messages = talk.handle("/ahead")
        assert messages[0].text.startswith("Practising ahead") and messages[1].text.endswith("(practice ahead)")
    finally:
        services.close()


def test_a_learning_card_that_fell_due_brings_the_session_back(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock, new_limit=1, learn_ahead=0)
    try:
        talk = Conversation(services)
        talk.start()
        talk.handle("the mayor")  # due again in a minute; nothing else
        assert talk.finished
        clock.advance(minutes=2)
        assert "1 left, a learning card" in talk.welcome()
        assert [(m.kind, m.text.splitlines()[0]) for m in talk.resume()] == [("tutor", FIRST)]
    finally:
        services.close()


def test_a_second_start_with_nothing_due_says_when_the_next_card_is(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock, new_limit=1, learn_ahead=0)
    try:
        talk = Conversation(services)
        talk.start()
        talk.handle("Marta Olsen")
    finally:
        services.close()
    services = open_services(mini_pack_path, db_path, clock, new_limit=1, learn_ahead=0)
    try:
        [summary] = Conversation(services).start()
        assert summary.text.startswith("Nothing is due now.\nNext review: in 10 minutes.\nTo go on: /more 10")
    finally:
        services.close()


def test_source_shows_the_section_notes_of_the_question_or_the_last_card(talk):
    message, note = talk.handle("/source")
    assert message.kind == "reply" and message.text.startswith("The port\nSaltbay's port handled 42 million")
    assert note.kind == "system" and note.text.endswith(f"Back to the question: {FIRST}")
    talk.handle("Marta Olsen")
    assert talk.handle("/source")[0].text.startswith("History\nThe town was founded")  # the question now asked


def test_a_right_answer_after_reading_the_source_counts_as_after_a_hint(talk, services):
    """The notes hold the answer: read while the question waits, they help as a hint does."""
    talk.handle("/source")
    [verdict, _] = talk.handle("Marta Olsen")
    assert verdict.text.startswith("✓ Right with a hint: counted as Hard.")
    assert rows(services, "SELECT correct, rating FROM reviews") == [(1, 2)]
    talk.handle("14 June 1788")  # the next question, answered unaided: Good
    assert rows(services, "SELECT rating FROM reviews ORDER BY id")[-1] == (3,)


def test_asking_the_tutor_the_question_itself_counts_as_a_hint(talk, services):
    """The tutor reading out the question's own section helps as a hint does."""
    reply, note = talk.handle("who is the harbour master?")
    assert reply.kind == "reply" and "Marta Olsen" in reply.text
    assert note.text.startswith("That reply comes from this question's own section, so it counts as a hint")
    assert note.text.endswith(FIRST)
    [verdict, _] = talk.handle("Marta Olsen")
    assert verdict.text.startswith("✓ Right with a hint: counted as Hard.")
    assert rows(services, "SELECT correct, rating FROM reviews") == [(1, 2)]


def test_an_answer_offered_with_a_question_mark_is_graded(talk, services):
    [verdict, _] = talk.handle("Marta Olsen?")
    assert verdict.kind == "right" and verdict.text.startswith("✓ Right.")
    [verdict, _] = talk.handle("in 1790?")  # the next question, a wrong date offered
    assert verdict.kind == "wrong"
    assert [r[:3] for r in reviews(services)] == [("harbour-master", "Marta Olsen?", 1), ("founded", "in 1790?", 0)]


def test_a_question_on_another_section_is_no_hint(talk, services):
    reply, note = talk.handle("when was the town founded?")
    assert reply.kind == "reply" and note.text == f"Back to the question: {FIRST}"
    [verdict, _] = talk.handle("Marta Olsen")
    assert verdict.text.startswith("✓ Right.")
    assert rows(services, "SELECT correct, rating FROM reviews") == [(1, 3)]


def test_unsuspend_brings_back_the_last_suspended_card(talk, services):
    talk.handle("/suspend")
    assert card_row(services, "harbour-master")[1] == 1
    assert [(m.kind, m.text) for m in talk.handle("/unsuspend")] == [("system", f"Unsuspended: {FIRST}")]
    assert card_row(services, "harbour-master")[1] == 0
    assert talk.handle("/unsuspend")[0].text.startswith("No suspended card")


def test_ending_early_says_what_is_left_and_go_goes_on(talk, services):
    [_unanswered, summary] = talk.handle("/end")
    assert summary.text == ("Nothing reviewed this session.\n"
                            "9 left: /go (F2 in the app) goes on.")
    messages = talk.handle("/go")
    assert [(m.kind, m.text.splitlines()[0]) for m in messages] == [("tutor", SECOND)]  # another section first
    assert talk.handle("/go")[0].text.startswith("A question is waiting")


def test_a_quiz_asked_for_after_the_days_new_cards_goes_on_with_new_cards(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock, new_limit=1, learn_ahead=0)
    try:
        talk = Conversation(services)
        talk.start()
        talk.handle("Marta Olsen")  # the day's one new card
        assert talk.finished
        head, question = talk.handle("quiz me on history")
        assert head.text == "Quiz on History (today's new cards were used up: up to 10 more for this quiz):"
        assert question.kind == "tutor" and question.text.startswith(SECOND)
    finally:
        services.close()


def test_the_language_stays_known_while_the_services_reopen(talk, services):
    """The app redraws the answer line in the pack's language, also in the moment another pack is being opened
    (the services closed): the conversation keeps the language of its pack."""
    services.close()
    assert services.session is None
    assert talk.language == "en"
