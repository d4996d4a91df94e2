"""A person a question asks about is named by a word of their name alone ("Gaius", "Гаврила") in a passage whose
paragraph gave the name whole a few sentences before ("Gaius Gracchus was tribune ..."): `tutor.given.named_in_part`,
which lets such a passage answer for them (`Ranker.answers`). Not when the whole name before is another person's
("Gaius Marius"), nor from another paragraph, nor when the passage says no word of the name. Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.given import named_in_part

BROTHERS = ("Tiberius Gracchus was tribune in 133 BC.\nGaius Gracchus, his younger brother, was tribune in "
            "123 BC.\nGaius passed a grain law.\nIn 121 BC the consul Lucius Opimius attacked Gaius and his followers.")
OTHER = ("Gaius Marius was consul seven times.\nHe reformed the army.\nIn 121 BC the consul Lucius Opimius attacked "
         "Gaius and his followers.\n\nGaius Gracchus was tribune in 123 BC.")
APART = ("Gaius Gracchus was tribune in 123 BC.\n\nThe Senate met in the Curia.\nIn 121 BC the consul "
         "Lucius Opimius attacked Gaius and his followers.")
NONE_SAID = ("Gaius Gracchus was tribune in 123 BC.\nIn 121 BC the consul Lucius Opimius attacked the "
             "tribune's followers.")
RU = ("Гаврила Сомов родился в посёлке Вель.\nОн выучился ткать у тётки.\n"
      "В 1851 году мастер гильдии Фома Лоуэ подарил Гавриле станок.")


@pytest.mark.parametrize(("lang", "notes", "question", "opening", "named"), [
    ("en", BROTHERS, "Which consul attacked Gaius Gracchus in 121 BC?", "In 121 BC", True),
    ("ru", RU, "Кто подарил Гавриле Сомову станок?", "В 1851 году", True),
    ("en", OTHER, "Which consul attacked Gaius Gracchus in 121 BC?", "In 121 BC", False),  # Gaius Marius before
    ("en", APART, "Which consul attacked Gaius Gracchus in 121 BC?", "In 121 BC", False),  # another paragraph
    ("en", NONE_SAID, "Which consul attacked Gaius Gracchus in 121 BC?", "In 121 BC", False),  # no word of the name
])
def test_a_person_named_in_part_after_the_whole_name(lang, notes, question, opening, named):
    aliases = {"Gaius Gracchus": ("Gaius Sempronius Gracchus",), "Гаврила Сомов": ("Гаврила Петрович Сомов",)}
    pack = Pack(id="t", title="Notes", sections=(Section(id="s", title="Notes", notes=notes),), cards=(),
                language=lang, aliases=aliases)  # a person's whole name is the pack's (its aliases)
    tutor = Tutor(pack, language=lang, cache=False)
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    person = next(u for u in asked.units if u.name and len(u.stems) > 1)
    doc = next(d for d in tutor.docs if d.text.startswith(opening))
    assert named_in_part(doc, person, tutor.library) is named
