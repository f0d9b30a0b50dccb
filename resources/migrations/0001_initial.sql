-- BinhYen register, schema version 1.
--
-- Runs inside one transaction opened by the migrator (no BEGIN/COMMIT here) which also sets
-- PRAGMA user_version. Engine: SQLCipher 4.6.1 / SQLite 3.46.1, foreign keys ON.
--
-- Conventions
--  * Every table is STRICT. Booleans are INTEGER 0/1 with a CHECK.
--  * Times are ISO text in station local time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving):
--    'YYYY-MM-DDTHH:MM:SS'; dates are 'YYYY-MM-DD'. So the month of a time or date is
--    substr(x, 1, 7) and a month is the half-open text range ['2020-09', '2020-10').
--  * Nothing is ever silently deleted: every foreign key is ON DELETE RESTRICT; history is kept by
--    validity dates (valid_from / valid_to, effective_from) rather than by overwriting rows.
--  * Enumerations are short English codes (CHECKed); Vietnamese labels live in lookup tables
--    (categories, movement_model_types) or in the UI translations.
--  * Monthly statistics must run on indexes (temp storage is memory-only): every table that is
--    counted per month has an index that starts with its date column.

-- ---------------------------------------------------------------------------------------------
-- Settings and legal rules
-- ---------------------------------------------------------------------------------------------

-- Free key/value settings of the station (retention periods, remote-area flag, ...).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) > 0),
    value TEXT
) STRICT;

INSERT INTO settings (key, value) VALUES
    -- 1 when the commune is a remote area or island: forwarding deadline 48 h instead of 24 h.
    ('station.remote_area', '0');

-- Legal deadlines and limits. Never a literal in code: the law changes, and some defaults are not
-- yet confirmed against a primary text (to_confirm = 1). A rule may have several rows, one per
-- effective_from; the one in force at a time T is the latest with effective_from <= date(T).
CREATE TABLE rules (
    code           TEXT NOT NULL CHECK (length(code) > 0),
    value          INTEGER NOT NULL CHECK (value >= 0),
    unit           TEXT NOT NULL CHECK (unit IN ('minutes', 'hours', 'days', 'months', 'flag')),
    description    TEXT NOT NULL,                 -- Vietnamese, shown next to the deadline
    legal_source   TEXT NOT NULL,                 -- the article / circular it comes from
    effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    to_confirm     INTEGER NOT NULL DEFAULT 0 CHECK (to_confirm IN (0, 1)),
    note           TEXT,
    PRIMARY KEY (code, effective_from)
) STRICT;

