-- 0008: the month lock (issue 6, DOMAIN-VN.md §3). A chief locks a month: its figures are stored
-- as issued, with the report's number. A later change touching a locked month is shown as an
-- adjustment in a later month's report (stored with that report); the chief may instead issue a
-- correction report (đính chính) for the month: its own number, a reference to the original, the
-- recomputed figures and the differences. Rows are never changed or deleted.

CREATE TABLE month_reports (
    id          INTEGER PRIMARY KEY,
    month       TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    kind        TEXT NOT NULL CHECK (kind IN ('original', 'correction')),
    -- The number, per year of issue: "05/BC-CAX" is the 5th report issued that year.
    year        INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2999),
    seq         INTEGER NOT NULL CHECK (seq >= 1),
    number      TEXT NOT NULL CHECK (length(number) > 0),
    -- The figures as issued (docs/INDICATORS.md: the JSON keys of `binhyen stats`).
    figures     TEXT NOT NULL CHECK (json_valid(figures)),
    -- Original: the adjustments to earlier locked months shown in this report (JSON array).
    -- Correction: the differences to the report it corrects (JSON array).
    adjustments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(adjustments)),
    issued_at   TEXT NOT NULL CHECK (issued_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    issued_by   INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    refers_to   INTEGER REFERENCES month_reports (id) ON DELETE RESTRICT,
    note        TEXT,
    UNIQUE (year, seq),
    CHECK ((kind = 'original') = (refers_to IS NULL))
) STRICT;

-- One original per month; corrections of a month in issue order.
CREATE UNIQUE INDEX month_reports_original ON month_reports (month) WHERE kind = 'original';
CREATE INDEX month_reports_month ON month_reports (month, id);

CREATE TRIGGER month_reports_no_update BEFORE UPDATE ON month_reports
BEGIN
    SELECT RAISE(ABORT, 'month_reports is append-only');
END;

CREATE TRIGGER month_reports_no_delete BEFORE DELETE ON month_reports
BEGIN
    SELECT RAISE(ABORT, 'month_reports is append-only');
END;
