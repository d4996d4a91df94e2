"""The tutor's weights: every weight and threshold of its ranking and of its replies, in one frozen record
(`Weights`), with the defaults every pack is answered with (`DEFAULT_WEIGHTS`). Scores are shares of a question
(0..1); each number was tuned on several packs, never one (§6). `ranking.Ranker` reads them."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_WEIGHTS", "Weights"]


@dataclass(frozen=True)
class Weights:
    """Every weight and threshold of the tutor's ranking (scores are shares of a question, 0..1)."""

    # -- weighing the question's units (times the rarity of their keys)
    name: float = 1.5  # a name the pack knows (or a capitalised word it has) counts this many times
    light: float = 0.5  # a light word ("article", "number", "say": TutorWords.light_words) counts this share
    unknown_name: float = 2.0  # a capitalised word the pack lacks: this many times the rarest key
    unknown: float = 0.8  # a word the pack lacks, not capitalised: this share of the rarest key (it may say
    # in other words what the text says, or ask what the text does not: evidence, not as much as a rare word)
    framing: float = 0.5  # an unknown word ending in -ed, -ing or -ly (it frames more than it names)
    max_units: int = 24  # units of a question looked up at most
    # -- coverage
    synonym_credit: float = 0.95  # share of a unit's weight met by a synonym rather than the word itself
    partial_credit: float = 0.7  # share of a unit's weight met by a weak key
    context_credit: float = 0.5  # ... by the sentences around the passage or its section's title
    refer_credit: float = 0.9  # ... by the sentence before, which the passage refers back to (for ranking: `referring`)
    context_reach: int = 2  # sentences on each side of a passage (in its paragraph) that are its context
    hint_credit: float = 0.5  # ... by the prompt of a card the passage supports
    loose_credit: float = 0.5  # ... by a word of its derivational family in the passage (`loose`)
    # -- rescoring the bm25 candidates
    candidates: int = 40  # bm25 hits rescored
    fit_bonus: float = 0.1  # times `fits`: the passage gives the kind of answer wanted
    define_bonus: float = 0.25  # the passage defines what a "what is X?" question names
    first_definition: float = 0.05  # ... and is the first passage that does
    class_definition: float = 0.2  # ... and says what kind of thing it is ("X is a ...", "a ... called X")
    prompt_bonus: float = 0.15  # times how closely a supported card's prompt restates the question (0..1)
    restating_penalty: float = 0.05  # the passage only restates the question (not for yes/no questions) ...
    restating_margin: int = 2  # ... "only": at most this many content words beyond those asked about
    bm25_share: float = 0.05  # times the bm25 score relative to the best candidate's
    focus_share: float = 0.05  # times focus: 1 for a passage of `focus_words` content words or fewer, less beyond
    focus_words: int = 12
    topic_bonus: float = 0.08  # the passage is about a word of the question: its topic (`topics`)
    section_share: float = 0.05  # times the weighted share of the question its section's title says (it is about that)
    # -- `fits`: the kinds of answer wanted
    figure_fit: float = 1.0  # a figure, for "how many / how much"
    date_fit: float = 1.0  # a year, a date, a month, for "when" ...
    time_fit: float = 0.5  # ... a looser time word ("years later")
    new_name_fit: float = 1.0  # a name the question does not give, for "who / which / where" ...
    new_names_fit: float = 1.5  # ... two or more such names
    person_fit: float = 0.5  # ... a person, for "who"
    doer_fit: float = 1.0  # ... the doer of its verb, for "who built X?": "by the Guild" (`agents`, `doers_en`)
    reason_fit: float = 1.0  # a reason marker, for "why" (required of the reply, see `replies`)
    list_fit: float = 1.0  # a list (commas, semicolons, arrows), for "name the two ..." (not a hard requirement)
    manner_fit: float = 1.0  # a means or manner ("by means of", "by burning coal", "путём"), for "how did ...?"
    # -- deciding
    answer_coverage: float = 0.62  # weighted share of the question the answer must cover
    reason_coverage: float = 0.57  # ... to a "why" question, when it gives a reason or a result (the reason is its own
    # part, in words of the text, as the question's restatement of the event often is not)
    own_coverage: float = 0.3  # ... of it in the passage's own words
    relation_coverage: float = 0.3  # ... and of its units other than names (what it asks about them)
    answers_tried: int = 8  # best-ranked passages tried against these thresholds before declining
    standout_coverage: float = 0.5  # failing any, the best passage answers with this coverage in its own words ...
    standout_margin: float = 0.15  # ... when it stands this far above the second candidate ...
    standout_units: int = 2  # ... and says this many of the question's units itself
    standout_reason: float = 0.4  # ... or with this coverage, to a "why" question, when it gives a reason or a result
    fills_coverage: float = 0.4  # a sentence next to the answer that gives what it lacks must cover this much
    # -- what a reply shows
    max_sentences: int = 3  # sentences of a reply
    max_chars: int = 600  # longest a reply's sentences may be together
    near_score: float = 0.9  # another passage of the section that answers this share as well joins the reply ...
    list_near_score: float = 0.7  # ... this share, when the question asks for a list
    continues_coverage: float = 0.3  # a sentence next to the answer that covers this much may join it
    max_cards: int = 3  # cards to practise offered with an answer
    max_nearest: int = 3  # nearest topics named in a decline
    nearest_coverage: float = 0.45  # a section is named in a decline only when a passage of it covers this much ...
    nearest_units: int = 2  # ... with at least this many of the question's units (one for a one-unit question)


DEFAULT_WEIGHTS = Weights()
