"""The command line builds an event's services as the window does: through the application layer,
so an action on the command line writes the same run-log entries and uses the same adapters and
platform clients as the same action in the window."""

from __future__ import annotations

from controlroom.application.event import EventServices, build_services
from controlroom.clock import SystemClock
from controlroom.integrations.secrets import SecretStore
from controlroom.models.store import EventStore


def services_for(store: EventStore, *, teams_client_id: str | None = None) -> EventServices:
    """The services of an event the command opened (acting as ``cli`` in the run log)."""
    return build_services(store, clock=SystemClock(), secrets=SecretStore(), origin="cli",
                          teams_client_id=teams_client_id)
