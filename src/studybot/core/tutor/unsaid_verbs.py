"""A "why" question's verb that the text never uses: the event is said with another verb (English, Russian).

A learner names an event with a verb of their own ("why did the duke support the repeal in the Lords?", "почему X
беспокоило Y?"), and often with one the text never uses in any form: the text says it otherwise ("persuaded the Lords to
let it through"). Asked why something happened, such a verb cannot tell one passage from another: a passage that says
what the question asks about its names and nouns, and gives a reason, answers. So, of a "why" question, such a verb is
left out of what a passage must say about the names (`Ranker.answers`' relation) and of the share of the question it
must cover, when the question asks something else of its names ("the repeal"; "почему пилот «Сокола» прыгал с
парашютом?" of "... поэтому пилот «Сокола» покидал кабину на парашюте"): "why did X marry?" asks
nothing but the verb, and a reason the passage gives is for another event. Only for "why": asked when, where or who, the
verb names the very event whose time, place or actor is wanted, and another event of the same people has another one
("where was X born?" is not answered by where X worked). A verb the text uses anywhere keeps its weight: the text may
say just that of something else.

What is a verb: in Russian its ending (`verbs_ru`); in English WordNet's parts of speech: a form of a verb that is no
form of a noun or an adjective ("helped", "persuade", "founded"; not "use", "test", "help", which name things too, nor
"open").

Of "where is X based?" (English) the participle of place is left out the same way: it frames the "where"
(`_WHERE_FRAMED`), and the text says where X is with a verb or noun of its own ("X is the headquarters of ...")."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from typing import TYPE_CHECKING

from .. import wordnet
from .acted_nouns import reread_who, without_acts
from .inquiry_nouns import reread_inquiry, with_inquiry
from .verbs_ru import unsaid_verb as unsaid_verb_ru
from .verbs_ru import without_unsaid_verbs as without_unsaid_verbs_ru

if TYPE_CHECKING:
    from .agents import Agents
    from .analysis import Question, Unit
    from .documents import Doc

__all__ = ["both_readings", "reason_otherwise", "reread", "reread_why", "unsaid_verb_en", "without_unsaid_verbs"]

# "where is X based / located / situated / housed / headquartered?": the participle only frames "where" (a place X
# is at, which a passage says by any verb of place: "X is the headquarters of", "the home of", "lies in")
_WHERE_FRAMED = re.compile(r"\W*where(?:'s| is| are| was| were)\b.*\b(located|situated|based|housed|headquartered)\W*$")
RU_KEPT_WORDS = 2  # content words other than names a Russian "why" question keeps without its verb: more than a subject
Coverage = Callable[[tuple["Unit", ...], float], tuple[float, float]]  # a passage's coverage of units (total weight)


def unsaid_verb_en(u: Unit, known: Container[str]) -> bool:
    """Is a unit an English verb form (of no noun or adjective) that no passage of the pack uses (in any form,
    synonym or family it is known by)?"""
    word = u.text
    if u.name or not word.isalpha() or not word.isascii() or any(k in known for k in u.strong):
        return False
    return bool(wordnet.base_forms(word, "v")) and not wordnet.base_forms(word, "n") and not \
        wordnet.base_forms(word, "a")


def both_readings(relation: tuple[Unit, ...], q: Question, known: Container[str], code: str,
                  agents: Agents) -> tuple[tuple[Unit, ...], tuple[Unit, ...]]:
    """What a question asks about its names (`without_unsaid_verbs`), read without a passage's agents and with them
    ("his stepped lens": "who invented the stepped lens?" asks nothing else): the passage answers when either reading
    is covered (a typo or a word the text lacks, "who built the frist chip?", may leave the verb the one it needs)."""
    return without_unsaid_verbs(relation, q, known, code), with_inquiry(
        without_unsaid_verbs(relation, q, known, code, agents), q, code, agents)  # "his experiments" (`inquiry_nouns`)


def without_unsaid_verbs(relation: tuple[Unit, ...], q: Question, known: Container[str],
                         code: str, agents: Agents | None = None) -> tuple[Unit, ...]:
    """The units of what a question asks about its names; of a "why" question, without the verbs the text never
    uses (other languages' words keep them all); of a "who VERB the NOUN?" whose NOUN the passage gives an agent to
    ("a sketch by X", "his stepped lens"), without its inflected verbs (`acted_nouns`)."""
    if agents is not None and (acts := without_acts(relation, q, code, agents)) != relation:
        return acts  # none left: the passage names who did the thing asked of
    if code == "ru":
        return without_unsaid_verbs_ru(relation, q, known)
    if code == "en" and (framing := _WHERE_FRAMED.match(q.text)) is not None:
        return tuple(u for u in relation if u.text != framing.group(1))  # "where is X based?": where X is, no more
    if code == "en" and q.wants.reason:  # not when nothing else is asked of the names ("why did X marry?")
        return tuple(u for u in relation if not unsaid_verb_en(u, known)) or relation
    return relation


def reread_why(q: Question, covered: tuple[float, float], known: Container[str], code: str,
               coverage: Coverage) -> tuple[float, float]:
    """A passage's coverage of an English or Russian "why" question (and by its own words), the verbs the text never
    uses left out when that covers more; else `covered` as it is."""
    if code not in ("en", "ru") or not q.wants.reason:
        return covered
    unsaid = unsaid_verb_en if code == "en" else unsaid_verb_ru
    kept = tuple(u for u in q.units if not unsaid(u, known))
    if len(kept) == len(q.units) or all(u.name or u.light for u in kept):
        return covered  # the verb is all it asks of its names: it counts
    if code == "ru" and sum(1 for u in kept if not u.name and not u.light) < RU_KEPT_WORDS:
        return covered  # "почему пилот X женился?": a Russian question's subject is often a common noun, and the verb
        # is still all it asks of it
    cov, own = coverage(kept, sum(u.weight for u in kept))
    return max(cov, covered[0]), max(own, covered[1])


def reread(q: Question, covered: tuple[float, float], known: Container[str], code: str, coverage: Coverage,
           agents: Agents) -> tuple[float, float]:
    """A passage's coverage of a question, reread for a "why" (`reread_why`) and for a "who VERB the NOUN?" whose
    NOUN the passage gives an agent to by "by" ("a sketch by X", `acted_nouns`)."""
    return reread_inquiry(q, reread_who(q, reread_why(q, covered, known, code, coverage), code, coverage, agents), code,
                          agents, coverage)  # "what did X use in his experiments?": "X studied" (`inquiry_nouns`)


def reason_otherwise(q: Question, doc: Doc, unsaid: Sequence[Unit], known: Container[str]) -> bool:
    """To a "why" question, does a passage that gives a reason and names every name of the question leave unsaid only
    words of the question (`unsaid`: what it asks of them) that the pack never uses (`known`: its keys)? "Why did
    Abbot Rolf say the Tarn weavers were blameless?" is answered by "Abbot Rolf argued that the Tarn weavers could not
    have started the fire, because they were at the fair": what is asked of the names is said in other words, as is
    likely when the pack never uses the question's word at all, a noun or an adjective, and even when nothing else is
    asked of them; not a verb, which names an event ("why did X marry?": the reason a passage gives may be for another
    event of X; verbs: `without_unsaid_verbs`). A word the pack uses elsewhere must be said by the passage itself."""
    names = [u for u in q.units if u.name and not u.light]
    return q.wants.reason and (doc.traits.reason or doc.traits.result) and bool(names) and all(
        u.strong & doc.keys for u in names) and all(
        (u.strong | u.weak) & doc.keys or not any(k in known for k in u.strong) and not unsaid_verb_en(u, known)
        for u in unsaid)
