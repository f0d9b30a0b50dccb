-- 0011: the tips whose informant is sealed, by id (issue 8). A chief's logon opens every sealed
-- identity recorded since the last check (IdentityRepo::checkAtChiefLogon); without this partial
-- index that look-up read the whole tips table on every chief's logon (250 ms on 100,000 tips,
-- growing with the register), even when no tip had a sealed informant.

CREATE INDEX tips_sealed ON tips (id) WHERE informant_sealed IS NOT NULL;