INSERT INTO rules (code, value, unit, description, legal_source, effective_from, to_confirm, note) VALUES
    ('tip.forward', 24, 'hours',
     'Chuyển nguồn tin về tội phạm kèm tài liệu, đồ vật cho Cơ quan điều tra',
     'Thông tư liên tịch 01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC', '2018-01-01', 0,
     'Ngày hiệu lực ghi theo BLTTHS 2015 (01/01/2018); đối chiếu lại văn bản gốc.'),
    ('tip.forward_remote', 48, 'hours',
     'Chuyển nguồn tin về tội phạm (vùng sâu, vùng xa, hải đảo)',
     'Thông tư liên tịch 01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC', '2018-01-01', 0,
     'Áp dụng khi cài đặt station.remote_area = 1.'),
    ('tip.immediate_report', 1, 'hours',
     'Báo cáo ngay bằng phương tiện nhanh nhất (tội phạm rất nghiêm trọng, đặc biệt nghiêm trọng, dư luận quan tâm, đối tượng có thể bỏ trốn); bảo vệ hiện trường',
     'Thông tư 129/2021/TT-BCA sửa đổi Thông tư 28/2020/TT-BCA', '2018-01-01', 0,
     'Luật quy định "ngay"; thời hạn 1 giờ là quy ước của phần mềm để cảnh báo.'),
    ('tip.commune_investigator_report', 12, 'hours',
     'Điều tra viên tại Công an xã báo cáo Phòng Cảnh sát điều tra Công an tỉnh (tội phạm ít nghiêm trọng, nghiêm trọng, rõ đối tượng)',
     'Hướng dẫn 11/HD-BCA-V03 (2025)', '2025-03-01', 1,
     'Theo nguồn thứ cấp; cần đối chiếu văn bản gốc.'),
    ('tip.commune_investigator_report_difficult', 24, 'hours',
     'Như trên, địa bàn khó khăn',
     'Hướng dẫn 11/HD-BCA-V03 (2025)', '2025-03-01', 1,
     'Theo nguồn thứ cấp; cần đối chiếu văn bản gốc.'),
    ('tip.commune_investigator_file', 7, 'days',
     'Chuyển hồ sơ cho Cơ quan điều tra (vụ việc do Điều tra viên tại xã thụ lý)',
     'Hướng dẫn 11/HD-BCA-V03 (2025)', '2025-03-01', 1,
     'Theo nguồn thứ cấp; cần đối chiếu văn bản gốc.'),
    ('tip.resolve', 20, 'days',
     'Giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố (kể từ ngày tiếp nhận)',
     'Bộ luật Tố tụng hình sự 2015, Điều 147 khoản 1', '2018-01-01', 0, NULL),
    ('tip.extension', 2, 'months',
     'Kéo dài thời hạn giải quyết (vụ việc phức tạp, xác minh nhiều nơi)',
     'Bộ luật Tố tụng hình sự 2015, Điều 147 khoản 2', '2018-01-01', 0, NULL),
    ('tip.procuracy_extension', 2, 'months',
     'Viện kiểm sát gia hạn một lần',
     'Bộ luật Tố tụng hình sự 2015, Điều 147 khoản 2', '2018-01-01', 0, NULL),
    ('tip.extension_request_before', 5, 'days',
     'Văn bản đề nghị gia hạn gửi Viện kiểm sát chậm nhất trước khi hết thời hạn',
     'Bộ luật Tố tụng hình sự 2015, Điều 147 khoản 3', '2018-01-01', 0, NULL),
    ('tip.suspension_notice', 24, 'hours',
     'Gửi quyết định tạm đình chỉ giải quyết nguồn tin cho Viện kiểm sát',
     'Bộ luật Tố tụng hình sự 2015, Điều 148', '2018-01-01', 0, NULL),
    ('tip.resumption_resolve', 1, 'months',
     'Giải quyết nguồn tin sau khi phục hồi',
     'Bộ luật Tố tụng hình sự 2015, Điều 149', '2018-01-01', 0, NULL),
    ('tip.resumption_notice', 3, 'days',
     'Gửi quyết định phục hồi giải quyết nguồn tin cho Viện kiểm sát',
     'Bộ luật Tố tụng hình sự 2015, Điều 149', '2018-01-01', 0, NULL),
    ('time.day_limit_ends_midnight', 1, 'flag',
     'Thời hạn tính bằng ngày kết thúc lúc 24 giờ của ngày cuối cùng',
     'Bộ luật Tố tụng hình sự 2015, Điều 99', '2018-01-01', 1, NULL),
    ('time.day_off_rollover', 1, 'flag',
     'Thời hạn kết thúc vào ngày nghỉ (cuối tuần, ngày lễ) thì kết thúc vào ngày làm việc tiếp theo',
     'Bộ luật Tố tụng hình sự 2015, Điều 99', '2018-01-01', 1,
     'Danh sách ngày lễ do Trưởng Công an xã cập nhật.');

-- ---------------------------------------------------------------------------------------------
-- The station and its territory
-- ---------------------------------------------------------------------------------------------

