"""What "how many X ...?" counts must be said by the passage that answers it: "how many rangers died in the fire?" is
not answered by "40 villagers lost their homes, and 3 of them died" (its figures count villagers, and "died" counts
again what they count), nor "how many ferries cross the strait?" by "about 8 per cent of the trade crosses the strait"
(a share of another thing).

What is counted is the noun phrase after "how many": its words up to a function word, the last of them left out when
they are more than one and no auxiliary follows them, for that one is the question's verb ("how many rangers died in
...": rangers; "how many coastal stations do you need": coastal stations; "how many river ferries cross ...": river
ferries). A passage answers when it says a word of that phrase (its word, a synonym, a word of its kind or family:
"rangers" by "12 wardens" when they are one kind), or counts one, or a sentence next to it says it ("They numbered
300"), or its figures count no word (a figure said bare may count anything: "the toll reached 300"). Checked only when
every word of the phrase is one the pack uses elsewhere, no name, no light word and no unit ("how many miles"): an
unknown word may say in other words what the passage says ("how many kids" for "pupils"). English word order. Checked
on the passage chosen (`Tutor._vetted`): another that says X answers in its place, or the tutor declines.

"How much X ...?" asks an amount (`amount_unsaid`): "how much salt did the mine yield?" is not answered by "the salt
lay in some 40 separate caverns", whose only figure counts other things; a figure of any quantity (a mass, a volume, a
sum of money, a share), one counting no word or one counting X answers. Not checked when the question asks a measure
("how much time") or a comparison ("how much more X", "how much thicker": "16 times less" answers it).
Russian says it by "сколько" and a noun in the genitive singular ("сколько соли", "сколько нефти", "сколько воды"; a
thing counted stands in the plural: "сколько шахт"), which the pack's own subject may be: "сколько соли дала шахта?"
is not answered by "соль лежала в 40 пещерах, её возили 12 дней", whose figures count caves and days. A span of time
gives no amount of a substance either; a verb after "сколько" ("сколько длится", "сколько стоила") or a measure
("сколько времени") is no such noun. English keeps a span as an answer: "how much of his life" is one.

Measured in round 39 and left out (on every set's replies at its start; a decline wherever the rule would fire): "how
many X" / "сколько X" answered by a reply whose figures count nothing (only shares, spans, measures): held out +4
declined, -32 answered (development 0, -15, fresh sets +1, -9: "сколько соли в воде залива?": "3,5 %"); the Russian head
of "сколько X" (the word after it, no verb or measure) unsaid by the reply: held out +1, -2 (development 0, -1).
"""

from __future__ import annotations

import re
from collections.abc import Set
from typing import TYPE_CHECKING

from .. import wordnet
from .counts import BARE_KEY
from .verbs_ru import is_verb_form
from .words import COUNTED_KEY, QUANTITY_KEY, WORD

if TYPE_CHECKING:
    from .documents import Doc, Library
    from .question_parts import Question, Unit
    from .words import Words

__all__ = ["amount_unsaid", "counted_head", "head_unsaid"]

_ASKING = ("how", "many")
_MORE = frozenset({"more", "less", "fewer", "further", "farther"})
_MUCH = re.compile(r"\bhow much (\w+)")  # "how much salt ...": an amount of it
_GENITIVE_SINGULAR_RU = ("а", "я", "ы", "и")  # "соли", "нефти", "воды", "зерна", "угля"; no genitive plural ends so
# verbs that carry the question's verb, after the counted phrase: "how many X do you need?", "how many X were there?"
_CARRIERS = frozenset("do does did is are was were be been has have had can could will would shall should may might "
                      "must".split())


def _phrase(text: str, words: Words) -> tuple[list[str], bool]:
    """The words after "how many" up to a function word, and whether an auxiliary ends them."""
    tokens = WORD.findall(text)
    for i in range(1, len(tokens)):
        if (tokens[i - 1], tokens[i]) != _ASKING:
            continue
        phrase: list[str] = []
        for word in tokens[i + 1:]:
            if word in words.stop or word in words.tw.question_words:
                return phrase, word in _CARRIERS
            phrase.append(word)
        return phrase, False
    return [], False


