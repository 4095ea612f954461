-- Issue 15: sessions end when their account's password or role changes (credentials_version is raised
-- and compared on every request); a generated or admin-set password must be changed at first login.

ALTER TABLE account ADD COLUMN credentials_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
