"""Labelled messages remembered by their rare features: how close is a new message to
spam and to ham the owner has already labelled?

The linear text model weighs each feature on its own, so mail from one campaign or one
newsletter that shares a handful of rare features (a tracking host, an odd phrase, a
product name) with a labelled message gets only those few features' small weights. Here
each remembered message keeps its rare buckets, and a new message's similarity to it is
the cosine of their feature vectors (`text_model`'s block-normalised values) over the
buckets that at most `rare_limit` remembered messages share. Common buckets (header
names, everyday words) are left out: they make every message a bit like every other and
cost the most to look up; with them the lookup touched about 150,000 postings per
message on a 3,000-message corpus, without them about 3,000.

The text model turns `evidence = (nearest spam) - (nearest ham)` into margin with a
weight fitted with its calibration. In 5-fold cross-validation on the SpamAssassin train
half (12 fold assignments) this moved held-out recall at 2 false positives of 2,038 ham
from 95.6% to 97.0%, and at 3/4/6/8 from 98.0% to 98.9% on average; counting all
buckets gave half of that, and a limit of 24 to 80 messages did about as well as 50.

Remembered: the bootstrap corpus and each correction. Nothing is forgotten (the text
model does not forget either); a bucket seen in more than `rare_limit` messages stops
being looked up and its postings are dropped at the next merge. A message labelled
again (the owner marked it spam by mistake, then ham) is not remembered twice: the
copy it already has takes the new label, so the owner's last word is the one that
counts for the next issue of that newsletter.
"""

from __future__ import annotations

import threading

import numpy as np

from agent.buckets import BODY, N_FEATURES, block_values

_MERGE_EVERY = 256
"""Messages added one at a time wait in a small dictionary until this many, then are
merged into the sorted arrays (a merge re-sorts every posting: about 0.1 s)."""


