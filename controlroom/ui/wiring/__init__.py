"""Each area wires its panels into the main window. ``controlroom.app.build_window`` calls them in
the order their arguments need (the agenda, live, people, inputs, cues, platforms, help): each takes
the context, the window and what earlier areas built, and returns what later ones need."""
