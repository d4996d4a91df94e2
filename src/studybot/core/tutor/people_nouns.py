"""Nouns for people and groups of people: what a passage may answer "who" with when it names nobody
("a professional lobbyist", "savers and lenders", "ополченцы", "корпус"). A general list of the language
(`TutorWords.people_words`) and the endings of agent nouns that make no other words (`people_endings`, each
form in full, with the words that end so but are none listed in `people_not`): never one text's words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import wordnet
from .nouns_ru import people_genitive

if TYPE_CHECKING:
    from .words import Words

__all__ = ["people_kinds", "people_noun", "people_nouns", "roles_of"]

Groups = tuple[tuple[frozenset[str], frozenset[str]], ...]


def people_noun(word: str, stem: str, words: Words) -> bool:
    """Is a word (as normalised) a noun for a person or a group of people?"""
    tw = words.tw
    if stem in words.people_stems or people_genitive(word, words):  # "горожан" (`nouns_ru`)
        return True
    return (len(word) >= tw.people_min and bool(tw.people_endings) and word.endswith(tw.people_endings)
            and word not in tw.people_not)


def people_nouns(tokens: list[str], stems: list[str], content: list[int], words: Words) -> frozenset[str]:
    """Stems of the nouns for people among a passage's content words (positions `content`)."""
    return frozenset(stems[i] for i in content if people_noun(tokens[i], stems[i], words))


def roles_of(tokens: list[str], stems: list[str], content: list[int], words: Words) -> frozenset[str]:
    """Stems of the roles and titles among a passage's content words ("minister", "химик"); a connective whose stem
    is a role's ("поэтому": "поэт") names nobody (issue #12: "кто открыл X?" is not answered by "Поэтому X ..."), nor
    does an adjective of a role (`_role_adjective`)."""
    lex = words.lang.lex
    return frozenset(stems[i] for i in content if stems[i] in words.role_stems
                     and tokens[i] not in lex.connectives and tokens[i] not in lex.clause_breaks
                     and not _role_adjective(tokens[i], words))


def _role_adjective(token: str, words: Words) -> bool:
    """Is a word an English adjective whose stem is a role's ("diplomatic", "presidential", "ministerial"): it names
    no person ("A Diplomatic Breakthrough" answers no "who"), unless listed as a role itself ("chief", "general")?"""
    return words.lang.code == "en" and token not in words.tw.role_words and bool(
        wordnet.base_forms(token, "a")) and not wordnet.base_forms(token, "n")


def people_kinds(groups: Groups, words: Words) -> Groups:
    """The groups of general words and the words for kinds of them (`CountWords.kinds_of`, by stem), the kinds of
    people ("people", "человек") widened to every noun for a person, role or people of the language that is no body
    of people (`CountWords.collectives`): "9 senators", "50 гусар и 80 казаков" count people; "3 regiments" do not."""
    persons = frozenset(words.lang.stem(w) for w in words.tw.person_nouns)
    collectives = frozenset(words.lang.stem(w) for w in words.tw.counts.collectives)
    more = (words.role_stems | words.people_stems | persons) - collectives
    return tuple((general, kinds | (more - general)) if general & persons else (general, kinds)
                 for general, kinds in groups)
