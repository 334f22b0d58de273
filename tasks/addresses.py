"""Which network addresses the fetcher may reach, checked before a request and on the connection itself.

Checking a host name's addresses before a request leaves a gap: the request resolves the name again, and a
name whose DNS answer changes between the two lookups (DNS rebinding, or a short TTL) would take the
request to a loopback or private address. So the rule is applied twice: to the name's addresses before the
request (a refusal with a clear reason, without connecting), and to the address the socket actually
connected to, whatever the name resolved to the second time. Through a proxy, the proxy makes the
connection: only the first check applies.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import threading
from collections.abc import Iterable
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_HINT = "set allow_private_addresses (KABAR_ALLOW_PRIVATE_ADDRESSES) to fetch it"


class AddressRefused(Exception):
    """A connection reached an address the rule refuses. Deliberately not an OSError: urllib3 would take
    it for a network failure and requests would report (and the fetcher retry) a connection error."""


class AddressRule:
    """Public addresses only, unless private ones are allowed or the address is in an allowed network."""

    def __init__(self, allow_private: bool = False, allowed_networks: Iterable[str] = ()) -> None:
        self.allow_private = allow_private
        self._networks = [ipaddress.ip_network(n, strict=False) for n in allowed_networks]
        self._lock = threading.Lock()
        self._by_host: dict[tuple[str, int], str | None] = {}

    def refuses(self, address: str) -> bool:
        if self.allow_private:
            return False
        ip = ipaddress.ip_address(address.split("%")[0])  # an IPv6 zone ("fe80::1%eth0") is not part of it
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if any(ip in network for network in self._networks):
            return False
        return not ip.is_global or ip.is_multicast

    def host_problem(self, host: str, port: int) -> str | None:
        """Why `host` may not be contacted (a name resolving to a refused address), or None; cached."""
        if self.allow_private:
            return None
        key = (host, port)
        with self._lock:
            if key in self._by_host:
                return self._by_host[key]
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            return None  # unresolvable: the request itself fails and reports it
        refused = next((str(info[4][0]) for info in infos if self.refuses(str(info[4][0]))), None)
        problem = (f"{host} resolves to {refused}, a loopback, private, link-local or reserved address; {_HINT}"
                   if refused else None)
        with self._lock:
            self._by_host[key] = problem
        return problem

    def connection_problem(self, host: str, address: str) -> str | None:
        """Why a connection made to `address` for `host` must be dropped, or None."""
        if not self.refuses(address):
            return None
        return (f"the connection to {host} reached {address}, a loopback, private, link-local or reserved address "
                f"(its DNS answer changed after it was checked); {_HINT}")


class _CheckedConnection:
    """Mixed into urllib3's connections: the rule looks at the peer of every new socket before any byte
    of the request is sent on it (for HTTPS, before the TLS handshake)."""

    rule: AddressRule | None = None

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        if self.rule is not None:
            problem = self.rule.connection_problem(self.host, str(sock.getpeername()[0]))  # type: ignore[attr-defined]
            if problem:
                sock.close()
                raise AddressRefused(problem)
        return sock


class _CheckedHTTPConnection(_CheckedConnection, HTTPConnection):
    pass


class _CheckedHTTPSConnection(_CheckedConnection, HTTPSConnection):
    pass


class _PoolWithRule:
    """Mixed into urllib3's pools: every connection a pool makes carries the rule."""

    def __init__(self, *args: Any, rule: AddressRule, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rule = rule

    def _new_conn(self) -> Any:
        conn = super()._new_conn()  # type: ignore[misc]
        conn.rule = self.rule
        return conn


class _CheckedHTTPPool(_PoolWithRule, HTTPConnectionPool):
    ConnectionCls = _CheckedHTTPConnection


class _CheckedHTTPSPool(_PoolWithRule, HTTPSConnectionPool):
    ConnectionCls = _CheckedHTTPSConnection


class CheckedAdapter(HTTPAdapter):
    """requests' adapter whose connections are checked by `rule` once connected."""

    def __init__(self, rule: AddressRule, **kwargs: Any) -> None:
        self.rule = rule  # set before HTTPAdapter.__init__, which builds the pool manager
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        # Pool classes, not pool keyword arguments: urllib3 builds its pool keys from a fixed set of names.
        self.poolmanager.pool_classes_by_scheme = {
            "http": functools.partial(_CheckedHTTPPool, rule=self.rule),
            "https": functools.partial(_CheckedHTTPSPool, rule=self.rule),
        }
