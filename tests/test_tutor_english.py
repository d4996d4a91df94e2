"""Rules of English the tutor reads questions and notes by, each shown on a small text
written here (no pack's subject): names with initials and names called after a person,
phrasal verbs, light verbs and indefinite pronouns, sums of money and shares, contrasts,
and questions that ask for a figure without saying "how many".
"""

from __future__ import annotations

import pytest

from studybot.core.packs import Card, Pack, Section
from studybot.core.tutor import Reply, Tutor
from studybot.core.tutor.acronyms import spelt_out
from studybot.core.tutor.names import find_names
from studybot.core.tutor.words import Words

MILLS = """\
The Tarvia mill was built on the Orne river in 1871 and closed in 1958.
In 1960 the empty mill became a school for weavers' children.
Its first owner was Mary K. Okafor, a weaver from the coast.
Okafor later gave her name to the Okafor Scheme, a savings fund that paid the weavers' pensions.
The Okafor Scheme ended in 1931, when the town council took over the pensions.
The new mill used steam engines, whereas the old mill was driven by the river.
In 1902 the town gave the two mills a grant of $40,000, about 3% of the town's yearly budget.
Unemployment in the valley rose sharply after the mill closed.
The Tarvia mill received more cotton than any other mill in the valley because it stood by the railway.

The flood of 1936 damaged the Tarvia mill badly.
Water stood in the weaving hall for a week, so the looms rusted and the mill stopped for a year.
The weavers joined the Orne Valley Textile Union (OVTU) in 1911.
Two weavers of the old mill led the great strike of 1911.
Anna Berg spoke for the spinners, and Tom Lusk for the dyers.
Newspapers in Lenn described the strike as a turning point for the valley.
The OVTU won a shorter working week in 1919.
By 1920 the OVTU was the largest union in the valley.
In the 1860s the valley suffered from what came to be known as the cotton famine.
Raw cotton from America stopped arriving during the American Civil War.
The mill's waiting list was 300 names long in 1900.
Each winter about 40 barges brought coal up the Orne to the mill.
The steam engines of the new mill were shut down in 1955.
By 1900 the new mill ran 12 Jacquard machines.
A weir was built across the Orne in 1890, to store water for the dry summers.
The valley's night school for weavers ran between 1885 and 1914.
Weavers from Finland came to the valley in 1880 because the mills paid well.
In 1910 the Lenn weavers' guild drew up demands for the owners.
Those demands were a shorter week, a pension fund and a school.
In 1911 Anna Berg led the weavers' march to Lenn, where the mayor Karl Dorn was taken prisoner by the crowd.
The Lenn weavers' guild lost its hall during the Great Strike.
In 1890 the old mill was split into two workshops: one for spinning, one for dyeing.
The Orne Board, the valley's water authority, sets the river's level and licenses the mills.
The Orne Board gave Anna Berg its silver medal in 1925.
A WB mark on a bale names the weaving shed that packed it.
In March 1929 the mills suffered a great collapse of prices.
Most of the Tarvia mill's cloth was plain calico for tailors.
Hydrologists cannot yet forecast the spring floods of the Orne.
A sudden rise of the river is the first warning that a flood is coming.
The owners gave several reasons for closing the mill in 1958.
Cheap cloth from abroad had taken its customers.
Its steam engines were worn out.
The railway station nearby had been shut."""


def ask(tutor: Tutor, question: str) -> Reply:
    return tutor.ask(question)


@pytest.fixture(scope="module")
def mills() -> Tutor:
    pack = Pack(id="mills", title="Cotton mills of the Orne valley",
                sections=(Section(id="mills", title="The mills", notes=MILLS),), cards=(),
                aliases={"Mary Okafor": ("Okafor", "Mary K. Okafor"), "Okafor Scheme": ("the Scheme",)})
    return Tutor(pack, cache=False)


def answered(reply: Reply, fact: str) -> bool:
    return reply.kind == "answer" and fact in " ".join(reply.sentences)


