-- 0004: accent-blind full-text search over tips. The index holds a folded shadow text (accents and
-- đ/Đ folded, licence plates and phone numbers also compacted) built by binhyen_searchable(), a
-- function every BinhYen connection registers; triggers keep it in step. Informant identities are
-- sealed and never indexed. Imported tips keep their old number, searchable.
ALTER TABLE tips ADD COLUMN old_number TEXT;

CREATE VIRTUAL TABLE tip_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO tip_search (rowid, body)
SELECT t.id, binhyen_searchable(t.summary, t.details, t.address, p.name, t.old_number)
FROM tips t LEFT JOIN places p ON p.id = t.place_id;

CREATE TRIGGER tips_search_insert AFTER INSERT ON tips
BEGIN
    INSERT INTO tip_search (rowid, body)
    VALUES (new.id, binhyen_searchable(new.summary, new.details, new.address,
                                       (SELECT name FROM places WHERE id = new.place_id),
                                       new.old_number));
END;

CREATE TRIGGER tips_search_update AFTER UPDATE OF summary, details, address, place_id, old_number ON tips
BEGIN
    DELETE FROM tip_search WHERE rowid = old.id;
    INSERT INTO tip_search (rowid, body)
    VALUES (new.id, binhyen_searchable(new.summary, new.details, new.address,
                                       (SELECT name FROM places WHERE id = new.place_id),
                                       new.old_number));
END;

CREATE TRIGGER tips_search_delete AFTER DELETE ON tips
BEGIN
    DELETE FROM tip_search WHERE rowid = old.id;
END;
