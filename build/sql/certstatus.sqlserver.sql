IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130042352_InitialCreate'
)
BEGIN
    CREATE TABLE [certifications] (
        [mentor_id] nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
        [certification_type] nvarchar(64) NOT NULL,
        [issue_date] datetime2 NOT NULL,
        [expiry_date] datetime2 NOT NULL,
        [last_renewal_date] datetime2 NOT NULL,
        [updated_reason] nvarchar(200) NULL,
        [created_at] datetime2 NOT NULL,
        [updated_at] datetime2 NOT NULL,
        [version] uniqueidentifier NOT NULL,
        [row_version] rowversion NOT NULL,
        CONSTRAINT [PK_certifications] PRIMARY KEY ([mentor_id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130042352_InitialCreate'
)
BEGIN
    CREATE TABLE [certification_renewals] (
        [renewal_number] bigint NOT NULL IDENTITY,
        [mentor_id] nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
        [sequence] int NOT NULL,
        [renewal_date] datetime2 NOT NULL,
        [new_expiry_date] datetime2 NOT NULL,
        [previous_expiry_date] datetime2 NOT NULL,
        [processed_by] nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
        [notes] nvarchar(2000) NULL,
        [created_at] datetime2 NOT NULL,
        [updated_at] datetime2 NULL,
        [version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_certification_renewals] PRIMARY KEY ([renewal_number]),
        CONSTRAINT [FK_certification_renewals_certifications_mentor_id] FOREIGN KEY ([mentor_id]) REFERENCES [certifications] ([mentor_id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130042352_InitialCreate'
)
BEGIN
    CREATE INDEX [ix_certification_renewals_mentor_id_renewal_number] ON [certification_renewals] ([mentor_id], [renewal_number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130042352_InitialCreate'
)
BEGIN
    CREATE INDEX [ix_certification_renewals_processed_by_renewal_number] ON [certification_renewals] ([processed_by], [renewal_number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130042352_InitialCreate'
)
BEGIN
    CREATE INDEX [ix_certification_renewals_renewal_date_renewal_number] ON [certification_renewals] ([renewal_date], [renewal_number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130042352_InitialCreate'
)
BEGIN
    CREATE INDEX [ix_certifications_certification_type_mentor_id] ON [certifications] ([certification_type], [mentor_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130042352_InitialCreate'
)
BEGIN
    CREATE INDEX [ix_certifications_expiry_date_mentor_id] ON [certifications] ([expiry_date], [mentor_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130042352_InitialCreate'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130042352_InitialCreate', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045953_AddIdempotencyKeysAndAuditColumns'
)
BEGIN
    ALTER TABLE [certifications] ADD [created_by] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045953_AddIdempotencyKeysAndAuditColumns'
)
BEGIN
    ALTER TABLE [certifications] ADD [updated_by] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045953_AddIdempotencyKeysAndAuditColumns'
)
BEGIN
    ALTER TABLE [certification_renewals] ADD [created_by] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045953_AddIdempotencyKeysAndAuditColumns'
)
BEGIN
    ALTER TABLE [certification_renewals] ADD [updated_by] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045953_AddIdempotencyKeysAndAuditColumns'
)
BEGIN
    CREATE TABLE [idempotency_keys] (
        [scope] nvarchar(100) NOT NULL,
        [idempotency_key] nvarchar(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
        [request_hash] nchar(64) NOT NULL,
        [status_code] int NULL,
        [response_body] nvarchar(max) NULL,
        [location] nvarchar(2048) NULL,
        [etag] nvarchar(100) NULL,
        [created_at] datetime2 NOT NULL,
        [expires_at] datetime2 NOT NULL,
        CONSTRAINT [PK_idempotency_keys] PRIMARY KEY ([scope], [idempotency_key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045953_AddIdempotencyKeysAndAuditColumns'
)
BEGIN
    CREATE INDEX [ix_idempotency_keys_expires_at] ON [idempotency_keys] ([expires_at]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045953_AddIdempotencyKeysAndAuditColumns'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130045953_AddIdempotencyKeysAndAuditColumns', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204754_AddListIndexesAndCounts'
)
BEGIN
    DROP INDEX [ix_certifications_certification_type_mentor_id] ON [certifications];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204754_AddListIndexesAndCounts'
)
BEGIN
    CREATE INDEX [ix_certifications_certification_type_expiry_date_mentor_id] ON [certifications] ([certification_type], [expiry_date], [mentor_id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204754_AddListIndexesAndCounts'
)
BEGIN
    CREATE INDEX [ix_certifications_certification_type_mentor_id_expiry_date] ON [certifications] ([certification_type], [mentor_id], [expiry_date]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204754_AddListIndexesAndCounts'
)
BEGIN
    CREATE INDEX [ix_certification_renewals_mentor_id_renewal_date_renewal_number] ON [certification_renewals] ([mentor_id], [renewal_date], [renewal_number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204754_AddListIndexesAndCounts'
)
BEGIN
    CREATE INDEX [ix_certification_renewals_processed_by_renewal_date_renewal_number] ON [certification_renewals] ([processed_by], [renewal_date], [renewal_number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204754_AddListIndexesAndCounts'
)
BEGIN
    SET ANSI_NULLS, ANSI_PADDING, ANSI_WARNINGS, ARITHABORT, CONCAT_NULL_YIELDS_NULL, QUOTED_IDENTIFIER ON;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204754_AddListIndexesAndCounts'
)
BEGIN
    SET NUMERIC_ROUNDABORT OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204754_AddListIndexesAndCounts'
)
BEGIN
    EXEC(N'CREATE VIEW dbo.certification_counts WITH SCHEMABINDING AS
    SELECT certification_type, CAST(expiry_date AS date) AS expiry_day, COUNT_BIG(*) AS row_count
    FROM dbo.certifications
    GROUP BY certification_type, CAST(expiry_date AS date);');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204754_AddListIndexesAndCounts'
)
BEGIN
    CREATE UNIQUE CLUSTERED INDEX ix_certification_counts ON dbo.certification_counts (certification_type, expiry_day);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204754_AddListIndexesAndCounts'
)
BEGIN
    EXEC(N'CREATE VIEW dbo.renewal_counts WITH SCHEMABINDING AS
    SELECT processed_by, COUNT_BIG(*) AS row_count
    FROM dbo.certification_renewals
    GROUP BY processed_by;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204754_AddListIndexesAndCounts'
)
BEGIN
    CREATE UNIQUE CLUSTERED INDEX ix_renewal_counts ON dbo.renewal_counts (processed_by);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204204754_AddListIndexesAndCounts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204204754_AddListIndexesAndCounts', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207221754_AddChangeFeed'
)
BEGIN
    CREATE TABLE [change_feed_state] (
        [id] int NOT NULL,
        [pruned_through] bigint NOT NULL,
        CONSTRAINT [PK_change_feed_state] PRIMARY KEY ([id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207221754_AddChangeFeed'
)
BEGIN
    INSERT INTO change_feed_state (id, pruned_through) VALUES (1, 0);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207221754_AddChangeFeed'
)
BEGIN
    CREATE TABLE [changes] (
        [sequence] bigint NOT NULL IDENTITY,
        [resource] nvarchar(32) NOT NULL,
        [resource_id] nvarchar(64) NOT NULL,
        [operation] nvarchar(8) NOT NULL,
        [changed_at] datetime2 NOT NULL,
        [data] nvarchar(max) NULL,
        [row_version] rowversion NOT NULL,
        CONSTRAINT [PK_changes] PRIMARY KEY ([sequence])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207221754_AddChangeFeed'
)
BEGIN
    CREATE UNIQUE INDEX [ix_changes_row_version] ON [changes] ([row_version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207221754_AddChangeFeed'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207221754_AddChangeFeed', N'10.0.15');
END;

COMMIT;
GO

