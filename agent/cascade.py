"""The cascade: decide clear cases on the fast path, ask the model only when it matters.

fast path probability p:
- p <= ham_below or p >= spam_above, on mail the fast path knows: decided here
  (decided_by "fast");
- mail it does not know (too few of its words have a weight), and what the starter
  model calls spam (`Assessment.trusted`), goes to the model whatever p is: trained on one era's or one site's mail, the fast
  path scores another's far from where it belongs, and is sure of it;
- otherwise, if a model backend is configured: a verdict cached for the same content
  (bulk mail repeats) is reused (decided_by "cache"), else the model is asked (decided_by
  "model"). Its probability is combined with the fast path's, weighted by
  `model_weight`, not taken blindly;
- with no model (`--backend none`) the fast path decides everything, and what it would
  have asked the model about and calls wanted mail is marked for the owner to look at
  (`Verdict.unfamiliar`): in the band, or new to it with p >= `mark_unfamiliar_from`.
An untrained fast path sends everything to the model (and with no model, refuses).

Around all of it: the guard (`agent.guard`) inspects the message first and has the
last word on any verdict (an attempt to instruct the filter raises suspicion, whoever
decided), and the model gate (`agent.rate_limits`) decides whether this sender or relay
may use the model now; over its limit a message is judged by the fast path alone, or
waits when there is no fast path to judge it.
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import nullcontext
from datetime import timedelta
from typing import Protocol

from agent.backends.base import BackendMisconfigured
from agent.cascade_settings import CascadeSettings
from agent.classifier import Classifier
from agent.examples import ExampleMemory
from agent.fast_path import Assessment, FastPath, FastPathUntrained, said
from agent.guard import Guard
from agent.learning import Learning
from agent.message import ParsedMessage
from agent.rate_limits import ModelGate, RateLimited
from agent.structure import findings, spam_category
from agent.verdict import COMBINED_NOTE, HELD_UP_NOTE, NEW_MAIL_NOTE, Category, Verdict
from prompts import template_version
from storage import Database, rate_limit_hits, verdicts
from storage.kinds import Decider
from storage.models import utcnow

log = logging.getLogger(__name__)


class Judge(Protocol):
    """What the mail side needs from the judging side."""

    name: str
    model: str

    def check(self) -> None: ...

    def judge(self, message: ParsedMessage) -> Verdict: ...


class Cascade:
    """Judges parsed messages; the same `judge()` the service and CLI call."""

    def __init__(self, fast: FastPath | None, classifier: Classifier | None, db: Database | None,
                 settings: CascadeSettings | None = None, learning: Learning | None = None,
                 examples: ExampleMemory | None = None, guard: Guard | None = None,
                 gate: ModelGate | None = None):
        if fast is None and classifier is None:
            raise BackendMisconfigured("nothing to judge with: no fast path and no model backend")
        self.fast = fast
        self.classifier = classifier
        self.db = db
        self.settings = settings or CascadeSettings()
        self.learning = learning
        self.examples = examples
        self.guard = guard if guard is not None else Guard()
        self.gate = gate
        self._observed = 0
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        if self.classifier is None:
            return "none"
        return self.classifier.backend.name

    @property
    def model(self) -> str:
        return self.classifier.backend.model if self.classifier is not None else "fast path only"

    def check(self) -> None:
        if self.classifier is not None:
            self.classifier.backend.check()
        elif self.fast is not None and not self.fast.ready:
            raise BackendMisconfigured(
                "--backend none needs a trained fast path: run `mailwarden train --spam DIR --ham DIR` first")

    def judge(self, message: ParsedMessage) -> Verdict:
        report = self.guard.inspect(message)
        verdict = self._judge(message, attempt=report.carries_attempt)
        return self.guard.apply(verdict, report, message)

    def _judge(self, message: ParsedMessage, attempt: bool = False) -> Verdict:
        """`attempt`: the message carries an attempt to instruct the filter, its own or
        quoted (`GuardReport.carries_attempt`);
        the model, which read it, may then raise the fast path's probability but never
        lower it (`_held_up`)."""
        started = time.perf_counter()
        assessment = self._assess(message)
        # A learned rule exists because this kind of mail was judged wrong before, often
        # confidently: when one applies, the model is asked even outside the band.
        rules = (self.learning.rules_for(message, limit=self.classifier.settings.max_rules)
                 if self.learning is not None and self.classifier else [])
        if assessment is not None:
            self._observe(message)
            self.fast.note_judged(assessment.probability)
            p = assessment.probability
            if self.classifier is None or (not self.settings.asks_model(p, assessment.trusted) and not rules):
                return self._fast_verdict(assessment, started, message, model_skipped=self.classifier is None)
        if not rules:
            cached = self._cached(message)
            if cached is not None:  # stored already combined: reuse as it is
                return cached.amended(elapsed_ms=(time.perf_counter() - started) * 1000.0)
        if self.gate is not None:
            refused = self.gate.admit(message)
            if refused is not None:
                if assessment is None:
                    raise RateLimited(f"{refused}; no trained fast path to judge it meanwhile, so it waits")
                verdict = self._fast_verdict(assessment, started, message, model_skipped=True)
                return verdict.amended(reason=f"{verdict.reason}; not sent to the model: {refused}")
        shots = (self.examples.examples_for(message, limit=self.classifier.settings.max_examples)
                 if self.examples is not None else [])
        with self.gate.slot() if self.gate is not None else nullcontext():
            verdict = self.classifier.judge(message, rules=rules, examples=shots)  # BackendError: the message waits
        if rules:
            self.learning.note_used(verdict.rule_ids)
            # The owner's rule speaks for the owner: the fast path, which got this kind
            # of mail wrong, does not get to outvote it.
            return self._held_up(assessment, verdict.amended(elapsed_ms=(time.perf_counter() - started) * 1000.0),
                                 attempt)
        return self._held_up(assessment, self._combine(assessment, verdict, Decider.model, started), attempt)

    # ------------------------------------------------------------ pieces

    def _assess(self, message: ParsedMessage) -> Assessment | None:
        if self.fast is None:
            return None
        try:
            return self.fast.assess(message)
        except FastPathUntrained:
            if self.classifier is None:
                raise BackendMisconfigured(str(FastPathUntrained.__doc__)) from None
            return None

    def _observe(self, message: ParsedMessage) -> None:
        self.fast.reputation.observe(message)
        with self._lock:
            self._observed += 1
            due = self._observed % self.settings.reputation_flush_every == 0
        if due:
            self.fast.reputation.flush()
            self.flush_rate_limit_hits()

    def flush(self) -> None:
        if self.fast is not None:
            self.fast.reputation.flush()
        self.flush_rate_limit_hits()

    def flush_rate_limit_hits(self) -> None:
        """Add the gate's hits since the last flush to `rate_limit_hits` (for status)."""
        if self.gate is None or self.db is None:
            return
        hits = self.gate.drain_hits()
        if not hits:
            return
        with self.db.session() as s:
            rate_limit_hits.add(s, hits)

    def _fast_verdict(self, a: Assessment, started: float, message: ParsedMessage, model_skipped: bool) -> Verdict:
        """The fast path's verdict as it is. `model_skipped`: no model judges this message
        (none configured, or over a limit), so what it would have been asked about is
        marked for the owner (`CascadeSettings.marks_unfamiliar`)."""
        label = "spam" if a.probability >= 0.5 else "ham"
        unfamiliar = model_skipped and self.settings.marks_unfamiliar(a.probability, a.trusted)
        reason = f"fast path: {a.summary()}"
        if unfamiliar:
            reason = f"{NEW_MAIL_NOTE}, no model to ask: marked for you to look at ({self._new_words(a)}); {reason}"
        return Verdict(
            label=label,
            spam_probability=round(a.probability, 4),
            category=spam_category(message) if label == "spam" else Category.legitimate,
            reason=reason,
            unfamiliar=unfamiliar,
            risk_factors=([f.detail for f in message.derived(findings)]
                          + [said(s) for s in a.standings if s.state in ("blocked", "suspicious")][:5]),
            backend="none" if self.classifier is None else self.classifier.backend.name,
            model="fast path",
            elapsed_ms=(time.perf_counter() - started) * 1000.0,
            prompt_version=template_version(),
            decided_by=Decider.fast,
        )

    @staticmethod
    def _new_words(a: Assessment) -> str:
        """Why the fast path was not left to decide alone, in words."""
        if not a.familiar:
            return f"the fast path knows {a.body_known:.0%} of its words"
        if not a.trusted:
            return "the starter model, which has not learned your mail, calls it spam"
        return "the fast path is unsure"

    @staticmethod
    def _held_up(a: Assessment | None, verdict: Verdict, attempt: bool) -> Verdict:
        """A model answer about mail that tries to instruct it may have obeyed: it may
        raise the fast path's probability, never bring it lower. Said in the reason,
        which is recorded with the verdict."""
        if not attempt or a is None or verdict.spam_probability >= a.probability:
            return verdict
        p = round(a.probability, 4)
        label = "spam" if p >= 0.5 else "ham"
        return verdict.amended(
            spam_probability=p, label=label,
            category=verdict.category if label == verdict.label else Category.unknown,
            reason=f"{HELD_UP_NOTE} (model p={verdict.spam_probability:.2f}, fast path p={p:.2f}). {verdict.reason}")

    def _combine(self, a: Assessment | None, verdict: Verdict, decided_by: Decider, started: float) -> Verdict:
        """The model's probability mixed with the fast path's (the model is one voice)."""
        if a is None:
            p = verdict.spam_probability
            reason = verdict.reason
        else:
            w = self.settings.model_weight
            p = (1 - w) * a.probability + w * verdict.spam_probability
            reason = (f"{verdict.reason}{COMBINED_NOTE}{verdict.spam_probability:.2f}; "
                      f"fast path p={a.probability:.2f}, {a.summary()})")
            if not a.trusted:
                reason = f"{NEW_MAIL_NOTE} ({self._new_words(a)}): asked the model. {reason}"
        label = "spam" if p >= 0.5 else "ham"
        category = verdict.category if label == verdict.label else (Category.legitimate if label == "ham" else Category.unknown)
        return verdict.amended(label=label, spam_probability=round(p, 4), category=category, reason=reason,
                               elapsed_ms=(time.perf_counter() - started) * 1000.0, decided_by=decided_by)

    def _cached(self, message: ParsedMessage) -> Verdict | None:
        """The verdict given to the same content (sender, subject, text) lately, when the
        model took part in it: bulk mail sent many times costs one model call."""
        if self.db is None or self.classifier is None or not self.settings.cache_days:
            return None
        since = utcnow() - timedelta(days=self.settings.cache_days)
        with self.db.reader() as s:
            row = verdicts.cached(s, message.content_fingerprint, self.classifier.backend.name, since)
        if row is None:
            return None
        return Verdict(label=row.label, spam_probability=row.spam_probability, category=row.category,
                       reason=row.reason, risk_factors=row.risk_factors, backend=row.backend, model=row.model,
                       elapsed_ms=0.0, prompt_version=row.prompt_version, rule_ids=row.rule_ids,
                       example_ids=row.example_ids, decided_by=Decider.cache)
