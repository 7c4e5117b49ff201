"""`mailwarden allow|block add|list|remove`: the owner's allow and block lists."""

from __future__ import annotations

import getpass

import click


def _list_group(verdict: str) -> click.Group:
    """The same three commands for both lists (`verdict`: allow or block)."""
    doing = "always let through" if verdict == "allow" else "always quarantine"

    @click.group(name=verdict, help=f"Senders, domains and mailing lists to {doing}, before any judging.")
    def group() -> None:
        pass

    @group.command("add", help=f"{doing.capitalize()} mail from SENDERS: addresses (alice@example.com), domains "
                               "(example.com: its registered domain) or List-Ids (<list.example.org>).")
    @click.argument("senders", nargs=-1, required=True)
    @click.option("--account", default=None, help="Only for this account (default: every account).")
    @click.option("--list-id", "as_list_id", is_flag=True, help="Read each value as a List-Id.")
    @click.option("--note", default=None, help="Why, for later.")
    @click.pass_obj
    def add(state, senders: tuple[str, ...], account: str | None, as_list_id: bool, note: str | None) -> None:
        from pipeline.sender_lists import ListError
        from pipeline.sender_lists import add as add_entry
        from pipeline.wiring import open_db
        from storage.kinds import ListVerdict

        config = state.config
        db = open_db(config)
        failed = 0
        for text in senders:
            try:
                entry, replaced = add_entry(db, ListVerdict(verdict), text, kind="list-id" if as_list_id else "auto",
                                            account=account, accounts=[a.name for a in config.accounts], note=note,
                                            actor=getpass.getuser())
            except ListError as err:
                click.echo(f"{text}: {err}", err=True)
                failed += 1
                continue
            was = f" (was: {replaced.verdict})" if replaced is not None and replaced.verdict != entry.verdict else ""
            click.echo(f"entry {entry.id}: {entry.describe()}{was}")
        if failed:
            raise SystemExit(1)

    @group.command("list", help=f"What is on the {verdict} list.")
    @click.option("--account", default=None, help="This account's entries and those for every account.")
    @click.pass_obj
    def listing(state, account: str | None) -> None:
        from pipeline.sender_lists import entries
        from pipeline.wiring import open_db
        from storage.kinds import ListVerdict

        found = entries(open_db(state.config), account=account, verdict=ListVerdict(verdict))
        if not found:
            click.echo(f"the {verdict} list is empty; `mailwarden {verdict} add alice@example.com` adds a sender")
        for e in found:
            click.echo(f"{e.id:>5}  {e.match:<8} {e.value:<40} {e.account or '(every account)':<16} "
                       f"{e.created_at:%Y-%m-%d} {e.actor or '-'}{'  ' + e.note if e.note else ''}")

    @group.command("remove", help="Take ENTRIES off (their ids from `list`, or the values listed).")
    @click.argument("entries_", metavar="ENTRIES", nargs=-1, required=True)
    @click.option("--account", default=None, help="Values listed for this account (default: for every account).")
    @click.pass_obj
    def remove(state, entries_: tuple[str, ...], account: str | None) -> None:
        from pipeline.sender_lists import ListError
        from pipeline.sender_lists import remove as remove_entry
        from pipeline.wiring import open_db

        db = open_db(state.config)
        failed = 0
        for text in entries_:
            try:
                removed = remove_entry(db, text, account=account, actor=getpass.getuser())
            except ListError as err:
                click.echo(f"{text}: {err}", err=True)
                failed += 1
                continue
            click.echo(f"removed entry {removed.id}: {removed.describe()}")
        if failed:
            raise SystemExit(1)

    return group


allow = _list_group("allow")
block = _list_group("block")
