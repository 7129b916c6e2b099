-- Seeds :N certifications (mentor ids m0000001…) with three renewals each, in one transaction.
-- Dates are stored the way EF Core's SQLite provider stores a UTC DateTime ('yyyy-MM-dd HH:mm:ss').
-- Expiries spread evenly over 2025-01-01 … 2028-12-30, so about 2% expire within any 30 days.
PRAGMA journal_mode=WAL;
PRAGMA synchronous=OFF;
PRAGMA cache_size=-200000;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @N)
INSERT INTO certifications (mentor_id, certification_type, issue_date, expiry_date, last_renewal_date,
                            updated_reason, created_at, updated_at, version)
SELECT printf('m%07d', i),
       CASE i % 2 WHEN 0 THEN 'peer_mentor_standard' ELSE 'peer_mentor_advanced' END,
       datetime('2020-01-01', '+' || (i % 1460) || ' days'),
       datetime('2025-01-01', '+' || ((i * 7919) % 1460) || ' days'),
       datetime('2024-01-01', '+' || (i % 300) || ' days'),
       NULL, '2026-01-01 00:00:00', '2026-01-01 00:00:00',
       upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-A'
             || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
FROM n;
WITH RECURSIVE s(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM s WHERE k < 3)
INSERT INTO certification_renewals (mentor_id, sequence, renewal_date, new_expiry_date, previous_expiry_date,
                                    processed_by, notes, created_at, updated_at, version)
SELECT c.mentor_id, s.k,
       datetime(c.last_renewal_date, '-' || ((3 - s.k) * 200) || ' days'),
       datetime(c.expiry_date, '-' || ((3 - s.k) * 100) || ' days'),
       datetime(c.expiry_date, '-' || ((4 - s.k) * 100) || ' days'),
       'admin-' || (abs(random()) % 50), NULL, '2026-01-01 00:00:00', NULL,
       upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-A'
             || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
FROM certifications c CROSS JOIN s
ORDER BY c.mentor_id, s.k;
COMMIT;
ANALYZE;
PRAGMA wal_checkpoint(TRUNCATE);
