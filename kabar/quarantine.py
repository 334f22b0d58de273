"""`kabar quarantine`: what could not be processed, why, and the exact bytes that arrived.

Reads the published warehouse read-only, so it works while a nightly run is going on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb


@dataclass(frozen=True, slots=True)
class QuarantinedInput:
    quarantine_id: str
    source_uri: str
    stage: str
    reason: str
    detail: str | None
    run_id: str
    byte_size: int | None  # of the kept payload; None when nothing could be read


def by_reason(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, int]]:
    """(stage, reason, count), the most frequent first."""
    return con.execute("""SELECT stage, reason, count(*) AS n FROM quarantine
                          GROUP BY ALL ORDER BY n DESC, stage, reason""").fetchall()


def latest(con: duckdb.DuckDBPyConnection, reason: str | None = None, limit: int = 20) -> list[QuarantinedInput]:
    rows = con.execute(
        """SELECT q.quarantine_id, q.source_uri, q.stage, q.reason, q.detail, q.run_id, p.byte_size
           FROM quarantine q LEFT JOIN raw.payloads p USING (payload_hash)
           WHERE ?::VARCHAR IS NULL OR q.reason = ?::VARCHAR
           ORDER BY q.quarantined_at DESC, q.quarantine_id LIMIT ?""",
        [reason, reason, limit]).fetchall()
    return [QuarantinedInput(*row) for row in rows]


def save_payload(con: duckdb.DuckDBPyConnection, quarantine_id: str, out: Path) -> int:
    """Write the raw bytes kept for one quarantined input to `out` (never overwriting); returns the size."""
    row = con.execute("""SELECT q.payload_hash, p.payload
                         FROM quarantine q LEFT JOIN raw.payloads p USING (payload_hash)
                         WHERE q.quarantine_id = ?""", [quarantine_id]).fetchone()
    if row is None:
        raise LookupError(f"no quarantined input has the id {quarantine_id!r}")
    if row[1] is None:
        raise LookupError(f"{quarantine_id}: nothing could be read from this input, so no bytes were kept")
    with out.open("xb") as handle:  # "x": an existing file is an error, not overwritten
        handle.write(row[1])
    return len(row[1])


def render(counts: list[tuple[str, str, int]], rows: list[QuarantinedInput]) -> str:
    if not counts:
        return "quarantine is empty"
    lines = ["quarantined inputs by stage and reason:"]
    lines += [f"  {n:>6}  {stage}:{reason}" for stage, reason, n in counts]
    lines.append("")
    lines.append(f"latest {len(rows)}:")
    for row in rows:
        size = f"{row.byte_size} bytes kept" if row.byte_size is not None else "no bytes"
        lines.append(f"  {row.quarantine_id}  {row.stage}:{row.reason}  {row.source_uri}  ({size})")
        if row.detail:
            lines.append(f"      {row.detail}")
    lines.append("")
    lines.append("save an input's bytes: kabar quarantine --save QUARANTINE_ID --out FILE")
    return "\n".join(lines)
