"""The bundled demo event: seed 001 (Nettverkssamling 6. mai 2024) imported into the user's data dir."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

from controlroom import APP_NAME
from controlroom.resources import resource_path

DEMO_AGENDA = "nettverkssamling-2024.txt"


def ensure_demo_event(data_dir: Path | None = None) -> Path:
    """Return the demo event file, building it from the bundled agenda the first time."""
    from controlroom.importers import read_agenda
    from controlroom.models import EventStore
    from controlroom.models.agenda_repo import AgendaRepository

    data_dir = data_dir or user_data_path(APP_NAME, appauthor=False)
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "demo-nettverkssamling.krom"
    if path.exists():
        return path
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    store = EventStore.open(tmp, create=True, backup=False)
    try:
        draft = read_agenda(resource_path("demo", DEMO_AGENDA))
        repo = AgendaRepository(store)
        repo.import_draft(draft)
        repo.set_event_info(place="Stavanger")
    finally:
        store.close()
    tmp.replace(path)
    return path
