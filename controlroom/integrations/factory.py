"""Building show-control adapters from their saved settings (``cue_adapter`` rows; secrets from the keyring)."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from controlroom.i18n import tr
from controlroom.integrations.base import Adapter
from controlroom.integrations.secrets import SecretStore

#: Each kind's adapter class as "module:Class", loaded when an adapter of that kind is built (an event
#: without a vMix does not load its client, and none of them load before the window shows).
ADAPTER_TYPES: dict[str, str] = {
    "obs": "controlroom.integrations.obs:ObsAdapter",
    "vmix": "controlroom.integrations.vmix:VmixAdapter",
    "companion": "controlroom.integrations.companion:CompanionAdapter",
    "webhook": "controlroom.integrations.webhook:WebhookAdapter",
    "osc": "controlroom.integrations.osc:OscAdapter",
}


def adapter_class(kind: str) -> type[Adapter]:
    module, _, name = ADAPTER_TYPES[kind].partition(":")
    cls: type[Adapter] = getattr(importlib.import_module(module), name)
    return cls

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
    if kind not in ADAPTER_TYPES:
        raise ValueError(tr("Ukjent adaptertype «{kind}».").format(kind=kind))
    cls = adapter_class(kind)
    kwargs: dict[str, Any] = {"label": label or name, "enabled": enabled, "timeout": timeout}
    for key, _label, default in FIELDS[kind]:
        value = config.get(key, default)
        kwargs[key] = int(value) if key == "port" else value
    if kind in ("obs", "vmix", "webhook"):
        kwargs["secrets"] = secrets
    return cls(name, **kwargs)