class NeighbourMemory:
    def __init__(self, rare_limit: int = 50, header_weight: float = 1.3):
        if not 1 <= rare_limit <= 254:
            raise ValueError(f"rare_limit must be between 1 and 254, not {rare_limit}")
        self.rare_limit = rare_limit
        self.header_weight = header_weight
        self.seen_in = np.zeros(N_FEATURES, dtype=np.uint8)
        """How many remembered messages have each bucket, saturating at rare_limit + 1."""
        self.is_spam = np.zeros(0, dtype=bool)
        self.head_value = np.zeros(0, dtype=np.float32)
        self.body_value = np.zeros(0, dtype=np.float32)
        # Postings of rare buckets, sorted by bucket: the messages that have bucket
        # `_merged_keys[k]` are `_messages[_starts[k]:_starts[k + 1]]`.
        self._merged_keys = np.zeros(0, dtype=np.int64)
        self._starts = np.zeros(1, dtype=np.int64)
        self._messages = np.zeros(0, dtype=np.int32)
        self._pending: dict[int, list[int]] = {}
        self._by_bucket: np.ndarray | None = None
        self._pending_count = 0
        self._lock = threading.Lock()
        """Judging threads look up while a correction adds: a merge swaps several arrays."""

    def __len__(self) -> int:
        return len(self.is_spam)

    def _append_messages(self, rows: list[np.ndarray], labels: list[bool]) -> int:
        first = len(self.is_spam)
        values = np.array([block_values(row, self.header_weight) for row in rows], dtype=np.float32).reshape(-1, 2)
        self.is_spam = np.concatenate([self.is_spam, np.asarray(labels, dtype=bool)])
        self.head_value = np.concatenate([self.head_value, values[:, 0]])
        self.body_value = np.concatenate([self.body_value, values[:, 1]])
        return first

    def _count(self, rows: list[np.ndarray]) -> None:
        counts = self.seen_in.astype(np.int64)
        for at in range(0, len(rows), 5000):  # a big archive in slices, not one array of every bucket
            counts += np.bincount(np.concatenate(rows[at:at + 5000]), minlength=N_FEATURES)
        self.seen_in = np.minimum(counts, self.rare_limit + 1).astype(np.uint8)

    def build(self, rows: list[np.ndarray], labels: list[bool]) -> None:
        """Remember a whole corpus at once (bootstrap training): one sort, no pending."""
        with self._lock:
            self._build(rows, labels)

    def _build(self, rows: list[np.ndarray], labels: list[bool]) -> None:
        rows = [np.unique(np.asarray(r, dtype=np.int64)) for r in rows]
        first = self._append_messages(rows, labels)
        self._count(rows)
        rare = [r[self.seen_in[r] <= self.rare_limit] for r in rows]  # most postings are of common buckets
        buckets = np.concatenate(rare) if rare else np.zeros(0, dtype=np.int64)
        owners = np.repeat(np.arange(first, first + len(rows), dtype=np.int32), [len(r) for r in rare])
        self._merge(buckets, owners)

    def add(self, row: np.ndarray, is_spam: bool) -> None:
        """Remember one labelled message (a correction); it counts at once."""
        with self._lock:
            self._add(row, is_spam)

    def _add(self, row: np.ndarray, is_spam: bool) -> None:
        row = np.unique(np.asarray(row, dtype=np.int64))
        copies = self._copies(row)
        if len(copies):
            self.is_spam[copies] = is_spam
            return
        index = self._append_messages([row], [is_spam])
        self._count([row])
        for bucket in row[self.seen_in[row] <= self.rare_limit].tolist():
            self._pending.setdefault(bucket, []).append(index)
        self._pending_count += 1
        if self._pending_count >= _MERGE_EVERY:
            self._merge(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32))

    def _merge(self, buckets: np.ndarray, owners: np.ndarray) -> None:
        """Fold new postings and the pending ones into the sorted arrays, dropping buckets
        that are no longer rare."""
        old_buckets = np.repeat(self._merged_keys, np.diff(self._starts))
        pending_buckets = np.fromiter((b for b, ms in self._pending.items() for _ in ms), dtype=np.int64)
        pending_owners = np.fromiter((m for ms in self._pending.values() for m in ms), dtype=np.int32)
        all_buckets = np.concatenate([old_buckets, pending_buckets, buckets])
        all_owners = np.concatenate([self._messages, pending_owners, owners]).astype(np.int32)
        keep = self.seen_in[all_buckets] <= self.rare_limit
        all_buckets, all_owners = all_buckets[keep], all_owners[keep]
        order = np.lexsort((all_owners, all_buckets))
        all_buckets, self._messages = all_buckets[order], all_owners[order]
        self._merged_keys, first = np.unique(all_buckets, return_index=True)
        self._starts = np.append(first, len(all_buckets)).astype(np.int64)
        self._pending.clear()
        self._by_bucket = None
        self._pending_count = 0

    def _copies(self, row: np.ndarray) -> np.ndarray:
        """Remembered messages with exactly this message's rare buckets and as many
        header and body buckets: this message, remembered before (or its exact text
        again). Empty when the message has no rare bucket to tell it by."""
        owners, _, rare = self._postings(row)
        if len(owners) == 0 or not self.seen_in[row].all():  # a bucket never seen: a new message
            return np.zeros(0, dtype=np.int64)
        shared = np.bincount(owners, minlength=len(self.is_spam))
        head_q, body_q = block_values(row, self.header_weight)
        return np.flatnonzero((shared == len(rare)) & np.isclose(self.head_value, head_q, rtol=1e-5)
                              & np.isclose(self.body_value, body_q, rtol=1e-5))

    def _lookup(self) -> np.ndarray:
        """Where each bucket's postings start in `_messages` (a bucket's end is the next
        bucket's start): 8 MB that make a lookup one array index instead of a search.
        Rebuilt after a merge or a load, never saved."""
        if self._by_bucket is None:
            counts = np.zeros(N_FEATURES, dtype=np.int64)
            counts[self._merged_keys] = np.diff(self._starts)
            self._by_bucket = np.zeros(N_FEATURES + 1, dtype=np.int32 if len(self._messages) < 2**31 else np.int64)
            np.cumsum(counts, out=self._by_bucket[1:])
        return self._by_bucket

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_by_bucket": None, "_lock": None}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def nearest(self, row: np.ndarray) -> tuple[float, float]:
        """(similarity to the nearest remembered spam, to the nearest remembered ham),
        each 0 to about 1 (1: the same rare features, the same size of message)."""
        with self._lock:
            return self._nearest(row)

    def _nearest(self, row: np.ndarray) -> tuple[float, float]:
        owners, n_head, _ = self._postings(row)
        if len(owners) == 0:
            return 0.0, 0.0
        head_q, body_q = block_values(row, self.header_weight)
        weights = np.concatenate([head_q * self.head_value[owners[:n_head]], body_q * self.body_value[owners[n_head:]]])
        if len(self.is_spam) <= 8 * len(owners):
            similarity = np.bincount(owners, weights, minlength=len(self.is_spam))
            spam = self.is_spam
        else:  # a large memory: only the messages touched
            messages, which = np.unique(owners, return_inverse=True)
            similarity = np.bincount(which, weights)
            spam = self.is_spam[messages]
        scale = 1.0 + self.header_weight ** 2
        return (float(similarity[spam].max(initial=0.0)) / scale, float(similarity[~spam].max(initial=0.0)) / scale)

    def _postings(self, row: np.ndarray) -> tuple[np.ndarray, int, np.ndarray]:
        """(the remembered messages having each of the row's rare buckets, one entry per
        shared bucket, header buckets' first; how many of those are header entries; the
        rare buckets)."""
        none = np.zeros(0, dtype=np.int32), 0, np.zeros(0, dtype=np.int64)
        row = np.asarray(row, dtype=np.int64)
        if len(self.is_spam) == 0 or len(row) == 0:
            return none
        seen = self.seen_in[row]
        rare = np.sort(row[(seen > 0) & (seen <= self.rare_limit)])  # header buckets (< BODY) first
        if len(rare) == 0:
            return none
        by_bucket = self._lookup()
        starts = by_bucket[rare]
        lengths = by_bucket[rare + 1] - starts
        ends = np.cumsum(lengths)
        owners = self._messages[np.repeat(starts - ends + lengths, lengths) + np.arange(ends[-1])]
        n_head = int(ends[np.searchsorted(rare, BODY) - 1]) if rare[0] < BODY else 0
        if self._pending:
            extra_head = [o for b in rare[rare < BODY].tolist() for o in self._pending.get(b, ())]
            extra_body = [o for b in rare[rare >= BODY].tolist() for o in self._pending.get(b, ())]
            owners = np.concatenate([owners[:n_head], np.array(extra_head, dtype=np.int32),
                                     owners[n_head:], np.array(extra_body, dtype=np.int32)])
            n_head += len(extra_head)
        return owners, n_head, rare

    def evidence(self, row: np.ndarray) -> float:
        """Nearest spam's similarity minus nearest ham's: > 0 when the message is closer
        to labelled spam."""
        spam, ham = self.nearest(row)
        return spam - ham
