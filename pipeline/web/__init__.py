"""The quarantine web page, served by the API server under /web.

For the people of a household or a small office who will never type `mailwarden
release 42`: sign in, see what was quarantined and why in plain words, read a message
safely, release it, delete it, allow or block its sender. Server-rendered (Jinja2
templates, one small stylesheet shipped here, no JavaScript, no CDN, no fonts), and
thin: every action is a function of `pipeline.quarantine` or `pipeline.sender_lists`
that the CLI and the tests call too.

The parts: `auth` (passwords, sessions, CSRF, sign-in limits), `links` (the digest's
signed one-time links), `render` (a message body made safe to show), `pages` (the
routes and templates).
"""
