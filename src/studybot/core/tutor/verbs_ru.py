"""A Russian "why" question's verb that the text never uses: the event is said with another verb.

Russian names one event with many verbs ("беспокоило" / "тревожило", "ругали" / "обвиняли", "отдал" / "оставил"),
and a learner's verb is often one the text never uses at all. Asked why something happened, such a verb cannot
tell one passage from another: a passage that says what the question asks about its names and nouns, and gives a
reason (`supplies`), answers. Only for "why": asked when, where or who, the verb names the very event whose time,
place or actor is wanted, and another event of the same people has another one ("где родился X?" is not answered
by where X worked). A verb the text uses anywhere keeps its weight: the text may say just that of something else.
What is a verb is told by its ending, a rule of Russian (a past form, an infinitive after a vowel, a present form
after a vowel, a reflexive, an active participle); no word of a text.

The same endings tell which words lose an aspect prefix when a passage's words are keyed (`Words.keys`): a verb
("построили" answers "строили?"), never a noun, which with a prefix is most often another word ("народ", "договор":
"где родился X?" is not half answered by a passage near "народ")."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from typing import TYPE_CHECKING

from ..wordnet_ru import noun_only

if TYPE_CHECKING:
    from .analysis import Question, Unit

__all__ = ["VERB_FORM", "is_verb_form", "prefix_kept", "unsaid_verb", "without_unsaid_verbs"]

# a past form ("беспокоил", "ругали", "выросло", "умерла"), an infinitive after a vowel ("отдать", not "часть"), a
# present form after a vowel ("беспокоит", not the nouns "совет", "пистолет"), a reflexive ("боялся"), an active
# participle ("голосовавших"); a noun in "-ла", "-ло" ("школа", "число") passes for one: a verb is told from it only by
# the ending
_VERB_FORM = re.compile(r"\w{2,}(?:[аеёиоуыюя](?:л|ла|ло|ли|ть|ет|ют|ит|ят|ут|ат)|(?:л|ла|ло|ли|ть|ет|ит|ут|ют|ят)"
                        r"(?:ся|сь)|[бгдзкпрсхч](?:ла|ло|ли)|[аеиуя]вш(?:ий|ая|ее|ие|их)|ти|чь)")
VERB_FORM = _VERB_FORM


def unsaid_verb(u: Unit, known: Container[str]) -> bool:
    """Is a unit a Russian verb form no passage of the pack uses (in any form, synonym or family it is known by)?"""
    return not u.name and bool(_VERB_FORM.fullmatch(u.text)) and not any(k in known for k in u.strong)


def without_unsaid_verbs(relation: tuple[Unit, ...], q: Question, known: Container[str]) -> tuple[Unit, ...]:
    """The units of what a question asks about its names; of a "why" question, without the verbs the text never
    uses (a Russian verb's ending: other languages' words keep them all)."""
    return tuple(u for u in relation if not unsaid_verb(u, known)) if q.wants.reason else relation


# prefixes that make a verb's aspect or a shade of it ("по-строили", "на-писал", "вы-росло"); a noun that starts so is
# most often another word ("на-род", "за-кон", "при-каз", "до-говор"), so only a verb form is read without one
VERB_PREFIXES = frozenset(("пере", "под", "при", "про", "раз", "рас", "по", "за", "вы", "от", "на", "со", "вз", "из",
                           "до", "об"))
_PASSIVE = re.compile(r"\w{3,}(?:нн|[аея]н|[ыи]т)(?:ый|ая|ое|ые|ого|ой|ую|ых|ым|ыми|а|о|ы)?")  # "построенный"


def is_verb_form(word: str) -> bool:
    """Is a Russian word a verb's form or participle by its ending ("построили", "построен", "построенный")?"""
    return bool(_VERB_FORM.fullmatch(word) or _PASSIVE.fullmatch(word))


def prefix_kept(word: str, plain: str, stem: Callable[[str], str] | None = None) -> bool:
    """Must a word keep the prefix `plain` lacks: a verbal prefix on a word that is no verb form ("народ" is no
    "род", "закон" no "кон"; "построили" is "строили")? So must a verb made of a noun with its prefix, whose root
    the language knows only as a noun's (`wordnet_ru.noun_only` of `stem(plain)`): "приземлилась" is no "Земли", and
    "где приземлилась X?" is not answered by "X сделала 48 витков вокруг Земли"."""
    if word[: len(word) - len(plain)] not in VERB_PREFIXES:
        return False
    return not is_verb_form(word) or (stem is not None and noun_only(stem(plain)))


# the prefixes a verb is made another one by ("по-ставил" / "о-ставил", "вы-йти" / "во-йти", "по-шёл" / "про-шёл"),
# with the short ones `VERB_PREFIXES` leaves out (a noun seldom opens with them, but a verb is checked as a verb here)
_OTHER_PREFIXES = VERB_PREFIXES | frozenset(("во", "в", "о", "об", "обо", "у", "с", "вс", "ис", "под", "подо", "пре",
                                             "разо", "над", "недо", "пред"))
MIN_ROOT = 3  # letters after the prefix that make a verb's root ("шел", "йти")


def other_prefix(word: str, meant: str) -> bool:
    """Are two Russian verb forms the same verb with another prefix ("поставил" / "оставил", "выйти" / "войти",
    "пошел" / "прошел"): two words a learner means as written, no typo of each other?"""
    if not (is_verb_form(word) and is_verb_form(meant)):
        return False
    roots = {w[len(p):] for w in (word, meant) for p in (*_OTHER_PREFIXES, "") if w.startswith(p)}
    return any(len(r) >= MIN_ROOT and word.endswith(r) and meant.endswith(r) and word != meant and (
        word[:-len(r)] in _OTHER_PREFIXES | {""} and meant[:-len(r)] in _OTHER_PREFIXES | {""}) for r in roots)
