"""A Russian "why" question's verb that the text never uses: the event is said with another verb.

Russian names one event with many verbs ("беспокоило" / "тревожило", "ругали" / "обвиняли", "отдал" / "оставил"),
and a learner's verb is often one the text never uses at all. Asked why something happened, such a verb cannot
tell one passage from another: a passage that says what the question asks about its names and nouns, and gives a
reason (`supplies`), answers. Only for "why": asked when, where or who, the verb names the very event whose time,
place or actor is wanted, and another event of the same people has another one ("где родился X?" is not answered
by where X worked). A verb the text uses anywhere keeps its weight: the text may say just that of something else.
What is a verb is told by its ending, a rule of Russian (a past form, an infinitive after a vowel, a present form
after a vowel, a reflexive, an active participle); no word of a text."""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Question, Unit

__all__ = ["unsaid_verb", "without_unsaid_verbs"]

# a past form ("беспокоил", "ругали"), an infinitive after a vowel ("отдать", not "часть"), a present form after a
# vowel ("беспокоит" but not the nouns "совет", "пистолет"), a reflexive ("застрял", "боялся"), an active participle
_VERB_FORM = re.compile(r"\w{2,}(?:[аеёиоуыюя](?:л|ла|ло|ли|ть|ет|ют|ит|ят|ут|ат)|(?:л|ла|ло|ли|ть|ет|ит|ут|ют|ят)"
                        r"(?:ся|сь)|[аеиуя]вш(?:ий|ая|ее|ие|их)|ти|чь)")


def unsaid_verb(u: Unit, known: Container[str]) -> bool:
    """Is a unit a Russian verb form no passage of the pack uses (in any form, synonym or family it is known by)?"""
    return not u.name and bool(_VERB_FORM.fullmatch(u.text)) and not any(k in known for k in u.strong)


def without_unsaid_verbs(relation: tuple[Unit, ...], q: Question, known: Container[str]) -> tuple[Unit, ...]:
    """The units of what a question asks about its names; of a "why" question, without the verbs the text never
    uses (a Russian verb's ending: other languages' words keep them all)."""
    return tuple(u for u in relation if not unsaid_verb(u, known)) if q.wants.reason else relation
