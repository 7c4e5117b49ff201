"""The MIME walker: one pass over the message tree that collects what judging needs.

Plain and HTML text (each part decoded by its own charset), link targets from the HTML,
attachments, part sizes and image dimensions (the content profile), and the text hidden
from a reader. Limits on depth, part count and sizes keep a hostile message from costing
more than a normal one; each limit hit is a defect, and the walk goes on.
"""

from __future__ import annotations

import email.message
import io
import warnings

from agent.message import Attachment
from pipeline.parsing.decoding import decode_bytes, describe_defect
from pipeline.parsing.headers import decode_header_value
from pipeline.parsing.html import html_to_text

MAX_HTML_BYTES = 2 * 1024 * 1024  # HTML longer than this is cut before conversion
MAX_PARTS = 500
MAX_DEPTH = 30
MAX_IMAGE_PROBE_BYTES = 5 * 1024 * 1024
MAX_HIDDEN_CHARS = 20_000
MAX_CODE_IMAGES = 3  # images per message searched for QR codes
MAX_CODE_PIXELS = 16_000_000
MAX_CODE_CHARS = 2000


class BodyWalker:
    """Collects text, links, attachments and the content profile from the MIME tree."""

    def __init__(self, defects: list[str]):
        self.defects = defects
        self.plain: list[str] = []
        self.html: list[str] = []
        self.urls: list[tuple[str, str]] = []
        """(target, text shown) of each HTML link."""
        self.forms = 0
        self.attachments: list[Attachment] = []
        self.part_sizes: list[int] = []
        self.image_dimensions: list[tuple[int, int]] = []
        self.html_chars = 0
        self.hidden: list[str] = []
        self.html_full: list[str] = []
        self.unseen: list[str] = []
        """HTML text never rendered (`RenderedHtml.unseen`)."""
        self.quoted: list[str] = []
        """HTML text shown as quoted (`RenderedHtml.quoted`)."""
        self.attached_text: list[str] = []
        """Text of attached text parts (.txt, .html, calendar invitations): never in the
        prompt, read by the guard."""
        self.qr_codes: list[str] = []
        """What the QR codes in its images say (a link, mostly)."""
        self._code_images = 0

    def walk(self, part: email.message.Message, depth: int) -> None:
        if depth > MAX_DEPTH:
            self.defects.append(f"MIME nesting deeper than {MAX_DEPTH} levels; inner parts skipped")
            return
        if len(self.part_sizes) >= MAX_PARTS:
            self.defects.append(f"more than {MAX_PARTS} MIME parts; the rest skipped")
            return
        self.defects.extend(describe_defect(d) for d in getattr(part, "defects", []) if depth > 0)
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                for sub in payload:
                    if isinstance(sub, email.message.Message):
                        self.walk(sub, depth + 1)
            return
        self._leaf(part)

    def _leaf(self, part: email.message.Message) -> None:
        ctype = (part.get_content_type() or "text/plain").lower()
        try:
            data = part.get_payload(decode=True)
        except Exception as err:
            self.defects.append(f"undecodable {ctype} part: {err}")
            data = None
        if data is None:
            payload = part.get_payload()
            data = payload.encode("utf-8", "replace") if isinstance(payload, str) else b""
        self.part_sizes.append(len(data))
        filename = self._filename(part)
        disposition = (part.get("Content-Disposition") or "").split(";", 1)[0].strip().lower()
        is_attachment = disposition == "attachment" or (filename is not None and not ctype.startswith("text/"))

        if ctype.startswith("image/"):
            self._probe_image(data)
        if ctype == "text/plain" and not is_attachment:
            self.plain.append(decode_bytes(data, part.get_content_charset(), self.defects, where="text/plain part"))
        elif ctype == "text/html" and not is_attachment:
            self._html(decode_bytes(data, part.get_content_charset(), self.defects, where="text/html part"))
        elif ctype == "message/rfc822":
            pass  # walked as multipart by the parser
        else:
            is_attachment = True
        if is_attachment:
            self.attachments.append(Attachment(filename=filename, content_type=ctype, size=len(data)))
            if ctype.startswith("text/") and sum(map(len, self.attached_text)) < MAX_HIDDEN_CHARS:
                text = decode_bytes(data[: MAX_HIDDEN_CHARS * 4], part.get_content_charset(), [], where=ctype)
                self.attached_text.append(html_to_text(text, []).text if ctype == "text/html" else text)

    def _filename(self, part: email.message.Message) -> str | None:
        try:
            name = part.get_filename()
        except Exception:
            return None
        if not name:
            return None
        return decode_header_value(name, self.defects)[:255]

    def _probe_image(self, data: bytes) -> None:
        if not data or len(data) > MAX_IMAGE_PROBE_BYTES:
            return
        try:
            from PIL import Image

            with Image.open(io.BytesIO(data)) as img:  # reads the header only
                self.image_dimensions.append((int(img.width), int(img.height)))
                self._read_codes(img)
        except Exception:
            self.defects.append("an image part could not be read")

    def _read_codes(self, img) -> None:
        """QR codes in an image: phishing that puts its link in a picture for the reader's
        phone, where no filter reads it (zxing-cpp, the C++ port of ZXing; about 40 ms
        for a 1600x1200 image, so only the first `MAX_CODE_IMAGES` of a message)."""
        if self._code_images >= MAX_CODE_IMAGES or min(img.size) < 21 or img.width * img.height > MAX_CODE_PIXELS:
            return
        self._code_images += 1
        import zxingcpp

        try:
            with warnings.catch_warnings():  # Pillow's note on palette transparency: nothing to act on
                warnings.simplefilter("ignore")
                grey = img.convert("L")
            found = zxingcpp.read_barcodes(grey,
                                           formats=(zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode))
        except Exception:  # a decoder fault costs the codes, never the message
            return
        self.qr_codes.extend(code.text[:MAX_CODE_CHARS] for code in found if code.text)

    def _html(self, html: str) -> None:
        if self.html_chars > MAX_HTML_BYTES:
            return
        if len(html) > MAX_HTML_BYTES:
            self.defects.append("HTML part longer than 2 MiB; cut before conversion")
            html = html[:MAX_HTML_BYTES]
        self.html_chars += len(html)
        rendered = html_to_text(html, self.defects)
        self.html.append(rendered.text)
        self.html_full.append(rendered.full if rendered.full is not None else rendered.text)
        if rendered.hidden.strip():
            self.hidden.append(rendered.hidden.strip())
        self.urls.extend(rendered.links)
        self.forms += rendered.forms
        if rendered.unseen:
            self.unseen.append(rendered.unseen)
        if rendered.quoted:
            self.quoted.append(rendered.quoted)

    def plain_text(self) -> str:
        return "\n\n".join(t.strip() for t in self.plain if t.strip())

    def html_text(self) -> str:
        return "\n\n".join(t.strip() for t in self.html if t.strip())

    def html_full_text(self) -> str:
        return "\n\n".join(t.strip() for t in self.html_full if t.strip())

    def hidden_text(self) -> str:
        return "\n".join(self.hidden)[:MAX_HIDDEN_CHARS]

    def unseen_text(self) -> str:
        return "\n".join(self.unseen)[:MAX_HIDDEN_CHARS]

    def quoted_html_text(self) -> str:
        return "\n".join(self.quoted)[:MAX_HIDDEN_CHARS]

    def attached_texts(self) -> str:
        return "\n".join(self.attached_text)[:MAX_HIDDEN_CHARS]
