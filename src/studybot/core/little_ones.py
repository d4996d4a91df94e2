"""English "little" of size against "little" of amount: before a plural it is the adjective "small" ("lots of little
quakes", "little iron pellets": small ones), before an uncountable noun or alone a negation of quantity ("little
progress", "little was known", "little physics", "little rain falls").

A word may stand between "little" and the plural, as a noun or an adjective before a noun does ("little iron
pellets", "little glass beads"), only where the plural can be no verb (by the English lexical table): "little water
flows", "little light reaches the floor" keep their "little" of amount. An adjective between, one or two, makes the
plural a noun whatever verb it might be ("little wooden boxes", "little painted wooden boxes"): a word the table knows
only as an adjective ("old"), or one that ends as adjectives do ("wooden", "painted", "plastic", "useful"). "Few" is
always of number, never of size.
"""

from __future__ import annotations

import re

from .wordnet import base_forms, verb_form

__all__ = ["small_ones"]

_PLURAL = r"[a-z]{2,}s\b(?<!ss)(?<!us)(?<!is)(?<!ics)"
_NOT_PLURAL = r"(?!(?:was|has|does|this|its|thus|news|means)\b)"
# "little" right before a plural
_BEFORE = re.compile(rf"\blittle (?={_NOT_PLURAL}{_PLURAL})")
# "little", a word, and a plural ("little iron pellets"): group 1 the word, group 2 the plural
_ONE_BETWEEN = re.compile(rf"(?<!\ba )\blittle (?=([a-z]{{3,}}) ({_NOT_PLURAL}{_PLURAL}))")
# "little", two words and a plural ("little painted wooden boxes"): groups 1 and 2 the words
_TWO_BETWEEN = re.compile(rf"(?<!\ba )\blittle (?=([a-z]{{3,}}) ([a-z]{{3,}}) {_NOT_PLURAL}{_PLURAL})")
# endings of English adjectives ("wooden", "painted", "plastic", "useful", "famous", "reddish", "active")
_ADJECTIVE = re.compile(r"[a-z]{3,}(?:en|ed|ful|ous|ish|ic|al|ive|less|ary)")


def small_ones(text: str, stop: frozenset[str]) -> str:
    """English normalised text with the "little" of size said "small"; `stop`: the language's function words, which
    are no noun or adjective between "little" and its plural."""
    text = _BEFORE.sub("small ", text)
    if "little " not in text:
        return text
    text = _ONE_BETWEEN.sub(lambda m: "small " if m.group(1) not in stop and (
        not verb_form(m.group(2)) or _adjective(m.group(1))) else m.group(), text)
    if "little " not in text:
        return text
    return _TWO_BETWEEN.sub(lambda m: "small " if all(w not in stop and _adjective(w) for w in m.groups())
                            else m.group(), text)


def _adjective(word: str) -> bool:
    """Is the word an adjective: one the lexical table knows as nothing else ("old"), or one with an adjective's
    ending ("wooden")?"""
    return bool(_ADJECTIVE.fullmatch(word)) or bool(base_forms(word, "a")) and not base_forms(word, "n") \
        and not base_forms(word, "v")
