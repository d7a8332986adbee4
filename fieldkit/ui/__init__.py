"""The Qt user interface. It talks only to ``fieldkit.services``."""