def test_an_initial_inside_a_name_is_part_of_the_person():
    book = find_names(["Its first owner was Mary K. Okafor, a weaver.", "Okafor wove."], Words("en"))
    assert {"mari", "okafor"} <= book.persons
    assert "k" not in book.persons  # an initial is no name of its own


def test_a_name_called_after_a_person_is_not_the_person(mills):
    """"Okafor Scheme" is found by its own name, not by every sentence naming Okafor."""
    scheme = mills.analyser.question("What was the Okafor Scheme?", "what was the okafor scheme?")
    person = mills.analyser.question("Who was Mary Okafor?", "who was mary okafor?")
    assert scheme is not None and person is not None
    assert [len(u.strong) for u in scheme.units] == [1]  # the alias group's key only
    assert "okafor" in person.units[0].strong  # a person is found by the surname
    assert answered(ask(mills, "What was the Okafor Scheme?"), "a savings fund")


@pytest.mark.parametrize(("question", "fact"), [
    ("What did the empty mill turn into?", "a school"),  # "turn into": become
    ("Why did the Tarvia mill get more cotton than anyone else?", "railway"),  # "anyone else" frames it
    ("How much money did the town hand out to the mills?", "$40,000"),  # "money": a sum of money
    ("How large was the grant relative to the town's budget?", "3%"),  # relative: a share answers
    ("How was the new mill different from the old one?", "whereas"),  # a contrast
])
def test_english_phrasings_find_the_sentence_that_answers(mills, question, fact):
    reply = ask(mills, question)
    assert answered(reply, fact), reply.text


def test_a_rate_asks_for_a_figure_the_text_does_not_give(mills):
    """"What was the unemployment rate?" wants a figure: a sentence about unemployment
    without one does not answer it."""
    assert ask(mills, "What was the unemployment rate in the valley after the mill closed?").kind == "decline"
    assert answered(ask(mills, "What happened to unemployment in the valley after the mill closed?"), "rose")


def test_why_takes_the_reason_from_the_sentence_after(mills):
    """The fact is in one sentence, the reason ("so", "because") in the next."""
    reply = ask(mills, "Why did the flood of 1936 damage the Tarvia mill so badly?")
    assert reply.kind == "answer" and not reply.no_reason, reply.text
    assert "looms rusted" in reply.text


def test_why_shows_the_reasons_a_sentence_announces(mills):
    """"The owners gave several reasons for closing the mill": the reasons are the sentences after it."""
    reply = ask(mills, "Why did the owners close the mill?")
    assert reply.kind == "answer" and not reply.no_reason, reply.text
    assert "Cheap cloth" in reply.text and "worn out" in reply.text


@pytest.mark.parametrize(("text", "expected"), [
    ("They joined the Orne Valley Textile Union (OVTU) in 1911.", {"OVTU"}),
    ("The limit is called the MTU (maximum transmission unit).", {"MTU"}),
    ("Documents called RFCs, short for Request for Comments.", {"RFC"}),
    ("В 1991 г. создан Государственный комитет по чрезвычайному положению (ГКЧП).", {"ГКЧП"}),
    ("The OVTU (founded in 1911) won a shorter week.", set()),  # brackets that spell nothing out
    ("The mill sold cloth to the USA (and Canada).", set()),
    ("Do not confuse it with IANA, the Internet Assigned Numbers Authority, which hands out blocks.", {"IANA"}),
    ("In 1947 the USA, Britain and France met.", set()),
    ("The guild sorted its looms into Fast, Idle and Broken (FIdB) groups.", {"FIdB"}),  # capitals and small letters
    ("The weavers sold cloth to the Marlow Office of Trade (MoT).", {"MoT"}),
    ("The mill stood by the river (Kell) for a century.", set()),  # one capital: a word, no acronym
    ("The mill's owner (McKay) sold it in 1911.", set()),  # its capitals are no initials of the words before
])
def test_acronyms_a_sentence_spells_out(text, expected):
    assert spelt_out(text, ("short for", "stands for")) == expected


