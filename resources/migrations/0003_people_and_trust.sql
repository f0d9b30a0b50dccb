-- 0003: people and trust — logon accounts, station keys, sealed informant identities, a signed
-- and checkpointed audit chain. See docs/SECURITY.md for the key hierarchy and the formats.

-- Logon and signing material of each account. The password hash (Argon2id, libsodium's
-- self-describing string) only checks a logon; the wrapping key that unwraps the user's secrets is
-- derived separately (Argon2id, own salt and parameters below, own context).
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE users ADD COLUMN failed_logons INTEGER NOT NULL DEFAULT 0 CHECK (failed_logons >= 0);
ALTER TABLE users ADD COLUMN locked_until TEXT;
ALTER TABLE users ADD COLUMN wrap_salt BLOB;         -- 16 bytes
ALTER TABLE users ADD COLUMN wrap_opslimit INTEGER;
ALTER TABLE users ADD COLUMN wrap_memlimit INTEGER;
ALTER TABLE users ADD COLUMN record_signature BLOB;  -- station signing key's signature of the account record
ALTER TABLE users ADD COLUMN signed_by INTEGER REFERENCES users (id) ON DELETE RESTRICT; -- the chief who signed
ALTER TABLE users ADD COLUMN deactivated_at TEXT;

-- Each user's Ed25519 signing keys over time (a password reset by a chief or by the recovery key
-- gives a new pair: the old secret is lost with the old password). Audit rows name the key.
CREATE TABLE user_keys (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    public_key     BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
    secret_wrapped BLOB NOT NULL, -- nonce || secretbox(secret key) under the user's wrapping key
    created_at     TEXT NOT NULL,
    signature      BLOB NOT NULL  -- station signing key over (id, user_id, public_key, created_at)
) STRICT;
CREATE INDEX user_keys_user ON user_keys (user_id, id);

-- The station's key pairs: 'identity' (X25519, informant identities are sealed to it) and
-- 'signing' (Ed25519, audit checkpoints). Public keys in clear; secret keys only wrapped.
CREATE TABLE station_keys (
    purpose    TEXT PRIMARY KEY NOT NULL CHECK (purpose IN ('identity', 'signing')),
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    created_at TEXT NOT NULL,
    generation INTEGER NOT NULL DEFAULT 1 CHECK (generation >= 1)
) STRICT;

-- Each station secret key wrapped for each holder: every active chief (under the chief's wrapping
-- key) and the escrow key derived from the recovery secret (user_id NULL).
CREATE TABLE key_wraps (
    id       INTEGER PRIMARY KEY,
    purpose  TEXT NOT NULL REFERENCES station_keys (purpose) ON DELETE RESTRICT,
    user_id  INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    wrapped  BLOB NOT NULL, -- nonce || secretbox(secret key)
    UNIQUE (purpose, user_id)
) STRICT;
CREATE UNIQUE INDEX key_wraps_escrow ON key_wraps (purpose) WHERE user_id IS NULL;

-- Informants are known everywhere by a pseudonym ("NBT-0042"), never derived from the identity.
-- Two pseudonyms found to be the same person are merged (merged_into), never deleted.
CREATE TABLE informants (
    id          INTEGER PRIMARY KEY,
    pseudonym   TEXT NOT NULL UNIQUE CHECK (pseudonym GLOB 'NBT-[0-9][0-9][0-9][0-9]*'),
    merged_into INTEGER REFERENCES informants (id) ON DELETE RESTRICT,
    created_at  TEXT NOT NULL
) STRICT;
ALTER TABLE tips ADD COLUMN informant_id INTEGER REFERENCES informants (id) ON DELETE RESTRICT;
CREATE INDEX tips_informant ON tips (informant_id);

-- Audit chain: each row also carries the hash of the audited record's state after the change and
-- the acting user's signature; rowid order is chain order.
ALTER TABLE audit_log ADD COLUMN record_hash BLOB;
ALTER TABLE audit_log ADD COLUMN key_id INTEGER REFERENCES user_keys (id) ON DELETE RESTRICT;
ALTER TABLE audit_log ADD COLUMN signature BLOB;
ALTER TABLE audit_log ADD COLUMN monotonic_ms INTEGER; -- for wall-clock jump detection

-- Numbered, chained checkpoints signed with the station signing key.
CREATE TABLE audit_checkpoints (
    number    INTEGER PRIMARY KEY CHECK (number >= 1),
    at        TEXT NOT NULL,
    head_id   INTEGER NOT NULL,   -- last audit_log row covered
    head_hash BLOB NOT NULL,
    prev_hash BLOB,               -- previous checkpoint's hash
    hash      BLOB NOT NULL,
    signature BLOB NOT NULL,
    made_by   INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    reason    TEXT NOT NULL
) STRICT;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;
CREATE INDEX audit_log_user ON audit_log (user_id, at);

INSERT INTO settings (key, value) VALUES
    ('session.idle_lock_minutes', '15'),     -- chief's setting, at most 30
    ('logon.max_failures', '5'),
    ('logon.lockout_minutes', '10'),
    ('identity.checked_up_to_tip', '0');      -- sealed identities verified at chief logon up to this tip id
