"""The mail side: parsing, sources of mail, judging one message, evaluation, the CLI."""
