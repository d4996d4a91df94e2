"""A body that acts: "who extended the toll?" is answered by "The Harbour Board extended the toll ...", "who built
the weir?" by "It was built by the Guild of Masons". A name the text writes (a capitalised run, `names`) that stands
as the subject right before a verb's inflected form ("The Harbour Board extended", "the Salt Company shut down"), or
after that verb's passive "by" ("is run today by the Carters' Guild"), is the agent of that verb, whether a person or
an organisation; so is a name before a person's relative "who" ("after Alexander of Aphrodisias, who described it"),
unless a pronoun stands between it and the verb ("X, who he met": "he" met X). A "who" question asking by that verb,
whose names are not that agent, is met by the passage as by one naming a new person.
In English only (its order of subject and verb is fixed, and WordNet tells its verb forms):
a word after a name that is no inflected verb ("a Verden cart", "Harbour dues", "the Evening Post interview"), a
common noun as subject ("the lock keeper measures"), or a name and a word on either side of a comma is no agent and
its act.

A thing said as a person's own is that person's doing too: "Augustin Fresnel, a French engineer, presented his stepped
lens" pairs the words after "his" / "her" (up to `OWNED`) with the nearest person named before it, and "A similar
lamp, designed by George Stephenson" pairs the noun before the comma with the passive's agent as well as the verb; so
"who invented the stepped lens?" meets its agent by the noun (`acted_nouns`, `events`)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .. import wordnet
from ..text import normalise
from .names import WRITTEN_WORD, NameBook
from .words import Words

if TYPE_CHECKING:
    from .analysis import Question

__all__ = ["Agents", "acting", "agents_of", "inflected_verb", "named_after"]

PASSIVE_BY = {"en": "by"}  # the word that brings in a passive verb's agent; a language without one has no entry
# words that end a subject before a verb: a conjunction ("the Verden and burned"), a relative, and the auxiliary of
# a passive, whose subject undergoes the act ("Verden was flooded", "the Carters were fined")
BREAKS = {"en": frozenset("and or but nor that which who whom is are was were be been being".split())}
POSSESSIVE = {"en": frozenset({"his", "her"})}  # the pronouns that make a thing a person's own ("his stepped lens")
NAMED_AFTER = {"en": frozenset({"after", "for"})}  # "named after X": X's thing (`_named_after`)
# the relative pronoun of a person, whose verb's subject is the name before it ("Alexander of Aphrodisias, who
# described it"): not "which" (a thing, often a place that undergoes no act), not "whom" (its object)
PERSON_RELATIVE = {"en": "who"}
OWNED = 3  # words of the thing a possessive names
BETWEEN = 2  # function words that may stand between a subject and its verb ("The Board then extended"), or
# between a verb and "by" ("run today by")


class Agents(NamedTuple):
    """Each verb a name acts by in a passage, as a strong key of the verb and a name stem of its agent."""

    pairs: frozenset[tuple[str, str]] = frozenset()


def agents_of(text: str, book: NameBook, words: Words) -> Agents:
    """The verbs of a passage whose subject (or passive agent) is a name it writes, with those names."""
    by = PASSIVE_BY.get(words.code)
    if by is None:
        return Agents()
    found = list(WRITTEN_WORD.finditer(text))
    tokens = [m.group() for m in found]
    joined = [not text[a.end():b.start()].strip() for a, b in zip(found, found[1:], strict=False)]  # no comma
    pairs: set[tuple[str, str]] = set()
    for i, token in enumerate(tokens):
        if not token.isalpha() or not token.islower() or (token in words.stop and token not in POSSESSIVE.get(
                words.code, ())):
            continue
        finite = inflected_verb(token) and not token.endswith("ing")  # "Verden trading", "were dying": no subject's
        name = _subject(tokens, joined, i, book, words) if finite else set()
        passive = set() if name else _passive_agent(tokens, joined, i, by, book, words)  # "is run today by"
        acted = [token]
        if passive and finite and i > 0 and not joined[i - 1] and _noun(tokens[i - 1], words):
            acted.append(tokens[i - 1])  # "a similar lamp, designed by George Stephenson": the lamp is his too
        if token in POSSESSIVE.get(words.code, ()):
            acted, name = _owned(tokens, joined, i, words), _owner(tokens, joined, i, book, words)
        for thing in acted:
            pairs.update((key, stem) for key in words.keys(thing, words.stem(thing))[0] for stem in name or passive)
    for thing, name in _named_after(tokens, joined, book, words):  # "The effect is named after Karl Brenner"
        pairs.update((key, stem) for key in words.keys(thing, words.stem(thing))[0] for stem in name)
    return Agents(frozenset(pairs))


def named_after(text: str, code: str) -> bool:
    """Does a passage say a thing is named after someone ("named after", "named for": `NAMED_AFTER`)?"""
    return any(f"named {w}" in text for w in NAMED_AFTER.get(code, ()))


def _named_after(tokens: list[str], joined: list[bool], book: NameBook, words: Words) -> list[tuple[str, set[str]]]:
    """The things a passage says are named after a person ("The effect is named after Karl Brenner", "the comet,
    named for Ada Vell"), each with that person's name: the thing is the person's doing, as one they made or found
    (English: `NAMED_AFTER`)."""
    found: list[tuple[str, set[str]]] = []
    for i in range(1, len(tokens) - 2):
        if tokens[i] != "named" or tokens[i + 1] not in NAMED_AFTER.get(words.code, ()) or not joined[i]:
            continue
        name = _run(tokens, joined, i + 2, 1, book, words) if joined[i + 1] else set()
        k = i - 1
        while k > 0 and joined[k] and tokens[k] in BREAKS.get(words.code, ()):
            k -= 1  # "is", "was": the thing is before them
        if name & book.persons and _noun(tokens[k], words):
            found.append((tokens[k], name))
    return found


def _noun(token: str, words: Words) -> bool:
    return token.isalpha() and token.islower() and token not in words.stop and not inflected_verb(token)


def _owned(tokens: list[str], joined: list[bool], i: int, words: Words) -> list[str]:
    """The words of the thing a possessive names ("his stepped lens"), up to `OWNED` of them."""
    found: list[str] = []
    for k in range(i + 1, min(len(tokens), i + 1 + OWNED)):
        if not joined[k - 1] or not tokens[k].isalpha() or not tokens[k].islower() or tokens[k] in words.stop:
            break
        found.append(tokens[k])
    return found


def _owner(tokens: list[str], joined: list[bool], i: int, book: NameBook, words: Words) -> set[str]:
    """The person a possessive refers to: the nearest person's name written before it in the passage."""
    for k in range(i - 1, -1, -1):
        if tokens[k][:1].isupper() and words.name_stem(normalise(tokens[k])) in book.persons:
            return _run(tokens, joined, k, -1, book, words)
    return set()


def acting(agents: Agents, q: Question) -> bool:
    """Is a name the passage writes, and the question does not (a card seen may have lent it: "who extended it?"
    after a card on the Harbour Board's toll), the one that does what the question asks?"""
    if not agents.pairs:
        return False
    asked, named = frozenset().union(*(u.strong for u in q.units if not u.name)), q.stems - q.lent
    return any(key in asked and name not in named for key, name in agents.pairs)


@lru_cache(maxsize=1 << 14)
def inflected_verb(word: str) -> bool:
    """Is a word a verb's inflected form ("extended", "runs", "shot", "built"), not its bare form?"""
    return bool(wordnet.base_forms(word, "v") - {word})


def _capitalised_name(tokens: list[str], k: int, book: NameBook, words: Words) -> bool:
    token = tokens[k]
    return token[:1].isupper() and words.name_stem(normalise(token)) in book.stems


def _run(tokens: list[str], joined: list[bool], last: int, step: int, book: NameBook, words: Words) -> set[str]:
    """The name stems of the capitalised run that ends (step -1) or starts (step 1) at `last`."""
    found: set[str] = set()
    k = last
    while 0 <= k < len(tokens) and _capitalised_name(tokens, k, book, words):
        found.add(words.name_stem(normalise(tokens[k])))
        nxt = k + step
        if not (0 <= nxt < len(tokens) and joined[min(k, nxt)]):
            break
        k = nxt
    return found


def _subject(tokens: list[str], joined: list[bool], i: int, book: NameBook, words: Words) -> set[str]:
    """The name right before a verb (over at most `BETWEEN` function words), as its subject."""
    k, breaks = i - 1, BREAKS.get(words.code, frozenset())
    while k >= 0 and joined[k] and i - k <= BETWEEN and tokens[k].islower() and tokens[k] in words.stop:
        if tokens[k] == PERSON_RELATIVE.get(words.code) and not any(t in words.tw.pronouns for t in tokens[k + 1:i]):
            return _run(tokens, joined, k - 1, -1, book, words) if k > 0 else set()  # "X, who then described"
        if tokens[k] in breaks:
            return set()
        k -= 1
    return _run(tokens, joined, k, -1, book, words) if k >= 0 and joined[k] else set()


def _passive_agent(tokens: list[str], joined: list[bool], i: int, by: str, book: NameBook, words: Words) -> set[str]:
    """The name after the verb's "by" ("built by the Guild of Masons")."""
    for k in range(i + 1, min(len(tokens), i + 2 + BETWEEN)):
        if not joined[k - 1]:
            return set()
        if tokens[k] == by:
            start = k + 1
            while start < len(tokens) and joined[start - 1] and tokens[start].islower() and tokens[start] in words.stop:
                start += 1  # "by the"
            return _run(tokens, joined, start, 1, book, words) if start < len(tokens) and joined[start - 1] else set()
        if not tokens[k].islower():
            return set()
    return set()
