"""Sync by file: signed (optionally encrypted) bundles of change-log entries, merged field by field.

See docs/sync.md for the protocol and docs/sync-format.md for the bundle format. No Qt here.
"""
