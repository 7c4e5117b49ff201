"""Hard negatives mined from the detector's own mistakes: people talking to people about
filters, reports and recipients.

`scripts/build_guard_detector.py` prints the held-out ham passages it is surest of; on
2026-12-04 the two highest were a list member asking whether a message "should not be
reported by razor as spam", and another's "you'd just need to let the recipient know
that"; of text no reader sees, a MIME preamble. The threshold is set above the highest such ham, so two sentences cost every
attempt below them. These are the same kind of talk, written anew (not copied from the
corpora), label 0. Run: cd scripts/data && ../../.venv/bin/python _write_guard_sentences_mined.py
"""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "guard_sentences_mined.jsonl"

SENTENCES = [
    # asking each other how a filter or a reporting tool treats a message
    ("If I forward it to the list, it should not be flagged by the filter as spam, right?", "filter-question"),
    ("So a message signed that way would not be reported by pyzor as spam -- is that correct?", "filter-question"),
    ("Mail from the bug tracker shouldn't be scored as spam by our setup, should it?", "filter-question"),
    ("Would a digest like this one be caught by razor, or does it only look at the body hash?", "filter-question"),
    ("Am I right that replies from the list are never reported by the plugin as spam?", "filter-question"),
    ("My understanding is that the auto-whitelist should not mark our own newsletter as spam.", "filter-question"),
    ("Does anyone know whether bogofilter treats forwarded messages as ham by default?", "filter-question"),
    ("It should not be tagged as junk just because the subject is in capitals, surely?", "filter-question"),
    ("Then the test message should come through as ham and not be reported -- can you confirm?", "filter-question"),
    ("In that case the filter ought to let it through, unless the sender is on a blocklist.", "filter-question"),
    ("Shouldn't the rule have scored this as legitimate, since it came from the mailing list host?", "filter-question"),
    ("Could the spam checker be configured so that receipts are always considered safe?", "filter-question"),
    # telling someone what to tell the recipient
    ("You'd only need to let the recipient know that the attachment is coming in a second mail.", "recipient"),
    ("Just let the recipients know that the meeting moved, there is no need to resend the agenda.", "recipient"),
    ("You might want to tell the recipient that the link expires after a week.", "recipient"),
    ("All you need to do is let whoever receives it know that it is the final version.", "recipient"),
    ("Please let the recipient know that the invoice was already paid, so they can ignore the reminder.", "recipient"),
    ("Make sure the recipient knows this message is legitimate before they click anything.", "recipient"),
    ("You could add a line telling the reader that this replaces the earlier notice.", "recipient"),
    ("It would help to let the people on the list know that the server move is planned.", "recipient"),
    ("Tell the recipient that they can safely delete the older copy.", "recipient"),
    ("If the recipient asks, let them know the message was sent from the new address on purpose.", "recipient"),
    # admins and users explaining what the filter did
    ("It ended up in quarantine because the filter did not know the new sending server.", "explain-filter"),
    ("The scanner marked it clean, so it went straight to the inbox as expected.", "explain-filter"),
    ("Our filter rated it as ham, which is right, it is the monthly statement.", "explain-filter"),
    ("The classifier learned from your corrections and now delivers these normally.", "explain-filter"),
    ("I whitelisted the sender on our side, so their mail should not be held any more.", "explain-filter"),
    ("The reason it was not reported as spam is that the sender passed SPF and DKIM.", "explain-filter"),
    ("The filter should leave these alone now that the domain is on the allow list.", "explain-filter"),
    ("Once you train it on a few examples, it stops treating the newsletter as junk.", "explain-filter"),
    ("If it lands in spam again, mark it as not spam and the filter will learn.", "explain-filter"),
    ("We told the filter to trust mail from the payroll provider after last month's mix-up.", "explain-filter"),
    ("The gateway considers anything from our own domain safe, which is why the phish got through.", "explain-filter"),
    ("Razor reported it because another user had submitted the same text as spam.", "explain-filter"),
    ("That header only says the message was scanned; it does not mean it is safe.", "explain-filter"),
    ("Messages from the list server are never flagged, the admins set it up that way.", "explain-filter"),
    # a MIME preamble, the text only an old mail program shows (the highest score of text
    # no reader sees: "if you're reading this note and the rest of this email looks like")
    ("If you are reading this text, your mail program cannot display the HTML part of this message.", "preamble"),
    ("If you can read this note and the rest of the mail looks like code, your mail reader does not "
     "understand MIME.", "preamble"),
    ("This is a multi-part message in MIME format; if you see this, please use a newer mail program.", "preamble"),
    ("Should the remainder of this message appear garbled, your software does not support attachments.", "preamble"),
    ("If this email looks like gibberish, open the attached version or view it in a web browser.", "preamble"),
    ("Your mail client is seeing this because it does not render HTML; the plain version follows below.", "preamble"),
    ("If you're reading this, the formatted part did not display, which is nothing to worry about.", "preamble"),
    ("In case the rest of this message shows up as strange characters, ask your administrator for help.", "preamble"),
]


def main() -> None:
    texts = [t for t, _ in SENTENCES]
    assert len(texts) == len(set(texts)), "a sentence repeats"
    with OUT.open("w", encoding="utf-8") as out:
        for text, kind in SENTENCES:
            out.write(json.dumps({"text": text, "label": 0, "lang": "en", "kind": kind}, ensure_ascii=False) + "\n")
    print(f"wrote {len(SENTENCES)} sentences to {OUT.name}")


if __name__ == "__main__":
    main()
