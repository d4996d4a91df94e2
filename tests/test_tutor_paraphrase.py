"""Questions put in other words than the notes', each a rule of English shown on a small
text written here (no pack's subject): sizes of data and densities asked with "how big",
"how wide", "how heavy"; what a thing is made of; what a thing is for, does or is like
("what is the purpose of", "what is the role of", "what are X used for", "how does X
work?", "does X work?", "how is X worked out?"); general verbs said otherwise (invent,
gather, write, persuade, approve, take part, give off, leave out, say, follow, pioneer);
a list's items after the sentence that opens it; and the same frames declining what the
text does not say (a figure said of another thing, the present in a text of the past,
the clerk of another body)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Reply, Tutor
from studybot.core.tutor.words import Words

FOUNDRY = """\
The Vell foundry cast church bells in the town of Harlo from 1702 to 1921.
Its founder was Ida Marren, a smith who had learnt the trade in the north.
A Vell bell consists of bronze: about four parts copper to one part tin.
The foundry kept a ledger of every bell it cast.
Each ledger entry is at most 120 bytes long in the digital copy, while a photograph of a page takes 2 megabytes.
The ledger's index field is 16 bits wide, so it can number 65,536 entries.
Bell bronze is dense, about 8.7 g/cm³, and rings longer than iron.
The clapper hangs inside the bell and strikes its lip when the bell swings.
The tuning fork exists so that every bell of a ring sounds in the same key.
The founder's son Emil Marren invented the Harlo tuning lathe in 1788.
The lathe shaves metal from the inside of the bell until it sounds the right note.
The lathe made tuning far more effective: nine bells in ten needed no second casting.
In 1850 the foundry's clerk Ana Sollis gathered the old moulds into a museum.
Sollis published a history of the foundry in 1861.
The town's bell tower holds eight Vell bells.
During the war of 1812 the foundry was kept busy casting cannon.
The foundry closed in 1921, when the last Marren died.
A fire in 1855 convinced the town to build a stone tower.
The council authorised a loan of 300 crowns for the new tower.
The winter of 1830 was the harshest the foundry ever saw.
Molten bronze gives off fumes of tin.
Twelve apprentices took part in the casting of the great bell.
The railway had a great impact on the foundry's trade.
A bell's founder judged the bronze by its colour: a pale metal held too much tin.
In the old books the metal of bells was called bell metal.
Bell metal is an alloy of copper and tin.
Bell metal, once cast, cannot be reworked cold.
The cost of a bell was the weight of its metal times the price of bronze.
The Harlo Guild of Smiths met in the town hall.
The ledger leaves out the bells cast for the army.
Sollis argued that the lathe saved the foundry.
In 1790 Emil Marren succeeded Ida Marren as master of the foundry.
In 1830 the price of tin rose by 40 percent.
The Vell foundry was the first to tune bells on a lathe.
Ida Marren promised the town a new bell every year.
The guild formally closed the foundry's books in 1922.
The town extended the foundry's lease to fifty years.
In October 1902 the foundry cast the great bell.
During the Second World War the town hid its bells in the crypt.
In December 1921 the furnace was put out for good.
The ring of eight bells in the tower is known as the Harlo Peal.
The council insists that every bell carry the town's arms.
Cracking happens when a bell is struck in hard frost.
A bell's note doubles in pitch when its size is halved.
A cracked bell shows two signs: a dull note and a buzz.
In 1899 the town accused the foundry of using cheap tin.
Casting takes place in a pit beside the furnace.
In 1851 Sollis gave a lecture on bells at the Lenn Institute.
The council paid the founder $40 a year.
A chime is a set of bells struck by hammers while they hang still, as in many towns of the coast
where no tower was ever built strong enough to swing a ring of heavy bells.
Unlike most towns, Harlo rings its peal on weekdays, whereas others ring on Sundays.

