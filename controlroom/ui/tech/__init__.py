"""The tech host's workspace: upcoming cues with GO, the cue log, adapter states, stream health,
adapter settings, and the "Teknisk ansvarlig" / "Moderator" layouts. Wired by ``ui/wiring/cues.py``."""
