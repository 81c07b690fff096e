"""Everything Qt: windows, panels and thin item models over the core."""
