"""`core.memos.memoised`: the function's own results, each worked out once while kept, and never more kept than
its limit."""

from __future__ import annotations

from studybot.core.memos import memoised


def test_a_memo_gives_the_functions_results_and_works_each_out_once() -> None:
    calls: list[tuple[str, str]] = []

    @memoised(8)
    def joined(a: str, b: str) -> str:
        calls.append((a, b))
        return a + b

    assert joined("a", "b") == "ab" and joined("b", "a") == "ba" and joined("a", "b") == "ab"
    assert calls == [("a", "b"), ("b", "a")]
    joined.cache_clear()  # type: ignore[attr-defined]
    assert joined("a", "b") == "ab" and calls[-1] == ("a", "b") and len(calls) == 3


def test_a_memo_keeps_no_more_than_its_limit() -> None:
    calls: list[int] = []

    @memoised(3)
    def square(n: int) -> int:
        calls.append(n)
        return n * n

    assert [square(n) for n in range(5)] == [0, 1, 4, 9, 16]
    assert square(4) == 16 and calls == [0, 1, 2, 3, 4]  # the last one asked is kept
    assert square(0) == 0 and calls[-1] == 0  # an early one was let go: worked out again
