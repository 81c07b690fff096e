"""Models for the people area. Owned by that area's work; its tables are created by its own migration."""

from __future__ import annotations
