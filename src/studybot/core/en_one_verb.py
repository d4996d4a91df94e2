"""English phrasings of one verb (issue #11), read as the verb before words are compared (`preparing.read`, the
grader's reading):

- a thing one no longer has is a thing lost: "they no longer had a majority", "they did not have a majority any
  more" are "they lost a majority" (not "no longer had to", "did not have to pay any more": a duty, no thing);
- being against a thing is opposing it: "the mayor was against the plan" is "the mayor opposed the plan" (not
  "against the law", "against the rules", "against the wall", "against the odds", "against the clock": no stance);
- "get" before a verb's past participle is the passive's "be": "the barn got flooded" is "the barn was flooded",
  "the letters get sorted" "the letters are sorted" (the participle a verb's form in WordNet: "-ed", or an irregular
  one, "got stolen", "got sent"), so "got" is never read as a verb of its own there ("got" is a synonym of "caught",
  "received", "destroyed" in some sense of WordNet's); not before an adjective ("got tired", "got red": becoming),
  nor in the phrases read before ("got paid", "got rid of");
- a thing put into another is added to it: "they put lime in the water", "lime was put into the water" are "they
  added lime to the water", "lime was added to the water" (not "put in charge", "put into practice", "put in a bid");
- a thing that has something in it contains it: "the jars have salt in them" is "the jars contain salt", "the
  ore had no iron in it" "the ore contained no iron" (not a share or a stance had in a thing: "had a hand in it",
  "have faith in them", "had a say in it").

Words of the language, none of a text.
"""

from __future__ import annotations

import re

from .lexicon_paraphrase import IRREGULAR_VERBS
from .wordnet import base_forms

__all__ = ["said_as_one_verb"]

_LOST = {"had": "lost", "has": "has lost", "have": "have lost"}
_NO_LONGER = re.compile(r"\bno longer (had|has|have)\b(?! to\b)")
# "did not have X any more" (X a few words: "their old majority"), "does not have X anymore"
_NOT_ANY_MORE = re.compile(r"\b(did|does|do) not have (?!to\b)((?:[^\W\d_][\w-]* ){1,4}?)(?:any ?more|any longer)\b")
_DID = {"did": "lost", "does": "has lost", "do": "have lost"}
_BE = {"was": "opposed", "were": "opposed", "is": "opposes", "are": "oppose", "be": "oppose", "been": "opposed",
       "being": "opposing"}
_NO_STANCE = r"(?:law|laws|rules?|wall|walls|odds|clock|tide|current|wind)\b"  # "against the law": no stance
_AGAINST = re.compile(r"\b(was|were|is|are|be|been|being)( strongly| firmly| totally| completely)? against "
                      rf"(?!(?:the |their |his |her |its )?{_NO_STANCE})")


_GET = {"get": "are", "gets": "is", "got": "was", "gotten": "been", "getting": "being"}
_GOT_DONE = re.compile(r"\b(get|gets|got|gotten|getting) ([^\W\d_]{3,})\b")
# the irregular past participles ("stolen", "sent", "built"): the last form of each verb of the table, but those of
# verbs that take no object or are no deed done to a thing ("became", "risen", "gone", "slept", "thought")
_IRREGULAR_DONE = frozenset(forms.split()[-1] for forms in IRREGULAR_VERBS.split("|") if len(forms.split()) > 1) - {
    "arisen", "became", "came", "fallen", "felt", "fled", "gone", "gotten", "grown", "had", "lain", "meant", "ran",
    "risen", "sat", "shone", "slept", "stood", "swum", "thought", "understood", "woken"}
# forms in "-ed" that are no participle of a deed here ("got bored" is becoming so; "red", "tired" adjectives)
_NOT_DONE = frozenset(("tired", "bored", "married", "engaged", "involved", "used", "excited", "scared", "worried",
                       "interested", "dressed", "annoyed", "frightened", "confused", "started"))

# "have X in it": "contain X" (X a few words), in its tense; not a part taken or a stance held in a thing
_CONTAIN = {"have": "contain", "has": "contains", "had": "contained", "having": "containing"}
_NOT_HELD_IN = frozenset(("hand", "say", "part", "role", "share", "stake", "interest", "faith", "confidence", "trust",
                          "belief", "hope", "pride", "fun", "time", "place", "luck", "doubt", "doubts"))
_HAVE_IN = re.compile(r"\b(have|has|had|having) ((?:(?!in\b)[^\W\d_][\w-]* ){1,4}?)in (?:it|them)\b")

# putting a thing into another is adding it: "they put lime in the water" is "they added lime to the water", "salt
# was put into the dough" "salt was added to the dough" (a thing of a few words between, or the passive); not an
# idiom of a state or an office ("put in charge", "put into practice", "put them in prison"), nor "put in a bid"
_PUT_IDIOMS = ("charge|prison|jail|place|practice|power|office|force|danger|touch|order|motion|action|effect|use|"
               "operation|service|question|doubt|perspective|words|writing|position|context|hospital|quarantine")
_NOT_IDIOM = rf"(?!(?:the |a |an )?(?:{_PUT_IDIOMS})\b)"
_PUT_IN = re.compile(rf"\b(put|puts|putting) ((?:(?!in\b|into\b)[^\W\d_][\w-]* ){{1,3}}?)(?:in|into) {_NOT_IDIOM}")
_PUT_IN_PASSIVE = re.compile(rf"\b(is|are|was|were|be|been|being) put (?:in|into) {_NOT_IDIOM}")
_ADD = {"put": "added", "puts": "adds", "putting": "adding"}


def _contained(m: re.Match[str]) -> str:
    held = m.group(2).split()
    return m.group() if _NOT_HELD_IN.intersection(held) else f"{_CONTAIN[m.group(1)]} {m.group(2).rstrip()}"


def _done(word: str) -> bool:
    """Is the word a verb's past participle of a deed done to something ("flooded", "stolen")?"""
    if word in _NOT_DONE:
        return False
    return word in _IRREGULAR_DONE or word.endswith("ed") and bool(base_forms(word, "v"))


def said_as_one_verb(text: str) -> str:
    """`text` (normalised English) with "no longer had X", "did not have X any more" read as "lost X", "was
    against X" as "opposed X", "got flooded" as "was flooded", "had salt in them" as "contained salt" and "put salt
    in it" as "added salt to it"."""
    if "longer" in text:
        text = _NO_LONGER.sub(lambda m: _LOST[m.group(1)], text)
    if " not have " in text and ("more" in text or "longer" in text):
        text = _NOT_ANY_MORE.sub(lambda m: f"{_DID[m.group(1)]} {m.group(2).rstrip()}", text)
    if "against " in text:
        text = _AGAINST.sub(lambda m: f"{_BE[m.group(1)]} ", text)
    if "get" in text or "got" in text:
        text = _GOT_DONE.sub(lambda m: f"{_GET[m.group(1)]} {m.group(2)}" if _done(m.group(2)) else m.group(0), text)
    if " in it" in text or " in them" in text:
        text = _HAVE_IN.sub(_contained, text)
    if "put" in text:
        text = _PUT_IN_PASSIVE.sub(lambda m: f"{m.group(1)} added to ", _PUT_IN.sub(
            lambda m: f"{_ADD[m.group(1)]} {m.group(2)}to ", text))
    return text
