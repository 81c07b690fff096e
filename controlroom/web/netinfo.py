"""This laptop's address on the venue's network, for the links and QR codes the screens open."""

from __future__ import annotations

import contextlib
import ipaddress
import socket


def lan_address() -> str:
    """The address other devices on the LAN reach this machine at: the source address of the route to a
    private address (a UDP "connect" sends nothing), else the host's ``<name>.local``, else 127.0.0.1."""
    for probe in ("192.168.255.255", "10.255.255.255", "172.31.255.255"):
        with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.connect((probe, 9))
            address = sock.getsockname()[0]
            if address and not ipaddress.ip_address(address).is_loopback and address != "0.0.0.0":
                return address
    name = socket.gethostname().strip().split(".")[0]
    return f"{name}.local" if name else "127.0.0.1"
