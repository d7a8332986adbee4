"""The hub: a coordinator that keeps the national change store on PostgreSQL (or SQLite) and speaks
the sync bundles over HTTP (``fieldkit hub serve``). Never imports Qt. See docs/hub.md."""
