"""Zoom and Teams settings and status for the tech host (Qt side of ``integrations.zoom``/``teams``)."""
