"""A body or a country asked of is not answered by a sentence telling that another did the same.

"When did the United States ban antibiotics as growth promoters?" shares all but its name with "The European Union
banned the use of antibiotics as growth promoters ... from 2006": that sentence tells of another doer, and its date
is not the one asked. The tutor declines when the chosen passage says every other word of the question (the doing,
all of it), opens with a name of its own that shares no word with the question (its subject: "The European Union
banned ..."), and does not say a name the question asks of as its subject (English: right after the auxiliary, "when
did the United States ...", "how many satellites does Galileo have?"), neither itself (its spellings, aliases) nor by
an opening pronoun (`otherwise.said_before`). Not a person asked of ("he", "the king" may tell of one; a name the
pack reads as a person's, `names.NameBook.persons`), nor "who ...?" (another name is the answer), nor a definition.
Rules of English word order; no word of a text.

Tried and left out (round 23): any name of the question the passage does not say (answered -29 development, -33
held out: a name said otherwise, "Ельцин" / "президент", a typo read as a name); with the passage opening with another
name: -4 development, -2 held out; with the name the question's subject: -2 held out; with the rest of the
question all said: -1 held out; taking the next passage that says the name instead of declining: it took a passage
of the name asked that answered something else.

Measured again in round 37 (the question's weightiest name, of any kind, said by none of the reply's passages, by no
synonym nor an opening pronoun): declined +14 held out, +1 fresh held out, but answered -56 and -11 (development +1
-22, fresh development +2 -11). Why it cannot be told apart: both kinds of reply come from the name's own
neighbourhood. Of 33 development answers that leave the name unsaid, 23 have it in the sentences around the passage
or its section's title (the passage goes on about it: "Each of its cables ..." after "the Tarn Bridge"), 5 elsewhere
in its section, the rest say it otherwise (a part for the whole, "Rivelle" for the valley it lies in; a people's
adjective for its country; a common noun, "the canal" for "the Wend Canal"; the pack's own subject); and each of the
16 held-out and check declines missed this way has the name in its section too (requiring it absent from the context
and the title: held +4 -11; from the section: held 0 -3). Nor does a passage naming another name of the same kind
decide it ("on Kell Island" asked, "on Marra" said: held +8 -20; with the same preposition before both: held +2 -3).

Measured in round 40 (a question relating two named things, "how far is Kell Island from Marra?", whose reply says
one and not the other, by no form, alias, weak key nor opening pronoun): the chosen passage: held out +23 -77, fresh
held out +4 -14 (development +1 -33, fresh development 0 -28); every sentence the reply shows: held +16 -56; the other
name unsaid by the passage's context too (the sentences around it, its section's title): held +9 -11, fresh held 0 -1
(development 0 -8, fresh development 0 -4); by its whole section: held +3 -5. Left out: the right answers leave the
second name to the sentences around them as the wrong ones do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import normalise
from .otherwise import said_before
from .slots import _RUN, _common
from .words import WORD

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc, Library

__all__ = ["name_unsaid"]

# English: the auxiliaries a question's subject follows, and the articles before it
_AUXILIARIES = frozenset({"did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will", "would",
                          "could", "can"})
_ARTICLES = frozenset({"the", "a", "an"})


def name_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a question name something (besides asking of it) that the passage says neither itself nor by an
    opening pronoun?"""
    if q.wants.define or q.wants.expand or q.wants.person:  # "who ...?": another name is the answer
        return False
    names = [u for u in q.units if u.name and not u.light]
    if not names or len(names) == len(q.units):
        return False
    missing = [u for u in names if not u.strong & doc.keys and not said_before(doc, u, library)]
    if not all(u.strong & doc.keys for u in q.units if not u.name and not u.light):
        return False  # the passage tells of the same doing, all of it, only of another doer
    persons = library.names.persons  # a person asked of: "he", "the king" may tell of him; a body or a country is named
    missing = [u for u in missing if not (u.stems or {u.stem}) & persons and _subject(q.text, u.text)]
    return bool(missing) and _opens_with_other(q, doc, library)


def _subject(question: str, name: str) -> bool:
    """Is a name the subject of an English question: right after its auxiliary, with an article or none ("when did
    the United States ban ...?", "how many satellites does Galileo have?")?"""
    tokens = WORD.findall(question)
    first = name.split()[0]
    for i, token in enumerate(tokens):
        if token == first and i:
            before = tokens[i - 1] if tokens[i - 1] not in _ARTICLES or i < 2 else tokens[i - 2]
            if before in _AUXILIARIES:
                return True
    return False


def _opens_with_other(q: Question, doc: Doc, library: Library) -> bool:
    """Does the passage open (its subject) with a name of its own that shares no word with the question ("The
    European Union banned ...", "Galileo began ...")?"""
    words = library.words
    text = doc.text.lstrip()
    run = _RUN.match(text)
    if run is None:
        return False
    names = [normalise(w) for w in run.group().split()]
    if _common(names[0], library):
        names = names[1:]  # "The European Union": "the" opens the sentence
    if not names and (after := _RUN.match(text, run.end() + 1)) is not None and after.start() == run.end() + 1:
        names = [normalise(w) for w in after.group().split()]
    names = [w for w in names if w not in words.stop]
    return bool(names) and not any({words.stem(w), words.name_stem(w)} & q.stems for w in names)