@pytest.mark.parametrize("question", ["What does OVTU stand for?", "What does the abbreviation OVTU mean?"])
def test_what_an_acronym_stands_for_is_the_sentence_that_spells_it_out(mills, question):
    """Not "the OVTU was the largest union": the sentence that spells it out answers, alone."""
    reply = ask(mills, question)
    assert reply.sentences == ("The weavers joined the Orne Valley Textile Union (OVTU) in 1911.",), reply.text


def test_where_inside_a_question_asks_for_no_place(mills):
    """"How did the weavers decide where to ..." asks how, not where."""
    question = mills.analyser.question("How did the owners decide where to build the mill?",
                                       "how did the owners decide where to build the mill?")
    assert question is not None and not question.wants.place
    where = mills.analyser.question("Where was the mill built?", "where was the mill built?")
    assert where is not None and where.wants.place


def test_a_term_named_at_the_end_of_a_sentence_is_explained_by_the_next(mills):
    reply = ask(mills, "What was the cotton famine?")
    assert answered(reply, "stopped arriving"), reply.text


def test_how_long_is_answered_by_a_figure_said_to_be_long(mills):
    """"300 names long" is no length in metres, but it says how long."""
    assert answered(ask(mills, "How long was the mill's waiting list?"), "300 names")


def test_a_figure_answers_a_question_for_a_number(mills):
    from studybot.core.tutor.words import NUMBER_KEY
    with_figure = [d for d in mills.docs if "300 names" in d.text]
    year_only = [d for d in mills.docs if d.text.startswith("The OVTU won")]
    assert NUMBER_KEY in with_figure[0].keys and NUMBER_KEY not in year_only[0].keys
    question = mills.analyser.question("What number?", "what number?")
    assert question is not None and NUMBER_KEY in question.keys


@pytest.mark.parametrize(("question", "fact"), [
    ("cotton famine date?", "1860s"),  # "date" at the end asks for a date
    ("wat did the OVTU win in 1919?", "shorter working week"),  # "wat": a question word with a letter left out
])
def test_terse_and_misspelt_questions(mills, question, fact):
    assert answered(ask(mills, question), fact), question


def test_a_compound_the_text_writes_as_two_words_is_split(mills):
    question = mills.analyser.question("When was the mill's closedown?", "when was the mill's closedown?")
    assert question is not None and {"close", "down"} <= {u.stem for u in question.units} | set(question.stems)


def test_a_short_word_the_text_never_uses_still_counts(mills):
    """"die" is not in the text: a question about dying is not answered by any sentence naming Okafor."""
    assert ask(mills, "When did Mary Okafor die?").kind == "decline"


def test_which_people_is_answered_with_the_sentence_that_names_them(mills):
    """The sentence that best matches "which weavers ..." names nobody: the next one does."""
    reply = ask(mills, "Which weavers led the great strike of 1911?")
    assert answered(reply, "Anna Berg"), reply.text


def test_suggest_is_propose_but_not_invent():
    """"Its size suggests ..." says nothing of who invented anything."""
    words = Words("en")

    def groups(word: str) -> set[str]:
        return {k for k in words.keys(word, words.stem(word))[0] if k.startswith("zx")}

    assert groups("suggested") & groups("proposed") and groups("invented") & groups("proposed")
    assert not groups("suggested") & groups("invented")


def test_how_many_counts_what_it_names(mills):
    """"How many looms" is not answered by "40 barges"."""
    assert ask(mills, "How many looms did barges bring up the Orne each winter?").kind == "decline"
    assert answered(ask(mills, "How many barges came to the mill each winter?"), "40 barges")
    assert answered(ask(mills, "How many Jacquard looms did the new mill run?"), "12 Jacquard")  # a name counts too


