"""English questions whose verb only frames what is asked (tutor language data, read as `TutorWords.rewrites`):
"how is X worked out?" asks what X is, "where is X found?" asks where X is. The verb is left out, since the text
that answers says X and the place or the definition, not the verb. And words that frame a question the text answers
in other words, weighed as light words (`EN_FRAMING_WORDS`, added to `TutorWords.light_words`). Only data; nothing
of one text.
"""

from __future__ import annotations

__all__ = ["EN_FRAMING_VERBS", "EN_FRAMING_WORDS"]

# nouns for a text, whose content "what does X say?" asks
_TEXTS = ("inscriptions?|decrees?|edicts?|laws?|acts?|statutes?|letters?|messages?|declarations?|treat(?:y|ies)"
          "|charters?|constitutions?|manifestos?|proclamations?|articles?|documents?|notes?|telegrams?|orders?"
          "|petitions?|reports?|speech(?:es)?|texts?|books?|pamphlets?|oaths?|resolutions?|bills?|rulings?"
          "|verdicts?|sign(?:s)?|plaques?|memos?|papers?|tablets?|wills?")

EN_FRAMING_VERBS: tuple[tuple[str, str], ...] = (
    # "how is X worked out?", "how do you calculate X?": what X is (the text defines it)
    (r"^(\W*how (?:is|are|was|were) .+?)\s+(?:calculated|computed|worked out|figured out|measured|determined|"
     r"estimated|defined|found)(?=\W*$)", r"\1"),
    (r"^\W*how (?:do|does|did|can|could|would|should|is|are) (?:you|we|one|they|i|people|it) (?:calculate|compute|"
     r"work out|figure out|measure|determine|estimate|define|find)\b", "how"),
    # "where is X found / located?", "where can X be found?": where X is ("X ... in the wall of the right atrium")
    # "how did X react / respond to Y?": what X did about Y ("the Harbour Board said ...", "Helby protested");
    # not "what does X react with?", a chemical reaction
    (r"^\W*how (?:did|does|do|has|have|will|would|might) (.+?)\s+(?:react|respond)(?:ed)?\s+to\b",
     r"what did \1 do about"),
    # ... and "where is X kept / housed?": where X is ("it has been in the British Museum since 1802")
    (r"^(\W*where (?:is|are|was|were|can|could) .+?)\s+(?:be )?(?:located|situated|positioned|kept|stored|"
     r"housed|displayed|exhibited|preserved)(?=\W*$)", r"\1"),
    # ... but "where was X found?" asks where it was come upon, an event the text tells with "found" ("soldiers found
    # the stone near Rashid"): only "is / are / can be found" is where X is
    (r"^(\W*where (?:is|are|can|could) .+?)\s+(?:be )?found(?=\W*$)", r"\1"),
    # "what does the decree say?", "what did the letter state?": what a text says is its content, which the text tells
    # with any verb ("the decree honoured the king", "the law allowed arrests"), not with "say"
    (r"^(\W*what (?:does|did|do) (?:the |a |an |this |that |his |her |its |their )?(?:[\w'-]+ ){0,6}?"
     r"(?:" + _TEXTS + r")(?: (?:of|on|about|from|to|by|in) (?:[\w'-]+ ){0,5}?[\w'-]+)?)\s+(?:say|state|tell us)"
     r"(?=\W*$)", r"\1"),
    # "what language did X know that helped him?": the clause after the thing asked is the learner's framing (the
    # text says "X, who knew Coptic, ...", not what it helped)
    (r"^(\W*(?:what|which) .+?)\s+(?:that|which) (?:helped|allowed|enabled|let) (?:him|her|them|it|us|you)\b.*$",
     r"\1"),
)

EN_FRAMING_WORDS = frozenset((
    # "what is X made of?" (read as "consist of", `lexicon_composition`): a material is said by a noun before X as
    # often ("gold contacts", "polyurethane foam")
    "consist consists consisted "
    # an evaluation the learner asks of what the text says, in their own words ("what was wrong with X?": "X was
    # slow"; "is X dangerous?": "X is flammable")
    "good better best bad worse worst wrong dangerous useless").split())
