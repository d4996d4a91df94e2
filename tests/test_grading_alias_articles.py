"""A person answered by the post or title the pack's `aliases` (or `synonyms`) give them is the person, with or
without the article the alias opens with ("Lord Warden" for an alias "the Lord Warden"); a post the pack does not
give the person, another post, or a part of one stays wrong, and an article before one word alone is kept ("the
Times" never makes "times" a name). Invented people and posts (`alias_variants.without_article`)."""

from __future__ import annotations

import pytest

from studybot.core.alias_variants import without_article, written_plain
from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

NOTES = ("Harold Quimby, the Lord Warden of the Marches, signed the Treaty of Fennick in 1702. "
         "The Keeper of the Seal, Agnes Marlow, opposed it.")
SIGNED = Card(id="c", section="s", kind="short", prompt="Who signed the Treaty of Fennick?", answer="Harold Quimby")
OPPOSED = Card(id="d", section="s", kind="short", prompt="Who opposed the Treaty of Fennick?", answer="Agnes Marlow")


def _grader(aliases: dict[str, tuple[str, ...]], synonyms: tuple[tuple[str, ...], ...] = ()) -> Grader:
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES),), cards=(SIGNED, OPPOSED),
                aliases=aliases, synonyms=synonyms)
    return Grader.for_pack(pack)


WITH_POSTS = {"Harold Quimby": ("the Lord Warden",), "Agnes Marlow": ("the Keeper of the Seal",)}


@pytest.mark.parametrize(("card", "answer", "right"), [
    (SIGNED, "the Lord Warden", True),
    (SIGNED, "Lord Warden", True),
    (SIGNED, "lord warden", True),
    (OPPOSED, "Keeper of the Seal", True),
    (OPPOSED, "the Keeper of the Seal", True),
    # the other's post, a post nobody holds, a part of a post: wrong
    (SIGNED, "Keeper of the Seal", False),
    (OPPOSED, "Lord Warden", False),
    (SIGNED, "the Lord Chamberlain", False),
    (SIGNED, "the Warden", False),
])
def test_a_post_the_aliases_give_without_its_article(card, answer, right):
    assert _grader(WITH_POSTS).grade(card, answer).correct is right


@pytest.mark.parametrize(("answer", "right"), [
    ("Lord Warden", True),
    ("the Lord Warden", True),
    ("Harold Quimby", True),
])
def test_a_post_in_a_synonyms_group(answer, right):
    grader = _grader({}, synonyms=(("Harold Quimby", "the Lord Warden"),))
    assert grader.grade(SIGNED, answer).correct is right


@pytest.mark.parametrize("answer", ["Lord Warden", "the Lord Warden", "Keeper of the Seal"])
def test_a_post_alone_is_no_name_unless_the_pack_says_so(answer):
    assert not _grader({}).grade(SIGNED, answer).correct


@pytest.mark.parametrize(("variant", "bare"), [
    ("the lord warden", "lord warden"),
    ("a lord warden", "lord warden"),
    ("the times", ""),
    ("lord warden", ""),
    ("theodore quimby", ""),
])
def test_the_article_is_dropped_before_two_words_or_more(variant, bare):
    assert without_article(variant) == bare


KINDS_NOTES = ("Marshes are of three kinds: reed marshes, salt marshes and fens. The Great Salt Marsh of Fennick is "
               "the largest of them.")
KINDS = Card(id="k", section="s", kind="list", prompt="Name the three kinds of marsh.",
             answer="reed marsh, salt marsh, fen", keypoints=(Keypoint("reed marsh", ()), Keypoint("salt marsh", ()),
                                                              Keypoint("fen", ())))


@pytest.mark.parametrize(("answer", "right"), [
    ("reed marshes, salt marshes, fens", True),
    ("reed marsh, salt marsh and fen", True),
    ("reed marshes, fens", False),
])
def test_an_alias_the_texts_write_as_plain_words_keeps_its_article(answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=KINDS_NOTES),), cards=(KINDS,),
                aliases={"Great Salt Marsh": ("the Salt Marsh",)})
    assert Grader.for_pack(pack).grade(KINDS, answer).correct is right


@pytest.mark.parametrize(("phrase", "plain"), [
    ("salt marsh", True),
    ("great salt marsh", False),
    ("lord warden", False),
])
def test_a_phrase_the_texts_write_in_lower_case(phrase, plain):
    assert written_plain(phrase, (KINDS_NOTES, NOTES)) is plain