@pytest.mark.parametrize(("question", "fact"), [
    ("Can scientists forecast the floods of the Orne?", "Hydrologists"),  # a scientist: any "-ologist"
    ("What warns that a flood is on its way?", "sudden rise"),  # "on its way": coming
])
def test_general_words_find_their_kinds(mills, question, fact):
    assert answered(ask(mills, question), fact), question


@pytest.mark.parametrize(("question", "fact"), [
    ("When were the steam engines switched off?", "1955"),  # switched off, shut down: closed
    ("Into which two parts was the old mill divided?", "spinning"),  # divided: split; "parts" is light
    ("What does the Orne Board do?", "licenses the mills"),  # "what does X do": what X is
    ("Silver medal year for Anna Berg?", "1925"),  # a bare question saying "year" asks for a date
])
def test_more_english_phrasings(mills, question, fact):
    assert answered(ask(mills, question), fact), question


def test_the_answer_names_what_the_question_names():
    """Of two sentences that answer "what fraction went to Arlo?", the one naming Arlo is
    chosen, not the one that only has Arlo in the sentence after it."""
    notes = ("The Kessel Bridge was built over the river in 1901.\n"
             "About 60% of the money for the bridge went to the steel firm Dorn and Sons.\n"
             "The town of Arlo paid the remaining 40% in 1903.\n"
             "The county paid nothing.")
    tutor = Tutor(Pack(id="k", title="Bridges of the Kessel", cards=(),
                       sections=(Section(id="s", title="The bridge", notes=notes),)), cache=False)
    text = "What fraction of the money for the bridge went to Arlo?"
    question = tutor.analyser.question(text, text.casefold())
    assert question is not None
    best = tutor.ranker.choose(question, tutor.ranker.rank(question))
    assert best is not None and "Arlo" in best.doc.text


def test_a_short_sentence_stating_a_cards_figure_answers_its_question():
    """"A bale weighs 180 kg." states card's answer; a longer sentence that shares more of the
    card's explanation does not outrank it, and the short one is no mere restatement."""
    notes = ("Nine iron hoops hold a bale together, each taking about 20 kg of its weight.\n"
             "A bale weighs 180 kg.\n"
             "A bale of wool weighs less.")
    card = Card(id="bale", section="s", kind="numeric", prompt="How heavy is a bale of cotton, in kg?",
                answer="180 kg", explanation="Nine iron hoops of about 20 kg each hold the weight of a bale.")
    tutor = Tutor(Pack(id="b", title="Cotton trade", cards=(card,),
                       sections=(Section(id="s", title="Bales", notes=notes),)), cache=False)
    reply = ask(tutor, "How many kg does a bale weigh?")
    assert reply.kind == "answer" and "180 kg" in reply.text, reply.text
    assert [d for d in tutor.docs if d.text == "A bale weighs 180 kg."][0].cards == ("bale",)


@pytest.mark.parametrize(("question", "fact"), [
    ("What does a WB mark tell you?", "names the weaving shed"),  # a two-letter acronym the text uses
    ("What went wrong for the mills in March 1929?", "collapse of prices"),  # went wrong: failed ~ collapse
    ("What made up most of the Tarvia mill's cloth?", "plain calico"),  # "what made up" asks no reason
])
def test_idioms_and_acronyms(mills, question, fact):
    assert answered(ask(mills, question), fact), question


def test_the_cache_keeps_every_trait_of_a_passage(tmp_path, monkeypatch):
    """A library read back from the disk cache has the same passages, flags and all
    ("announces", "introduces"), as the one built."""
    monkeypatch.setenv("STUDYBOT_CACHE_DIR", str(tmp_path))
    pack = Pack(id="mills", title="Cotton mills of the Orne valley", cards=(),
                sections=(Section(id="mills", title="The mills", notes=MILLS),))
    built = Tutor(pack)
    loaded = Tutor(pack)
    assert type(loaded.library.docs).__name__ == "StoredDocs"
    assert any(d.traits.announces for d in built.docs) and any(d.traits.introduces for d in built.docs)
    assert [loaded.docs[i] for i in range(len(built.docs))] == list(built.docs)


