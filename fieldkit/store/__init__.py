"""The SQLite store: models, migrations, change capture and device identity. No Qt here."""
