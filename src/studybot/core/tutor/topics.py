"""What a passage is about (its topic) and what a question asks something of (its subject).

A sentence says first what it is about, then what it says of it (theme before rheme): "The AV node delays the impulse"
is about the AV node, "The impulse then reaches the AV node" about the impulse; "Silicon has four valence electrons"
is about silicon, "Doping silicon with boron ..." about doping. A figure, a date, a time word or an enumerator that
opens a sentence ("In 1956 ...", "Third, ...") only sets it in time or order: the topic is the first content word
after them (with the pack's multi-word name or synonym it opens). A passage is keyed `TOPIC_KEY` + the strong keys
of its topic.

An English question asks something of the words after its auxiliary: "what does the AV node do?", "how many valence
electrons does silicon have?" ask of the AV node, of silicon. A passage whose topic is that subject is about what is
asked (`Weights.topic_bonus`), and so is one going on about it by a pronoun ("The AV node ... It delays ..."). A
question without an auxiliary ("who invented X?": the question word is the subject)
has none; nor has a language whose auxiliaries are not listed. A Russian question of what X did ("чем занимались X?",
"что делали X?") asks of X: a passage opening with X in that form and a verb of a deed is about it
(`opens_with_doer`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..matching import Prepared
from .words import WORD

if TYPE_CHECKING:
    from .analysis import Question, Unit
    from .documents import Doc
    from .words import Words

__all__ = ["AUXILIARIES", "DOING", "TOPIC_KEY", "on_topic", "opens_with_doer", "subject", "topic_keys"]

TOPIC_KEY = "ztopic"
AUXILIARIES = {"en": frozenset("does do did is are was were has have had can could will would should must may might"
                               .split())}  # a question's subject follows the first of them


def _setting(word: str, st: str, words: Words) -> bool:
    """Does a word only set a sentence in time, number or order ("1956", "August", "later", "Third")?"""
    return (not word.isalpha() or len(word) < 2 or st in words.date_stems or st in words.time_stems
            or word in words.tw.enumerators)


def topic_keys(prepared: Prepared, stems: list[str], content: list[int], words: Words) -> set[str]:
    """`TOPIC_KEY` + the strong keys of a passage's topic: its first content word past those that set it in time,
    number or order, and the keys of the multi-word name or synonym that word opens."""
    first = next((i for i in content if not _setting(prepared.words[i], stems[i], words)), None)
    if first is None:
        return set()
    keys = set(words.keys(prepared.words[first], stems[first])[0])
    keys |= {key for key, positions in words.phrase_matches(stems, content) if positions[0] == first}
    return {TOPIC_KEY + k for k in keys}


def subject(q: Question, auxiliaries: frozenset[str]) -> Unit | None:
    """The unit a question asks something of: the first after its auxiliary that is neither light nor a figure
    ("how does a router decide ...?", "how many valence electrons does silicon have?"), or None."""
    tokens = WORD.findall(q.text)
    at = next((i for i, w in enumerate(tokens) if w in auxiliaries), None)
    if at is None:
        return None
    before = set(tokens[:at])
    return next((u for u in q.units if u.text.split()[0] not in before and not u.light
                 and not u.stem.isdigit()), None)


# Russian questions of what someone did ("чем занимались X?", "что делали X?"): the verb of doing, then the doer
DOING = {"ru": re.compile(r"^\W*(?:чем|что) (?:же |обычно |раньше )?(?:занима(?:лся|лась|лось|лись|ется|ются)|"
                          r"(?:с)?дела(?:л|ла|ло|ли|ет|ют))\s+(?P<doer>.+?)\W*$")}
_BEING = frozenset("бывает бывают бывал бывала бывало бывали есть".split())  # "X бывают двух видов": no deed of X


def opens_with_doer(text: str, question: str, words: Words) -> bool:
    """Does a passage open with the doer a Russian "чем занимались X?" asks about, in the very form asked (the
    subject, in the nominative) and a verb after it ("Партизаны нападали на обозы ...", "Так партизаны лишали ..."),
    rather than name X in another case ("Мировым посредником служил ...")? Words that set the sentence in time or
    order before it are passed over ("Так", "Тогда", "В 1812 году")."""
    found = DOING[words.lang.code].match(question)
    if found is None:
        return False
    doer = [w for w in WORD.findall(found.group("doer")) if w not in words.stop]
    if not doer or any(w in words.tw.prepositions for w in doer[:1]):
        return False
    doer = doer[:next((i for i, w in enumerate(doer) if w in words.tw.prepositions), len(doer))]  # "... до X"
    said = text.lower().replace("ё", "е")
    tokens = [t for t in WORD.findall(said) if t not in words.stop]
    while tokens and _setting(tokens[0], words.stem(tokens[0]), words):
        tokens.pop(0)
    if tokens[:len(doer)] == doer and len(tokens) > len(doer) and _deed(tokens[len(doer)], words):
        return True
    relative = re.search(r"\b" + r"\s+".join(doer) + r",\s+(?:" + "|".join(sorted(words.tw.appositives)) + r")\s+(\w+)",
                         said)  # "... лежат X, которые превращают ...": a deed of X too
    return relative is not None and _deed(relative.group(1), words)


def _deed(verb: str, words: Words) -> bool:
    """Is a word a verb form telling a deed: not a copula, a verb of being or a passive participle ("обращены")?"""
    tw = words.tw
    return verb.endswith(tw.verb_endings or ("\0",)) and verb not in tw.copulas and verb not in _BEING and not (
        len(verb) >= tw.participle_length and verb.endswith(tw.participle_endings or ("\0",)))


def on_topic(doc: Doc, q: Question, words: Words, before: Doc | None = None) -> bool:
    """Is a passage about what the question asks something of: its topic is the question's subject, or it opens with
    a pronoun going on about the sentence `before` it, whose topic is ("The shuttle is made of beech. It carries
    ...")?"""
    if words.lang.code in DOING:
        return opens_with_doer(doc.text, q.text, words)
    u = subject(q, AUXILIARIES.get(words.lang.code, frozenset()))
    if u is None:
        return False
    return any(TOPIC_KEY + k in doc.keys for k in u.strong) or (
        before is not None and doc.traits.continues and any(TOPIC_KEY + k in before.keys for k in u.strong))
