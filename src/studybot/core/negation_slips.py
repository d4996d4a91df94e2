"""A negation typed with a slip is still a negation: a fair teacher reads "the mill didnt open" and "it doesnt
float" as "did not", "does not" (the apostrophe left out), "it did nto open" as "did not" (two letters swapped), and
in Russian "мельница небыла открыта" as "не была" ("не" glued to a form of "быть": the particle is written apart
from a verb) and "нн была", "ен была" as "не была" (the next key, two letters swapped). Read so, the negation is
judged as written: it agrees with a card that denies and contradicts one that asserts, where the slip alone had
passed as the bare verb. Only such whole words: an English auxiliary with "nt" glued ("cant", "wont" and "dont"
are left: "cant" and "wont" are words, and "dont" is no auxiliary's form the pattern reads), "nto" alone, and in
Russian the forms of "быть" alone ("небыль", a fiction, is a word: "небыли" stays). Rules of the languages' typing,
naming no text; read by `phrases.rewrite_phrases` (the grader's and the tutor's texts)."""

from __future__ import annotations

import re

__all__ = ["negation_slips"]

_EN = re.compile(r"\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|might)nt\b"
                 r"|\b(?:dosen|dosn|doesen|doens)'?t\b|\bdidint\b|(?<=\w )nto\b")
_EN_READ = {"dosen": "does", "dosn": "does", "doesen": "does", "doens": "does", "didint": "did"}
_RU = re.compile(r"(?<![^\W\d_])(?:не(был|была|было|будет|будут)(?![^\W\d_])|(?:нн|ен) (?=[^\W\d_]))")


def _en(m: re.Match[str]) -> str:
    if m.group(1):
        return m.group(1) + " not"
    word = m.group(0)
    if word == "nto":
        return "not"
    return next(v for k, v in _EN_READ.items() if word.startswith(k)) + " not"


def negation_slips(text: str, code: str) -> str:
    """`text` (normalised) with its negations typed with a slip written out ("didnt": "did not")."""
    if code == "en" and ("nt" in text or "nto" in text):
        return _EN.sub(_en, text)
    if code == "ru" and ("не" in text or "нн" in text or "ен" in text):
        return _RU.sub(lambda m: f"не {m.group(1)}" if m.group(1) else "не ", text)
    return text
