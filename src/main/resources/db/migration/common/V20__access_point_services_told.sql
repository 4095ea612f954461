-- Per-service coverage (issue 16): which service groups the register says yes or no about for each
-- access point (comma-separated ServiceKind names; a group not listed is unknown there), and its
-- step-free access flag (null: the register does not say). Rows imported before this migration
-- tell what they offer and nothing else, as the registers were read then.
ALTER TABLE access_point ADD COLUMN services_told VARCHAR(400);
ALTER TABLE access_point ADD COLUMN barrier_free BOOLEAN;
UPDATE access_point SET services_told = services;
