"""The application layer: opens an event and offers its services to every front end (the window,
the command line, the web server). Qt-free; see the architecture page of the docs.

``controlroom.application.event.open_event`` is the entry point.
"""
