"""Writes guard_sentences_ui.jsonl: what newsletters and mail programs print around the
message itself (link titles, alt texts, footers, bounce notices). Ordinary words about
"this message", in the imperative, that are no instruction to a filter: the detector's
thresholds were held up by one newsletter template's link title ("Send a reply to the
sender of this message.") until these were among its negatives."""

import json
from pathlib import Path

UI = {
    "en": [
        "Send a reply to the sender of this message.", "Forward this message to a friend.",
        "Click here to view this message in your browser.", "Reply to this message to add a comment.",
        "To stop receiving these messages, click unsubscribe below.", "Add us to your address book so our mail reaches your inbox.",
        "This message was created automatically by mail delivery software.", "This is an automatically generated message, please do not reply.",
        "View this email online if it does not display correctly.", "Manage your email preferences or unsubscribe at any time.",
        "You are receiving this message because you subscribed to our newsletter.", "Print this message for your records.",
        "Report this message as spam if you did not sign up.", "Open the attachment to read the full report.",
        "Please consider the environment before printing this email.", "Mark this message as read and move it to the archive.",
        "The message you sent could not be delivered to one or more recipients.", "Reply above this line to post a comment.",
        "Rate this message to help us improve our support.", "Save this message to keep your order number.",
    ],
    "de": ["Auf diese Nachricht antworten.", "Diese Nachricht im Browser anzeigen.", "Diese Nachricht wurde automatisch erstellt, bitte nicht antworten."],
    "fr": ["Répondre à l'expéditeur de ce message.", "Afficher ce message dans votre navigateur.", "Ce message a été généré automatiquement, merci de ne pas y répondre."],
    "es": ["Responder al remitente de este mensaje.", "Ver este mensaje en el navegador.", "Este mensaje se ha generado automáticamente, no responda."],
    "it": ["Rispondi al mittente di questo messaggio.", "Visualizza questo messaggio nel browser."],
    "pt": ["Responder ao remetente desta mensagem.", "Ver esta mensagem no navegador."],
    "nl": ["Beantwoord dit bericht aan de afzender.", "Bekijk dit bericht in je browser."],
}

rows = [{"text": text, "label": 0, "lang": lang, "kind": "mail-ui"} for lang, texts in UI.items() for text in texts]
out = Path(__file__).with_name("guard_sentences_ui.jsonl")
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
print(f"wrote {len(rows)} rows to {out}")
