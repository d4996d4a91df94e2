"""English verbs that say one event in other words, read by the tutor as one meaning
(`lexicon_paraphrase.TUTOR_GROUPS`): a death said by the act that caused it, so that "where did Penrose die?" is
answered by "Penrose fled to Lisbon, where he was murdered" and "when did the mayor die?" by "the mayor was
assassinated in 1760" (`tutor.events.EVENTS` reads the same verbs as a death). The tutor only. Tried and left out
(round 19): "fled" / "escaped", "married" / "wife", "imprisoned" / "jail" / "put in prison", "done away with" /
"abolished" (a held-out pack declined one question fewer); "bought" / "sold" (the same); "gave" / "received",
"taught" / "learned", "lost" / "was defeated", "how long did it go on?" (answered without a group); "paid" / "cost"
(changed no question); "brought" / "arrived" (a question about a thing the notes do not name was answered). Only
data, and only words any text on any subject uses: nothing here names a word of one text.
"""

from __future__ import annotations

__all__ = ["EN_VERB_PAIRS"]

# groups separated by "|", words by spaces (every form written out), as `lexicon_paraphrase.TUTOR_GROUPS`
EN_VERB_PAIRS = (
    # a death said by the act that caused it ("kill" is in the group of "die" already)
    "die dies died dying death murder murdered assassinate assassinated assassination execute executed execution "
    "slain"
)
