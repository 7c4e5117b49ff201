"""Few-shot memory: the owner's corrected messages most like the one being judged.

Similarity is Jaccard over the fast path's hashed features (sender, domains, header
values, words and word pairs), which are stored for every message anyway; the example
shown to the model is the message's encrypted excerpt (sender, subject, the start of
the text), opened with the vault. Only messages the owner labelled are candidates.
"""

from __future__ import annotations

from agent.excerpts import opened_excerpt
from agent.fast_path import stored_features
from agent.message import ParsedMessage
from prompts import PromptExample
from storage import Database
from storage import feedback as owner_words


class ExampleMemory:
    def __init__(self, db: Database, min_similarity: float = 0.15):
        self.db = db
        self.min_similarity = min_similarity

    def examples_for(self, message: ParsedMessage, limit: int = 3) -> list[PromptExample]:
        if self.db.vault is None or limit <= 0:
            return []
        mine = set(stored_features(message).feature_hashes)
        if not mine:
            return []
        with self.db.reader() as s:
            rows = owner_words.labelled_excerpts(s)
        latest: dict[int, owner_words.LabelledExcerpt] = {}
        for row in rows:
            if row.fingerprint != message.fingerprint:
                latest[row.message_pk] = row  # the owner's latest word on each message
        scored = []
        for row in latest.values():
            theirs = set(row.feature_hashes)
            similarity = len(mine & theirs) / len(mine | theirs)
            if similarity >= self.min_similarity:
                scored.append((similarity, row))
        examples = []
        for _, row in sorted(scored, key=lambda pair: -pair[0])[:limit]:
            view = opened_excerpt(self.db, row.excerpt)
            if view is not None:
                examples.append(PromptExample(id=row.message_pk, label=row.label, email=view))
        return examples
