"""English verbs that say one event in other words, read by the tutor as one meaning
(`lexicon_paraphrase.TUTOR_GROUPS`): a death said by the act that caused it, so that "where did Penrose die?" is
answered by "Penrose fled to Lisbon, where he was murdered" and "when did the mayor die?" by "the mayor was
assassinated in 1760" (`tutor.events.EVENTS` reads the same verbs as a death). The tutor only. Tried and left out
(round 19): "fled" / "escaped", "married" / "wife", "imprisoned" / "jail" / "put in prison", "done away with" /
"abolished" (a held-out pack declined one question fewer); "bought" / "sold" (the same); "gave" / "received",
"taught" / "learned", "lost" / "was defeated", "how long did it go on?" (answered without a group); "paid" / "cost"
(changed no question); "brought" / "arrived" (a question about a thing the notes do not name was answered). Added in
round 21, an act said by a plainer or a more formal verb: "shown" / "demonstrated", "climb" / "ascend", "fight" / "war
against", "boss" / "manager", "stay alive" / "lives" (tests/test_tutor_verbs_otherwise.py). Added in round 42, a noun
said by a plainer or a more learned one: "test" / "experiment", "germ" / "bacterium", "plot" / "conspiracy", "tax" /
"revenue", and "now" / "today" / "modern" (tests/test_tutor_nouns_otherwise.py); tried and left out: "doctor" /
"physician", "population" / "inhabitants", "epidemic" / "outbreak", "eat" / "feed", "company" / "firm", "help" / "aid"
(no question moved), and "currently" with "now" ("what is the current X?" was answered by "Today most banks ...",
where the text tells of no X). Only
data, and only words any text on any subject uses: nothing here names a word of one text.
"""

from __future__ import annotations

__all__ = ["EN_VERB_PAIRS"]

# groups separated by "|", words by spaces (every form written out), as `lexicon_paraphrase.TUTOR_GROUPS`
EN_VERB_PAIRS = (
    # a death said by the act that caused it ("kill" is in the group of "die" already)
    "die dies died dying death murder murdered assassinate assassinated assassination execute executed execution "
    "slain|"
    # one act said by a plainer or a more formal verb, any subject ("shown to the managers": "demonstrated")
    "show shows showed shown demonstrate demonstrates demonstrated demonstration|"
    "climb climbs climbed ascend ascends ascended ascent|fight fights fought war wars|"
    "boss bosses manager managers|live lives lived alive lifespan|"
    # round 42: one thing said by a plainer or a more learned word, any subject ("the Oxford test": "the team's
    # experiment"; "what germ causes X?": "X is caused by the bacterium Y"; "the plot against X": "the conspiracy")
    "test tests tested testing experiment experiments experimented|"
    "germ germs microbe microbes bacterium bacteria pathogen pathogens|"
    "plot plots conspiracy conspiracies conspirator conspirators conspire conspired|"
    "tax taxes taxation revenue revenues|"
    # the present said by its adverb or adjective ("what is X called now?": "X is the modern city of Y")
    "now nowadays today modern"
)
