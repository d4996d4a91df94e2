"""What a learner stumbled on (round 8, learner8): the tutor's own sentences said in English to a
learner of a Russian pack; each test fails before its fix."""

from __future__ import annotations

import pytest

from studybot.core.how_to_answer import TUTOR_SAYS, tutor_says
from studybot.core.packs import Pack, Section
from studybot.core.tutor import ASK_TEXT, DECLINE_TEXT, NO_REASON_TEXT, Tutor
from studybot.tui.app import build_app

from .test_app import bubbles, started, wait_for
from .test_learner_russian_session import russian_pack  # noqa: F401 - a fixture

# -- the tutor's own sentences are said in the pack's language

BOGS_RU = ("Торфяные болота\n"
           "Торф образуется потому, что мёртвые растения в переувлажнённой почве не гниют.\n"
           "Бассейн реки Ленн потерял половину своих торфяных болот между 1950 и 2000 годами.\n"
           "В 2019 году гидролог Ана Руис измерила в бассейне 3,5 миллиона кубометров воды.")


def russian_tutor(notes: str = BOGS_RU) -> Tutor:
    pack = Pack(id="t", title="Болота Ленна", language="ru", cards=(),
                sections=(Section(id="bogs", title="Болота и торф", notes=notes),))
    return Tutor(pack, cache=False)


def test_every_language_says_every_sentence_and_english_is_the_fallback():
    assert {tuple(sorted(said)) for said in TUTOR_SAYS.values()} == {("ask", "decline", "nearest", "no_reason")}
    assert (DECLINE_TEXT, NO_REASON_TEXT, ASK_TEXT) == (
        "The text does not cover that.", "The text gives no reason for that. What it says:",
        "Ask me something about the text.")
    assert tutor_says("decline", "de") == DECLINE_TEXT  # a language without a table hears English
    assert tutor_says("decline", "ru") == "В тексте об этом не говорится."


def test_a_russian_pack_declines_in_russian():
    tutor = russian_tutor()
    reply = tutor.ask("какая столица Франции?")
    assert (reply.kind, reply.text, reply.nearest) == ("decline", "В тексте об этом не говорится.", ())
    assert tutor.ask("who won the 2018 world cup?").text == "В тексте об этом не говорится."  # the pack's language


def test_a_russian_decline_names_the_nearest_topics_in_russian(monkeypatch):
    tutor = russian_tutor()
    monkeypatch.setattr(tutor.ranker, "nearest", lambda question, ranked: ["bogs"])  # which topics is not tested here
    reply = tutor.ask("какая столица Франции?")
    assert reply.text == "В тексте об этом не говорится. Ближайшие темы, о которых в нём говорится: Болота и торф."
    assert "Nearest" not in reply.text


def test_a_russian_why_without_a_reason_says_so_in_russian():
    reply = russian_tutor().ask("почему бассейн Ленна потерял половину торфяных болот?")
    assert reply.kind == "answer" and reply.no_reason
    assert reply.text.startswith("Причины этого текст не называет. Вот что в нём сказано: Бассейн реки Ленн")
    assert "What it says" not in reply.text


@pytest.mark.parametrize("question", ["???", "?!", "   "])
def test_a_question_without_words_is_asked_for_in_russian(question):
    assert russian_tutor().ask(question).text == "Спросите меня о чём-нибудь из текста."


async def test_the_app_declines_in_the_russian_packs_language(russian_pack, db_path, clock):  # noqa: F811
    app = build_app(russian_pack, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        app.screen.query_one("#answer").value = "какая столица Франции?"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: bubbles(app, "decline"))
        assert bubbles(app, "decline") == ["В тексте об этом не говорится."]


# -- finding: the Packs mode refused the very pack being studied (opened with --pack) for an example error