Ida Marren had several motives for founding the foundry.
She wanted to serve the churches of the coast.
She hoped to teach her son the trade.

The foundry tested each new bell in three ways.
First, the founder struck it with a wooden mallet.
Second, a singer matched its note against the tuning fork.
Third, the bell hung in the yard and rang for a whole day."""


@pytest.fixture(scope="module")
def foundry() -> Tutor:
    pack = Pack(id="foundry", title="A bell foundry", sections=(Section(id="f", title="The foundry", notes=FOUNDRY),),
                cards=())
    tutor = Tutor(pack, cache=False)
    yield tutor
    tutor.close()


def answered(reply: Reply, fact: str) -> bool:
    return reply.kind == "answer" and fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("question", "fact"), [
    ("How big is a ledger entry?", "120 bytes"),  # a size of data answers "how big"
    ("What is the width of the index field?", "16 bits wide"),  # ... and "the width"
    ("How heavy is bell bronze?", "8.7 g/cm³"),  # a density answers "how heavy" (a heavy metal: a dense one)
    ("What is a Vell bell made of?", "bronze"),  # "made of" is "consists of"
    ("What makes up a Vell bell?", "bronze"),
    ("What is the purpose of the tuning fork?", "so that every bell"),  # a purpose: "so that"
    ("What is the role of the clapper?", "strikes its lip"),  # what the clapper is and does
    ("What is the clapper used for?", "strikes its lip"),
    ("How does the clapper work?", "strikes its lip"),  # "work" says nothing the text would
    ("How did a founder decide on the bronze?", "by its colour"),  # "how does X decide": the way
    ("How did the foundry decide how to test a bell?", "three ways"),
    ("How was the cost of a bell worked out?", "times the price of bronze"),  # what the price is
    ("How do you calculate the cost of a bell?", "times the price of bronze"),
    ("What is bell metal?", "an alloy"),  # the first sentence that defines it
    ("What does the ledger exclude?", "the army"),  # "leave out": exclude
    ("What did Sollis say about the lathe?", "saved the foundry"),  # say: argue
    ("Who followed Ida Marren as master of the foundry?", "Emil Marren"),  # follow: succeed
    ("How high did the price of tin go in 1830?", "40 percent"),  # "how high": a share too
    ("Which foundry pioneered tuning on a lathe?", "Vell"),  # to pioneer: to be the first
    ("What did Ida Marren pledge to the town?", "a new bell every year"),  # pledge: promise
    ("When did the guild officially close the books?", "1922"),  # officially: formally
    ("For how long was the lease prolonged?", "fifty years"),  # prolong: extend
    ("What did the foundry cast in Oct 1902?", "the great bell"),  # a month's abbreviation
    ("Where did the town hide its bells during WW2?", "crypt"),  # a war's
    ("What happened to the furnace at the end of 1921?", "put out for good"),  # the end of a year: its December
    ("What is the so-called Harlo Peal?", "ring of eight bells"),  # "so-called" frames the term
    ("What does the council always insist on?", "the town's arms"),  # "always" is no misspelt word
    ("What happens to a bell's pitch when its size decreases?", "doubles in pitch"),  # halve: decrease
    ("What are the symptoms of a cracked bell?", "a dull note"),  # symptom: sign
    ("What was the foundry blamed for in 1899?", "cheap tin"),  # blame: accuse
    ("Where does casting occur?", "in a pit"),  # "take place": occur
    ("Where did Sollis make her famous lecture?", "Lenn Institute"),  # make a lecture: give one
    ("What salary did the council pay the founder?", "$40"),  # "what salary": a sum of money
    ("What role did the railway play?", "great impact"),  # "what role did X play?": what X did
    ("What was the outcome of the fire of 1855?", "stone tower"),  # "the outcome of X": what X led to
    ("Did the lathe work?", "more effective"),  # "does X work?": is it effective
    ("Who dreamt up the tuning lathe?", "Emil Marren"),  # "dream up": invent
    ("What did Ana Sollis collect?", "old moulds"),  # collect: gather
    ("What did Sollis write in 1861?", "a history of the foundry"),  # write: publish
    ("What persuaded the town?", "A fire in 1855"),  # persuade: convince
    ("What did the council approve?", "300 crowns"),  # approve: authorise
    ("How bad was the winter of 1830?", "harshest"),  # bad: harsh
    ("What does molten bronze release?", "fumes of tin"),  # "give off": release
    ("How many participated in the casting?", "Twelve"),  # "take part": participate
    ("How did the railway affect the foundry?", "great impact"),  # affect: impact
])
def test_a_question_in_other_words_finds_the_sentence(foundry, question, fact):
    reply = foundry.ask(question)
    assert answered(reply, fact), reply.text


@pytest.mark.parametrize("question", [
    "How heavy is the clapper?",  # a density in the sentence before the clapper's is not the clapper's
    "How deep is the clapper?",
    "What is the role of the bell tower in the town's festivals?",
    "What is the lathe's motor made of?",
    "Who is the current master of the foundry?",  # the text tells of the past
    "Who was the clerk of the Harlo Guild of Smiths?",  # Sollis was the foundry's clerk, not the guild's
    "What salary did Emil Marren earn as master?",  # no sum of money in the sentence about him
])
def test_the_same_frames_still_decline_what_the_text_does_not_say(foundry, question):
    assert foundry.ask(question).kind == "decline"


@pytest.mark.parametrize("question", ["How did the foundry test a new bell?", "Name the three ways a bell was tested."])
def test_a_sentence_that_opens_a_list_comes_with_its_items(foundry, question):
    """"... in three ways." followed by "First, ...", "Second, ...": the reply shows the items."""
    reply = foundry.ask(question)
    for fact in ("three ways", "First, the founder", "Second, a singer"):
        assert answered(reply, fact), reply.text


@pytest.mark.parametrize(("word", "kin"), [
    ("standardised", "standard"), ("modernise", "modern"),  # verbs made of nouns and adjectives
    ("strengthen", "strength"), ("shortened", "short"),
    ("employees", "employ"), ("trainees", "train"),  # the one an act is done to
])
def test_a_word_the_text_lacks_is_read_as_its_family(word, kin):
    words = Words("en")
    assert kin in [form for _, form in words.family(word, words.lang.stem(word))]


def test_what_a_thing_happens_from_is_its_cause(foundry):
    """"X happens when ...", "X results from ...", "the sources of X" give what causes X."""
    reply = foundry.ask("What causes cracking?")
    assert answered(reply, "struck in hard frost") and not reply.no_reason, reply.text


def test_a_contrast_shows_what_each_thing_is(foundry):
    """"How is X different from Y?" answered by a passage about Y alone also shows what X is."""
    reply = foundry.ask("How is a chime different from a peal?")
    assert answered(reply, "A chime is a set of bells"), reply.text


def test_a_sentence_announcing_motives_comes_with_them(foundry):
    """"X had several motives." then "She wanted ...": what it announces follows it."""
    reply = foundry.ask("What were Ida Marren's goals?")
    assert answered(reply, "several motives") and answered(reply, "serve the churches"), reply.text


@pytest.mark.parametrize(("agent", "verb_form", "shared"), [
    ("followers", "followed", False),  # a follower is a supporter, not one who succeeds
    ("followers", "succeeded", False),
    ("follow", "succeeded", True),  # the verb keeps its group
])
def test_an_agent_noun_keeps_no_synonym_group_of_its_verb(agent, verb_form, shared):
    words = Words("en")
    groups = {k for k in words.keys(agent, words.stem(agent))[0] if k.startswith(("zg", "zx"))}
    others = {k for k in words.keys(verb_form, words.stem(verb_form))[0] if k.startswith(("zg", "zx"))}
    assert bool(groups & others) is shared