@pytest.mark.parametrize(("question", "fact"), [
    ("What was the turning point for the valley?", "the strike"),  # "described X as a turning point"
    ("When was the Tarvia mill constructed?", "1871"),  # construct ~ build
    ("When did the night school start?", "1885"),  # a span of years says when it started
    ("Why did the Finns come to the valley?", "paid well"),  # an irregular demonym: Finns, Finland
    ("Which parties were forbidden to strike?", None),  # nothing of the kind: declined
])
def test_general_synonyms_and_labels(mills, question, fact):
    reply = ask(mills, question)
    if fact is None:
        assert reply.kind == "decline", reply.text
    else:
        assert answered(reply, fact), reply.text


def test_what_an_acronym_stands_for_is_declined_when_the_text_never_spells_it_out(mills):
    """The text uses "WB" but never says what it stands for; "NATO" is no misspelt name of it."""
    assert ask(mills, "What does WB stand for?").kind == "decline"
    assert ask(mills, "What does NATO stand for?").kind == "decline"


def test_a_short_word_is_a_misspelt_question_word_only_at_the_head_of_the_question(mills):
    head = mills.analyser.question("wen did the OVTU win?", "wen did the ovtu win?")
    inside = mills.analyser.question("Who wore the red hat?", "who wore the red hat?")
    assert head is not None and "wen" not in {u.text for u in head.units} and head.wants.dated
    assert inside is not None and "hat" in {u.text for u in inside.units}  # "hat" is no "what" with a letter lost


@pytest.mark.parametrize(("question", "dated"), [
    ("When does the mill use steam?", False),  # on what occasion, not a date
    ("When did the mill close?", True),
    ("When was the mill built?", True),
    ("When the river floods, which mill stops first?", False),  # a condition, then the question's own word
    ("when the mill closed, what did the weavers do?", False),
    ("When, after the strike, did the mill close?", True),
])
def test_when_asks_for_a_date_unless_it_asks_on_what_occasion(mills, question, dated):
    asked = mills.analyser.question(question, question.casefold())
    assert asked is not None and asked.wants.dated is dated


def test_the_sentence_after_that_goes_on_with_what_is_asked_joins_the_answer(mills):
    """"Those demands were ..." opens with a pronoun and says what the guild demanded."""
    reply = ask(mills, "What did the Lenn weavers' guild demand?")
    assert answered(reply, "a pension fund"), reply.text


@pytest.mark.parametrize(("question", "fact"), [
    ("Which town did the weavers march to?", "Lenn"),  # "which town": the text never says "town" of it
    ("Who was captured in Lenn?", "Karl Dorn"),  # "taken prisoner": captured
    ("When did the Lenn weavers' guild lose its hall?", "during the Great Strike"),  # "during X" says when
])
def test_which_kind_and_taken_prisoner(mills, question, fact):
    assert answered(ask(mills, question), fact), question


def test_why_takes_the_reason_the_next_sentence_gives_for_what_is_asked():
    """The first sentence gives a reason for something else ("so that"); the next says
    why the thing asked about is so ("since")."""
    notes = ("Early river boats were slow and heavy.\n"
             "The river-runner of the 1870s had a huge sail, up to 9 m high, so that one gust carried it far.\n"
             "It was fast but dangerous, since it often capsized in storms.\n"
             "Flat boats carried grain.")
    tutor = Tutor(Pack(id="b", title="River boats", cards=(),
                       sections=(Section(id="s", title="Boats", notes=notes),)), cache=False)
    reply = ask(tutor, "Why was the river-runner dangerous?")
    assert reply.kind == "answer" and "capsized" in reply.text, reply.text


def test_what_made_x_is_answered_by_the_sentence_saying_what_made_it():
    notes = ("Steam engines, bought from Leeds in 1850, made weaving far faster.\n"
             "Weavers worked twelve hours a day.")
    tutor = Tutor(Pack(id="w", title="Weaving", cards=(),
                       sections=(Section(id="s", title="Looms", notes=notes),)), cache=False)
    reply = ask(tutor, "What made weaving faster?")
    assert reply.kind == "answer" and not reply.no_reason and "Steam engines" in reply.text, reply.text


