"""Each area wires its services and panels into the main window, in this order.

A wiring module has ``wire(ctx: UiContext, window: MainWindow) -> None``: it builds the area's
services from ``ctx`` (and those of earlier areas in ``ctx.services``), stores the ones later
areas need in ``ctx.services``, and adds its docks, menus and shortcuts to ``window``.
"""

WIRING_MODULES = ("agenda", "live", "people", "inputs", "cues", "integrations", "help")
