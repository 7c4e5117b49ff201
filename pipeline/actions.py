"""From a verdict to what happens in the mailbox: the tiers and their IMAP effects.

quarantine    -> MOVE to the quarantine folder
suspicious    -> keyword (`$Phishing` for phishing, else `Suspicious`) and \\Flagged
possible_spam -> keyword `$Junk`
unfamiliar    -> keyword `$MailwardenUnfamiliar`: below the tiers, but a new kind of mail
                 that only the fast path judged (no model configured, or over its limit)
deliver       -> nothing
Every judged message also gets `$MailwardenJudged`, so no later pass judges it again.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from pipeline.imap import JUDGED_KEYWORD
from storage.kinds import Action


class TierSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    quarantine_at: float = Field(default=0.9, ge=0.0, le=1.0)
    suspicious_at: float = Field(default=0.75, ge=0.0, le=1.0)
    possible_spam_at: float = Field(default=0.5, ge=0.0, le=1.0)
    suspicious_keyword: str = "Suspicious"
    phishing_keyword: str = "$Phishing"
    possible_spam_keyword: str = "$Junk"
    unfamiliar_keyword: str = "$MailwardenUnfamiliar"

    @model_validator(mode="after")
    def _ordered(self) -> "TierSettings":
        if not self.possible_spam_at <= self.suspicious_at <= self.quarantine_at:
            raise ValueError("thresholds must satisfy possible_spam_at <= suspicious_at <= quarantine_at")
        return self


def choose_action(spam_probability: float, tiers: TierSettings, unfamiliar: bool = False) -> Action:
    """The tier of a probability. `unfamiliar` (`Verdict.unfamiliar`: new to the fast
    path, and no model judged it) marks what would be delivered without a word, and
    keeps what would be moved in the inbox, flagged: the starter model called 6% of the
    wanted mail of a site it never saw spam at the quarantine tier, most of it new to it."""
    if spam_probability >= tiers.quarantine_at:
        return Action.suspicious if unfamiliar else Action.quarantine
    if spam_probability >= tiers.suspicious_at:
        return Action.suspicious
    if spam_probability >= tiers.possible_spam_at:
        return Action.possible_spam
    return Action.unfamiliar if unfamiliar else Action.deliver


def keywords_for(action: Action, category: str, tiers: TierSettings) -> list[str]:
    """The IMAP flags and keywords to add for this action (always the judged marker)."""
    keywords = [JUDGED_KEYWORD]
    if action == Action.suspicious:
        keywords += [tiers.phishing_keyword if category == "phishing" else tiers.suspicious_keyword, "\\Flagged"]
    elif action == Action.possible_spam:
        keywords.append(tiers.possible_spam_keyword)
    elif action == Action.unfamiliar:
        keywords.append(tiers.unfamiliar_keyword)
    elif action == Action.quarantine and category == "phishing":
        keywords.append(tiers.phishing_keyword)
    return keywords
