"""The end-of-run summary the CLI prints: counts per stage, the warehouse, and an example query."""

from __future__ import annotations

from pathlib import Path

import duckdb

from tasks.runs import RunSummary


def render_summary(summary: RunSummary, example_query: str) -> str:
    lines = [
        "",
        f"Kabar run {summary.run_id}: {summary.status}",
        f"  input         {summary.input}",
        f"  files         {summary.files_found} found, {summary.files_skipped} skipped (not article files)"
        if not summary.fetch else
        f"  fetched       {summary.fetch['fetched']} of {summary.fetch['requested']} URLs "
        f"({summary.fetch['not_modified']} not modified, {summary.fetch['skipped_unchanged']} unchanged since the "
        f"last run, {summary.fetch['failed']} failed, {summary.fetch['extra_pages']} later pages joined)",
        f"  read          {summary.read} ({summary.duplicates_in_run} identical copies read once)",
        f"  cleaned       {summary.cleaned}"
        + (f" ({summary.already_loaded} inputs already loaded by this release set aside)"
           if summary.already_loaded else ""),
        f"  normalized    {summary.normalized}"
        + (f" ({summary.outside_window} outside the backfill window)" if summary.outside_window else ""),
        f"  validated     {summary.validated} new or changed",
        f"  loaded        {summary.loaded} new, {summary.updated} updated, {summary.unchanged} unchanged",
        f"  quarantined   {summary.quarantined_total}"
        + "".join(f"\n      {count:>4}  {reason}" for reason, count in sorted(summary.quarantined.items())),
        "  seconds       " + ", ".join(f"{stage} {secs:.2f}" for stage, secs in summary.seconds.items()),
        f"  warehouse     {summary.warehouse}",
    ]
    lines += ["", "Example query (the most mentioned entities):", _indent(example_query), ""]
    lines.append(_indent(_query_table(Path(summary.warehouse), example_query)))
    return "\n".join(lines)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _query_table(warehouse: Path, sql: str) -> str:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        cursor = con.execute(sql)
        header = [c[0] for c in cursor.description]
        rows = [[str(v) for v in row] for row in cursor.fetchall()]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    out = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)),
           "-+-".join("-" * w for w in widths)]
    out += [" | ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(out)
