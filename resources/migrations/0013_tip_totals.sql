-- 0013: the number of tips in the register, kept by the register itself (issue 8). The tip list
-- opens on every tip; counting them walked a million index entries (2,700 pages to read and
-- decrypt at 1,000,000 tips, the largest part of opening BinhYen). The triggers change the total
-- in the same statement as the insert or delete, inside its transaction: it cannot go stale, and
-- a test compares it with count(*) after imports, edits, deletes and month locks.

CREATE TABLE tip_totals (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    tips INTEGER NOT NULL CHECK (tips >= 0)
);
INSERT INTO tip_totals (id, tips) SELECT 1, count(*) FROM tips;

CREATE TRIGGER tip_totals_insert AFTER INSERT ON tips
BEGIN
    UPDATE tip_totals SET tips = tips + 1 WHERE id = 1;
END;

CREATE TRIGGER tip_totals_delete AFTER DELETE ON tips
BEGIN
    UPDATE tip_totals SET tips = tips - 1 WHERE id = 1;
END;
