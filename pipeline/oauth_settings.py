"""An account's [accounts.oauth2] table: who issues its IMAP access tokens.

Microsoft 365 has switched password logins for IMAP off, and Gmail wants an app password
or OAuth2. With `auth = "oauth2"` the account logs in with SASL XOAUTH2 (or OAUTHBEARER)
and a bearer token from the provider, got once by the device-authorization flow
(`mailwarden oauth login --account NAME`, RFC 8628) and refreshed from then on
(`pipeline.oauth`). Presets give Google's and Microsoft's endpoints and scopes; `generic`
takes them from the table. The client id is the owner's own app registration (Google
Cloud console, Microsoft Entra), of the "TV and limited input" / public client kind.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

PRESETS = {
    "google": ("https://oauth2.googleapis.com/device/code", "https://oauth2.googleapis.com/token",
               ["https://mail.google.com/"]),
    "microsoft": ("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/devicecode",
                  "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
                  ["https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access"]),
}


class OAuth2Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    provider: Literal["google", "microsoft", "generic"] = "generic"
    client_id: str = Field(min_length=1, description="your app registration's client id")
    client_secret: SecretStr | None = Field(default=None, description="only if the provider wants one (Google does)")
    tenant: str = Field(default="common", description="Microsoft: your tenant id or domain, or common")
    device_authorization_url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    token_url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    scopes: list[str] | None = None
    mechanism: Literal["xoauth2", "oauthbearer"] = "xoauth2"
    refresh_before_s: float = Field(default=300.0, ge=0, description="refresh an access token this long before it "
                                                                     "expires")

    @model_validator(mode="after")
    def _endpoints_known(self) -> "OAuth2Settings":
        if self.provider == "generic" and not (self.device_authorization_url and self.token_url):
            raise ValueError("provider = \"generic\" needs device_authorization_url and token_url")
        return self

    def endpoints(self) -> tuple[str, str, list[str]]:
        """(device authorization URL, token URL, scopes), the preset's where not given."""
        device, token, scopes = PRESETS.get(self.provider, (None, None, []))
        device = self.device_authorization_url or (device or "").format(tenant=self.tenant)
        token = self.token_url or (token or "").format(tenant=self.tenant)
        return device, token, self.scopes if self.scopes is not None else scopes
