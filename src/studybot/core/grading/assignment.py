"""Which piece of an order answer names which item: the pairing that matches best as a whole.

Taking the surest pair first lets one piece take an item another piece alone can name: in
"Ferry, Lantern" against the items "Launch of the first ferry" and "The lantern lit on the second
ferry", "Ferry" fits the second item a little better, and "Lantern" is then left with none. So
pieces are paired with items to match the most in all (the sum of the pairs' scores, the
Hungarian method), as a reader who sees the whole answer pairs them. (scipy's
linear_sum_assignment does the same; an order card has a handful of items, and these 40 lines
spare the package a large dependency.)
"""

from __future__ import annotations

__all__ = ["best_pairing"]


def best_pairing(weights: list[list[float]]) -> list[int]:
    """For each row (a piece), the column (an item) it is paired with, or -1: the pairing with the
    largest sum of weights, each column used once; a pair of weight 0 or less is no pair."""
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if not rows or not cols:
        return [-1] * rows
    size = max(rows, cols)
    top = max(max(row) for row in weights)
    # a square matrix of costs (the padding costs as much as a pair of weight 0)
    cost = [[top - (weights[r][c] if r < rows and c < cols else 0.0) for c in range(size)] for r in range(size)]
    column_of = _hungarian(cost)
    return [c if c < cols and weights[r][c] > 0 else -1 for r, c in enumerate(column_of[:rows])]


def _hungarian(cost: list[list[float]]) -> list[int]:
    """The column of each row in the assignment of least total cost (square matrix, O(n³))."""
    n = len(cost)
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    row_at = [0] * (n + 1)  # row_at[column]: the row (1-based) given that column; 0: none yet
    way = [0] * (n + 1)
    for r in range(1, n + 1):
        row_at[0] = r
        col = 0
        least = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[col] = True
            r0, delta, col1 = row_at[col], inf, 0
            for c in range(1, n + 1):
                if used[c]:
                    continue
                reduced = cost[r0 - 1][c - 1] - u[r0] - v[c]
                if reduced < least[c]:
                    least[c], way[c] = reduced, col
                if least[c] < delta:
                    delta, col1 = least[c], c
            for c in range(n + 1):
                if used[c]:
                    u[row_at[c]] += delta
                    v[c] -= delta
                else:
                    least[c] -= delta
            col = col1
            if row_at[col] == 0:
                break
        while col:
            prev = way[col]
            row_at[col] = row_at[prev]
            col = prev
    column_of = [0] * n
    for c in range(1, n + 1):
        column_of[row_at[c] - 1] = c - 1
    return column_of
