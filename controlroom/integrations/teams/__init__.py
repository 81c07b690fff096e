"""Microsoft Teams: MSAL sign-in (encrypted token cache), the meeting chat into the input log, and the
per-room lists and moves the tech host needs because Teams breakout rooms cannot be filled by API. Qt-free."""
