"""The learning orchestrator: the owner's corrections become weighted prompt rules.

A cycle (every `cycle_every` corrections, or `mailwarden learn`):
1. draft: recent mistakes (corrections whose label differs from the verdict) are grouped
   by what they share — sender, List-Id, sender domain, a link domain, a phrase of their
   text — and a group of at least `min_support` corrections in the same direction becomes
   a candidate rule: a condition the code tests (field = value; a phrase is tested
   through the hashed features stored with every message, so no mail text is kept for
   it) and an instruction for the prompt that also says what the filter had thought
   (the model's category and stated reason on those mistakes);
2. validate: a candidate goes active only if it fixes the mistakes it came from and does
   not lower F1 or MCC on the other labelled mail — the messages the owner confirmed or
   corrected, and the bundled public sample (where it must not contradict the truth).
   This is what keeps careless or poisoned feedback out;
3. keep score: each later correction of a verdict made under a rule is a miss (weight
   down), each confirmation a hit (weight up); a rule whose weight falls below
   `retire_below` is retired, with the reason kept in its history.
The top-weighted active rules that match a message go into its prompt.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from agent.fast_path import has_bucket, stored_features
from agent.features import tokens
from agent.learning_settings import LearningSettings
from agent.message import ParsedMessage
from agent.scores import f1_mcc
from agent.buckets import hashed
from agent.verdict import model_words
from prompts import EmailView, PromptRule
from storage import Database
from storage import feedback as owner_words
from storage import rules as stored_rules
from storage import verdicts
from storage.audit import note, sha256_hex
from storage.kinds import RuleStatus
from storage.messages import StoredMessage

log = logging.getLogger(__name__)

RULES_TTL_S = 30.0

RuleField = Literal["sender_domain", "sender", "link_domain", "list_id", "phrase"]
MAX_PHRASE_RULES = 2  # per direction and cycle: phrases are the broadest conditions
_STOPWORDS = frozenset("""a an and are as at be by for from has have he her his i if in is it its me my of on or our
she so that the their them there they this to us was we were will with you your not no yes all any can do
does did just more than then""".split())


class Condition(BaseModel):
    """What a rule applies to: one field of the message equal to one value."""

    field: RuleField
    value: str
    label: Literal["spam", "ham"]

    def matches(self, message: ParsedMessage) -> bool:
        if self.field == "phrase":
            return stored_features(message).has(_phrase_bucket(self.value))
        return self.value in _values(self.field, message.from_address, message.sender_domain, message.link_domains,
                                     message.list_id)

    def matches_row(self, row: StoredMessage) -> bool:
        if self.field == "phrase":
            return has_bucket(row.feature_hashes or [], _phrase_bucket(self.value))
        return self.value in _row_values(self.field, row)

    def instruction(self, support: int, judged_as: str | None = None) -> str:
        what = {"sender_domain": "from the domain", "sender": "from", "link_domain": "with links to",
                "list_id": "from the mailing list", "phrase": "containing the words"}[self.field]
        value = f'"{self.value}"' if self.field == "phrase" else self.value
        verdict = "wanted mail, not spam" if self.label == "ham" else "spam"
        text = f"Mail {what} {value} is {verdict}: the owner said so {support} times"
        if judged_as:
            text += f", where the filter had said {judged_as}"
        return text + "."


def _phrase_bucket(phrase: str) -> int:
    """A phrase (a word pair as the fast path tokenises text) as its feature bucket."""
    return int(hashed([phrase])[0])


def _phrases(text: str) -> set[str]:
    words = tokens(text.lower())
    return {f"{a} {b}" for a, b in zip(words, words[1:])
            if not (a in _STOPWORDS and b in _STOPWORDS) and not (a.isdigit() or b.isdigit())
            and min(len(a), len(b)) >= 2}


def _values(field: str, sender: str | None, domain: str | None, links: list[str], list_id: str | None) -> list[str]:
    if field == "sender":
        return [sender] if sender else []
    if field == "sender_domain":
        return [domain] if domain else []
    if field == "list_id":
        return [list_id] if list_id else []
    return list(links)


def _row_values(field: str, row: StoredMessage) -> list[str]:
    links = [k[1] for k in (row.reputation_keys or []) if k[0] == "link_domain"]
    return _values(field, row.sender, row.sender_domain, links, row.list_id)


@dataclass
class CycleReport:
    drafted: int = 0
    activated: int = 0
    rejected: int = 0
    retired: int = 0


class Learning:
    def __init__(self, db: Database, settings: LearningSettings | None = None,
                 public_sample: Callable[[], list[tuple[ParsedMessage, str]]] | None = None):
        """`public_sample`: returns labelled mail a rule must not contradict (loaded
        only when a rule is validated)."""
        self.db = db
        self.settings = settings or LearningSettings()
        self._load_sample = public_sample
        self._sample: list[tuple[ParsedMessage, str]] | None = None
        self._rules_cache: tuple[float, list[tuple[Condition, PromptRule]]] | None = None

    @property
    def public_sample(self) -> list[tuple[ParsedMessage, str]]:
        if self._sample is None:
            self._sample = self._load_sample() if self._load_sample is not None else []
        return self._sample

    # ------------------------------------------------------------ using rules

    def rules_for(self, message: ParsedMessage, limit: int = 8) -> list[PromptRule]:
        """Active rules whose condition holds for this message, highest weight first."""
        matching = [(c, rule) for c, rule in self._active_rules() if c.matches(message)][:limit]
        return [rule for _, rule in matching]

    def _active_rules(self) -> list[tuple[Condition, PromptRule]]:
        """The active rules, read at most every `RULES_TTL_S` seconds (this is asked for
        every message; rules change rarely, and `mailwarden rules` runs in another process)."""
        now = time.monotonic()
        if self._rules_cache is None or now - self._rules_cache[0] > RULES_TTL_S:
            with self.db.reader() as s:
                rules = stored_rules.active(s)
                active = [(Condition.model_validate(r.condition), PromptRule(id=r.id, text=r.instruction, weight=r.weight))
                          for r in rules]
            self._rules_cache = (now, active)
        return self._rules_cache[1]

    def forget_rules(self) -> None:
        """Read the rules again on the next message (they changed)."""
        self._rules_cache = None

    def note_used(self, rule_ids: list[int]) -> None:
        if not rule_ids:
            return
        with self.db.session() as s:
            stored_rules.count_uses(s, rule_ids)

    # ------------------------------------------------------------ keeping score

    def record_outcome(self, message_pk: int, label: str, session=None) -> None:
        """The owner's word on a message: rules behind its last verdict gain or lose. In
        `session` when given (the one recording the correction, so the score changes
        exactly when the correction is recorded); the caller then calls `forget_rules`
        after its commit."""
        if session is None:
            with self.db.session() as own:
                self.record_outcome(message_pk, label, own)
            self.forget_rules()  # after the commit, so no reader caches the old state
            return
        verdict = verdicts.latest_for(session, message_pk)
        if verdict is None or not verdict.rule_ids:
            return
        scored = stored_rules.score(session, verdict.rule_ids, hit=label == verdict.label,
                                    gain=self.settings.hit_gain, loss=self.settings.miss_loss)
        for rule in scored:
            if rule.status == RuleStatus.active and rule.weight < self.settings.retire_below:
                stored_rules.set_status(
                    self.db, session, rule.id, RuleStatus.retired,
                    f"weight fell to {rule.weight:.2f} after {rule.misses} misses and {rule.hits} hits")

    # ------------------------------------------------------------ a cycle

    def corrections_since_last_cycle(self) -> int:
        with self.db.reader() as s:
            return owner_words.corrections_since(s, stored_rules.newest_created_at(s))

    def cycle(self) -> CycleReport:
        report = CycleReport()
        for rule_id in self._draft(report):
            self._validate(rule_id, report)
        self.forget_rules()
        return report

    def _draft(self, report: CycleReport) -> list[int]:
        with self.db.session() as s:
            used = stored_rules.feedback_used(s)
            existing = stored_rules.open_conditions(s)
            mistakes = [(word.feedback, word.message) for word in owner_words.corrections(s)]
            groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
            for feedback, message in mistakes:
                if feedback.id in used:
                    continue
                for field in ("sender_domain", "sender", "link_domain", "list_id"):
                    for value in set(_row_values(field, message)):
                        groups[(field, value, feedback.label)].append(feedback.id)
            phrase_groups, cited = self._phrase_groups(s, [(f, m) for f, m in mistakes if f.id not in used])
            # Phrases are ranked only where they could become a rule (every pair of words
            # of every mistake is a group; few have the support).
            ranks = self._phrase_ranks([k for k, ids in phrase_groups.items() if len(ids) >= self.settings.min_support],
                                       cited)
            drafted = []
            # The narrowest useful condition first: a sender, then its list, its domain, a
            # link, and last a phrase (the broadest, at most MAX_PHRASE_RULES a direction).
            order = {"sender": 0, "list_id": 1, "sender_domain": 2, "link_domain": 3, "phrase": 4}
            taken: set[int] = set()
            phrase_rules: dict[str, int] = defaultdict(int)
            candidates = sorted([*groups.items(), *phrase_groups.items()],
                                key=lambda kv: (order[kv[0][0]], -len(kv[1]), ranks.get(kv[0], (0, 0, 0)), kv[0][1]))
            for (field, value, label), ids in candidates:
                ids = [i for i in ids if i not in taken]
                if len(ids) < self.settings.min_support or (field, value, label) in existing:
                    continue
                if field == "phrase":
                    if phrase_rules[label] >= MAX_PHRASE_RULES:
                        continue
                    phrase_rules[label] += 1
                condition = Condition(field=field, value=value, label=label)
                judged_as = self._judged_as(s, ids)
                rule = stored_rules.add_candidate(s, condition=condition.model_dump(),
                                                  instruction=condition.instruction(len(ids), judged_as),
                                                  weight=self.settings.start_weight, origin_feedback_ids=ids)
                note(self.db, s, "rule", f"rule {rule.id}", event="drafted", condition=rule.condition,
                     instruction_sha256=sha256_hex(rule.instruction), from_corrections=ids)
                taken.update(ids)
                drafted.append(rule.id)
                report.drafted += 1
        return drafted

    def _phrase_groups(self, session, mistakes) -> tuple[dict[tuple[str, str, str], list[int]], Counter]:
        """Word pairs shared by mistakes in one direction, read from their sealed excerpts
        (subject and the start of the text); nothing without the vault's key. Also
        counts, per (pair, label), the mistakes whose verdict *cited* it in the model's
        stated reason or risk factors: the words the model blamed, which the owner overruled."""
        groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        cited_count: Counter = Counter()
        if self.db.vault is None:
            return groups, cited_count
        said = {vid: f"{reason} {' '.join(factors)}" for vid, (reason, factors) in verdicts.reasons(
            session, [f.old_verdict_pk for f, _ in mistakes if f.old_verdict_pk]).items()}
        for feedback, message in mistakes:
            if not message.excerpt:
                continue
            opened = self.db.vault.open(message.excerpt)
            if opened is None:
                continue
            try:
                view = EmailView.model_validate_json(opened)
            except ValueError:
                continue
            cited = _phrases(said.get(feedback.old_verdict_pk, ""))
            for phrase in _phrases(f"{view.subject}\n{view.body}"):
                groups[("phrase", phrase, feedback.label)].append(feedback.id)
                if phrase in cited:
                    cited_count[(phrase, feedback.label)] += 1
        return groups, cited_count

    def _phrase_ranks(self, keys: list[tuple[str, str, str]], cited: Counter) -> dict[tuple, tuple[int, int, int]]:
        """Among phrases with equal support, prefer the one the model cited in its reasons
        most often, then two content words, then the phrase least found in public mail of
        the other label (it says the least it should not)."""
        if not keys:
            return {}
        in_public: dict[str, Counter] = {"spam": Counter(), "ham": Counter()}
        for message, truth in self.public_sample:
            in_public[truth].update(stored_features(message).feature_hashes)
        ranks = {}
        for key in keys:
            _, value, label = key
            against = in_public["ham" if label == "spam" else "spam"][_phrase_bucket(value)]
            ranks[key] = (-cited[(value, label)], sum(w in _STOPWORDS for w in value.split()), against)
        return ranks

    @staticmethod
    def _judged_as(session, feedback_ids: list[int]) -> str | None:
        """What the filter had said about these mistakes, in its own words: the most
        common category and stated reason of the corrected verdicts."""
        rows = verdicts.corrected_by(session, feedback_ids)
        if not rows:
            return None
        category = Counter(category for category, _ in rows).most_common(1)[0][0]
        reason = Counter(" ".join(model_words(reason or "").split())[:100] for _, reason in rows).most_common(1)[0][0]
        return f"{category}" + (f' ("{reason}")' if reason else "")

    def _validate(self, rule_id: int, report: CycleReport) -> None:
        with self.db.session() as s:
            rule = stored_rules.get(s, rule_id)
            condition = Condition.model_validate(rule.condition)
            truth: dict[int, tuple[str, StoredMessage]] = {}
            origin_messages: set[int] = set()
            for word in owner_words.words(s):
                truth[word.message.id] = (word.feedback.label, word.message)  # the latest word wins
                if word.feedback.id in rule.origin_feedback_ids:
                    origin_messages.add(word.message.id)
            said = verdicts.latest_labels(s)

            unfixed = [m for m in origin_messages
                       if not (condition.matches_row(truth[m][1]) and truth[m][0] == condition.label)]
            before: list[tuple[bool, bool]] = []
            after: list[tuple[bool, bool]] = []
            for m_id, (label, message) in truth.items():
                if m_id in origin_messages:
                    continue
                baseline = said.get(m_id, label)
                before.append((label == "spam", baseline == "spam"))
                after.append((label == "spam", (condition.label if condition.matches_row(message) else baseline) == "spam"))
            for message, label in self.public_sample:
                before.append((label == "spam", label == "spam"))
                after.append((label == "spam", (condition.label if condition.matches(message) else label) == "spam"))
            f1_before, mcc_before = f1_mcc(before)
            f1_after, mcc_after = f1_mcc(after)
            if unfixed:
                reason = f"does not fix {len(unfixed)} of the mistakes it came from"
            elif f1_after < f1_before - 1e-9 or mcc_after < mcc_before - 1e-9:
                reason = (f"would lower F1 {f1_before:.4f} -> {f1_after:.4f} / MCC {mcc_before:.4f} -> {mcc_after:.4f} "
                          f"on {len(after)} other labelled messages")
            else:
                reason = None
            if reason is None:
                stored_rules.set_status(self.db, s, rule.id, RuleStatus.active,
                                        f"validated on {len(after)} labelled messages: F1 {f1_after:.4f}, "
                                        f"MCC {mcc_after:.4f}")
                report.activated += 1
            else:
                stored_rules.set_status(self.db, s, rule.id, RuleStatus.retired, f"rejected: {reason}")
                report.rejected += 1
            log.info("rule %s (%s = %s -> %s): %s", rule.id, condition.field, condition.value, condition.label,
                     RuleStatus.active.value if reason is None else f"rejected, {reason}")

