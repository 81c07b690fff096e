"""Test helpers shared by several areas (stubs on 127.0.0.1)."""
