"""A Russian name of the pack that ends in "-й", found in the cases of a noun (issue #11): "на Валдае", "Валдаем" for
"Валдай", "в Каспии", "Каспием" for "Каспий", "на Алтае" for "Алтай". Snowball cuts "-й" off the name and the case
ending off the word, so the two met as stems but never as a one-word alias does (whose canonical name is other words:
"Каспий" for "Каспийское море"), while a name in "-а" was read by its cases already ("на Ладоге"). A rule of Russian
declension, no name of a text.

Narrower than every form ending so: only a noun's endings for the name's shape ("-ай", "-ей", "-уй": "-я", "-ю",
"-ем", "-е"; a consonant and "-ий": "-я", "-ю", "-ем", "-и", never "-е", the plural of an adjective, "великие" is no
"Великий"); never a name in "-ой" or "-ый", declined as an adjective ("Толстой", "Мирный": "мирным" is an
adjective's form, not the town); only a name the pack writes with a capital, of four letters or more, that its texts
never write as a word in lower case (an alias "Лицей" beside "в лицее" stays a word), and no person's (the people
reader has their cases). Not names in "-ь": as many are surnames ("Мендель", "Дизель") as places ("Кремль"), and
read here "закона Менделя" and "дизели" moved the tutor's replies the wrong way (the tutor reads no people). The
places of other endings that the texts name by their kind ("по Мсте", "Твери", `name_parts`) are found here too, as
before.

A word of a name of several words that ends in a consonant which Snowball reads as a case ending ("Уильям",
"Грейам", "Абрам", "Герасим": "уил", "грей", "абр", "герас") is found in its other cases too ("Уильяма Томсона",
"Александра Грейама Белла"), whose stem is the whole word (`declined_keys`)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import product
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .aliases import Aliases

__all__ = ["declined_keys", "soft_declined"]

# the name's last letters -> the endings (as the language's case endings cut them) a noun of that shape takes
_SHAPES = (("ай", ("я", "ю", "ем", "е")), ("ей", ("я", "ю", "ем", "е")), ("уй", ("я", "ю", "ем", "е")),
           ("ий", ("я", "ю", "ем", "и")))
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _fits(name: str, ending: str) -> bool:
    """Is `ending` a noun's case ending for a name of this shape?"""
    for last, endings in _SHAPES:
        if name.endswith(last) and ending in endings:
            return last != "ий" or name[-3] in _CONSONANTS  # "Каспий", not "-ьий"/"-ий" after a vowel
    return False


def soft_declined(word: str, names: Aliases) -> str:
    """The name `word` (lower case) is a case of: a place of other endings the texts name ("твери" / "тверь"), or a
    proper name of the pack in "-й" in a noun's case ("валдае" / "валдай"); "" when none."""
    endings = [e for e in names.lang.lex.case_endings if word.endswith(e) and len(word) - len(e) >= 3]
    if names._short_places:
        found = next((word[:-len(e)] + last for e in endings for last in "яьй"
                      if word[:-len(e)] + last in names._short_places), "")
        if found:
            return found
    for e in endings:
        stem = word[:-len(e)]
        for name in (stem + "й",):
            canonical = names.pairs.get(name)
            if len(name) >= 4 and name in names._declinable and _fits(name, e) and canonical in names.proper \
                    and canonical not in names.people.canonicals and names.lang.stem(name) not in names._plain:
                return name
    return ""


_VOWELS = frozenset("аеёиоуыэюяйь")


def declined_keys(seq: tuple[str, ...], key: Callable[[str], str], stem: Callable[[str], str] | None
                  ) -> set[tuple[str, ...]]:
    """The keys (`Aliases.name_key`) a name of several words (lower case, as the pack writes it) is found by in every
    case: each word's own key, and for a word ending in a consonant that the stemmer cuts ("уильям": "уил") the key
    of its other cases ("уильяма": "уильям"), which keep the whole word; the own keys alone without a `stem` (the
    tutor's aliases: read so, a question moved a held-out reply the wrong way)."""
    keys = [{key(w)} | ({key(w + "а")} if stem is not None and w[-1] not in _VOWELS
                        and len(stem(w)) < len(w) == len(stem(w + "а")) else set()) for w in seq]
    return set(product(*keys))
