"""Who does it, said by a common noun (English): "who repairs the breaches in the dykes?" is answered by "The water
board inspects the dykes and sends repairs", "who deals with stray sheep?" by "Hill shepherds (also called herders)
deal with that", "who paid for the arch?" by "... paid for by the town's guilds". The answer to
"who" is the doer of the question's verb, and a text names a doer by a common noun as often as by a person's name
(`supplying.new_people`) or a capitalised body's (`agents`): a sentence that opens with a noun phrase the question does
not say, followed by the question's verb or an inflected verb, the question's verb said in that first clause (before a
comma, a semicolon or a colon; its own stem: "sends corrections" for "corrects") with no pronoun before it ("and its
wheel turns" has another subject); or the question's verb in the passive with "by" and such a noun after it.

Not for "who was/is X?" (who a person is, or a passive "who was killed?": its doer is not asked), nor for a pioneer or
a post's holder ("who ... first?", "who was king?": a person named answers, `new_people`), nor a phrase that opens with
a pronoun ("It was replaced ...", "They ...": the doer is in the sentence before), a word of the question, or a
preposition ("In 1420 Verden was flooded"), nor a subject before "was" (it undergoes the act).
English only: its subject comes before its verb, and WordNet tells an inflected verb.

Measured in round 39 and left out (on every set's replies at its start; a decline wherever the rule would fire): "who
VERB X?" answered by a reply that says the verb with no doer, in the passive without "by" ("X was translated into many
languages") or, in Russian, in the plural without a subject ("поэму переводили на десять языков"): held out +1 declined,
-22 answered (development 0, -6, fresh sets +2, -2): a Russian plural verb has its subject after it as often as none
("мост построили братья Орловы").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import wordnet
from .agents import named_after

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .words import Words

__all__ = ["doer_named", "doer_said", "named_after_counts"]

# "who corrects ...", "who did X pay ...", "who will run ..."; group 1: the verb
_WHO_VERB = re.compile(r"^\W*who\s+(?:(?:did|does|do|has|have|had|will|would|can|could|should|must|may|might)\s+)?"
                       r"([a-z]+)\b")
_BE = frozenset("was were is are be been am".split())
_PARENTHESIS = re.compile(r"\([^()]*\)")
_CLAUSE = re.compile(r"[,;:]")
SUBJECT_WORDS = 5  # words of the noun phrase a sentence opens with, at most


def doer_said(doc: Doc, q: Question, words: Words) -> bool:
    """Does a passage name the doer of a "who VERB ...?" question's verb by a noun phrase (see the module)?"""
    if words.lang.code != "en":
        return False
    m = _WHO_VERB.match(q.text)
    if m is None or m.group(1) in _BE or m.group(1) in words.stop or q.posts:  # "who ... first?", "who was king?":
        return False  # a pioneer or a post's holder, named (`new_people`)
    verb = words.stem(m.group(1))
    text = _PARENTHESIS.sub(" ", doc.text)
    tokens = words.tokens(text)
    stems = [words.stem(t) for t in tokens]
    if verb not in stems:
        return False
    clause = words.tokens(_CLAUSE.split(text, maxsplit=1)[0])  # the doer's own clause: not "X stands, and its wheel
    said = [words.stem(t) for t in clause]  # turns" for "who turns the wheel?"
    return (verb in said and not any(t in words.tw.pronouns for t in clause[:said.index(verb)])
            and _opening_doer(clause, said, verb, q, words)) or _passive_doer(tokens, stems, verb, q, words)


def doer_named(doc: Doc, q: Question, words: Words, after: bool = True) -> bool:
    """Does a passage name the doer of a "who VERB ...?" question's own verb, a light one ("make", "come") left out:
    by a noun phrase (`doer_said`) or a name it writes as that verb's subject or passive agent (`agents`)? "who built
    the weir?": "It was built by the Guild of Masons", not "It was built for the Mill Company" nor "the Guild
    raised it" (another verb, however close: a cue for ranking, where the verb itself tells the doer). A thing named
    after a person the question names ("who discovered the Brenner effect?": "The effect is named after Karl Brenner,
    who described it") is that person's doing too, unless `after` is False (`named_after_counts`)."""
    m = _WHO_VERB.match(q.text) if words.lang.code == "en" else None
    if m is None or m.group(1) in _BE or m.group(1) in words.stop or m.group(1) in words.tw.light_words:
        return False
    verb = _forms(m.group(1), words)
    return doer_said(doc, q, words) or any(name not in q.stems and _forms(key, words) & verb
                                           for key, name in doc.agents.pairs) or (
        after and named_after(doc.text, words.lang.code) and bool(doc.persons & q.stems))  # "the Brenner effect": "the
    # effect is named after Karl Brenner, who ..." tells who, the thing named after its doer


def named_after_counts(q: Question, docs: Sequence[Doc], words: Words) -> bool:
    """Does a passage saying whom a thing is named after tell who did what a "who VERB X?" question asks (`doer_named`,
    `acted_nouns.reread_named`)? Not when another of `docs` (the candidates) names the doer of that very verb: "who
    tested the Brenner effect?" is answered by "In 1845 Buys Ballot tested it", not by "The effect is named after Karl
    Brenner, who described it"; the name a thing bears tells who found or described it, not who did all else to it."""
    if not q.wants.person or not any(named_after(d.text, words.lang.code) for d in docs):
        return True
    return not any(not named_after(d.text, words.lang.code) and doer_named(d, q, words, after=False) for d in docs)


def _forms(word: str, words: Words) -> frozenset[str]:
    """A verb's stem and the stems of its base forms ("wrote", "written": "write")."""
    return frozenset({words.stem(word), *(words.stem(b) for b in wordnet.base_forms(word, "v"))})


def _new(tokens: list[str], q: Question, words: Words) -> bool:
    """Is a noun phrase one of the passage's own: no pronoun, some word the question does not say?"""
    content = [t for t in tokens if t not in words.stop]
    return bool(content) and not any(t in words.tw.pronouns for t in tokens) and any(
        words.stem(t) not in q.stems for t in content)


def _opening_doer(tokens: list[str], stems: list[str], verb: str, q: Question, words: Words) -> bool:
    """Does the sentence open with a noun phrase of its own, then the question's verb or an inflected verb?"""
    if not tokens or tokens[0] in words.tw.prepositions or not tokens[0].isalpha():
        return False  # "In 1420 Verden was flooded": no noun phrase opens it
    for k, (token, stem) in enumerate(zip(tokens[:SUBJECT_WORDS + 1], stems, strict=False)):
        if stem == verb or (k and bool(wordnet.base_forms(token, "v") - {token})):
            return k > 0 and token not in _BE and _new(tokens[:k], q, words)  # "X was flooded": X undergoes it
    return False


def _passive_doer(tokens: list[str], stems: list[str], verb: str, q: Question, words: Words) -> bool:
    """Is the question's verb said in the passive with "by" and a noun phrase of the passage's own ("paid for by
    the town's guilds")?"""
    for k, stem in enumerate(stems):
        if stem != verb:
            continue
        after = tokens[k + 1:k + 4]
        if "by" in after:
            rest = tokens[k + 2 + after.index("by"):k + 2 + after.index("by") + 3]
            if _new(rest[:2], q, words):
                return True
    return False
