"""The request checks moved to ``controlroom.web.guard`` with the server; kept here for old imports."""

from controlroom.web.guard import (
    HOSTS_ENV,
    JSON_TYPE,
    Refused,
    RequestGuard,
    configured_names,
    is_navigation,
    machine_names,
    parse_index,
    parse_seconds,
    require_json_type,
    split_host,
)

__all__ = [
    "HOSTS_ENV", "JSON_TYPE", "Refused", "RequestGuard", "configured_names", "is_navigation", "machine_names",
    "parse_index", "parse_seconds", "require_json_type", "split_host",
]
