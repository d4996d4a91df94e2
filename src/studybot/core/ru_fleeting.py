"""A Russian noun's fleeting vowel (беглая гласная) in its suffixes "-ок"/"-ек"/"-ка" and "-ец"/"-цо": the vowel
that one form of a word has before its last consonant and the others drop, "ошибка" / "ошибок", "лодки" / "лодок",
"отец" / "отца", "кусок" / "куска", "кольцо" / "колец", "боец" / "бойца", "чайка" / "чаек", "яйцо" / "яиц". Snowball
leaves the two forms other stems ("ошибк" / "ошибок"), too short or too far apart for a typo, so "откладывают яиц"
missed "откладывают яйца". A rule of Russian word forms, the same for every text: the vowel "о"/"е" between two
consonants, or "е"/"и" for a soft sign or "й", before a last "к" or "ц"; never "й" / "и" before another letter
("войн" / "воин": wars, a warrior). The same vowel before н, л, р, м ("окно" / "окон", "угол" / "угла") is left
out: it moved a check set's verdict the wrong way.
"""

from __future__ import annotations

__all__ = ["fleeting_vowel"]

_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_LAST = frozenset("кц")  # the consonants a fleeting vowel stands before here ("-ок", "-ек", "-ец")


def fleeting_vowel(a: str, b: str) -> bool:
    """Are two stems one noun with and without its fleeting vowel ("ошибк" / "ошибок", "кольц" / "колец")?"""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 3 or short[-1] not in _LAST or not short.isalpha():
        return False
    if len(long) == len(short) + 1 and short[-2] in _CONSONANTS and long[-2] in "ое":
        return long == short[:-1] + long[-2] + short[-1]  # "ошибк" / "ошибок", "отц" / "отец"
    if len(long) == len(short) and a[:-2] == b[:-2] and a[-1] == b[-1]:
        pair = {a[-2], b[-2]}
        return pair == {"ь", "е"} or pair in ({"й", "е"}, {"й", "и"})
    return False
