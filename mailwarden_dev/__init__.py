"""Development tooling: the throwaway Dovecot (tests, the demo, benchmarks) and the demo.

A source checkout only. The wheel ships `agent`, `prompts`, `pipeline` and `storage`
(pyproject.toml lists them by name), so a production install imports none of this: no
mail server started from Python, no `apt-get` run by a mail filter. Why a package of its
own rather than a corner of `tests/` or `scripts/`: the tests, the benchmarks in
`scripts/` and `mailwarden demo` all start the same server, and the demo is no test.

It sits above `pipeline` (it drives the service the way an owner would) and nothing
below imports it, but for the `demo` command, which imports `mailwarden_dev.demo` only
when it runs and says what to do when it is not there. `scripts/demo.sh` and
`scripts/test.sh` run from the checkout, which puts it on the path.
"""