async def test_packs_mode_goes_back_to_a_pack_whose_examples_disagree(tmp_path, mini_pack_path, db_path, clock,
                                                                     monkeypatch):
    from textual.widgets import ListView

    import studybot.paths
    from studybot.tui.screens import PacksScreen
    from studybot.tui.study import StudyScreen

    own = tmp_path / "own.yaml"  # loads, but an example is listed wrong that the grader marks right: a note
    own.write_text(mini_pack_path.read_text().replace("id: mini", "id: own", 1)
                   .replace("wrong: [Maria Olsson, the mayor]", "wrong: [Maria Olsson, the mayor, Marta Olsen]"))
    monkeypatch.setattr(studybot.paths, "bundled_packs", lambda: [mini_pack_path])  # quicker to check than ours
    app = build_app(own, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        for pack_id in ("mini", "own"):  # to the bundled pack, then back to the one studied first
            await pilot.press("f5")
            assert await wait_for(pilot, lambda: isinstance(app.screen, PacksScreen))
            assert await wait_for(pilot, lambda: [k.id for _, k, _ in getattr(app.screen, "results", ())][:1]
                                  == [app.services.pack.id] and len(app.screen.query_one(ListView).children) >= 2
                                  and app.screen.checked)
            names = [pack.id for _, pack, _ in app.screen.results]  # the pack studied comes first, marked ▶
            assert sorted(names) == ["mini", "own"]  # the pack left is still listed
            app.screen.query_one(ListView).index = names.index(pack_id)
            await pilot.pause()
            detail = str(app.screen.query_one("#pack-problems").render())
            if pack_id == "own":
                assert "1 note" in detail and "Enter: study this pack." in detail
            await pilot.press("enter")
            assert await wait_for(pilot, lambda: isinstance(app.screen, StudyScreen))
            assert await wait_for(pilot, lambda p=pack_id: app.services.pack is not None
                                  and app.services.pack.id == p)


# -- finding: "I was wrong" on an answer already graded wrong said "Marked wrong by you (your call is recorded)"


async def test_overruling_a_grade_with_the_same_grade_says_nothing_changed(mini_pack_path, db_path, clock):
    from .test_app import answer, rows

    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await answer(pilot, app, "zzzz qqqq")
        assert bubbles(app, "wrong")
        await pilot.press("ctrl+b")  # I was wrong
        assert await wait_for(pilot, lambda: any("nothing to change" in b for b in bubbles(app, "system")))
        said = " ".join(bubbles(app, "system"))
        assert "Your last answer is already counted wrong: nothing to change." in said
        assert "recorded" not in said
        await pilot.press("ctrl+y")  # I was right: this one does change the grade, and is recorded
        assert await wait_for(pilot, lambda: any("Marked right by you" in b for b in bubbles(app, "system")))
    assert rows(db_path, "SELECT answer, override FROM reviews") == [("zzzz qqqq", "right")]


# -- finding: Cards (F6) found "галлий" in "Кто открыл галлий" but not in "Какую плотность галлия ..."


def test_finding_cards_by_a_word_in_another_form():
    from studybot.core.browse import find_cards
    from studybot.core.packs import Card

    cards = (Card(id="density", section="s", kind="short", prompt="Какую плотность галлия указал Менделеев?",
                  answer="5,9"),
             Card(id="finder", section="s", kind="short", prompt="Кто открыл галлий?", answer="Лекок"),
             Card(id="gas", section="s", kind="short", prompt="Какие газы инертны?", answer="Благородные"))
    russian = Pack(id="r", title="Т", language="ru", cards=cards, sections=(Section(id="s", title="С", notes="x"),))
    assert [r.card_id for r in find_cards(russian, {}, "галлий")] == ["density", "finder"]
    assert [r.card_id for r in find_cards(russian, {}, "плотности галлия")] == ["density"]
    assert [r.card_id for r in find_cards(russian, {}, "газ")] == ["gas"]  # a part of a word still finds it
    assert [r.card_id for r in find_cards(russian, {}, "галлий лекок")] == ["finder"]  # every word must be found
    english = Pack(id="e", title="T", cards=(Card(id="v", section="s", kind="short", answer="5",
                                                  prompt="How many times did he visit the US?"),),
                   sections=(Section(id="s", title="S", notes="x"),))
    assert [r.card_id for r in find_cards(english, {}, "visits")] == ["v"]
    assert find_cards(english, {}, "visitor") == []  # another word, not a form of this one


async def test_the_cards_mode_finds_a_russian_word_in_another_case(russian_pack, db_path, clock):  # noqa: F811
    from .test_tui_cards import find, open_cards

    app = build_app(russian_pack, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await open_cards(pilot, app)
        found = await find(pilot, app, "кислота")  # the cards say "серной кислоты", "сильные кислоты"
        assert len(found) == 2 and all("кислот" in line for line in found), found


# -- finding: "почему?" (or Ctrl+R) asked on a new question explained the last one without saying so


async def test_why_on_a_new_question_says_it_is_about_the_last_one(mini_pack_path, db_path, clock):
    from .test_app import answer

    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        asked = app.screen.conversation.card
        await answer(pilot, app, "zzzz qqqq")
        assert app.screen.conversation.card is not None and app.screen.conversation.card.id != asked.id
        await pilot.press("ctrl+r")
        assert await wait_for(pilot, lambda: bubbles(app, "reply"))
        assert bubbles(app, "reply")[-1].startswith(f"About the last question ({asked.prompt}), not this one:\nWhy: ")
        app.screen.query_one("#answer").value = "/end"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: bubbles(app, "summary"))
        await pilot.press("ctrl+r")  # no other question asked now: the explanation needs no note
        assert await wait_for(pilot, lambda: len(bubbles(app, "reply")) == 2)
        assert bubbles(app, "reply")[-1].startswith("Why: ")


# -- finding: the second hint on a numeric card gave the whole figure away ("Hint: U__ 176 m______")


def test_a_numeric_cards_hints_keep_part_of_the_figure_back(mini_pack):
    from dataclasses import replace

    from studybot.present import hint_text

    card = mini_pack.card("fish-exports")  # USD 310 million
    assert [hint_text(card, n) for n in (1, 2, 3)] == [
        "Hint: a figure (USD) of 9 digits", "Hint: U__ 3__ m______", "Hint: U__ 31_ mil____"]
    decimal = replace(card, answer="Около 5,9 г/см³")
    assert hint_text(decimal, 2) == "Hint: О____ 5,_ г/с__"
    assert hint_text(mini_pack.card("harbour-master"), 2) == "Hint: M____ O____"  # other kinds as before


async def test_the_second_hint_on_a_numeric_card_in_the_app(mini_pack_path, db_path, clock):
    from studybot.core.session import SessionOptions

    app = build_app(mini_pack_path, db_path, "ann", clock=clock, options=SessionOptions(tag="figures"))
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        for _ in range(6):  # skip to the card on fish exports
            if app.screen.conversation.card.id == "fish-exports":
                break
            await pilot.press("ctrl+n")
            assert await wait_for(pilot, lambda: not app.screen.busy)  # the skip is done: the next card is set
        assert app.screen.conversation.card.id == "fish-exports"
        await pilot.press("ctrl+t")
        await pilot.press("ctrl+t")
        assert await wait_for(pilot, lambda: len(bubbles(app, "hint")) == 2)
        assert bubbles(app, "hint")[-1] == "Hint: U__ 3__ m______"
        assert "310" not in " ".join(bubbles(app))


# -- finding: a typo was said twice, in the head and again after "How it was judged: matches '...'"


async def test_a_typo_is_said_once_in_the_verdict(mini_pack_path, db_path, clock):
    from studybot.core.session import SessionOptions

    from .test_app import answer

    app = build_app(mini_pack_path, db_path, "ann", clock=clock, options=SessionOptions(tag="people"))
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        assert app.screen.conversation.card.id == "harbour-master"
        await answer(pilot, app, "Marta Olsem")
        [verdict] = bubbles(app, "right")
        assert verdict.splitlines()[0] == "✓ Right (allowing a typo)."
        assert verdict.count("allowing a typo") == 1 and "How it was judged: matches 'Marta Olsen'" in verdict


# -- finding: "Marked right by you (helped, so counted as Hard) (your call is recorded)." two brackets in a row


async def test_an_override_after_a_hint_reads_as_sentences(mini_pack_path, db_path, clock):
    from studybot.core.session import SessionOptions

    from .test_app import answer

    app = build_app(mini_pack_path, db_path, "ann", clock=clock, options=SessionOptions(tag="people"))
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await pilot.press("ctrl+t")
        assert await wait_for(pilot, lambda: bubbles(app, "hint"))
        await answer(pilot, app, "the mayor")
        await pilot.press("ctrl+y")
        assert await wait_for(pilot, lambda: any("Marked right" in b for b in bubbles(app, "system")))
        said = next(b for b in bubbles(app, "system") if "Marked right" in b)
        assert said.startswith("Marked right by you; helped, so counted as Hard. Your call is recorded. Next review: ")
        assert ") (" not in said
