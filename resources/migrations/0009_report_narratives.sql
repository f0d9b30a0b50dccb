-- 0009: the chief's text of the monthly report (issue 7, DOMAIN-VN.md §3–§4): sections I (the
-- situation), III (shortcomings) and IV (next month's tasks), the recipients ("Nơi nhận") and who
-- signs. Each save is a new row; the latest row of a month is the text in force. Rows are never
-- changed or deleted, so an issued report's words can always be traced.

CREATE TABLE report_narratives (
    id           INTEGER PRIMARY KEY,
    month        TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    situation    TEXT NOT NULL DEFAULT '',
    shortcomings TEXT NOT NULL DEFAULT '',
    tasks        TEXT NOT NULL DEFAULT '',
    -- One recipient per line, without the leading "- " (the report adds it and "Lưu: VT.").
    recipients   TEXT NOT NULL DEFAULT '',
    signer_id    INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    saved_at     TEXT NOT NULL CHECK (saved_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    saved_by     INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT
) STRICT;

CREATE INDEX report_narratives_month ON report_narratives (month, id);

CREATE TRIGGER report_narratives_no_update BEFORE UPDATE ON report_narratives
BEGIN
    SELECT RAISE(ABORT, 'report_narratives is append-only');
END;

CREATE TRIGGER report_narratives_no_delete BEFORE DELETE ON report_narratives
BEGIN
    SELECT RAISE(ABORT, 'report_narratives is append-only');
END;
