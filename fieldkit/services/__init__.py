"""The domain API. Plain data in, plain data out; no Qt. The CLI and the GUI both call these."""
