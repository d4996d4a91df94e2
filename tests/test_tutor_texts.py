"""The tutor on texts nobody tuned it on: small packs written here, in English and Russian.

Passages are whole sentences of the notes (wrapped lines joined; abbreviations, initials
and decimals end no sentence); cards only help find them; names come from the text
itself; the pack's synonyms and the general lexicon widen matching; "why" needs a
reason; failures are not hidden; the library is cached on disk.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from studybot.core.lexicon_ru_tutor import RUSSIAN_TUTOR
from studybot.core.lexicon_tutor import ENGLISH_TUTOR
from studybot.core.packs import Card, Pack, Section, Source
from studybot.core.text import normalise
from studybot.core.tutor import DECLINE_TEXT, NO_REASON_TEXT, Tutor
from studybot.core.tutor.cache import cache_file
from studybot.core.tutor.passages import join_lines, sentences
from studybot.core.tutor.replies import compose

WETLANDS = """\
Wetlands store water in the wet season and release it slowly in the dry season,
which helps farms downstream to save water and
reduce floods. Dr. Ana Ruiz, the hydrologist who led the 2019 survey of the Lenn basin,
measured 3.5 million cubic metres of storage there.
The survey was paid for by the Lenn River Trust.

Peat bogs
Peat forms because dead plants in waterlogged soil do not rot.
The Lenn basin lost half of its peat bogs between 1950 and 2000.
Farmers drained the bogs to grow barley."""

CARDS = (
    Card(id="order", section="wetlands", kind="order", prompt="Put these events in chronological order.",
         answer="survey, drainage", items=("Drainage of the bogs", "The 2019 survey")),
    Card(id="choice", section="wetlands", kind="choice", prompt="Who paid for the Lenn survey?",
         answer="The Lenn River Trust", options=("The Lenn River Trust", "The Grey Fund", "The city council")),
    Card(id="storage", section="wetlands", kind="numeric", prompt="How much water did the basin store in 2019?",
         answer="3.5 million cubic metres", explanation="Ruiz's survey measured it."),
)


def pack_of(notes: str, cards: tuple[Card, ...] = (), **fields) -> Pack:
    return Pack(id="t", title=fields.pop("title", "Wetlands of the Lenn"), cards=cards,
                sections=(Section(id="wetlands", title=fields.pop("section_title", "Wetlands and bogs"),
                                  notes=notes),), **fields)


@pytest.fixture(scope="module")
def wetlands() -> Tutor:
    return Tutor(pack_of(WETLANDS, CARDS), cache=False)


# --------------------------------------------------------------------------- passages


def test_wrapped_lines_are_joined_into_whole_sentences():
    found = [s for _, s in sentences(WETLANDS, ENGLISH_TUTOR)]
    assert found == [
        "Wetlands store water in the wet season and release it slowly in the dry season, which helps farms "
        "downstream to save water and reduce floods.",
        "Dr. Ana Ruiz, the hydrologist who led the 2019 survey of the Lenn basin, measured 3.5 million cubic "
        "metres of storage there.",
        "The survey was paid for by the Lenn River Trust.",
        "Peat bogs",  # a heading: a short line without a stop before a capitalised line
        "Peat forms because dead plants in waterlogged soil do not rot.",
        "The Lenn basin lost half of its peat bogs between 1950 and 2000.",
        "Farmers drained the bogs to grow barley.",
    ]


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("J. Tuzo Wilson proposed it in 1963. It was accepted.", ENGLISH_TUTOR,
     ["J. Tuzo Wilson proposed it in 1963.", "It was accepted."]),
    ("Mount St. Helens erupted. Ash fell e.g. on Yakima. The U.S. Survey watched it.", ENGLISH_TUTOR,
     ["Mount St. Helens erupted.", "Ash fell e.g. on Yakima.", "The U.S. Survey watched it."]),
    ("Plates move 2.5 cm a year. Ridges spread.", ENGLISH_TUTOR, ["Plates move 2.5 cm a year.", "Ridges spread."]),
    ("В 1991 г. Ельцин победил. М. С. Горбачёв ушёл. «9 + 1». Затем всё.", RUSSIAN_TUTOR,
     ["В 1991 г. Ельцин победил.", "М. С. Горбачёв ушёл.", "«9 + 1».", "Затем всё."]),
    ("- first item\n- second item\nA sentence after the list.", ENGLISH_TUTOR,
     ["first item", "second item", "A sentence after the list."]),
    ("The judges struck it down in Harlow v. Lenn Mills in 1911. The mill closed.", ENGLISH_TUTOR,  # a law case
     ["The judges struck it down in Harlow v. Lenn Mills in 1911.", "The mill closed."]),
    ('The keeper shouted: "The dam is gone. Run to the hill!" Nobody ran. He said "no" twice. It rained.',
     ENGLISH_TUTOR, ['The keeper shouted: "The dam is gone. Run to the hill!"', "Nobody ran.", 'He said "no" twice.',
                     "It rained."]),  # a quotation of two sentences is said in one
    ("The keeper wrote “The dam is gone. We left.” Then the water came.", ENGLISH_TUTOR,
     ["The keeper wrote “The dam is gone. We left.”", "Then the water came."]),
    ("Сторож крикнул: «Плотину прорвало. Бегите!» Никто не побежал.", RUSSIAN_TUTOR,
     ["Сторож крикнул: «Плотину прорвало. Бегите!»", "Никто не побежал."]),
])
def test_sentences_end_at_a_stop_not_at_an_abbreviation_an_initial_or_a_decimal(text, words, expected):
    assert [s for _, s in sentences(text, words)] == expected


def test_paragraphs_break_at_blank_lines_list_items_and_headings():
    assert join_lines("one\ntwo\n\nthree\n- four\n- five") == ["one two", "three", "- four", "- five"]


def test_a_reply_is_whole_sentences_then_the_section(wetlands):
    reply = wetlands.ask("why do wetlands help farms?")
    assert reply.kind == "answer"
    assert reply.sentences[0].startswith("Wetlands store water") and reply.sentences[0].endswith("reduce floods.")
    assert not any(re.search(r"\band\.$", s) for s in reply.sentences)  # no "...to save water and."
    assert 1 <= len(reply.sentences) <= 3
    assert reply.text.endswith("(from: Wetlands and bogs)")


@pytest.mark.parametrize("question", [
    "who paid for the survey?", "who is Ruiz?", "how much water did the basin store in 2019?",
    "what happened to the bogs?", "put these events in chronological order",
])
def test_cards_are_never_shown_as_an_answer(wetlands, question):
    reply = wetlands.ask(question)
    assert reply.kind == ("decline" if "order" in question else "answer"), reply.text
    shown = reply.text
    for card in CARDS:
        assert card.prompt not in shown
        assert not any(option in shown for option in card.options if option != "The Lenn River Trust")
        assert not any(item in shown for item in card.items)
    assert "chronological" not in shown and "?" not in shown
    assert all(s in [t for _, t in sentences(WETLANDS, ENGLISH_TUTOR)] for s in reply.sentences)


def test_a_question_put_in_a_cards_words_finds_the_sentence_the_card_is_about(wetlands):
    reply = wetlands.ask("How much water did the basin store in 2019?")  # the storage card's prompt
    assert reply.sentences == ("Dr. Ana Ruiz, the hydrologist who led the 2019 survey of the Lenn basin, measured "
                               "3.5 million cubic metres of storage there.",)
    assert "storage" in reply.cards


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize("question", ["who is Ruiz?", "Who was Ana Ruiz?", "Ruiz?", "who is Ruis?"])
def test_people_are_found_in_the_notes_without_aliases(wetlands, question):
    assert wetlands.pack.aliases == {}
    reply = wetlands.ask(question)
    assert reply.kind == "answer" and "the hydrologist" in reply.text


def test_a_title_names_a_person_without_aliases():
    notes = ("In 2019 Secretary of State Mara Olin visited the Lenn valley.\n"
             "The valley's dam was built in 1961 by the engineer Tomas Berg.")
    tutor = Tutor(pack_of(notes), cache=False)
    assert "Secretary of State" in tutor.ask("who is Olin?").text
    assert "engineer" in tutor.ask("who was Tomas Berg?").text
    assert tutor.ask("who built the dam?").text.startswith("The valley's dam was built in 1961 by the engineer Tomas")
    assert tutor.ask("who is Pekka Virtanen?").kind == "decline"  # a name the text does not know


def test_russian_names_are_found_in_any_case_and_misspelt():
    notes = ("Комиссию по водным ресурсам возглавлял Пётр Иванович Соколов.\n"
             "Соколов был министром водного хозяйства с 1985 года.\n"
             "Отчёт комиссии передали Соколову в марте 1991 года.")
    tutor = Tutor(pack_of(notes, title="Вода", section_title="Комиссия"), language="ru", cache=False)
    for question in ("Кто такой Соколов?", "кем был соколов", "Кто такой Саколов?"):
        reply = tutor.ask(question)
        assert reply.kind == "answer" and "министром водного хозяйства" in reply.text, (question, reply.text)
    assert "марте 1991" in tutor.ask("Когда передали отчёт Соколову?").text  # dative: "Соколову"
    assert tutor.ask("Кто такой Петренко?").kind == "decline"


# --------------------------------------------------------------------------- paraphrase


def test_the_packs_synonyms_widen_matching_in_any_form():
    notes = "The Calvin cycle takes place in the stroma of the chloroplast.\nIt fixes carbon dioxide into sugar."
    pack = pack_of(notes, title="Photosynthesis", section_title="The second stage")
    plain = Tutor(pack, cache=False)
    assert plain.ask("where do the dark reactions happen?").kind == "decline"  # the notes never say it
    tutor = Tutor(pack, synonyms=(("Calvin cycle", "dark reactions", "light-independent reactions"),), cache=False)
    assert "stroma" in tutor.ask("where do the dark reactions happen?").text
    assert "stroma" in tutor.ask("Where does the light-independent reaction take place?").text


def test_russian_synonyms_match_in_other_cases():
    notes = "Всенародное голосование прошло 17 марта 1991 года.\nВ нём участвовало 80% избирателей."
    pack = pack_of(notes, title="Голосование", section_title="Март 1991 года")
    tutor = Tutor(pack, language="ru", synonyms=(("референдум", "всенародное голосование", "плебисцит"),),
                  cache=False)
    assert "17 марта" in tutor.ask("Когда прошёл референдум?").text
    assert "17 марта" in tutor.ask("Когда был плебисцит?").text


def test_the_general_lexicon_widens_matching(wetlands):
    assert "half of its peat bogs" in wetlands.ask("How many of its bogs did the basin lose?").text  # lose / lost
    assert "Farmers drained" in wetlands.ask("Why did farmers drain the bogs?").text


# --------------------------------------------------------------------------- why, when, how many, who


def test_why_finds_the_sentence_that_gives_a_reason(wetlands):
    reply = wetlands.ask("why does peat form?")
    assert reply.kind == "answer" and not reply.no_reason
    assert reply.sentences == ("Peat forms because dead plants in waterlogged soil do not rot.",)


def test_why_says_when_the_text_gives_no_reason(wetlands):
    reply = wetlands.ask("why did the basin lose half of its peat bogs?")
    assert reply.kind == "answer" and reply.no_reason
    assert reply.text.startswith(NO_REASON_TEXT)
    assert "lost half of its peat bogs" in reply.text


def test_why_takes_the_reason_from_the_sentence_before_a_result():
    notes = "The slab is cold and dense, so it sinks.\nThat is why trenches form at subduction zones."
    reply = Tutor(pack_of(notes), cache=False).ask("why do trenches form at subduction zones?")
    assert reply.sentences == ("The slab is cold and dense, so it sinks.",
                               "That is why trenches form at subduction zones.")


@pytest.mark.parametrize("question", [
    "when did farmers drain the bogs?",  # no date for the draining
    "how many farmers drained the bogs?",  # no figure
    "who drained the Lenn bogs first?",  # no person named
    "how deep are the peat bogs?",  # no length
])
def test_when_how_many_who_need_an_answer_of_that_kind(wetlands, question):
    assert wetlands.ask(question).kind == "decline"


def test_an_off_topic_question_is_declined_without_suggestions(wetlands):
    reply = wetlands.ask("what is the capital of France?")
    assert (reply.kind, reply.text, reply.nearest) == ("decline", DECLINE_TEXT, ())


# --------------------------------------------------------------------------- failures and the cache


def test_a_failure_inside_the_tutor_is_raised_not_declined(wetlands, monkeypatch):
    def broken(self, question, ranked):
        raise ZeroDivisionError("injected")

    monkeypatch.setattr(type(wetlands.ranker), "choose", broken)
    with pytest.raises(ZeroDivisionError):
        wetlands.ask("who is Ruiz?")


def test_the_library_is_cached_on_disk_and_answers_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYBOT_CACHE_DIR", str(tmp_path))
    pack = pack_of(WETLANDS, CARDS)
    built = Tutor(pack)
    target = cache_file(pack, built.words)
    assert target is not None and target.exists()
    loaded = Tutor(pack)
    assert type(loaded.library.docs).__name__ == "StoredDocs"  # read from the file, not built
    for question in ("who is Ruiz?", "why does peat form?", "how much water did the basin store?",
                     "what is the capital of France?", "quiz me on bogs"):
        assert loaded.ask(question) == built.ask(question)
    assert [d.text for d in loaded.docs] == [d.text for d in built.docs]


def test_a_damaged_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYBOT_CACHE_DIR", str(tmp_path))
    pack = pack_of(WETLANDS, CARDS)
    target = cache_file(pack, Tutor(pack, cache=False).words)
    assert target is not None
    target.parent.mkdir(parents=True)
    target.write_bytes(b"not a database" * 100)
    tutor = Tutor(pack)
    assert "the hydrologist" in tutor.ask("who is Ruiz?").text
    assert Tutor(pack).ask("who is Ruiz?") == tutor.ask("who is Ruiz?")  # and the file was written again


def test_another_pack_or_language_is_another_cache_file(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYBOT_CACHE_DIR", str(tmp_path))
    pack = pack_of(WETLANDS, CARDS)
    english = cache_file(pack, Tutor(pack, cache=False).words)
    russian = cache_file(pack, Tutor(pack, language="ru", cache=False).words)
    edited = pack_of(WETLANDS + "\nThe trust was founded in 1990.", CARDS)
    assert len({english, russian, cache_file(edited, Tutor(edited, cache=False).words)}) == 3
    monkeypatch.setenv("STUDYBOT_CACHE_DIR", "")
    assert cache_file(pack, Tutor(pack, cache=False).words) is None  # an empty STUDYBOT_CACHE_DIR: no cache


def test_the_cache_key_reads_the_language_tables_as_it_reads_the_code(tmp_path):
    """The library is built from core's modules and from its tables (core/data: WordNet's relatives and senses):
    a table edited in a tree whose code is unchanged builds another library, so it is another cache file."""
    from studybot.core.tutor import cache

    (tmp_path / "data").mkdir()
    (tmp_path / "store").mkdir()
    for name in ("a.py", "data/lexical_xx.tsv", "store/database.py", "notes.md"):
        (tmp_path / name).write_text("x\n", encoding="utf-8")
    assert [f.relative_to(tmp_path).as_posix() for f in cache.key_files(tmp_path)] == ["a.py", "data/lexical_xx.tsv"]
    core = Path(cache.__file__).resolve().parent.parent
    assert {"lexical_en.tsv", "lexical_ru.tsv", "matching.py"} <= {f.name for f in cache.key_files(core)}


def test_source_text_sentences_are_passages(tmp_path):
    (tmp_path / "source.txt").write_text(
        "A history of the Lenn\n\nThe Lenn flooded in the spring of 1911, when the snow melted early and\n"
        "the old dam broke. Ships waited for weeks.\n", encoding="utf-8")
    pack = pack_of(WETLANDS, path=str(tmp_path / "p.yaml"), source=Source(title="Lenn annals", text="source.txt"))
    reply = Tutor(pack, cache=False).ask("why did the Lenn flood in 1911?")
    assert reply.kind == "answer" and reply.section_title == "Lenn annals"
    assert reply.sentences == ("The Lenn flooded in the spring of 1911, when the snow melted early and the old dam "
                               "broke.",)


@pytest.mark.parametrize("heading", ["4. Floods of the Lenn valley and its mills", "Floods, dams and mills of the Lenn",
                                     "The second flood: 1911-1912"])
def test_a_heading_of_the_source_text_never_answers(tmp_path, heading):
    """A paragraph of the source that is a short run of words without a final stop is a heading (numbered or not):
    indexed as one, so its words count in the text's statistics, but never a sentence of a reply, while a sentence
    after it still is one."""
    (tmp_path / "source.txt").write_text(
        f"A history of the Lenn\n\n{heading}\n\nThe Lenn flooded its mills in the spring of 1911, when the snow "
        "melted early.\n", encoding="utf-8")
    pack = pack_of(WETLANDS, path=str(tmp_path / "p.yaml"), source=Source(title="Lenn annals", text="source.txt"))
    tutor = Tutor(pack, cache=False)
    assert {d.kind for d in tutor.docs if d.text == heading.split(". ")[-1]} == {"heading"}
    for question in ("when did the Lenn flood its mills?", "what were the floods, dams and mills of the Lenn valley?"):
        reply = tutor.ask(question)
        assert all(s.endswith(".") for s in reply.sentences), reply.sentences
    assert tutor.ask("when did the Lenn flood its mills?").kind == "answer"


PUMPS = (Section(id="first", title="The first pump", notes="On 16 March 1931 Smith and Jones got the first "
                 "screw-driven pump to work. It was hard to make, because its parts had to fit exactly."),
         Section(id="piston", title="The piston pump", notes="The piston pump was more robust and easier to make "
                 "than the screw-driven pump, so it replaced the screw-driven design within a few years."))


@pytest.mark.parametrize("chosen", ["first", "piston"])
def test_a_reason_found_in_another_section_is_cited_by_its_own_section(chosen):
    """However the passage was chosen, a "why" reply cites the section its sentences come from."""
    tutor = Tutor(Pack(id="t", title="Pumps", sections=PUMPS, cards=(), language="en"), cache=False)
    question = "Why did the piston pump replace the screw-driven one?"
    asked = tutor.analyser.question(question, normalise(question))
    ranked = tutor.ranker.rank(asked)
    best = next(r for r in ranked if r.doc.section_id == chosen)
    composed = compose(asked, best, ranked, tutor.ranker)
    cited = (composed.answer or best.doc).section_id
    assert not composed.no_reason and "so it replaced" in " ".join(d.text for d in composed.docs)
    assert {d.section_id for d in composed.docs} == {cited} == {"piston"}
