"""The agenda window: the table of blocks, editing with undo, the file menu."""
