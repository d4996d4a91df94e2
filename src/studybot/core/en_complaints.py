"""English complaints of the body said in one form (issue #11; `preparing.read`, the grader's reading): a part that
hurts is said as "a sore arm", "a painful arm", "aching arms", "pain in the arm", "an arm ache", "the arm hurts",
"your arm aches", "the arm is sore"; all are read as "arm pain" ("a headache", "your head hurts": "head pain";
"muscle pain", "aching muscles", "sore muscles": "muscle pain"). And being short of breath: "shortness of breath",
"short of breath", "out of breath", "difficulty breathing", "trouble breathing", "struggling to breathe", "hard to
breathe" are "breathlessness". Only parts of the body (`_PARTS`): "a sore point", "painful memories" are left as
said. Words of the language, none of a text.
"""

from __future__ import annotations

import re

__all__ = ["complaints_said"]

_PARTS = ("head|heads|arm|arms|leg|legs|throat|throats|back|neck|chest|stomach|stomachs|belly|tummy|muscle|muscles|"
          "joint|joints|eye|eyes|ear|ears|tooth|teeth|foot|feet|hand|hands|knee|knees|shoulder|shoulders|limb|limbs|"
          "bone|bones|gums|mouth|side|hip|hips|wrist|wrists|ankle|ankles|body")
_WHOSE = r"(?:(?:the|your|my|his|her|their|its|a|an|one's|one) )?"
_SORE = "sore|painful|aching|achy|tender"
_HURTS = (r"(?:hurts|hurt|hurting|aches|ache|ached|aching|is sore|are sore|was sore|were sore|feels sore|feel sore|"
          r"felt sore|is painful|are painful|was painful|were painful)")
_COMPLAINTS = (
    # "a sore arm", "aching muscles": "arm pain", "muscles pain"
    (re.compile(rf"\b(?:a |an )?(?:{_SORE}) ({_PARTS})\b"), r"\1 pain"),
    # "pain in the arm", "pains in your joints"
    (re.compile(rf"\b(?:a |an |some )?(?:pain|pains|ache|aches) in {_WHOSE}({_PARTS})\b"), r"\1 pain"),
    # "your arm hurts", "the joints ache", "the arm is sore"
    (re.compile(rf"\b{_WHOSE}({_PARTS}) {_HURTS}\b(?! (?:to|for|from|when)\b)"), r"\1 pain"),
    # "a headache", "stomach aches", "a stomach-ache", "toothache": "head pain"
    (re.compile(r"\b(?:a |an )?(head|stomach|tummy|tooth|back|ear|belly)(?: |-)?aches?\b"), r"\1 pain"),
    # being short of breath
    (re.compile(r"\b(?:shortness of breath|short of breath|out of breath|(?:difficulty|trouble|problems|difficulties) "
                r"(?:with )?breathing|(?:struggling|struggles|struggled|struggle) to breathe|(?:hard|difficult) to "
                r"breathe)\b"), "breathlessness"),
)
_CUES = re.compile(r"sore|pain|ach|hurt|tender|breath")


def complaints_said(text: str) -> str:
    """`text` (normalised English) with a complaint of the body read in one form ("your arm hurts": "arm pain")."""
    if not _CUES.search(text):
        return text
    for pattern, said in _COMPLAINTS:
        text = pattern.sub(said, text)
    return text
