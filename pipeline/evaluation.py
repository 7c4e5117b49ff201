"""Measuring the filter on a labelled corpus (`DIR/ham/*`, `DIR/spam/*`).

The split is the project's fixed one: a message is in the train half when
int(sha1(path relative to the corpus).hexdigest(), 16) % 10 < 5. Calibration and
training use `train`; figures worth reporting come from `test`.
"""

from __future__ import annotations

import hashlib
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from agent.scores import Confusion, metrics
from storage.kinds import Decider

if TYPE_CHECKING:
    from pipeline.judging import Judgement

Split = Literal["all", "train", "test"]


class CorpusError(Exception):
    pass


class LabelledFile(BaseModel):
    path: Path
    relative: str
    label: Literal["spam", "ham"]


def in_train_split(relative: str) -> bool:
    return int(hashlib.sha1(relative.encode("utf-8")).hexdigest(), 16) % 10 < 5


def corpus_files(corpus: Path, split: Split = "all", sample: int | None = None, seed: int = 0,
                 one_label: bool = False) -> list[LabelledFile]:
    """The labelled files of a corpus, optionally one split and a balanced-by-share sample.
    `one_label`: a corpus may hold only ham or only spam (a test set of phishing, say)."""
    corpus = Path(corpus)
    files: list[LabelledFile] = []
    for label in ("ham", "spam"):
        folder = corpus / label
        if not folder.is_dir():
            if one_label:
                continue
            raise CorpusError(f"{corpus} has no {label}/ folder; a corpus is DIR/ham/* and DIR/spam/*")
        for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
            relative = f"{label}/{path.name}"
            if split == "all" or (split == "train") == in_train_split(relative):
                files.append(LabelledFile(path=path, relative=relative, label=label))
    if not files:
        raise CorpusError(f"{corpus} holds no messages in the {split} split")
    if sample is not None and sample < len(files):
        files = sorted(random.Random(seed).sample(files, sample), key=lambda f: f.relative)
    return files


class DeciderTally(BaseModel):
    """What one decider (`storage.kinds.Decider`) settled in an evaluation, and its mistakes."""

    messages: int = 0
    ham: int = 0
    spam: int = 0
    false_positives: int = Field(default=0, description="ham it called spam")
    false_negatives: int = Field(default=0, description="spam it called ham")

    def add(self, is_spam: bool, said_spam: bool) -> None:
        self.messages += 1
        self.spam += int(is_spam)
        self.ham += int(not is_spam)
        self.false_positives += int(said_spam and not is_spam)
        self.false_negatives += int(is_spam and not said_spam)


WITH_RULES = "model+rules"
"""The tally of model verdicts whose prompt held learned rules (also counted under "model")."""
UNFAMILIAR = "unfamiliar"
"""The tally of verdicts marked new to the fast path with no model to ask (also under "fast")."""


class EvalReport(BaseModel):
    corpus: str
    split: str
    backend: str
    model: str
    messages: int
    judged: int
    failed: int
    confusion: Confusion
    precision: float
    recall: float
    f1: float
    fpr: float
    mcc: float
    accuracy: float
    auc: float | None = Field(default=None, description="ranking quality of spam_probability")
    quarantine_at: float | None = Field(default=None, description="the quarantine tier's spam probability")
    quarantine_fpr: float | None = Field(default=None, description="share of ham that would be moved to quarantine")
    quarantine_recall: float | None = Field(default=None, description="share of spam that would be moved there")
    messages_per_second: float
    latency_p50_ms: float
    latency_p95_ms: float
    seconds: float
    errors: list[str] = Field(default_factory=list)
    deciders: dict[str, DeciderTally] = Field(
        default_factory=dict, description=f"per decider (fast, model, cache), and {WITH_RULES!r} and {UNFAMILIAR!r} "
        "as parts of those: how many messages it settled and its mistakes")