def test_a_thing_named_after_a_person_is_asked_about_not_the_person():
    """"How many Gutenberg Bibles survive?" is answered by "49 survive", which does not name
    Gutenberg; "printed around 1455, was ..." is no figure (the comma after a year)."""
    notes = ("Johannes Gutenberg, a goldsmith from Mainz, built a printing press around 1440.\n"
             "His press combined three things: metal type, an oil-based ink and a screw press.\n"
             "The Gutenberg Bible, printed around 1455, was the first major printed book in Europe.\n"
             "About 180 copies were printed, and 49 survive today.")
    tutor = Tutor(Pack(id="g", title="Printing", cards=(),
                       sections=(Section(id="s", title="Gutenberg", notes=notes),)), cache=False)
    assert answered(ask(tutor, "How many Gutenberg Bibles survive?"), "49 survive")
    assert not [d for d in tutor.docs if d.text.startswith("The Gutenberg Bible")][0].traits.numeric
    assert answered(ask(tutor, "Where did Gutenberg come from?"), "Mainz")  # "come from": from
    assert answered(ask(tutor, "Name the three things Gutenberg's press combined."), "oil-based ink")


def test_a_purpose_after_a_comma_is_a_reason(mills):
    """"..., to store water" says why, without "because"."""
    reply = ask(mills, "Why was the weir built?")
    assert reply.kind == "answer" and not reply.no_reason and "store water" in reply.text, reply.text


def test_a_figure_of_the_measure_asked_for_and_the_sentence_that_says_what_is_asked():
    notes = ("In 1829 the Rainhill Trials were held to choose an engine for the new railway.\n"
             "Stephenson's Rocket won the trials, reaching about 48 km/h.\n"
             "The railway opened in 1830.")
    tutor = Tutor(Pack(id="r", title="Early railways", cards=(),
                       sections=(Section(id="s", title="The first lines", notes=notes),)), cache=False)
    assert answered(ask(tutor, "How fast did Stephenson's Rocket go?"), "48 km/h")  # the figure says "fast"
    assert answered(ask(tutor, "Which engine won the Rainhill Trials?"), "Rocket")  # the sentence saying "won"


@pytest.mark.parametrize("question", ["Which winter was one of the harshest?", "Name one of the harshest winters.",
                                      "What was the one harsh winter?"])
def test_one_of_asks_for_no_figure(question):
    pack = Pack(id="w", title="Weather of the valley", sections=(Section(
        id="w", title="Winters", notes="The winter of 1820 was one of the harshest in the valley.\n\n"
                                       "The summer of 1821 was hot."),), cards=())
    tutor = Tutor(pack, cache=False)
    asked = tutor.analyser.question(question, question.casefold())
    assert asked is not None and not {"1", "one"} & {u.text for u in asked.units}
    assert answered(tutor.ask("Which winter was one of the harshest?"), "The winter of 1820")


def test_how_much_did_x_cost_asks_for_a_sum_of_money_about_x():
    """"How much did X cost?" asks for a sum of money ("cost" names it anywhere in the question),
    given next to X itself even when no other word of the question is there."""
    pack = Pack(id="b", title="Bridges of the valley", sections=(Section(
        id="b", title="Bridges", notes="The Orne Bridge took 12 years to build.\n\n"
                                       "The Orne Bridge came to about $4 million in all.\n\n"
                                       "The ferry carried 40 people."),), cards=())
    tutor = Tutor(pack, cache=False)
    asked = tutor.analyser.question("How much did the Orne Bridge cost?", "how much did the orne bridge cost?")
    assert asked is not None and asked.wants.measures == {"money"}
    assert answered(tutor.ask("How much did the Orne Bridge cost?"), "$4 million")
