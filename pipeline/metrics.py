"""`/metrics`: the numbers of `mailwarden stats` and the monitor in Prometheus text format.

Built from the database at each scrape (a custom collector over a fresh registry), so
it is right whichever process serves it.
"""

from __future__ import annotations

from collections import Counter

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

from storage import Database, jobs, monitor_samples, rate_limit_hits, rules, verdicts
from storage import feedback as owner_words
from storage.feedback import is_false_negative, is_false_positive
from storage.kinds import Action


class _DatabaseCollector:
    def __init__(self, db: Database, queue_depth: int, api_hits: Counter):
        self.db, self.queue_depth, self.api_hits = db, queue_depth, api_hits

    def collect(self):
        with self.db.reader() as s:
            judged_totals = verdicts.totals(s)
            actions = jobs.acted_counts(s)
            job_counts = jobs.counts(s)
            corrections = owner_words.label_pairs(s)
            rule_counts = rules.counts(s)
            limits = rate_limit_hits.totals(s)
            sample = monitor_samples.latest(s)

        judged = CounterMetricFamily("mailwarden_verdicts", "Verdicts given", labels=["decided_by", "label"])
        seconds = CounterMetricFamily("mailwarden_judging_seconds", "Time spent judging", labels=["decided_by"])
        spent: Counter = Counter()
        for decided_by, label, n, ms in judged_totals:
            judged.add_metric([decided_by, label], n)
            spent[decided_by] += ms / 1000.0
        for decided_by, total in spent.items():
            seconds.add_metric([decided_by], total)
        yield judged
        yield seconds
        acted = CounterMetricFamily("mailwarden_mailbox_actions", "Actions taken on mailboxes", labels=["action"])
        for action, n in actions.items():
            acted.add_metric([action or Action.deliver], n)
        yield acted
        state = GaugeMetricFamily("mailwarden_jobs", "Mail jobs by state", labels=["state"])
        for status, n in job_counts.items():
            state.add_metric([status], n)
        yield state
        fixes = CounterMetricFamily("mailwarden_corrections", "Owner corrections", labels=["kind"])
        kinds: Counter = Counter()
        for old, new, n in corrections:
            kinds["false_positive" if is_false_positive(old, new) else
                  "false_negative" if is_false_negative(old, new) else "confirmation"] += n
        for kind in ("false_positive", "false_negative", "confirmation"):
            fixes.add_metric([kind], kinds[kind])
        yield fixes
        rule_g = GaugeMetricFamily("mailwarden_rules", "Learned prompt rules", labels=["status"])
        for status, n in rule_counts.items():
            rule_g.add_metric([status], n)
        yield rule_g
        hits = CounterMetricFamily("mailwarden_rate_limit_hits", "Requests kept from the model or API",
                                   labels=["scope"])
        for scope, n in limits.items():
            hits.add_metric([scope], n)
        hits.add_metric(["api_client"], sum(self.api_hits.values()))
        yield hits
        yield GaugeMetricFamily("mailwarden_queue_depth", "Messages waiting for a worker", value=self.queue_depth)
        if sample is not None:
            yield GaugeMetricFamily("mailwarden_service_cpu_percent", "Service CPU, % of one core (last sample)",
                                    value=sample.cpu_percent)
            yield GaugeMetricFamily("mailwarden_service_resident_bytes", "Service memory (last sample)",
                                    value=sample.rss_mb * 2**20)
            yield GaugeMetricFamily("mailwarden_service_start_time_seconds", "When the service run started",
                                    value=sample.started_at.timestamp())


def exposition(db: Database, queue_depth: int = 0, api_hits: Counter | None = None) -> bytes:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_DatabaseCollector(db, queue_depth, api_hits or Counter()))
    return generate_latest(registry)
