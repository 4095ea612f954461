-- PostGIS keeps its GiST indexes: PostgreSQL's write-ahead log recovers them after a crash. This file
-- only keeps the version numbers of both stores aligned with h2/V25 (which drops H2's R-tree indexes).
SELECT 1;