-- The station's identity over time (the 2025 reform renamed units and changed superiors). A report
-- prints the row in force in the reported month: the latest with effective_from <= first day.
CREATE TABLE station_identity (
    id               INTEGER PRIMARY KEY,
    effective_from   TEXT NOT NULL UNIQUE CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    unit_name        TEXT NOT NULL CHECK (length(unit_name) > 0),   -- "CÔNG AN XÃ ĐẤT ĐỎ"
    parent_body      TEXT NOT NULL CHECK (length(parent_body) > 0), -- "CÔNG AN THÀNH PHỐ HỒ CHÍ MINH"
    place_name       TEXT NOT NULL CHECK (length(place_name) > 0),  -- date line: "Đất Đỏ, ngày …"
    report_recipient TEXT NOT NULL,
    commune_code     TEXT NOT NULL CHECK (commune_code GLOB '[0-9]*'),
    province_code    TEXT NOT NULL CHECK (province_code GLOB '[0-9]*'),
    province_name    TEXT NOT NULL,
    note             TEXT
) STRICT;

-- Hamlets / neighbourhoods of the commune (a community level, not an administrative unit).
-- A renamed or merged hamlet gets valid_to and a new row: old tips keep pointing at the old name.
CREATE TABLE places (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('ap', 'khu_pho', 'thon', 'to_dan_pho')),
    name         TEXT NOT NULL CHECK (length(name) > 0),   -- without the kind: "Cây Cám"
    households   INTEGER NOT NULL DEFAULT 0 CHECK (households >= 0),
    commune_code TEXT NOT NULL CHECK (commune_code GLOB '[0-9]*'),
    valid_from   TEXT NOT NULL CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    valid_to     TEXT CHECK (valid_to IS NULL OR (valid_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND valid_to >= valid_from)),
    note         TEXT,
    UNIQUE (commune_code, kind, name, valid_from)
) STRICT;

-- ---------------------------------------------------------------------------------------------
-- People
-- ---------------------------------------------------------------------------------------------

-- Accounts (a later migration adds password hashes, key wrapping, lockout...).
-- 'chief' covers both the Trưởng and the Phó trưởng Công an xã.
CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    username   TEXT NOT NULL UNIQUE CHECK (length(username) > 0),
    full_name  TEXT NOT NULL CHECK (length(full_name) > 0),
    rank       TEXT,                                     -- "Thiếu tá"
    position   TEXT,                                     -- "Trưởng Công an xã"
    role       TEXT NOT NULL CHECK (role IN ('officer', 'chief', 'inspector')),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', '+7 hours'))
) STRICT;

-- Residents, informants, suspects, victims: one person may play several roles over time.
CREATE TABLE persons (
    id         INTEGER PRIMARY KEY,
    full_name  TEXT NOT NULL CHECK (length(full_name) > 0),
    birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    id_number  TEXT,                                     -- CCCD / CMND
    phone      TEXT,
    address    TEXT,
    place_id   INTEGER REFERENCES places (id) ON DELETE RESTRICT,
    note       TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', '+7 hours'))
) STRICT;

CREATE INDEX persons_place ON persons (place_id);
CREATE INDEX persons_id_number ON persons (id_number) WHERE id_number IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Tips (tin báo, tố giác, kiến nghị khởi tố, phản ánh ANTT)
-- ---------------------------------------------------------------------------------------------

