-- 0006: the tip workflow (mới tiếp nhận → đang xác minh → đã chuyển CQĐT | đã giải quyết |
-- chuyển thành vụ việc; không thuộc ANTT; trùng lặp → the original), valuable proposals, the
-- extension count of the verification period, and the tip form's crash-safe drafts.
--
-- tips.status keeps the codes of 0001 (SQLite cannot alter a CHECK): new, verifying, forwarded,
-- resolved, suspended, closed. A closed tip says how it closed in tips.closure:
--   to_case   chuyển thành vụ việc (the case itself comes with the cases issue)
--   not_antt  không thuộc ANTT
--   duplicate trùng lặp; tips.duplicate_of names the original
-- tips.valuable stays the confirmed flag (a chief's); a proposal is valuable_proposed_by/_at.
ALTER TABLE tips ADD COLUMN closure TEXT CHECK (closure IS NULL OR closure IN ('to_case', 'not_antt', 'duplicate'));
ALTER TABLE tips ADD COLUMN duplicate_of INTEGER REFERENCES tips (id) ON DELETE RESTRICT;
ALTER TABLE tips ADD COLUMN valuable_proposed_by INTEGER REFERENCES users (id) ON DELETE RESTRICT;
ALTER TABLE tips ADD COLUMN valuable_proposed_at TEXT;
-- Extensions of the verification period recorded (BLTTHS Đ.147: to 2 months, then up to 2 more).
ALTER TABLE tips ADD COLUMN extensions INTEGER NOT NULL DEFAULT 0 CHECK (extensions BETWEEN 0 AND 2);

-- Every status change: who, when, why. `extra` is a JSON object (forwarding body and slip number,
-- the original of a duplicate …).
CREATE TABLE tip_status_history (
    id          INTEGER PRIMARY KEY,
    tip_id      INTEGER NOT NULL REFERENCES tips (id) ON DELETE RESTRICT,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    at          TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    reason      TEXT NOT NULL,
    extra       TEXT
) STRICT;

CREATE INDEX tip_status_history_tip ON tip_status_history (tip_id, id);

-- The tip form's drafts (one per user), written as the officer types so that a crash or a power
-- cut loses nothing; the identity part only ever sealed.
CREATE TABLE tip_drafts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT, updated_at TEXT NOT NULL, fields TEXT NOT NULL, identity_sealed BLOB) STRICT;
