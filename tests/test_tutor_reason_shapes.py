"""More English shapes of a reason, and whose reason a reply shows (`lexicon_reasons`, `lexicon_paraphrase`,
`tutor.replies`).

- a precaution gives the reason for what is done: "kept in quarantine in case they carried a fever", "for fear of";
- a result said by a participle after the clause that brings it about: "it swayed in light winds, earning it the
  nickname X" is why it was nicknamed so;
- "nicknamed" is a verb of naming, as "called" and "dubbed" are;
- when the notes' sentence answers in place of the source text's (`own_notes`), a "why" reply shows the notes'
  sentence with its reason, not the source's that ranked above it.
Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studybot.core.packs import Pack, Section, Source
from studybot.core.tutor import Tutor

NOTES = """\
The whalers of Brask came home from the north in late summer.
They were kept on the quay for ten days in case they had brought a fever from the ice.
The harbour master sealed the warehouses for fear of rats from the ships.

The Orra footbridge opened in 1911.
Its deck was thin and swung from side to side whenever people crossed it, so the townsfolk called it "the Cradle".
It was stiffened with steel cables in 1913.
"""
SOURCE = """\
The Orra footbridge was opened in 1911. Its deck was thin and swung from side to side in a breeze, earning it the \
nickname "the Cradle". Steel cables stiffened it two years later.
"""


@pytest.fixture(scope="module")
def tutor(tmp_path_factory: pytest.TempPathFactory) -> Tutor:
    folder: Path = tmp_path_factory.mktemp("brask")
    (folder / "source.txt").write_text(SOURCE, encoding="utf-8")
    pack = Pack(id="brask", title="The port of Brask", path=str(folder / "p.yaml"), cards=(),
                sections=(Section(id="s", title="The port", notes=NOTES),),
                source=Source(title="Annals of Brask", text="source.txt"))
    return Tutor(pack, cache=False)


@pytest.mark.parametrize(("question", "reason"), [
    ("Why were the whalers kept on the quay?", "in case they had brought a fever"),
    ("Why did the harbour master seal the warehouses?", "for fear of rats"),
    ("Why was the Orra footbridge nicknamed the Cradle?", "swung from side to side"),  # the notes', not the source's
])
def test_the_reason_is_given(tutor: Tutor, question: str, reason: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer" and not reply.no_reason and reason in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize(("sentence", "gives"), [
    ("The deck swayed in light winds, earning it the nickname the Cradle.", True),
    ("The flood cut the road, forcing the mail to go by boat.", True),
    ("They stayed on the quay in case of a fever.", True),
    ("The deck swayed in light winds, and people crossed it laughing.", False),
    ("The warehouses, earning little, were sold in 1920.", False),  # a participle of the subject, before its verb
])
def test_which_sentences_give_a_reason(tutor: Tutor, sentence: str, gives: bool) -> None:
    words = tutor.library.words
    assert words.states_reason(sentence, " ".join(words.tokens(sentence))) is gives


RESTATED = """\
The Vell ferry company failed in 1902.
The new coast railway took most of its passengers, and its two steamers were worn out.
A new company started a ferry service in 1910.
"""


def test_a_restatement_without_a_reason_is_shown_with_what_the_text_goes_on_to_say() -> None:
    # "The Vell ferry company failed in 1902." only restates "why did it fail?": the text gives no reason word, but
    # goes on with what it says of it, which the reply shows after its "no reason" for the learner to judge
    tutor = Tutor(Pack(id="vell", title="Ferries", cards=(), sections=(Section(id="f", title="Ferries",
                                                                                 notes=RESTATED),)), cache=False)
    reply = tutor.ask("Why did the Vell ferry company fail?")
    assert reply.kind == "answer" and reply.no_reason, reply.text
    assert reply.sentences == ("The Vell ferry company failed in 1902.",
                               "The new coast railway took most of its passengers, and its two steamers were worn out.")
    other = tutor.ask("Why were the two steamers worn out?")  # a passage saying more than the question: alone
    assert other.no_reason and "A new company" not in other.text, other.text


MEANS = """\
Spring water in the valley is almost free of salt.
The Kell distillery takes full advantage of this clean water.
Workers pipe the spring water straight into the stills, with no filtering at all.
The distillery sells most of its spirit in the capital.
"""


def test_a_passage_saying_no_means_is_shown_with_the_sentence_that_goes_on_with_how() -> None:
    # "how does X work?": "The Kell distillery takes full advantage of this ..." says no means; the sentence after it
    # tells how
    tutor = Tutor(Pack(id="kell", title="Distilling", cards=(), sections=(Section(id="d", title="The distillery",
                                                                                  notes=MEANS),)), cache=False)
    reply = tutor.ask("How does the Kell distillery work?")
    assert reply.kind == "answer" and "pipe the spring water" in " ".join(reply.sentences), reply.text
