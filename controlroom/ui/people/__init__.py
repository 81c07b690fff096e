"""The people area's Qt panels: participants table, group forming, room board, Open Space wall."""
