"""web: the laptop's one web server (remote-control API, WebSocket feed, the venue's views). Qt-free."""
