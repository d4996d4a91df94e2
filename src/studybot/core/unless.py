"""English "unless" read as the condition it sets, before words are compared (`phrases.rewrite_phrases`).

"Unless" is "if not": "the salvor is rewarded unless the ship is saved" says the reward comes when the ship is
lost, so it is read "... if not the ship is saved" and the negation it holds is seen. A denial before it makes the
other condition: "the salvor gets no reward unless the ship is saved" and "is not paid unless ..." say "... only if
the ship is saved", and so does the denial in the clause after a leading "unless ..., " ("unless the ship is saved,
he gets nothing"; without the comma, the one denial after it). A sentence with more than one "unless", or a denial
another clause holds, keeps its "if not". Only words any text on any subject uses.
"""

from __future__ import annotations

import re

__all__ = ["read_unless"]

_UNLESS = re.compile(r"\bunless\b")
_NEGATION = re.compile(r"\b(not|no|never|nothing|nobody|none)\b")
_UNDONE = {"not": "", "no": "", "never": "", "nothing": "something", "nobody": "somebody", "none": "some"}
# a word that opens another clause: a denial behind it is not the one "unless" answers
_OTHER_CLAUSE = re.compile(r"[,;:]|\b(?:but|whereas|while|although|though|because|since|so|if|when|unless)\b")
_SENTENCES = re.compile(r"[^.;!?]+[.;!?]*")


def read_unless(text: str) -> str:
    """An English text (lower case, contractions written out) with each sentence's one "unless" read as "only if"
    (its denial undone) or "if not"."""
    if "unless" not in text:
        return text
    return _SENTENCES.sub(lambda m: _sentence(m.group()), text)


def _undo(m: re.Match[str]) -> str:
    return _UNDONE[m.group(1)]


def _sentence(text: str) -> str:
    found = list(_UNLESS.finditer(text))
    if len(found) != 1:
        return text
    before, after = text[:found[0].start()], text[found[0].end():]
    denials = list(_NEGATION.finditer(before))
    if denials and not _OTHER_CLAUSE.search(before[denials[-1].end():].rstrip().rstrip(",")):
        last = denials[-1]  # "gets no reward unless ...", "is not paid unless ..."
        return _tidy(f"{before[:last.start()]}{_undo(last)}{before[last.end():]}only if{after}")
    if not before.strip() or before.rstrip().endswith(","):  # "unless the ship is saved, he gets nothing"
        comma = max(after.find(","), 0)  # without a comma, the one denial after it ("unless X he gets nothing")
        main = after[comma:]
        denial = _NEGATION.search(main)
        if denial and (comma or len(_NEGATION.findall(main)) == 1) and not _OTHER_CLAUSE.search(
                main[1:denial.start()]):
            main = main[:denial.start()] + _undo(denial) + main[denial.end():]
            return _tidy(f"{before}only if{after[:comma]}{main}")
    return f"{before}if not{after}"


def _tidy(text: str) -> str:
    return re.sub(r"  +", " ", text)
