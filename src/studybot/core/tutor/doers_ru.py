"""Who does it, in Russian, said by a body's name or a common noun: "кто выдаёт разрешения?" is answered by "...,
а разрешения выдаёт Главсевморпуть", "кто управляет флотом?" by "Флотом управляет «Атомфлот»", "кто является
оператором?" by "оператором является «Росатом»", "кто перемешивал почву?" by "Землерои веками перемешивали почву".
The answer to "кто" is the doer of the question's verb (or of the noun after "являлся", "был": the post of "кто был
оператором?"), and a text names a doer by an organisation's name or a common noun as often as by a person's
(`supplying.new_people`). In the passage's clause (up to a comma, a semicolon, a colon or a bracket) that says the
question's verb (its own keys: "выдачей" for "выдаёт"), a doer is:

- a name the question does not give, written in «» or with a capital inside the sentence, right before or after the
  verb (Russian puts the subject after its verb as often as before it: "разрешения выдаёт Главсевморпуть"), or after
  "является" following the post ("оператором ... является «Росатом»"); not a name elsewhere in the clause ("декрет
  Наркомпроса за подписью X": an owner), nor one after a preposition ("построили в Англии": a place, no doer);
- or the noun phrase the clause opens with, right before the verb (at most `SUBJECT_WORDS` words), none of its words
  the question's, a pronoun ("его перестроили": the doer is elsewhere) or a preposition, nor its first a time or a
  linking word ("Затем", "Сегодня": `lexicon_ru_doers`); a time word after it is no part of it ("Землерои веками
  перемешивали почву").

"Кто из X VERB ...?" asks the same of a kind of X: the verb follows "из X" ("кто из птиц зимует на озере?": "птицы:
утки и гуси зимуют на полыньях"). "Кого VERB ...?" asks its object, not its doer: a name beside the verb, or the noun
phrase right after it ("кого возили на дрезине?": "на дрезине возили путейцев и их семьи"; at most `SUBJECT_WORDS`
words), none of its words the question's, a pronoun or a preposition; the phrase a clause opens with is the verb's
doer, no answer to "кого".

Not for a pioneer or a post's holder ("кто первым ...?", "кто был президентом?": a person named answers), nor a verb
the clause says only in its passive participle ("построен": Snowball stems it apart). Russian only (`doers_en` is the
English rule, by WordNet's verb forms)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon_ru_doers import LINKING_OPENERS, ROLE_COPULAS

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .words import Words

__all__ = ["doer_said_ru"]

# "кто выдаёт ...", "кто же управлял ...", "кто является оператором ...", "кто из птиц зимует ...", "кого возили ...":
# group 1 "кто" or "кого", group 2 the verb, group 3 the word after it
_WHO_VERB = re.compile(r"^\W*(кто|кого)\s+(?:же\s+)?(?:(?<=кто )из\s+[^\W\d_]+\s+)?([^\W\d_]+)"
                       r"(?:\s+([^\W\d_]+))?")
_CLAUSE = re.compile(r"[,;:()]|\s[—–-]\s")
# a word as written ("Главсевморпуть"), or a name in «» as one
_TOKEN = re.compile(r"«[^«»]{1,80}»|[^\W\d_]+(?:-[^\W\d_]+)*|\d\S*")
_JOINING = frozenset({"а", "и", "но", "однако"})  # a clause may open with them: its own words follow
_ADJECTIVE = ("ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие")
SUBJECT_WORDS = 4  # words of the noun phrase a clause opens with, at most


def doer_said_ru(doc: Doc, q: Question, words: Words) -> bool:
    """Does a passage name the doer of a "кто VERB ...?" question's verb by a body's name or a noun phrase (see the
    module)?"""
    if words.lang.code != "ru" or q.posts:
        return False
    m = _WHO_VERB.match(q.text)
    if m is None:
        return False
    whom, verb, after = m.group(1) == "кого", m.group(2), m.group(3)
    if verb in ROLE_COPULAS:
        verb = after or ""  # "кто является оператором ...": the post asked is its doer's act
    if not verb or verb in words.stop or verb in words.tw.copulas:
        return False
    unit = next((u for u in q.units if u.text == verb and not u.name), None)
    if unit is None:
        return False
    keys = frozenset(k for k in unit.strong if k.isalpha())
    asked = q.stems | q.keys
    return any(_clause_doer(clause, keys, asked, words, whom) for clause in _CLAUSE.split(doc.text))


def _clause_doer(clause: str, keys: frozenset[str], asked: frozenset[str], words: Words, whom: bool = False) -> bool:
    """Does one clause say the verb (by one of `keys`) with a doer of its own (see the module)? `whom`: its object
    ("кого ...?"), the phrase right after the verb, not the one the clause opens with."""
    tokens = _TOKEN.findall(clause)
    at = next((i for i, t in enumerate(tokens) if not t.startswith("«") and _keys(t, words) & keys), None)
    if at is None:
        return False
    for i, token in enumerate(tokens):
        if _beside(tokens, i, at) and _named(tokens, i, words) and not _said(token, asked, words):
            return True
    if whom:
        phrase = tokens[at + 1:at + 1 + SUBJECT_WORDS]  # "возили путейцев и их семьи"
    else:
        phrase = tokens[1:at] if tokens and tokens[0].casefold() in _JOINING else tokens[:at]
    return 0 < len(phrase) <= SUBJECT_WORDS and _plain(phrase[0], asked, words) and not any(
        t.casefold() in words.tw.prepositions or _said(t, asked, words) or (
            t.casefold() in words.tw.pronouns and not (whom and i)) for i, t in enumerate(phrase))
    # "Землерои веками перемешивали": a time word may follow the subject; "путейцев и их семьи": a pronoun may own a
    # word of the object after its first


def _beside(tokens: list[str], i: int, at: int) -> bool:
    """Does a name stand as the verb's subject: right before or after it ("выдаёт Главсевморпуть"), or after the verb of
    a post the clause names before it ("оператором ... является «Росатом»")? Not a name elsewhere, the owner of a noun
    ("декрет Наркомпроса за подписью": the decree's, not who signed)."""
    return abs(i - at) == 1 or (i > at and tokens[i - 1].casefold() in ROLE_COPULAS)


def _named(tokens: list[str], i: int, words: Words) -> bool:
    """Is a token a name written as one ("«Росатом»", "Главсевморпуть" inside the clause), not after a preposition?"""
    token = tokens[i]
    if i > 0 and tokens[i - 1].casefold() in words.tw.prepositions:
        return False  # "в Англии", "на верфи": a place
    if token[:1].isupper() and token.casefold().endswith(_ADJECTIVE):
        return False  # "стояла Верхняя Заимка": a name opening with an adjective is a place's or a thing's
    return token.startswith("«") or (i > 0 and token[:1].isupper() and token[1:2].islower())


def _plain(token: str, asked: frozenset[str], words: Words) -> bool:
    """May a word of the phrase a clause opens with be its subject's: a word, none of the question's, of no pronoun,
    preposition, time or linking word?"""
    low = token.casefold()
    return (token[:1].isalpha() and not token.startswith("«") and low not in words.stop and low not in words.tw.pronouns
            and low not in words.tw.prepositions and low not in LINKING_OPENERS
            and words.stem(low) not in words.time_stems and words.stem(low) not in words.date_stems
            and not _said(token, asked, words))


def _said(token: str, asked: frozenset[str], words: Words) -> bool:
    """Is a token (or a word of a name in «») one of the question's?"""
    return any(_keys(t, words) & asked for t in words.tokens(token.strip("«»")))


def _keys(token: str, words: Words) -> frozenset[str]:
    low = words.tokens(token)
    if not low:
        return frozenset()
    word = low[0]
    return frozenset({words.stem(word), words.name_stem(word), *words.keys(word, words.stem(word))[0]})