CREATE TABLE categories (
    code   TEXT PRIMARY KEY NOT NULL CHECK (length(code) > 0),
    label  TEXT NOT NULL,                                -- Vietnamese
    sort   INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

INSERT INTO categories (code, label, sort) VALUES
    ('theft',             'Trộm cắp tài sản',                  10),
    ('robbery',           'Cướp, cướp giật tài sản',           20),
    ('drugs',             'Ma túy',                            30),
    ('gambling',          'Cờ bạc',                            40),
    ('fighting',          'Đánh nhau, gây rối trật tự công cộng', 50),
    ('suspicious_person', 'Người, phương tiện khả nghi',       60),
    ('traffic_accident',  'Tai nạn giao thông',                70),
    ('fire',              'Cháy, nổ',                          80),
    ('lost_person',       'Người đi lạc, mất tích',            90),
    ('lost_property',     'Thất lạc giấy tờ, tài sản',        100),
    ('other',             'Khác',                             990);

-- Self-management models of the movement: declared here because tips may come from a hamlet Zalo
-- group (tips.zalo_group_id).
CREATE TABLE movement_model_types (
    code   TEXT PRIMARY KEY NOT NULL CHECK (length(code) > 0),
    label  TEXT NOT NULL,                                -- Vietnamese
    sort   INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

INSERT INTO movement_model_types (code, label, sort) VALUES
    ('zalo_group', 'Nhóm Zalo ấp/khu phố (Kết nối toàn dân – Bình yên cuộc sống)', 10),
    ('lien_gia',   'Liên gia tự quản phòng, chống tội phạm', 20),
    ('camera',     'Camera an ninh', 30),
    ('tieng_keng', 'Tiếng kẻng an ninh', 40),
    ('te_nan',     'Phòng, chống tệ nạn xã hội', 50),
    ('song_tot',   'Sống tốt đời đẹp đạo', 60),
    ('other',      'Mô hình khác', 990);

CREATE TABLE movement_models (
    id                     INTEGER PRIMARY KEY,
    type_code              TEXT NOT NULL REFERENCES movement_model_types (code) ON DELETE RESTRICT,
    name                   TEXT NOT NULL CHECK (length(name) > 0),
    started_on             TEXT NOT NULL CHECK (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    ended_on               TEXT CHECK (ended_on IS NULL OR (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND ended_on >= started_on)),
    points                 INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),     -- điểm
    teams                  INTEGER NOT NULL DEFAULT 0 CHECK (teams >= 0),      -- tổ
    members                INTEGER NOT NULL DEFAULT 0 CHECK (members >= 0),
    households             INTEGER NOT NULL DEFAULT 0 CHECK (households >= 0),
    exemplary              INTEGER NOT NULL DEFAULT 0 CHECK (exemplary IN (0, 1)), -- điển hình tiên tiến
    responsible_officer_id INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    note                   TEXT,
    created_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', '+7 hours'))
) STRICT;

-- "In force in month M": started_on < first day of M+1 and (ended_on IS NULL or ended_on >= first
-- day of M); counted per type.
CREATE INDEX movement_models_type ON movement_models (type_code, started_on, ended_on);

-- Hamlets a model covers.
CREATE TABLE movement_model_places (
    model_id INTEGER NOT NULL REFERENCES movement_models (id) ON DELETE RESTRICT,
    place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE RESTRICT,
    PRIMARY KEY (model_id, place_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX movement_model_places_place ON movement_model_places (place_id, model_id);

-- A hamlet Zalo group ("Kết nối toàn dân – Bình yên cuộc sống"): a movement model of type
-- zalo_group, with the group's rules.
CREATE TABLE zalo_groups (
    model_id                        INTEGER PRIMARY KEY REFERENCES movement_models (id) ON DELETE RESTRICT,
    antt_only                       INTEGER NOT NULL DEFAULT 1 CHECK (antt_only IN (0, 1)),
    office_hours_only_except_urgent INTEGER NOT NULL DEFAULT 1 CHECK (office_hours_only_except_urgent IN (0, 1)),
    rules                           TEXT          -- the rules as posted to the group
) STRICT;

-- Moderation of a group: members warned (nhắc nhở) or removed (loại khỏi nhóm) on a day.
CREATE TABLE zalo_moderation (
    id         INTEGER PRIMARY KEY,
    group_id   INTEGER NOT NULL REFERENCES zalo_groups (model_id) ON DELETE RESTRICT,
    on_date    TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    action     TEXT NOT NULL CHECK (action IN ('warned', 'removed')),
    count      INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
    officer_id INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    note       TEXT
) STRICT;

CREATE INDEX zalo_moderation_date ON zalo_moderation (on_date, action, count);
CREATE INDEX zalo_moderation_group ON zalo_moderation (group_id);

CREATE TABLE tips (
    id                   INTEGER PRIMARY KEY,
    year                 INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2999),
    seq                  INTEGER NOT NULL CHECK (seq >= 1),
    -- "TB-0012/2020": derived, never stored twice.
    number               TEXT GENERATED ALWAYS AS (printf('TB-%04d/%d', seq, year)) VIRTUAL,
    received_at          TEXT NOT NULL CHECK (received_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    channel              TEXT NOT NULL CHECK (channel IN ('phone', 'hotline', 'zalo', 'in_person', 'camera', 'document')),
    zalo_group_id        INTEGER REFERENCES zalo_groups (model_id) ON DELETE RESTRICT,
    receiving_officer_id INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    informant_kind       TEXT NOT NULL DEFAULT 'anonymous' CHECK (informant_kind IN ('anonymous', 'identified')),
    informant_pseudonym  TEXT,                       -- the only informant text reports may show
    informant_sealed     BLOB,                       -- sealed identity (readable by chiefs only)
    place_id             INTEGER REFERENCES places (id) ON DELETE RESTRICT,
    address              TEXT,
    category_code        TEXT NOT NULL DEFAULT 'other' REFERENCES categories (code) ON DELETE RESTRICT,
    -- tố giác / tin báo về tội phạm / kiến nghị khởi tố / phản ánh ANTT / không thuộc ANTT;
    -- NULL until classified.
    classification       TEXT CHECK (classification IN ('to_giac', 'tin_bao', 'kien_nghi', 'phan_anh', 'khong_antt')),
    urgency              TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent', 'immediate')),
    summary              TEXT NOT NULL CHECK (length(summary) > 0),
    details              TEXT,
    -- mới tiếp nhận / đang xác minh / đã chuyển CQĐT / đã giải quyết / tạm đình chỉ / kết thúc
    status               TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'verifying', 'forwarded', 'resolved', 'suspended', 'closed')),
    due_at               TEXT CHECK (due_at IS NULL OR due_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    forwarded_to         TEXT,                       -- the investigating body
    forwarded_at         TEXT CHECK (forwarded_at IS NULL OR (forwarded_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]' AND forwarded_at >= received_at)),
    forward_slip_no      TEXT,                       -- Mẫu 03 "Phiếu chuyển nguồn tin"
    outcome              TEXT,
    valuable             INTEGER NOT NULL DEFAULT 0 CHECK (valuable IN (0, 1)),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    created_by           INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    UNIQUE (year, seq),
    CHECK (zalo_group_id IS NULL OR channel = 'zalo'),
    CHECK (informant_sealed IS NULL OR informant_kind = 'identified'),
    CHECK (status <> 'forwarded' OR (forwarded_to IS NOT NULL AND forwarded_at IS NOT NULL))
) STRICT;

-- Lists newest first, and month ranges.
CREATE INDEX tips_received ON tips (received_at);
-- Monthly statistics read only this index (covering): GROUP BY month, channel, classification...
CREATE INDEX tips_month_stats ON tips (substr(received_at, 1, 7), channel, classification, valuable, status);
-- The chief's queue: open tips by deadline.
CREATE INDEX tips_status ON tips (status, due_at);
CREATE INDEX tips_place ON tips (place_id, received_at);
CREATE INDEX tips_category ON tips (category_code, received_at);
CREATE INDEX tips_forwarded ON tips (forwarded_at) WHERE forwarded_at IS NOT NULL;
CREATE INDEX tips_zalo_group ON tips (zalo_group_id) WHERE zalo_group_id IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Cases / incidents (vụ việc)
-- ---------------------------------------------------------------------------------------------

CREATE TABLE cases (
    id                  INTEGER PRIMARY KEY,
    year                INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2999),
    seq                 INTEGER NOT NULL CHECK (seq >= 1),
    number              TEXT GENERATED ALWAYS AS (printf('VV-%04d/%d', seq, year)) VIRTUAL,
    title               TEXT NOT NULL CHECK (length(title) > 0),
    case_type           TEXT NOT NULL DEFAULT 'other' REFERENCES categories (code) ON DELETE RESTRICT,
    occurred_at         TEXT CHECK (occurred_at IS NULL OR occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    -- When the station opened it: the case counts as "new" in this month.
    opened_at           TEXT NOT NULL CHECK (opened_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    place_id            INTEGER REFERENCES places (id) ON DELETE RESTRICT,
    address             TEXT,
    summary             TEXT,
    assigned_officer_id INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    -- đang xác minh / đã làm rõ / đã chuyển CQĐT / tạm đình chỉ / kết thúc
    status              TEXT NOT NULL DEFAULT 'verifying' CHECK (status IN ('verifying', 'clarified', 'forwarded', 'suspended', 'closed')),
    outcome             TEXT,
    solved              INTEGER NOT NULL DEFAULT 0 CHECK (solved IN (0, 1)),
    solved_at           TEXT CHECK (solved_at IS NULL OR solved_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    closed_at           TEXT CHECK (closed_at IS NULL OR closed_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    -- The chief's review of a closure: waiting, approved, or sent back with a comment.
    review_status       TEXT CHECK (review_status IN ('pending', 'approved', 'returned')),
    review_comment      TEXT,
    reviewed_by         INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    reviewed_at         TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    created_by          INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    UNIQUE (year, seq),
    CHECK ((solved = 0) = (solved_at IS NULL)),
    CHECK (status <> 'closed' OR closed_at IS NOT NULL),
    CHECK (review_status IS NULL OR review_status = 'pending' OR reviewed_by IS NOT NULL)
) STRICT;

CREATE INDEX cases_opened ON cases (opened_at);
CREATE INDEX cases_solved ON cases (solved_at) WHERE solved = 1;
CREATE INDEX cases_status ON cases (status, review_status);
CREATE INDEX cases_place ON cases (place_id, opened_at);

-- Which tips fed which case; contributed = the tip helped the result (the case is then "solved
-- with the public's help" when it is solved and a linked tip is valuable).
CREATE TABLE tip_case_links (
    tip_id      INTEGER NOT NULL REFERENCES tips (id) ON DELETE RESTRICT,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    contributed INTEGER NOT NULL DEFAULT 0 CHECK (contributed IN (0, 1)),
    note        TEXT,
    linked_at   TEXT NOT NULL,
    linked_by   INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    PRIMARY KEY (tip_id, case_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX tip_case_links_case ON tip_case_links (case_id, tip_id, contributed);

-- People involved in a case, with their role; the suspect fields feed the monthly indicators
-- (identified / arrested / caught in the act / surrendered).
CREATE TABLE case_persons (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    person_id      INTEGER NOT NULL REFERENCES persons (id) ON DELETE RESTRICT,
    role           TEXT NOT NULL CHECK (role IN ('suspect', 'victim', 'witness', 'reporter')),
    identified_at  TEXT,
    arrested_at    TEXT,
    caught_in_act  INTEGER NOT NULL DEFAULT 0 CHECK (caught_in_act IN (0, 1)),
    surrendered_at TEXT,                                  -- đầu thú
    handed_over_at TEXT,                                  -- handed to the investigating body
    note           TEXT,
    UNIQUE (case_id, person_id, role),
    CHECK (role = 'suspect' OR (identified_at IS NULL AND arrested_at IS NULL AND caught_in_act = 0 AND surrendered_at IS NULL AND handed_over_at IS NULL))
) STRICT;

CREATE INDEX case_persons_person ON case_persons (person_id);
CREATE INDEX case_persons_identified ON case_persons (identified_at) WHERE identified_at IS NOT NULL;
CREATE INDEX case_persons_arrested ON case_persons (arrested_at, caught_in_act) WHERE arrested_at IS NOT NULL;
CREATE INDEX case_persons_surrendered ON case_persons (surrendered_at) WHERE surrendered_at IS NOT NULL;

-- The case timeline.
CREATE TABLE case_events (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    occurred_at TEXT NOT NULL CHECK (occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
    kind        TEXT NOT NULL CHECK (kind IN ('tip_linked', 'call', 'scene_visit', 'camera_extract', 'zalo_notice',
                                              'suspect_located', 'brought_in', 'statement', 'handed_over',
                                              'outcome', 'review', 'other')),
    officer_id  INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    tip_id      INTEGER REFERENCES tips (id) ON DELETE RESTRICT,  -- for tip_linked
    note        TEXT
) STRICT;

CREATE INDEX case_events_case ON case_events (case_id, occurred_at);

-- ---------------------------------------------------------------------------------------------
-- Movement register: residents, activities, results
-- ---------------------------------------------------------------------------------------------

-- Residents mobilised in a model or in the grassroots security force (lực lượng tham gia bảo vệ
-- ANTT ở cơ sở), kept with the consent note the officer took.
CREATE TABLE mobilised_residents (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES persons (id) ON DELETE RESTRICT,
    model_id     INTEGER REFERENCES movement_models (id) ON DELETE RESTRICT,
    role         TEXT NOT NULL CHECK (role IN ('member', 'team_leader', 'grassroots_security_force', 'collaborator')),
    consent_note TEXT,
    joined_on    TEXT NOT NULL CHECK (joined_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    left_on      TEXT CHECK (left_on IS NULL OR left_on >= joined_on)
) STRICT;

CREATE INDEX mobilised_residents_person ON mobilised_residents (person_id);
CREATE INDEX mobilised_residents_model ON mobilised_residents (model_id, joined_on);

-- Residents' meetings, propaganda sessions...
CREATE TABLE activities (
    id         INTEGER PRIMARY KEY,
    held_on    TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind       TEXT NOT NULL CHECK (kind IN ('meeting', 'propaganda', 'other')),
    place_id   INTEGER REFERENCES places (id) ON DELETE RESTRICT,
    model_id   INTEGER REFERENCES movement_models (id) ON DELETE RESTRICT,
    title      TEXT NOT NULL CHECK (length(title) > 0),
    attendance INTEGER NOT NULL DEFAULT 0 CHECK (attendance >= 0),
    officer_id INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    note       TEXT
) STRICT;

CREATE INDEX activities_held ON activities (held_on, kind, attendance);

-- Help to residents and other results not counted through a case: lost persons found, documents
-- and property returned (with their value), weapons / explosives / firecrackers handed in,
-- persons persuaded to surrender.
CREATE TABLE results (
    id          INTEGER PRIMARY KEY,
    occurred_on TEXT NOT NULL CHECK (occurred_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind        TEXT NOT NULL CHECK (kind IN ('lost_person_found', 'documents_returned', 'property_returned', 'weapons_handed_in', 'surrender')),
    count       INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
    value_vnd   INTEGER CHECK (value_vnd IS NULL OR value_vnd >= 0),
    place_id    INTEGER REFERENCES places (id) ON DELETE RESTRICT,
    tip_id      INTEGER REFERENCES tips (id) ON DELETE RESTRICT,
    officer_id  INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    note        TEXT
) STRICT;

CREATE INDEX results_occurred ON results (occurred_on, kind, count, value_vnd);
CREATE INDEX results_tip ON results (tip_id) WHERE tip_id IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Audit trail
-- ---------------------------------------------------------------------------------------------

-- Append-only. A later migration chains it (hash = H(prev_hash || row)); detail never holds an
-- informant's identity or any secret.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'),
    user_id     INTEGER REFERENCES users (id) ON DELETE RESTRICT,  -- NULL: the application itself
    action      TEXT NOT NULL CHECK (length(action) > 0),
    object_type TEXT,
    object_id   INTEGER,
    detail      TEXT,
    prev_hash   BLOB,
    hash        BLOB
) STRICT;

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