def counted_head(text: str, units: list[Unit], words: Words, known: Set[str]) -> frozenset[str]:
    """The keys by which a passage says what "how many X ...?" counts (`known`: the keys the pack's passages use), or
    none when there is nothing to check (another language, a name, an unknown or light word)."""
    if words.lang.code != "en":
        return frozenset()
    phrase, carried = _phrase(text, words)
    nouns = phrase if carried or len(phrase) < 2 else phrase[:-1]
    if any(w in words.tw.measures or w in words.tw.light_words for w in nouns):
        return frozenset()  # "how many miles", "how many times", "how many years": a measure, said by its unit
    asked = [u for u in units if u.text.split()[0] in nouns]
    if not asked or any(u.name or u.light or not any(k in known for k in u.strong) or u.stem in words.when_stems
                        or any(k.startswith(QUANTITY_KEY) for k in u.strong) for u in asked):
        return frozenset()  # a name, a light or unknown word; a unit of time or measure ("how many days", "miles")
    return frozenset().union(*(u.strong | u.weak | u.kinds | u.loose for u in asked))


def head_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a passage leave unsaid what a "how many X ...?" question counts (`counted_head`), nor does a sentence next
    to it say it?"""
    head = q.counted_head
    if not head or doc.traits.continues or any(head & d.keys for d in (doc, *library.neighbours(doc))):
        return False
    counting = [k for k in doc.keys if k.startswith(COUNTED_KEY)]  # what its figures count ("zcntvillag")
    return bool(counting) and not any(COUNTED_KEY + k in doc.keys for k in head)


def _comparing(word: str) -> bool:
    """Is a word a comparative ("more", "less", "thicker": an adjective's form other than its base)?"""
    return word in _MORE or bool(wordnet.base_forms(word, "a") - {word})


_NO_AMOUNT_RU = frozenset({"count", "duration"})  # figures that give no amount of a substance: a count, a span


def _asked_ru(text: str, words: Words) -> str | None:
    """The word after "сколько", past an adverb of time or of sum ("сколько сегодня ...", "сколько всего ...":
    `counting_skips`), or None."""
    tokens = WORD.findall(text)
    start = next((i + 1 for i, t in enumerate(tokens) if t == "сколько"), len(tokens))
    return next((t for t in tokens[start:] if t not in words.tw.counting_skips), None)


def _substance_ru(word: str, words: Words) -> bool:
    """Is the word after "сколько" a noun in the genitive singular, the substance whose amount is asked: not another
    ending, a measure ("времени") nor a verb ("длится", "стоила"; an infinitive right after "сколько" is rare, so a
    word in "-ти" is a noun's genitive: "нефти", "сети")?"""
    return word.endswith(_GENITIVE_SINGULAR_RU) and word not in words.tw.measures and not (
        is_verb_form(word) and not word.endswith("ти"))


def amount_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a "how much X ...?" question (X a word of the question, no measure: "how much salt did the mine yield?")
    ask an amount that a passage does not give: its figures only count things, none X ("the salt lay in some 40
    separate caverns")? A figure of any quantity (a mass, a volume, a sum of money, a share), one counting no word,
    or one counting X gives it."""
    words = library.words
    russian = words.lang.code == "ru"
    asked_word = _asked_ru(q.text, words) if russian else (m.group(1) if words.lang.code == "en" and (
        m := _MUCH.search(q.text)) else None)
    if q.wants.measures or asked_word is None or (not _substance_ru(asked_word, words) if russian else _comparing(
            asked_word)):
        return False  # "how much more X", "how much thicker": a difference or a ratio ("16 times less") answers
    asked = next((u for u in q.units if u.text.split()[0] == asked_word and not u.name and (russian or not u.light)),
                 None)  # "сколько нефти" in notes on oil: the pack's subject, a light word, is still what is measured
    if asked is None or doc.traits.kinds - (_NO_AMOUNT_RU if russian else {"count"}) or BARE_KEY in doc.keys:
        return False
    counting = [k for k in doc.keys if k.startswith(COUNTED_KEY)]
    return bool(counting) and not any(COUNTED_KEY + k in doc.keys for k in asked.strong | asked.weak)
