"""`mailwarden train --spam DIR --ham DIR`, or `mailwarden train --account NAME` from its folders"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from agent.fast_path import FastPath
    from pipeline.actions import TierSettings


@click.command()
@click.option("--spam", "spam", multiple=True, type=click.Path(path_type=Path, exists=True),
              help="Files, Maildirs, mbox files or folders of spam (repeatable).")
@click.option("--ham", "ham", multiple=True, type=click.Path(path_type=Path, exists=True),
              help="Files, Maildirs, mbox files or folders of wanted mail (repeatable).")
@click.option("--bundled", is_flag=True, help="Also train on the public sample shipped with mailwarden.")
@click.option("--account", default=None,
              help="Without --spam/--ham: read this account's own folders over IMAP (Junk as spam, INBOX and Sent "
                   "as wanted mail), read-only. With them: train its own model (needs fast_path.per_account = true).")
@click.option("--spam-folder", "spam_folders", multiple=True,
              help="With --account: the IMAP folder of spam (repeatable; default: the one marked \\Junk).")
@click.option("--ham-folder", "ham_folders", multiple=True,
              help="With --account: another IMAP folder of wanted mail besides INBOX (repeatable).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="With --account: only mail that arrived on or after this day (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="With --account: at most this many of each kind, the newest.")
@click.pass_obj
def train(state, spam: tuple[Path, ...], ham: tuple[Path, ...], bundled: bool, account: str | None,
          spam_folders: tuple[str, ...], ham_folders: tuple[str, ...], since, limit: int | None) -> None:
    """Train the fast path (text model + reputation) from labelled mail."""
    from agent.fast_path import FastPath
    from pipeline.training import bundled_sample, train_from_folders
    from pipeline.wiring import fast_path_dir, open_db

    from_account = account is not None and not spam and not ham and not bundled
    if (spam_folders or ham_folders or since or limit) and not from_account:
        raise click.UsageError("--spam-folder, --ham-folder, --since and --limit read an account: give --account NAME "
                               "without --spam/--ham")
    if from_account:
        _train_from_account(state.config, account, list(spam_folders), list(ham_folders), since, limit)
        return
    if bundled:
        sample_spam, sample_ham = bundled_sample()
        spam, ham = (*spam, sample_spam), (*ham, sample_ham)
    if not spam or not ham:
        raise click.UsageError("give both --spam and --ham folders (or --bundled for the shipped sample)")
    config = state.config
    if account is not None:
        if not config.fast_path.per_account:
            raise click.UsageError("--account needs `per_account = true` in [fast_path]")
        if account not in {a.name for a in config.accounts}:
            raise click.UsageError(f"no account named {account!r} in the configuration")
    db = open_db(config)
    with _owner(config):
        fast = FastPath(fast_path_dir(config, account), db, config.fast_path)
        started = time.perf_counter()
        n_spam, n_ham = train_from_folders(fast, list(spam), list(ham))
    click.echo(f"trained the fast path on {n_spam} spam and {n_ham} ham in {time.perf_counter() - started:.1f} s; "
               f"{len(fast.reputation)} reputation entries; model saved to {fast.path}")
    for line in held_out_report(fast, config.tiers):
        click.echo(line)


def _train_from_account(config, name: str, spam_folders: list[str], ham_folders: list[str], since,
                        limit: int | None) -> None:
    from agent.fast_path import FastPath
    from pipeline.account_training import AccountTraining, NoJunkFolder, train_from_account
    from pipeline.imap import ImapError
    from pipeline.wiring import fast_path_dir, open_db

    account = next((a for a in config.accounts if a.name == name), None)
    if account is None:
        raise click.UsageError(f"no account named {name!r} in the configuration")
    plan = AccountTraining(spam_folders=spam_folders, ham_folders=["INBOX", *ham_folders],
                           since=since.date() if since else None, limit=limit)
    db = open_db(config)
    fast = FastPath(fast_path_dir(config, name if config.fast_path.per_account else None), db, config.fast_path)
    shown: dict[str, int] = {}

    def progress(folder: str, done: int, total: int) -> None:
        if shown.get(folder) is None or done == total or done - shown[folder] >= max(total // 20, 1):
            shown[folder] = done
            click.echo(f"  {folder}: {done} of {total} read", err=True)

    with _owner(config):
        started = time.perf_counter()
        try:
            report = train_from_account(fast, db, account, plan, progress)
        except (NoJunkFolder, ImapError, ValueError) as err:
            raise click.ClickException(f"{err}; what was read so far is kept: run the same command again to go on")
    click.echo(f"trained the fast path on {report.spam} spam and {report.ham} wanted messages of account {name} "
               f"({report.answered} answered or sent; {report.read_now} read now, the rest before; "
               f"{report.skipped_in_junk} in INBOX and in Junk or Quarantine left out) in "
               f"{time.perf_counter() - started:.1f} s; model saved to {fast.path}")
    for line in held_out_report(fast, config.tiers):
        click.echo(line)


def _owner(config):
    """The learned-state lock, or one line saying who holds it."""
    from pipeline.ownership import OwnerRole
    from pipeline.wiring import owner_lock

    lock = owner_lock(config)
    if not lock.wait_acquire(OwnerRole.TRAIN, wait_s=120.0):
        holder = lock.holder()
        if holder is not None and holder.keeps_it:
            raise click.ClickException(f"{holder.describe()} is using the fast path; stop it, train, then start it "
                                       "again (its copy of the model would overwrite the new one)")
        raise click.ClickException(f"{holder.describe() if holder else 'another process'} has held the fast path for "
                                   "over 2 minutes; let it finish and train again")
    return lock


def held_out_report(fast: FastPath, tiers: TierSettings) -> list[str]:
    """What each tier would have done to this corpus, each message scored by a calibration
    fold that had not seen it (the text model alone, before reputation, trained on 4/5 of
    the corpus, so a slightly pessimistic estimate): the owner's own estimate of false
    positives, rather than a figure from someone else's mail."""
    rows = []
    for name, threshold in (("quarantine", tiers.quarantine_at), ("suspicious", tiers.suspicious_at),
                            ("possible spam", tiers.possible_spam_at)):
        rates = fast.text.held_out_rates(threshold)
        if rates is None:
            return ["too few messages of one kind to hold any out: no estimate of the tiers' errors yet"]
        false_pos, n_ham, caught, n_spam = rates
        rows.append(f"  {name:13s} (p >= {threshold:g}): {caught} of {n_spam} spam ({caught / max(n_spam, 1):.1%}) "
                    f"and {false_pos} of {n_ham} ham ({false_pos / max(n_ham, 1):.2%})")
    return ["on this corpus, each message scored by a model that had not seen it, the tiers would take:", *rows]
