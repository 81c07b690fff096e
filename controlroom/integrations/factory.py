"""Building show-control adapters from their saved settings (``cue_adapter`` rows; secrets from the keyring)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from controlroom.i18n import tr
from controlroom.integrations.base import Adapter
from controlroom.integrations.companion import CompanionAdapter
from controlroom.integrations.obs import ObsAdapter
from controlroom.integrations.osc import OscAdapter
from controlroom.integrations.secrets import SecretStore
from controlroom.integrations.vmix import VmixAdapter
from controlroom.integrations.webhook import WebhookAdapter

ADAPTER_TYPES: dict[str, type[Adapter]] = {
    "obs": ObsAdapter,
    "vmix": VmixAdapter,
    "companion": CompanionAdapter,
    "webhook": WebhookAdapter,
    "osc": OscAdapter,
}

#: Settings fields per kind: (key, label, default). Passwords are not here: they go to the keyring.
FIELDS: dict[str, tuple[tuple[str, str, Any], ...]] = {
    "obs": (("host", tr("Vert"), "127.0.0.1"), ("port", tr("Port"), 4455)),
    "vmix": (("host", tr("Vert"), "127.0.0.1"), ("port", tr("Port"), 8088), ("username", tr("Brukernavn"), "")),
    "companion": (("host", tr("Vert"), "127.0.0.1"), ("port", tr("Port"), 8000)),
    "webhook": (("url", tr("Adresse (URL)"), "http://127.0.0.1:8080/kontrollrom"),),
    "osc": (("host", tr("Vert"), "127.0.0.1"), ("port", tr("Port"), 53000)),
}

#: The keyring field each kind keeps its secret under (None: no secret).
SECRET_FIELD: dict[str, str | None] = {
    "obs": "password", "vmix": "password", "companion": None, "webhook": "secret", "osc": None,
}


def build_adapter(
    kind: str, name: str, config: Mapping[str, Any], *, secrets: SecretStore | None = None,
    label: str = "", enabled: bool = True, timeout: float = 5.0,
) -> Adapter:
    cls = ADAPTER_TYPES.get(kind)
    if cls is None:
        raise ValueError(tr("Ukjent adaptertype «{kind}».").format(kind=kind))
    kwargs: dict[str, Any] = {"label": label or name, "enabled": enabled, "timeout": timeout}
    for key, _label, default in FIELDS[kind]:
        value = config.get(key, default)
        kwargs[key] = int(value) if key == "port" else value
    if kind in ("obs", "vmix", "webhook"):
        kwargs["secrets"] = secrets
    return cls(name, **kwargs)
