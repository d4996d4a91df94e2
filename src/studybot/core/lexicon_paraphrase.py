"""General English verbs and nouns that questions say otherwise than a text does (persuade /
convince, approve / authorise, pledge / promise, make / give / deliver a speech), read by the
tutor as one meaning (`lexicon_tutor.ENGLISH_TUTOR.exact_synonyms`). Only data, and only words
any text on any subject uses: nothing here names a word of one text.
"""

from __future__ import annotations

__all__ = ["PARAPHRASE_GROUPS"]

# groups separated by "|", words by spaces (every form written out)
PARAPHRASE_GROUPS = (
    "consist consists consisted comprise comprises comprised contain contains contained|"
    "collect collects collected gather gathers gathered assemble assembled compile compiled|"
    "write writes wrote written publish publishes published|"
    "persuade persuades persuaded convince convinces convinced|"
    "approve approves approved authorise authorises authorised authorize authorizes authorized sanction sanctioned|"
    "affect affects affected effect effects impact impacts|hard harsh severe bad worse worst|"
    "carry carries carried transport transports transported convey conveys conveyed|"
    "spread spreads transmit transmits transmitted transmission|borrow borrows borrowed lend lends lent loan loans|"
    "wage wages salary salaries earnings income|control controls controlled regulate regulates regulated regulation|"
    "decompose decomposes decomposed degrade degrades degraded|previous earlier prior preceding|"
    "exclude excludes excluded omit omits omitted|"
    "say said says argue argues argued claim claims claimed assert asserts asserted|"
    "follow follows followed succeed succeeds succeeded successor|"
    "benefit benefits benefited benefitted gain gains gained|people participants attendees|"
    "pledge pledges pledged promise promises promised vow vowed|inform informs informed notify notifies notified|"
    "officially official formally formal|prolong prolongs prolonged lengthen lengthened extend extends extended|"
    "freeze froze frozen suspend suspended suspension moratorium|gap deficit shortfall|"
    "station stationed deploy deploys deployed deployment|story stories article articles report reports|"
    "double doubles doubled doubling triple triples tripled increase increases increased|"
    "halve halves halved halving decrease decreases decreased|symptom symptoms sign signs|"
    "blame blames blamed accuse accuses accused|make makes made give gives gave given deliver delivers delivered|"
    "goal goals aim aims objective objectives motive motives"
)
