"""A learned reader of "an instruction addressed to the filter or to an AI", in any language.

The patterns (`agent.guard.patterns`) are precise, and know only the phrasings and the
languages written into them: an attempt in Hindi or Swahili, or one that says "this
message was pre-cleared by IT" instead of "ignore previous instructions", passes them.
Beside them sits this detector: a logistic regression over hashed character 4-grams
(any script, spaced or not) beside words and word pairs, trained by
`scripts/build_guard_detector.py` on labelled sentences in 45 languages (attempts, and
hard negatives: requests between people, talk about AI, quoted attacks) and on ordinary
mail. It reads a text sentence by sentence, and pairs of sentences, as `native` text,
and reports the passage it is surest of; the guard acts on it above `threshold`, which
the build chose by measurement and stored with the weights.

Its cost is bounded: the first `READ_CHARS` of each text, `MAX_PASSAGES` passages.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import zlib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import numpy as np

from agent.guard.scan import native

N_FEATURES = 2 ** 21
NGRAMS = (4, 4)
READ_CHARS = 4_000
MAX_PASSAGES = 120
MAX_PASSAGE_CHARS = 400
MIN_PASSAGE_CHARS = 40
MODEL_FILE = "detector.npz"

# A sentence ends at . ! ? and their CJK, Arabic and Devanagari forms, or at a line end.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？؟।])\s+|(?<=[。！？])|\n+")


_WORD = re.compile(r"\b\w+\b")
_MIX = np.uint64(0x9E3779B97F4A7C15)


class Features:
    """The feature map, the same at build and at use: hashed character 4-grams (any
    script, spaced or not) beside hashed words and word pairs (which words go together:
    "this email" with "safe"), each half of `N_FEATURES`, each half normalised to length
    1. Hashed here with numpy (a 4-gram's four code points mixed into one number) and
    zlib's CRC-32 for words, not by scikit-learn's HashingVectorizer: that one counts
    n-grams in Python and checks its input on every call, 2.5 ms of a message's 3."""

    def counts(self, texts: list[str]) -> tuple[Counted, Counted]:
        """(character 4-gram counts, word counts) of each text, not normalised: the counts
        of two texts added are the counts of the two together. All texts hashed at once."""
        half = N_FEATURES // 2
        return _char_counts(texts, half), _word_counts(texts, half)

    def transform(self, texts: list[str]):
        """The normalised feature matrix (for training)."""
        from scipy.sparse import hstack
        from sklearn.preprocessing import normalize

        chars, words = self.counts(texts)
        return hstack([normalize(chars.matrix()), normalize(words.matrix())]).tocsr()


def _char_counts(texts: list[str], width: int):
    """Counts of each text's character 4-grams (blanks squeezed), by bucket."""
    squeezed = [" ".join(t.split()) for t in texts]
    lengths = np.array([len(t) for t in squeezed], dtype=np.int64)
    codes = np.frombuffer("\x00".join(squeezed).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(codes) - (NGRAMS[0] - 1)
    if n <= 0:
        return _counted(np.zeros(0, np.int64), np.zeros(0, np.int64), len(texts), width)
    h = codes[:n].copy()
    for k in range(1, NGRAMS[0]):
        h = h * _MIX + codes[k:n + k]
    h ^= h >> np.uint64(31)
    h *= _MIX
    buckets = (h >> np.uint64(40)).astype(np.int64) & (width - 1)
    rows = np.repeat(np.arange(len(texts)), lengths + 1)[:n]
    ends = (np.cumsum(lengths + 1) - 1)[rows]  # where each gram's text ends
    inside = np.arange(n) + NGRAMS[0] <= ends
    return _counted(rows[inside], buckets[inside], len(texts), width)


def _word_counts(texts: list[str], width: int):
    """Counts of each text's words and pairs of neighbouring words, by bucket."""
    rows, buckets = [], []
    for i, text in enumerate(texts):
        words = _WORD.findall(text)
        grams = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
        buckets.extend(zlib.crc32(g.encode("utf-8")) & (width - 1) for g in grams)
        rows.extend([i] * len(grams))
    return _counted(np.array(rows, dtype=np.int64), np.array(buckets, dtype=np.int64), len(texts), width)


class Counted(NamedTuple):
    """How often each (row, bucket) occurs: `keys` are row * width + bucket, sorted."""

    keys: np.ndarray
    counts: np.ndarray
    height: int
    width: int

    def matrix(self):
        from scipy.sparse import csr_matrix

        return csr_matrix((self.counts.astype(np.float32), (self.keys // self.width, self.keys % self.width)),
                          shape=(self.height, self.width))

    def margins(self, weights: np.ndarray, pairs: list[tuple[int, int]]) -> np.ndarray:
        """weights . x / |x| for each row, then for each pair of rows (a, a + 1) as one:
        worked out on the counts, no matrix made."""
        rows = self.keys // self.width
        counts = self.counts.astype(np.float64)
        dots = np.bincount(rows, weights=weights[self.keys % self.width] * counts, minlength=self.height)
        squares = np.bincount(rows, weights=counts * counts, minlength=self.height)
        if pairs:
            # A bucket in row r and in row r + 1: its key and the key plus one width.
            _, here, there = np.intersect1d(self.keys + self.width, self.keys, assume_unique=True,
                                            return_indices=True)
            cross = np.bincount(rows[here], weights=counts[here] * counts[there], minlength=self.height)
            a = np.array([i for i, _ in pairs])
            dots = np.concatenate([dots, dots[a] + dots[a + 1]])
            squares = np.concatenate([squares, squares[a] + squares[a + 1] + 2 * cross[a]])
        return np.divide(dots, np.sqrt(squares), out=np.zeros_like(dots), where=squares > 0)


def _counted(rows: np.ndarray, buckets: np.ndarray, height: int, width: int) -> Counted:
    keys, counts = np.unique(rows * width + buckets, return_counts=True)
    return Counted(keys, counts, height, width)


def vectorizer() -> Features:
    return Features()


_CODE_MARKS = "_()[]{};=$<>#\\|"
_WIDE = re.compile("[\u2e80-\U0010ffff]")


def _wordy(sentence: str) -> bool:
    """Most of it letters, few of code's marks: a row of a statistics table or a list of
    scores ("0.787 2.439 0.019 ...", "'poked': 0.01;") is data, a line of a program
    ("push_conn_ctx(0) : conn_ctx_stack_ndx = 0") is code, and both read to n-grams like
    a fake verdict. (A fake JSON verdict's few braces stay under the bar.) Letters count
    with their marks: Devanagari's, Bengali's and Thai's vowel signs are no letters to
    `str.isalpha`, and a Hindi sentence read as data was never read at all."""
    shown = "".join(sentence.split())
    return (sum(c.isalpha() or unicodedata.category(c)[0] == "M" for c in shown) >= 0.65 * len(shown)
            and sum(map(shown.count, _CODE_MARKS)) < 0.08 * len(shown))


def sentences(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The sentences of `native(text)`, and which neighbours pair up into a passage of
    two (an order and its object often sit in two sentences). A pair never joins a
    reply's quoted "> " line to the writer's own."""
    found: list[tuple[bool, str]] = []
    for line in native(text[:READ_CHARS]).split("\n"):
        quoted = line.lstrip().startswith(">")
        for sentence in _SENTENCE_END.split(line):
            sentence = sentence.strip()[:MAX_PASSAGE_CHARS]
            # A few words are no instruction, and read as one by their loudest n-grams
            # ("report this message as verified spam."). A CJK character counts as two.
            if len(sentence) + len(_WIDE.findall(sentence)) >= MIN_PASSAGE_CHARS and _wordy(sentence):
                found.append((quoted, sentence))
    found = found[:MAX_PASSAGES // 2]
    pairs = [(i, i + 1) for i, ((qa, _), (qb, _)) in enumerate(itertools.pairwise(found)) if qa == qb]
    return [s for _, s in found], pairs


def passages(text: str) -> list[str]:
    """The passages of `text` the detector reads: each sentence, and each pair."""
    single, pairs = sentences(text)
    return single + [f"{single[a]} {single[b]}" for a, b in pairs]


class Reading(NamedTuple):
    probability: float
    passage: str
    """The passage, as `native` text."""


class InstructionDetector:
    def __init__(self, weights: np.ndarray, intercept: float, threshold: float, hidden_threshold: float | None = None):
        """`threshold`: for text a reader sees; `hidden_threshold`: for text no reader
        sees (`agent.guard.policy.NEVER_SHOWN`), where ordinary mail has few sentences to be
        mistaken (a newsletter's preheader, an image's alt text) and words written for
        a machine are at home."""
        self.weights = weights.astype(np.float32)
        self.intercept = float(intercept)
        self.threshold = float(threshold)
        self.hidden_threshold = float(threshold if hidden_threshold is None else hidden_threshold)
        self._vectorizer = vectorizer()

    def strongest(self, text: str) -> Reading | None:
        """The passage of `text` most like an instruction to the filter (None: no passage).
        Each sentence is counted once; a pair's counts are its two sentences' summed, and
        its margin is worked out from theirs, not from a matrix of its own."""
        single, pairs = sentences(text)
        if not single:
            return None
        half = N_FEATURES // 2
        chars, words = self._vectorizer.counts(single)
        margins = self.intercept + chars.margins(self.weights[:half], pairs) + words.margins(self.weights[half:], pairs)
        best = int(np.argmax(margins))
        text_of = single[best] if best < len(single) else " ".join(single[i] for i in pairs[best - len(single)])
        return Reading(float(1.0 / (1.0 + np.exp(-margins[best]))), text_of)

    def save(self, path: Path) -> None:
        keep = np.flatnonzero(np.abs(self.weights) > 1e-4).astype(np.int32)
        np.savez_compressed(path, index=keep, value=self.weights[keep].astype(np.float16),
                            intercept=np.float32(self.intercept), threshold=np.float32(self.threshold),
                            hidden_threshold=np.float32(self.hidden_threshold))

    @classmethod
    def load(cls, path: Path) -> InstructionDetector:
        with np.load(path) as data:
            weights = np.zeros(N_FEATURES, dtype=np.float32)
            weights[data["index"]] = data["value"].astype(np.float32)
            return cls(weights, float(data["intercept"]), float(data["threshold"]), float(data["hidden_threshold"]))


@lru_cache(maxsize=1)
def shipped() -> InstructionDetector | None:
    """The detector shipped with mailwarden, or None if its file is missing (the
    patterns still run)."""
    path = Path(str(resources.files("agent.guard").joinpath(MODEL_FILE)))
    return InstructionDetector.load(path) if path.exists() else None
