"""Two Russian words a slip of spelling cannot join: a noun and a verb its letters run into ("сказка" / "сказали",
"сказал", "сказать"). A rule of Russian word forms, not words of a text: where the two words part, the noun's stem
goes on with a consonant ("сказ-к-а") and the verb has its vowel and then only the ending of a past or an
infinitive ("сказ-а-ли", "-л", "-ла", "-ло", "-ть", "-ти", with "-ся" / "-сь"). A letter that turns one into the
other changes the word, not its spelling (`Language.distinct_forms`, read on a slip only). A verbal noun and its
verb ("скручиванием" / "скручивали", "потеря" / "потеряла") part after the verb's vowel, and a noun in "-ка" shares
a longer stem with its verb ("поставка" / "поставили", "очистка" / "очистили"): those stay a slip's. Only a short
shared start (a root of three or four letters) parts them."""

from __future__ import annotations

from os.path import commonprefix

from .ru_families import ADJECTIVE_ENDINGS, VERB_ENDINGS

__all__ = ["noun_and_verb"]

_VOWELS = frozenset("аеиоуыэюя")
_PAST_OR_INFINITIVE = frozenset(("л", "ла", "ло", "ли", "ть", "ти"))
_ROOT = 3  # letters the two words share at least
_FAMILY = 5  # letters shared from which a noun in "-ка" and a verb are one family ("постав-ка" / "постав-или")


def _parted(noun: str, verb: str) -> bool:
    at = len(commonprefix((noun, verb)))
    if not _ROOT <= at < min(_FAMILY, len(noun), len(verb)) or noun[at] in _VOWELS or verb[at] not in _VOWELS:
        return False
    rest = verb[at + 1:]
    rest = rest[:-2] if rest.endswith(("ся", "сь")) else rest
    return rest in _PAST_OR_INFINITIVE and noun.isalpha() and not noun.endswith(VERB_ENDINGS) \
        and not noun.endswith(ADJECTIVE_ENDINGS)


def noun_and_verb(want: str, have: str) -> bool:
    """Is a wanted word a noun, and the word found a verb's past or infinitive that parts from it after a shared
    start by the verb's vowel where the noun has a consonant ("сказка" / "сказали")?"""
    return _parted(want, have)