def auc(scores: list[tuple[float, bool]]) -> float | None:
    """Area under the ROC curve by the rank-sum formula (ties count half)."""
    positives = sum(1 for _, is_spam in scores if is_spam)
    negatives = len(scores) - positives
    if not positives or not negatives:
        return None
    ordered = sorted(scores, key=lambda s: s[0])
    rank_sum = 0.0
    i = 0
    while i < len(ordered):
        j = i
        while j < len(ordered) and ordered[j][0] == ordered[i][0]:
            j += 1
        average_rank = (i + 1 + j) / 2
        rank_sum += average_rank * sum(1 for k in range(i, j) if ordered[k][1])
        i = j
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def evaluate(
    files: list[LabelledFile],
    judge: Callable[[bytes, str], Judgement],
    *,
    corpus: str,
    split: str,
    backend: str,
    model: str,
    progress: Callable[[int], None] | None = None,
    quarantine_at: float | None = None,
    seed: int = 0,
) -> EvalReport:
    """Run `judge(raw, source)` (returning a `pipeline.judging.Judgement`) over the files.
    With `quarantine_at`, also what the quarantine tier would have moved: a label of spam
    only flags a message, the tier is what takes it out of the inbox.

    The files are judged in a shuffled order (`seed`), ham and spam mixed as mail
    arrives, not all ham and then all spam: the fast path adapts its threshold to the
    share of spam it sees arriving, and fed a corpus folder by folder it "knew" which
    folder it was in. On the SpamAssassin test half that sorted order made the fast path
    alone look like 3 false positives (1 at the quarantine tier) where mixed it makes 12 (2)."""
    files = random.Random(seed).sample(files, len(files))
    confusion = Confusion()
    latencies: list[float] = []
    scored: list[tuple[float, bool]] = []
    errors: list[str] = []
    deciders: dict[str, DeciderTally] = {}
    failed = 0
    started = time.perf_counter()
    for index, item in enumerate(files, 1):
        t0 = time.perf_counter()
        judgement = judge(item.path.read_bytes(), str(item.path))
        latencies.append((time.perf_counter() - t0) * 1000.0)
        verdict = judgement.verdict
        if verdict is None:
            failed += 1
            if len(errors) < 5:
                errors.append(f"{item.relative}: {judgement.error or 'no verdict'}")
        else:
            is_spam = item.label == "spam"
            confusion.add(is_spam, verdict.label == "spam")
            scored.append((verdict.spam_probability, is_spam))
            tallies = [str(verdict.decided_by)]
            if verdict.decided_by == Decider.model and verdict.rule_ids:
                tallies.append(WITH_RULES)
            if verdict.unfamiliar:
                tallies.append(UNFAMILIAR)
            for name in tallies:
                deciders.setdefault(name, DeciderTally()).add(is_spam, verdict.label == "spam")
        if progress is not None:
            progress(index)
    seconds = time.perf_counter() - started
    tier = {}
    if quarantine_at is not None:
        moved = metrics(Confusion.of([is_spam for _, is_spam in scored], [p >= quarantine_at for p, _ in scored]))
        tier = dict(quarantine_at=quarantine_at, quarantine_fpr=moved["fpr"], quarantine_recall=moved["recall"])
    return EvalReport(
        corpus=corpus,
        split=split,
        backend=backend,
        model=model,
        messages=len(files),
        judged=len(files) - failed,
        failed=failed,
        confusion=confusion,
        **metrics(confusion),
        auc=auc(scored),
        messages_per_second=len(files) / seconds if seconds else 0.0,
        latency_p50_ms=percentile(latencies, 50),
        latency_p95_ms=percentile(latencies, 95),
        seconds=seconds,
        errors=errors,
        deciders=deciders,
        **tier,
    )


_fast_path_in_worker = None


def _load_fast_path(state_dir: str, database_url: str | None) -> None:
    global _fast_path_in_worker
    from agent.fast_path import FastPath
    from storage import open_database

    _fast_path_in_worker = FastPath(Path(state_dir), open_database(database_url) if database_url else None)


def _fast_path_probability(path: str) -> float:
    """What `--backend none` decides: the fast path, then the guard's floor."""
    from agent.guard import Guard
    from pipeline.parsing import parse_message

    message = parse_message(Path(path).read_bytes())
    guard = Guard()
    return guard.floored(_fast_path_in_worker.assess(message).probability, guard.inspect(message), message)


def fast_path_probabilities(state_dir: Path, paths: list[str], processes: int,
                            database_url: str | None = None) -> tuple[list[float], float]:
    """Read, parse and judge `paths` with the fast path saved in `state_dir` (and its
    reputation from `database_url`; without one, the text model alone), on `processes`
    processes (for benchmarks). Returns the probabilities and messages/s."""
    import multiprocessing

    with multiprocessing.Pool(processes, initializer=_load_fast_path, initargs=(str(state_dir), database_url)) as pool:
        pool.map(_fast_path_probability, paths[:20])  # warm up every worker
        started = time.perf_counter()
        probabilities = pool.map(_fast_path_probability, paths, chunksize=64)
        return probabilities, len(paths) / (time.perf_counter() - started)
