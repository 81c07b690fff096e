"""The tech host's plan of cues and equipment, as the window, the command line and the web server change
it: cues added, edited, moved and removed, proposals from the agenda's stream flag, adapters saved. Reads
go to the repository; the firing itself is the scheduler's and runner's (``cues/``)."""

from __future__ import annotations

from controlroom.agenda.types import BlockData
from controlroom.cues.proposer import ProposalSettings, propose
from controlroom.cues.repository import AdapterConfig, CueRepository
from controlroom.cues.types import CueData


class CuePlan:
    def __init__(self, repo: CueRepository) -> None:
        self.repo = repo

    # -- reading -----------------------------------------------------------------------------------------
    def cues(self) -> list[CueData]:
        return self.repo.cues()

    def for_block(self, block_uid: str) -> list[CueData]:
        return self.repo.for_block(block_uid)

    def get(self, uid: str) -> CueData | None:
        return self.repo.get(uid)

    def adapters(self) -> list[AdapterConfig]:
        return self.repo.adapters()

    # -- changing ----------------------------------------------------------------------------------------
    def add(self, cue: CueData, position: int | None = None) -> CueData:
        return self.repo.add(cue, position)

    def update(self, cue: CueData) -> CueData:
        return self.repo.update(cue)

    def delete(self, uid: str) -> tuple[CueData, int]:
        """Remove a cue; returns it and its place (for an undo)."""
        return self.repo.delete(uid)

    def move(self, uid: str, position: int) -> None:
        self.repo.move(uid, position)

    def propose(self, blocks: list[BlockData], obs_adapter: str, scene: str) -> list[CueData]:
        """Cues from the agenda's stream flag (scene switches at the streamed blocks), replacing the
        earlier proposals and keeping the tech host's own cues."""
        return self.repo.replace_proposed(propose(blocks, ProposalSettings(obs_adapter=obs_adapter, scene=scene)))

    def save_adapter(self, cfg: AdapterConfig) -> AdapterConfig:
        return self.repo.save_adapter(cfg)

    def delete_adapter(self, name: str) -> None:
        self.repo.delete_adapter(name)
