"""The screens of the main window, one module each; ``base.Page`` is their contract."""
