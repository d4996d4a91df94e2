"""A thing that burned had a fire, in English and Russian (`lexicon_paraphrase.TUTOR_GROUPS`,
`lexicon_ru_paraphrase`): "When did Vell Castle burn?", "Когда горел замок Велль?" are answered by "A fire broke
out in Vell Castle in 1837", "В 1837 году в замке Велль начался пожар", not declined nor answered by another
sentence naming the castle and a year. Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

EN = ("Vell Castle was built in 1702 for Count Orlan.\n\nA fire broke out in Vell Castle in 1837 and lasted two "
      "days.\n\nVell Castle was rebuilt in 1840.")
RU = ("Замок Велль построен в 1702 году для графа Орлана.\n\nВ 1837 году в замке Велль начался пожар, который "
      "продолжался два дня.\n\nЗамок Велль восстановили в 1840 году.")


@pytest.mark.parametrize(("notes", "language", "question", "fact"), [
    (EN, "en", "When did Vell Castle burn?", "1837"),
    (RU, "ru", "Когда горел замок Велль?", "1837"),
    (RU, "ru", "Когда сгорел замок Велль?", "1837"),
    (EN, "en", "When was Vell Castle rebuilt?", "1840"),
    (RU, "ru", "Когда восстановили замок Велль?", "1840"),
])
def test_a_burning_is_a_fire(notes, language, question, fact):
    assert says(tutor_on(notes, "Vell", language), question, fact)
