"""Zoom: Server-to-Server OAuth and breakout-room pre-assignment (Qt-free)."""

from controlroom.integrations.zoom.client import ZoomClient, ZoomConfig, ZoomCredentials
from controlroom.integrations.zoom.errors import PlatformError
from controlroom.integrations.zoom.preassign import GroupRoom, Person, RoomPlan, plan_rooms, rooms_csv
from controlroom.integrations.zoom.service import PreassignResult, ZoomPreassigner

__all__ = [
    "GroupRoom", "Person", "PlatformError", "PreassignResult", "RoomPlan", "ZoomClient", "ZoomConfig",
    "ZoomCredentials", "ZoomPreassigner", "plan_rooms", "rooms_csv",
]
