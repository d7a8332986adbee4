"""The Qt user interface: the main window, its screens, and their models and dialogs."""

from fieldkit.qtfix import keep_none_alive

keep_none_alive()
