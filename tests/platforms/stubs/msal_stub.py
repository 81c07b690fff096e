"""An MSAL-compatible authority on https://127.0.0.1 (Microsoft identity platform v2.0 shapes).

- ``GET /{tenant}/v2.0/.well-known/openid-configuration`` → endpoints.
- ``POST /{tenant}/oauth2/v2.0/devicecode`` → ``{device_code, user_code, verification_uri, expires_in,
  interval, message}``; ``refuse_device_code`` answers 400 ``invalid_client`` (AADSTS7000218) as a tenant
  that does not allow public-client flows does.
- ``GET /{tenant}/oauth2/v2.0/authorize`` → 302 to the app's ``redirect_uri`` with ``code`` and ``state``
  (a self-submitting form for ``response_mode=form_post``,
  as MSAL asks: the user "signed in" in the browser); the authorization-code grant then issues tokens.
- ``POST /{tenant}/oauth2/v2.0/token``: device-code grant answers ``authorization_pending`` until
  ``approve()`` (or ``auto_approve_after`` polls), then tokens with ``id_token`` and ``client_info``;
  ``refresh_token`` grant issues new tokens (``invalid_grant`` when ``revoke()`` was called).
TLS uses a self-signed certificate made with ``cryptography`` (see :func:`make_cert`).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import ipaddress
import json
import secrets
import ssl
import time
from pathlib import Path
from urllib.parse import parse_qs, urlencode

from tests.platforms.stubs.base import Stub


def make_cert(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                        x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "stub-cert.pem", folder / "stub-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


class MsalStub(Stub):
    def __init__(self, folder: Path, tenant: str = "kommune-tenant", client_id: str = "app-123") -> None:
        cert, key = make_cert(folder)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        super().__init__(ctx)
        self.cert_path = cert
        self.tenant, self.client_id = tenant, client_id
        self.refuse_device_code = False
        self.auto_approve_after: int | None = None
        self.polls = 0
        self.last_scope = ""
        self.approved: set[str] = set()
        self.device_codes: dict[str, str] = {}  # device_code → user_code
        self.refresh_tokens: set[str] = set()
        self.auth_codes: dict[str, str | None] = {}  # code → the nonce the app sent
        #: Access tokens issued; hand the set to the Graph stub so it accepts exactly these.
        self.access_tokens: set[str] = set()
        self.expires_in = 3600
        self.user = {"name": "Kari Nordmann", "preferred_username": "kari@kommune.no", "oid": "oid-1"}

    @property
    def authority(self) -> str:
        return f"{self.url}/{self.tenant}"

    def approve(self, user_code: str | None = None) -> None:
        self.approved.update([user_code] if user_code else self.device_codes.values())

    def revoke(self) -> None:
        self.refresh_tokens.clear()
        self.access_tokens.clear()

    def applies(self, path: str) -> bool:
        return path.endswith("/token")

    def rate_limit_body(self):
        return {"error": "temporarily_unavailable", "error_description": "Too many requests"}

    def server_error_body(self):
        return {"error": "server_error", "error_description": "AADSTS50000: There was an error issuing a token."}

    def handle(self, method, path, query, headers, body):
        base = f"/{self.tenant}"
        if path == f"{base}/v2.0/.well-known/openid-configuration":
            return 200, {
                "issuer": f"{self.url}/{self.tenant}/v2.0",
                "authorization_endpoint": f"{self.url}{base}/oauth2/v2.0/authorize",
                "token_endpoint": f"{self.url}{base}/oauth2/v2.0/token",
                "device_authorization_endpoint": f"{self.url}{base}/oauth2/v2.0/devicecode",
                "response_types_supported": ["code", "id_token", "code id_token"],
                "subject_types_supported": ["pairwise"], "id_token_signing_alg_values_supported": ["RS256"],
            }, {}
        if path == f"{base}/oauth2/v2.0/authorize" and method == "GET":
            # The user signs in and consents: back to the app's local redirect URI with a code.
            code = "ac-" + secrets.token_urlsafe(12)
            self.auth_codes[code] = query.get("nonce")
            fields = {"code": code, "state": query.get("state", "")}
            if query.get("response_mode") == "form_post":  # what MSAL asks for: a self-submitting form
                inputs = "".join(f'<input type="hidden" name="{k}" value="{html.escape(v)}">' for k, v in fields.items())
                page = (f'<html><body onload="document.forms[0].submit()"><form method="post" '
                        f'action="{html.escape(query["redirect_uri"])}">{inputs}</form></body></html>')
                return 200, page.encode(), {"Content-Type": "text/html"}
            return 302, b"", {"Location": f"{query['redirect_uri']}?{urlencode(fields)}"}
        form = {k: v[-1] for k, v in parse_qs(body.decode()).items()}
        if path == f"{base}/oauth2/v2.0/devicecode" and method == "POST":
            self.last_scope = form.get("scope", "")
            if self.refuse_device_code:
                return 400, {"error": "invalid_client", "error_description":
                             "AADSTS7000218: The request body must contain the following parameter: "
                             "'client_assertion' or 'client_secret'."}, {}
            device, user = secrets.token_urlsafe(16), "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                                              for _ in range(9))
            self.device_codes[device] = user
            return 200, {"device_code": device, "user_code": user,
                         "verification_uri": "https://microsoft.com/devicelogin", "expires_in": 900, "interval": 1,
                         "message": f"To sign in, use a web browser to open the page "
                                    f"https://microsoft.com/devicelogin and enter the code {user} to authenticate."}, {}
        if path == f"{base}/oauth2/v2.0/token" and method == "POST":
            return self._token(form)
        return 404, {"error": "not_found"}, {}

    def _token(self, form):
        grant = form.get("grant_type", "")
        if form.get("client_id") != self.client_id:
            return 400, {"error": "unauthorized_client", "error_description": "AADSTS700016: Application not found"}, {}
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            user = self.device_codes.get(form.get("device_code", ""))
            if user is None:
                return 400, {"error": "expired_token", "error_description": "AADSTS70020: expired"}, {}
            self.polls += 1
            if self.auto_approve_after is not None and self.polls > self.auto_approve_after:
                self.approved.add(user)
            if user not in self.approved:
                return 400, {"error": "authorization_pending",
                             "error_description": "AADSTS70016: OAuth 2.0 device flow error. Authorization is pending."}, {}
            return 200, self._tokens(form), {}
        if grant == "authorization_code":
            if form.get("code") not in self.auth_codes:
                return 400, {"error": "invalid_grant", "error_description": "AADSTS70000: invalid code"}, {}
            nonce = self.auth_codes.pop(form["code"])
            return 200, self._tokens(form, nonce), {}
        if grant == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return 400, {"error": "invalid_grant", "error_description":
                             "AADSTS700082: The refresh token has expired due to inactivity."}, {}
            return 200, self._tokens(form), {}
        return 400, {"error": "unsupported_grant_type", "error_description": grant}, {}

    def _tokens(self, form, nonce: str | None = None):
        access, refresh = "at-" + secrets.token_urlsafe(16), "rt-" + secrets.token_urlsafe(16)
        self.access_tokens.add(access)
        self.refresh_tokens.add(refresh)
        now = int(time.time())
        claims = {"aud": self.client_id, "iss": f"{self.url}/{self.tenant}/v2.0", "iat": now, "nbf": now,
                  "exp": now + 3600, "tid": "tid-1", "sub": "sub-1", "ver": "2.0", **self.user}
        if nonce:
            claims["nonce"] = nonce
        id_token = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims)}.sig"
        scope = " ".join(s for s in form.get("scope", "").split() if s not in ("openid", "profile", "offline_access"))
        return {"token_type": "Bearer", "scope": scope, "expires_in": self.expires_in, "ext_expires_in": 3600,
                "access_token": access, "refresh_token": refresh, "id_token": id_token,
                "client_info": _b64({"uid": "oid-1", "utid": "tid-1"})}
