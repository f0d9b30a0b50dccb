-- 0005: days off for the legal clocks (BLTTHS Đ.99: a limit in days that ends on a day off ends on
-- the next working day). Weekends are always off; this table holds the public holidays, which the
-- chief maintains (Tết moves every year). Fixed-date holidays are seeded for the coming years.
CREATE TABLE holidays (
    day  TEXT PRIMARY KEY NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    name TEXT NOT NULL CHECK (length(name) > 0)
) STRICT;

WITH RECURSIVE years (y) AS (SELECT 2020 UNION ALL SELECT y + 1 FROM years WHERE y < 2030),
fixed (md, name) AS (VALUES
    ('01-01', 'Tết Dương lịch'),
    ('04-30', 'Ngày Chiến thắng'),
    ('05-01', 'Ngày Quốc tế Lao động'),
    ('09-02', 'Quốc khánh'))
INSERT INTO holidays (day, name)
SELECT printf('%04d-%s', y, md), name FROM years, fixed;
