"""The stock summaries (migrations 0008 and 0009) as the ledger defines them, written out
independently of the migrations, beside the statements that read them as stored: the service and
sync tests compare the two."""

# The definition the summary must equal, written out independently of migration 0008.
LEDGER_CELLS = """SELECT kind, substr(occurred_at, 1, 7), material_id, location_id, event_id IS NOT NULL,
    SUM(quantity), COUNT(*)
FROM stock_movements WHERE deleted = 0 GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"""
SUMMARY_CELLS = """SELECT kind, month, material_id, location_id, at_event, quantity, movements
FROM stock_monthly ORDER BY 1, 2, 3, 4, 5"""
# handout_cells as the ledger gives them, with each place classified as place_classes has it.
LEDGER_HANDOUTS = """SELECT substr(m.occurred_at, 1, 7), m.material_id,
    CASE WHEN m.event_id IS NOT NULL THEN 'event' ELSE COALESCE(pc.kind, '') END, COALESCE(pc.region, ''),
    SUM(m.quantity), COUNT(*)
FROM stock_movements m LEFT JOIN place_classes pc ON pc.location_id = m.location_id
WHERE m.deleted = 0 AND m.kind = 'handout' GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"""
HANDOUT_CELLS = (
    "SELECT month, material_id, location_type, region, quantity, movements FROM handout_cells ORDER BY 1, 2, 3, 4"
)
# stock_balances (migration 0009) as the ledger gives them.
LEDGER_BALANCES = """SELECT material_id, location_id, SUM(quantity), COUNT(*) FROM stock_movements
WHERE deleted = 0 GROUP BY 1, 2 ORDER BY 1, 2"""
BALANCES = "SELECT material_id, location_id, quantity, movements FROM stock_balances ORDER BY 1, 2"
