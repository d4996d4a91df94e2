"""Requests for the app to act on rather than questions: "quiz me on trade", "hint",
"why?", "what's due?". The tutor only recognises them; the app acts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal, NamedTuple

from rapidfuzz import fuzz, process

from ..packs import Pack
from ..text import normalise
from .words import WORD, Words

__all__ = ["INTENT_TEXT", "Intent", "Target", "TargetKind", "find_target", "match_intent"]

Intent = Literal["quiz", "hint", "explain", "due"]
TargetKind = Literal["section", "tag"]

MAX_REQUEST = 120  # characters: a longer text is a question, not a request
MAX_QUIZ_WORDS = 10  # words of a quiz request
TOPIC_SIMILARITY = 80  # fuzz.ratio a misspelt topic must reach against a section id or tag

_QUIZ = re.compile(
    r"^(?:(?:can|could|would) you\s+|please\s+|let'?s\s+|i (?:want|would like|'d like) to\s+)?"
    r"(?:(?:quiz|test|ask|drill)\s+(?:me|us)|quiz|practi[cs]e|revise|review|study)\b"
    r"(?:\s+(?:on|about|in|with|for))?(?:\s+(?:the|some|my|a few))?(?P<target>.*?)"
    r"(?:\s+(?:please|questions?|cards?|topic|section))*\s*$")
_HINT = re.compile(r"^(?:(?:can|could|may) (?:i|you) (?:have|get|give me) |give me |i need |show me |need |any )?"
                   r"(?:a |an |another |the |some |one )?(?:hint|clue)s?(?: please)?$")
_EXPLAIN = re.compile(r"^(?:but |and |so )?(?:why|how come|explain|explain (?:that|it|this|why|the answer|please)|"
                      r"why (?:is|was) (?:that|it)|why so|why not|what does that mean|tell me why|please explain)"
                      r"(?: please)?$")
# The same requests in Russian, as `normalise` leaves them ("ё" is "е"): "подсказка", "дай подсказку",
# "ещё подсказку", "намекни"; "почему?", "а почему", "объясни"; "проверь меня по индикаторам".
_HINT_RU = re.compile(r"^(?:(?:дай(?:те)?|можно|нужна|еще|хочу|пожалуйста) )*(?:подсказк[аиуо]|подскажи(?:те)?|"
                      r"намекни(?:те)?)(?: пожалуйста)?$")
_EXPLAIN_RU = re.compile(r"^(?:(?:а|но|и|так) )?(?:почему(?: так| же| это)?|отчего|(?:объясни|поясни)(?:те)?"
                         r"(?: почему| пожалуйста)?)(?: пожалуйста)?$")
_QUIZ_RU = re.compile(r"^(?:пожалуйста )?(?:(?:проверь|проверьте|погоняй|поспрашивай|спроси|спросите|потренируй)"
                      r"(?: меня)?|(?:давай(?:те)?|хочу) (?:повторим|повторить|потренируемся|потренироваться|"
                      r"позанимаемся|позаниматься))(?: (?:по|на|про|о|об|в|тему|теме))*(?P<target>.*?)"
                      r"(?: пожалуйста)?$")
# A request about due cards says "due" and uses no other words than these.
_DUE_WORDS = frozenset({
    "due", "what", "whats", "is", "are", "how", "many", "cards", "card", "reviews", "review", "today", "now", "left",
    "number", "anything", "something", "there", "for", "i", "have", "me", "my", "do", "any", "still", "the", "to",
    "s"
})
# The same in Russian: two words or more, one of them about reviewing or what is left ("что пора повторить",
# "сколько осталось", "сколько карточек на повторение"), and no other words than these.
_DUE_KEYS_RU = frozenset({"повторить", "повторять", "повторение", "повторения", "повторений", "повторению",
                          "осталось"})
_DUE_WORDS_RU = _DUE_KEYS_RU | frozenset({
    "что", "сколько", "мне", "еще", "сегодня", "сейчас", "пора", "надо", "нужно", "на", "к", "карточек", "карточки",
    "вопросов", "у", "меня", "а", "есть", "ли", "там", "всего"})

# What the tutor says when it recognises an intent other than a quiz.
INTENT_TEXT: dict[Intent, str] = {
    "hint": "Here is a hint for the current card.",
    "explain": "Here is why the answer is what it is.",
    "due": "Checking which cards are due.",
}


class Target(NamedTuple):
    """The topic of a quiz request: a section or a tag of the pack."""

    id: str
    kind: TargetKind
    title: str


def match_intent(text: str) -> tuple[Intent, str] | None:
    """(intent, quiz topic phrase) for a request, else None (the text is a question)."""
    plain = " ".join(re.findall(r"[\w']+", text.replace("’", "'"))).replace("what's", "what is")
    if len(plain) > MAX_REQUEST:
        return None
    if _HINT.match(plain) or _HINT_RU.match(plain):
        return "hint", ""
    if _EXPLAIN.match(plain) or _EXPLAIN_RU.match(plain):
        return "explain", ""
    words = plain.replace("'", " ").split()
    if "due" in words and set(words) <= _DUE_WORDS:
        return "due", ""
    if len(words) > 1 and set(words) & _DUE_KEYS_RU and set(words) <= _DUE_WORDS_RU:
        return "due", ""
    m = _QUIZ.match(plain) or _QUIZ_RU.match(plain)
    if m and len(words) <= MAX_QUIZ_WORDS:
        return "quiz", m.group("target").strip()
    return None


def find_target(pack: Pack, phrase: str, search: Callable[[str], str | None], lang: Words) -> Target | None:
    """The section or tag a quiz request names: by id or tag (same words or stems), by a
    section title containing its words, by a close spelling of an id or tag, and last by
    `search(phrase)`, the section of the passage that would answer it. None: no topic."""
    words = [w for w in WORD.findall(normalise(phrase)) if w not in lang.stop and w not in lang.tw.question_words]
    if not words:
        return None
    joined, stems = "-".join(words), {lang.lang.stem(w) for w in words}

    def stems_of(label: str) -> set[str]:
        return {lang.lang.stem(w) for w in WORD.findall(normalise(label))}

    tags = sorted({t for c in pack.cards for t in c.tags})

    def same(label: str) -> bool:
        return label == joined or stems_of(label) == stems

    for s in pack.sections:
        if same(s.id):
            return Target(s.id, "section", s.title)
    for t in tags:
        if same(t):
            return Target(t, "tag", t)
    for s in pack.sections:
        if stems <= stems_of(s.title):
            return Target(s.id, "section", s.title)
    choices = [Target(s.id, "section", s.title) for s in pack.sections] + [Target(t, "tag", t) for t in tags]
    found = process.extractOne(joined, [c.id for c in choices], scorer=fuzz.ratio, score_cutoff=TOPIC_SIMILARITY)
    if found is not None:
        return choices[found[2]]
    section_id = search(phrase)
    if section_id is not None:
        return Target(section_id, "section", pack.sections_by_id[section_id].title)
    return None
