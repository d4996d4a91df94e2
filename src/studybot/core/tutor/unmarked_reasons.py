"""A reason a passage gives for what a "why" question asks without a reason marker: what the thing asked about does,
what a name is after, or a clause after a colon (English, Russian).

"Why do veins have valves?": "Veins contain valves that stop blood flowing backwards" says no "because", yet it
tells what the valves do, and that is why they are there. Three shapes say it next to a word of the question (the
thing asked about), in the same clause:

- a relative clause of which that thing is the subject, right after it or after its apposition or a short phrase
  ("valves that stop ...", "vancomycin, a large molecule that cannot cross ...", "foam about 5 cm thick, which keeps
  ...", "турбину, которая приводит ...", "рачков, которые поедают ..."); not a clause of naming ("which is called",
  "который называют") nor one whose subject is another ("resins, which they turn into ..."); so too what it is
  for, after its apposition ("propolis, a sticky glue used to seal cracks"; not "the fishermen used to mend ...");
- a verb of preventing, allowing, protecting, lessening or cleaning right after it ("Масляный фильтр задерживает
  частицы", "relations with China do not help", "the ozone layer shields life") or right before it ("stops their
  ovaries from developing", "очищает каталитический нейтрализатор", "и так образовался залив"), when the question
  does not use that verb itself ("the ferry stopped running" says what the ferry did, not why);
- for a question of what a thing is used for ("what was the smallest order used for?"), a "for" phrase in the clause
  of a word of the question ("the sixth the smallest, for harbours"), or the use said after "used" ("the brine was
  also used in the making of soda", "used as fuel"; round 60);
- for a question about a name ("why is X called Y?", "почему X так называется?"), what the name is after ("called
  ... after Gustav Embden", "названный по посёлку Култук").

And a clause after a colon explains what the words before it say, when they hold more words of the question than it
does ("The Richter scale saturates for large earthquakes: above about magnitude 7 it underestimates their size",
"Полёта не получилось: паровые машины были слишком тяжёлыми"); not a list ("three kinds of cargo: salt, coal, ...").
Turned round, a clause before a colon brings about what the words after it say, when they hold words of the question
and it holds none ("A cold wind blew across the bay for a month: the barley in the valley failed").

A question no passage answers keeps its "no reason": the clause must follow a word of the question, so a passage
that says what something else does ("Perkins, working in London, patented the first machine that used ...") gives
no reason for "why did Perkins work in London?".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question
    from .words import Words

__all__ = ["says_what_it_does"]

REACH = 6  # words after the thing asked about within which the clause saying what it does opens
_TOKEN = re.compile(r"[^\W_]+|[,;:.()\-\"]")
_CLAUSE_END = frozenset(";:.")

# relative pronouns whose antecedent is the subject of their clause, and what may stand between them and its verb
_RELATIVE = {"en": frozenset(("that", "which", "who")),
             "ru": frozenset(("который", "которая", "которое", "которые"))}
_DETERMINERS = {"en": frozenset(("a", "an", "the", "its", "their")), "ru": frozenset()}
# a clause of naming, or one whose subject is another word (a pronoun, an article opening a noun): not what it does
_NOT_DOING = {"en": re.compile(r"^(?:(?:is|are|was|were|has been|have been)\s+)?(?:also\s+)?(?:called|named|known|"
                               r"termed|described)\b|^(?:i|you|he|she|it|we|they|the|a|an|this|these|those|his|her|"
                               r"its|their|our|people|scientists|researchers)\b"),
              "ru": re.compile(r"^(?:также\s+)?(?:называ|именуют|зовут|прозвали|назва)")}
_EFFECT = {"en": re.compile(r"^(?:(?:also|often|usually|mainly|chiefly|largely|can|could|may|might|would|will|do|"
                            r"does|did|not|no longer)\s+)*(?:prevents?|prevented|stops?|stopped|keeps?|kept|"
                            r"protects?|protected|shields?|shielded|allows?|allowed|lets|enables?|enabled|helps?|"
                            r"helped|reduces?|reduced|slows?|slowed|lowers?|lowered|destroys?|destroyed|kills?|"
                            r"killed|harms?|harmed|damages?|damaged|removes?|removed|cleans?|filters?|filtered|traps?|"
                            r"trapped|blocks?|blocked|ensures?|ensured|provides?|provided|makes|saves?|saved)\b"),
           "ru": re.compile(r"^(?:(?:также|часто|обычно|главным образом|не|может|могут|могли)\s+)*"
                            r"(?:не\s+да(?:е|ю)т|не\s+давал|меша|препятству|позволя|помога|защища|предохраня|"
                            r"уменьша|снижа|замедля|задержива|очища|удаля|разруша|губ[ия]т|губил|убива|обеспечива|"
                            r"служ[иа]т|сохраня|удержива|отвод[ия]т|процежива|фильтру|привод[ия]т в действие)")}
_EFFECT_BEFORE = {"en": re.compile(r"\b(?:prevents?|prevented|stops?|stopped|keeps?|kept|makes|lets|allows?|"
                                   r"allowed|helps?|helped|enables?|enabled)(?:\s+(?:the|their|its|his|her))?$"),
                  # "и так образовался залив": how the thing came to be, said by the event before
                  "ru": re.compile(r"(?:(?:очища|задержива|защища|удаля|охлажда|подогрева|нагрева|"
                                   r"привод[ия]т в действие|враща)\w*|\bи так (?:и )?(?:образовал|возник|появил|"
                                   r"сложил)\w*)$")}
# what a thing is for, said of it after its apposition or a comma: "propolis, a sticky glue used to seal cracks"
# (not right after it: "the fishermen used to mend their nets" is a habit)
_PURPOSE = {"en": re.compile(r"^(?:used|designed|meant|intended|made|needed) (?:to|for) [a-z]"),
            "ru": re.compile(r"^(?:предназначен|служащ|используем)\w* (?:для|чтобы) [а-я]")}
# what a thing is used for, asked ("what was X used for?", "для чего служил X?") and said by a "for" phrase after it
_USE_ASKED = {"en": re.compile(r"^(?:what|which)\b.*\b(?:for|purpose)\W*$"),
              "ru": re.compile(r"\bдля (?:чего|каких целей)\b")}
_FOR = {"en": "for", "ru": "для"}
# ... or by the use said after "used" ("the brine was also used in the making of soda", "used as fuel")
_USED = {"en": "used"}
_USED_HOW = frozenset(("in", "as"))
_NAMING_ASKED = {"en": re.compile(r"\b(?:called|named|name|call)\b"),
                 "ru": re.compile(r"\b(?:называ\w*|назва\w*|названи\w*|прозва\w*)")}
_NAMED_AFTER = {"en": re.compile(r"\b(?:called|named)\s+(?:[^\W_][\w'-]*\s+){0,6}?(?:after|for)\s+[^\W\d_]"),
                "ru": re.compile(r"\b(?:назван|названн|прозван)\w*\s+(?:[^\W_][\w-]*\s+){0,3}?(?:по|от)\s+[^\W\d_]")}
# a deed one was made to do: the clause before it, joined by a comma and "and", is what made them
_FORCED = {"en": re.compile(r"\b(?:had|has|have) to\b|\b(?:was|were|is|are) (?:forced|obliged|compelled) to\b"),
           "ru": re.compile(r"(?<!\w)(?:пришлось|приходилось|придётся|придется|вынужден\w*)(?!\w)")}
_AND = {"en": "and", "ru": "и"}
MIN_ASKED = 2  # words of the question before a colon (more than after it) for what follows it to explain them
MIN_EXPLAINING = 4  # words after the colon: a clause, not a term


def says_what_it_does(q: Question, text: str, words: Words) -> bool:
    """Does a passage give a reason for `q` without a reason marker: what the thing asked about does, in a relative
    clause or by a verb of preventing or allowing next to it, what a name asked about is after, or a clause after a
    colon that explains what the question asks?"""
    code = words.code if words.code in _RELATIVE else ""
    if not code:
        return False
    norm = normalise(text)
    if _NAMING_ASKED[code].search(q.text) and _NAMED_AFTER[code].search(norm):
        return True
    asked = {s for u in q.units if not u.light for s in (u.stems or {u.stem})}
    tokens = _TOKEN.findall(norm)
    if _explained_after_colon(tokens, {s for u in q.units for s in (u.stems or {u.stem})}, words) \
            or _forced_by_before(tokens, {s for u in q.units for s in (u.stems or {u.stem})}, code, words):
        return True
    if _USE_ASKED[code].search(q.text) and _used_for(tokens, {s for u in q.units for s in (u.stems or {u.stem})},
                                                     code, words.lang.stem):
        return True  # "what was the smallest order used for?": "the sixth the smallest, for harbours"
    for i, tok in enumerate(tokens):
        if tok[0].isalnum() and words.lang.stem(tok) in asked and _does(tokens, i, code, asked, words.lang.stem):
            return True
    return False


def _does(tokens: list[str], i: int, code: str, asked: set[str], stem: Callable[[str], str]) -> bool:
    """Does the clause the word at `i` stands in say what it does, next to it (by a verb the question does not use)?"""
    before = " ".join(t for t in tokens[max(0, i - 3):i] if t[0].isalnum())
    if (pattern := _EFFECT_BEFORE[code]) is not None and (effect := pattern.search(before)) is not None and not {
            stem(w) for w in effect.group().split()} & asked:
        return True  # "stops their ovaries developing"; not "the ferry stopped running"
    words_seen = 0
    for j in range(i + 1, len(tokens)):
        tok = tokens[j]
        if tok in _CLAUSE_END:
            return False
        if tok in _RELATIVE[code] and _relative_opens(tokens, i, j, code) and not _NOT_DOING[code].search(
                _rest(tokens, j + 1)):
            return True
        if len(tokens[i + 1:j]) > 1 and _relative_opens(tokens, i, j, code) and _PURPOSE[code].search(_rest(tokens, j)):
            return True
        if tok[0].isalnum():
            if words_seen == 0 and (effect := _EFFECT[code].search(_rest(tokens, j))) is not None and not {
                    stem(w) for w in effect.group().split()} & asked:
                return True  # not the question's own verb: "the ferry stopped running" says what it did
            words_seen += 1
            if words_seen > REACH:
                return False
    return False


def _used_for(tokens: list[str], asked: set[str], code: str, stem: Callable[[str], str]) -> bool:
    """Does a word of the question have a "for" phrase in its clause, within `REACH` words after it ("the sixth the
    smallest, for harbours", "the smallest for deputies testing the air"), or "used in" / "used as" ("the brine was
    also used in the making of soda")?"""
    for i, tok in enumerate(tokens):
        if not tok[0].isalnum() or stem(tok) not in asked:
            continue
        seen = 0
        for j in range(i + 1, len(tokens) - 1):
            if tokens[j] in _CLAUSE_END or seen > REACH:
                break
            if tokens[j] == _FOR[code] and tokens[j + 1][0].isalpha():
                return True
            if tokens[j] == _USED.get(code) and tokens[j + 1] in _USED_HOW and tokens[j + 2:j + 3] and (
                    tokens[j + 2][0].isalpha()):
                return True  # "the brine was used in the making of soda", "used as fuel"
            seen += tokens[j][0].isalnum()
    return False


def _relative_opens(tokens: list[str], i: int, j: int, code: str) -> bool:
    """Is the relative pronoun at `j` one of the word at `i`: right after it, after its apposition (", a large
    molecule that"), or after a comma that closes a short phrase about it ("foam about 5 cm thick, which")?"""
    between = tokens[i + 1:j]
    if not between or between == [","]:
        return True
    if len(between) > 1 and (between[0] in (",", "-") and between[1] in _DETERMINERS[code] or between[0] in ("-", "(")):
        return True  # "vancomycin, a large molecule that", "бокоплавов (амфипод) - рачков, которые"
    return between[-1] == "," and "," not in between[:-1] and tokens[j] != "that"  # not "X, did Y to Z, which"


def _rest(tokens: list[str], j: int) -> str:
    """The few words from `j` on that a pattern of what a clause does reads."""
    return " ".join(t for t in tokens[j:j + 6] if t[0].isalnum())


def _explained_after_colon(tokens: list[str], asked: set[str], words: Words) -> bool:
    """Does a passage say what is asked and then, after a colon, a clause that explains it ("The Richter scale
    saturates for large earthquakes: above about magnitude 7 it underestimates their size", "Полёта не получилось:
    паровые машины были слишком тяжёлыми")? Not a list after the colon ("four parts: the evaporator, the ...")."""
    if ":" not in tokens:
        return False
    colon = tokens.index(":")
    after = tokens[colon + 1:]
    said = len({words.lang.stem(t) for t in tokens[:colon] if t[0].isalnum()} & asked)
    told = len({words.lang.stem(t) for t in after if t[0].isalnum()} & asked)
    if said < MIN_ASKED or said <= told:
        return told >= MIN_ASKED and not said and _cause_before(tokens[:colon], after)
    return after.count(",") < 2 and sum(t[0].isalpha() for t in after) >= MIN_EXPLAINING


def _cause_before(before: list[str], after: list[str]) -> bool:
    """Is the clause before a colon what brings about the one after it, which says what is asked ("A cold wind blew
    across the bay for a month: the barley in the valley failed", "Урожай погиб: цены на хлеб выросли вдвое")? A
    clause of its own sentence that names nothing of the question (the caller's test: "The Lark never reached port: a
    fire broke out in its hold" is what the fire did, not why it broke out), not a heading of a list on either side."""
    stops = [i for i, t in enumerate(before) if t in ".;"]
    clause = before[stops[-1] + 1:] if stops else before
    return clause.count(",") < 2 and after.count(",") < 2 and sum(t[0].isalpha() for t in clause) >= MIN_EXPLAINING


def _forced_by_before(tokens: list[str], asked: set[str], code: str, words: Words) -> bool:
    """Does a clause that says what is asked as a deed one had to do follow, after a comma and "and", a clause of its
    sentence that names nothing of the question ("Heavy ice damaged the hull, and the voyage had to be abandoned",
    "льды повредили корпус, и плавание пришлось прервать")? That clause is what forced it."""
    clauses: list[list[str]] = [[]]
    for tok in tokens:
        if tok in (",", ";", ".", ":"):
            clauses.append([])
            if tok != ",":
                clauses.append([])  # (an empty clause: a sentence's end, which no cause crosses)
        else:
            clauses[-1].append(tok)
    for k in range(1, len(clauses)):
        clause, before = clauses[k], clauses[k - 1]
        if not clause or clause[0] != _AND[code] or not _FORCED[code].search(" ".join(clause)):
            continue
        told = {words.lang.stem(t) for t in clause if t[0].isalnum()} & asked
        if len(told) >= MIN_ASKED and len(before) >= MIN_EXPLAINING - 1 \
                and not {words.lang.stem(t) for t in before if t[0].isalnum()} & asked:
            return True
    return False
