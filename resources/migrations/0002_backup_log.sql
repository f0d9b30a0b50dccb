-- 0002: the register remembers its backups (made by hand or automatically), so the user can be
-- told when the last verified backup was made and where it is. Paths are file names only: the
-- folder is a setting of the computer, not of the register.
CREATE TABLE backup_log (
    id             INTEGER PRIMARY KEY,
    made_at        TEXT NOT NULL CHECK (made_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    file_name      TEXT NOT NULL CHECK (length(file_name) > 0),
    bytes          INTEGER NOT NULL CHECK (bytes > 0),
    schema_version INTEGER NOT NULL CHECK (schema_version >= 1),
    kind           TEXT NOT NULL CHECK (kind IN ('manual', 'automatic')),
    made_by        INTEGER REFERENCES users (id) ON DELETE RESTRICT
) STRICT;

CREATE INDEX backup_log_made ON backup_log (made_at);

-- How many automatic backups to keep (the oldest beyond this are removed from the folder).
INSERT INTO settings (key, value) VALUES ('backup.automatic_keep', '10');
