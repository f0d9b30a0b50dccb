-- 0007: cases and the chief's review (issue 5): hamlets that border each other (suggestions),
-- tips and cases assigned by a chief, closure proposals, accent-blind search over cases, a folded
-- name for finding duplicate persons, and the office hours of the hamlet Zalo groups.

-- Hamlets that border each other, one row per pair (smaller id first). Tip and case suggestions
-- look in the same hamlet and its neighbours.
CREATE TABLE place_neighbours (
    place_id     INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    neighbour_id INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    PRIMARY KEY (place_id, neighbour_id),
    CHECK (place_id < neighbour_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX place_neighbours_reverse ON place_neighbours (neighbour_id, place_id);

-- The officer a chief gave the tip to (NULL: the receiving officer keeps it).
ALTER TABLE tips ADD COLUMN assigned_officer_id INTEGER REFERENCES users (id) ON DELETE RESTRICT;

-- An officer proposes closing a case (with its outcome and whether it was solved); only a chief
-- closes: cases.review_status goes 'pending' → 'approved' (closed) or 'returned' (with a comment).
ALTER TABLE cases ADD COLUMN closure_proposed_by INTEGER REFERENCES users (id) ON DELETE RESTRICT;
ALTER TABLE cases ADD COLUMN closure_proposed_at TEXT;
ALTER TABLE cases ADD COLUMN proposed_solved INTEGER CHECK (proposed_solved IS NULL OR proposed_solved IN (0, 1));

CREATE INDEX cases_assigned ON cases (assigned_officer_id, status);
CREATE INDEX tips_assigned ON tips (assigned_officer_id, status) WHERE assigned_officer_id IS NOT NULL;
CREATE INDEX tip_case_links_tip ON tip_case_links (tip_id, case_id);

-- Accent-blind search over cases, as over tips (0004).
CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO case_search (rowid, body)
SELECT c.id, binhyen_searchable(c.title, c.summary, c.address, c.outcome, p.name)
FROM cases c LEFT JOIN places p ON p.id = c.place_id;

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_search (rowid, body)
    VALUES (new.id, binhyen_searchable(new.title, new.summary, new.address, new.outcome,
                                       (SELECT name FROM places WHERE id = new.place_id)));
END;

CREATE TRIGGER cases_search_update AFTER UPDATE OF title, summary, address, outcome, place_id ON cases
BEGIN
    DELETE FROM case_search WHERE rowid = old.id;
    INSERT INTO case_search (rowid, body)
    VALUES (new.id, binhyen_searchable(new.title, new.summary, new.address, new.outcome,
                                       (SELECT name FROM places WHERE id = new.place_id)));
END;

CREATE TRIGGER cases_search_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_search WHERE rowid = old.id;
END;

-- A person's name folded (accents and đ/Đ) for duplicate suggestions; kept by triggers.
ALTER TABLE persons ADD COLUMN folded_name TEXT;
UPDATE persons SET folded_name = binhyen_searchable(full_name);
CREATE INDEX persons_folded_name ON persons (folded_name);
CREATE INDEX persons_phone ON persons (phone) WHERE phone IS NOT NULL;

CREATE TRIGGER persons_fold_insert AFTER INSERT ON persons
BEGIN
    UPDATE persons SET folded_name = binhyen_searchable(new.full_name) WHERE id = new.id;
END;

CREATE TRIGGER persons_fold_update AFTER UPDATE OF full_name ON persons
BEGIN
    UPDATE persons SET folded_name = binhyen_searchable(new.full_name) WHERE id = new.id;
END;

-- Persons are audited records from this version on. The persons already in a register have no
-- audit row yet: the first chief who logs on after the upgrade vouches for them (a migration
-- holds no key to sign with). AuditRepo::baselinePending reads and clears this setting.
INSERT INTO settings (key, value)
SELECT 'audit.baseline_pending', 'migration-7' WHERE EXISTS (SELECT 1 FROM persons);

-- The hamlet Zalo groups' own rule: posts in office hours, Monday to Friday, unless urgent.
-- Periods "HH:MM-HH:MM" separated by commas; days 1 (Monday) … 7 (Sunday).
INSERT INTO settings (key, value) VALUES
    ('zalo.office_hours', '07:30-11:30,13:30-17:00'),
    ('zalo.office_days', '1,2,3,4,5');
