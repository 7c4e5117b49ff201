"""Where a message's features land: hashed buckets in two blocks, and each bucket's value.

Shared by the text model (a weight per bucket) and the neighbour memory (which messages
have which rare bucket), so both see a message as the same vector.

Each message becomes the set of its features (`agent.features`), hashed with MurmurHash3
into two blocks of 2**20 buckets: header features (anything with a "name:" prefix:
sender, header names and values, hops, links, MIME shape) and body features (words and
word pairs of the text). Each block is L2-normalised on its own (every present feature
1/sqrt(n) of its block), so a long text cannot drown the headers.
"""

from __future__ import annotations

import math

import numpy as np
from sklearn.utils import murmurhash3_32

BLOCK_BITS = 20
BODY = 1 << BLOCK_BITS  # body buckets are BODY + hash; header buckets are below BODY
N_FEATURES = 2 * BODY
_MASK = BODY - 1
LAYOUT = 4
"""Version of the bucket layout; a model saved under another one must be retrained."""


def hashed(features: list[str]) -> np.ndarray:
    """Unique bucket indices of a feature list. A header feature has a "name:" prefix
    (or is "html-only") and lands below BODY; a word or word pair lands above it."""
    return np.fromiter({(murmurhash3_32(f, positive=True) & _MASK) | (0 if ":" in f or f == "html-only" else BODY)
                        for f in features}, dtype=np.int64)


def block_values(row: np.ndarray, header_weight: float = 1.0) -> tuple[float, float]:
    """(value of each header bucket, value of each body bucket) of this message:
    1/sqrt(number of present features in its block), header buckets times `header_weight`."""
    n_body = int((row >= BODY).sum())
    n_head = len(row) - n_body
    return (header_weight / math.sqrt(n_head) if n_head else 0.0,
            1.0 / math.sqrt(n_body) if n_body else 0.0)


def row_values(row: np.ndarray, header_weight: float = 1.0) -> np.ndarray:
    """Each bucket's value (see `block_values`), in the row's order."""
    head, body = block_values(row, header_weight)
    return np.where(row >= BODY, body, head)


def known_values(row: np.ndarray, known: np.ndarray, header_weight: float = 1.0,
                 unknown_share: float = 1.0) -> np.ndarray:
    """Like `row_values`, but a bucket the model never learned (`known` False) counts
    only `unknown_share` of a feature in its block's normalisation (it has no weight, so
    its own value does not matter). With 1 this is `row_values`; with 0 a message is
    normalised over what the model knows of it: mail full of features nobody trained
    on is read by the ones it has, instead of having them diluted toward the intercept
    (see `agent.text_model`)."""
    body = row >= BODY
    n_body = float((known & body).sum()) + unknown_share * float((~known & body).sum())
    n_head = float((known & ~body).sum()) + unknown_share * float((~known & ~body).sum())
    head_value = header_weight / math.sqrt(n_head) if n_head else 0.0
    body_value = 1.0 / math.sqrt(n_body) if n_body else 0.0
    return np.where(body, body_value, head_value)
