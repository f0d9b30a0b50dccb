-- 0012: the chief's review queue at any size (issue 8; models/repo/cases/ReviewQueueRepo.cpp).
-- Tips not yet classified and valuable-tip proposals waiting are few among a register's tips:
-- partial indexes hold exactly them, in the queue's order, so the page reads its first hundred and
-- counts them without walking every tip (1,000,000 tips: the whole queue 2,870 → 7–24 ms). Their
-- WHERE clauses must stay the queue's own (kUnclassified, kValuable) or SQLite will not use them.

CREATE INDEX tips_unclassified ON tips (classification, received_at)
    WHERE classification IS NULL AND status <> 'closed';
CREATE INDEX tips_valuable_proposed ON tips (valuable_proposed_at, id)
    WHERE valuable_proposed_by IS NOT NULL AND valuable = 0;
