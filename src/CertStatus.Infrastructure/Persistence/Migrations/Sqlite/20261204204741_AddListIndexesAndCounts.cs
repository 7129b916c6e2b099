using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CertStatus.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddListIndexesAndCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_certifications_certification_type_mentor_id",
                table: "certifications");

            migrationBuilder.CreateIndex(
                name: "ix_certifications_certification_type_expiry_date_mentor_id",
                table: "certifications",
                columns: new[] { "certification_type", "expiry_date", "mentor_id" });

            migrationBuilder.CreateIndex(
                name: "ix_certifications_certification_type_mentor_id_expiry_date",
                table: "certifications",
                columns: new[] { "certification_type", "mentor_id", "expiry_date" });

            migrationBuilder.CreateIndex(
                name: "ix_certifications_mentor_id_expiry_date",
                table: "certifications",
                columns: new[] { "mentor_id", "expiry_date" });

            migrationBuilder.CreateIndex(
                name: "ix_certification_renewals_mentor_id_renewal_date_renewal_number",
                table: "certification_renewals",
                columns: new[] { "mentor_id", "renewal_date", "renewal_number" });

            migrationBuilder.CreateIndex(
                name: "ix_certification_renewals_processed_by_renewal_date_renewal_number",
                table: "certification_renewals",
                columns: new[] { "processed_by", "renewal_date", "renewal_number" });

            // Exact totals without scanning: rows per (type, expiry day) and per processed_by, kept
            // by triggers in the transaction of every write (docs/adr/0003-cursor-paging-and-totals.md).
            migrationBuilder.Sql(
                """
                CREATE TABLE certification_counts (
                    certification_type TEXT NOT NULL,
                    expiry_day TEXT NOT NULL,
                    row_count INTEGER NOT NULL,
                    PRIMARY KEY (certification_type, expiry_day)
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql(
                """
                INSERT INTO certification_counts (certification_type, expiry_day, row_count)
                SELECT certification_type, substr(expiry_date, 1, 10), COUNT(*) FROM certifications GROUP BY 1, 2;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER certification_counts_insert AFTER INSERT ON certifications
                BEGIN
                    INSERT INTO certification_counts (certification_type, expiry_day, row_count)
                    VALUES (NEW.certification_type, substr(NEW.expiry_date, 1, 10), 1)
                    ON CONFLICT (certification_type, expiry_day) DO UPDATE SET row_count = row_count + 1;
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER certification_counts_delete AFTER DELETE ON certifications
                BEGIN
                    UPDATE certification_counts SET row_count = row_count - 1
                    WHERE certification_type = OLD.certification_type AND expiry_day = substr(OLD.expiry_date, 1, 10);
                    DELETE FROM certification_counts
                    WHERE certification_type = OLD.certification_type AND expiry_day = substr(OLD.expiry_date, 1, 10) AND row_count = 0;
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER certification_counts_update AFTER UPDATE OF certification_type, expiry_date ON certifications
                WHEN OLD.certification_type IS NOT NEW.certification_type
                    OR substr(OLD.expiry_date, 1, 10) IS NOT substr(NEW.expiry_date, 1, 10)
                BEGIN
                    UPDATE certification_counts SET row_count = row_count - 1
                    WHERE certification_type = OLD.certification_type AND expiry_day = substr(OLD.expiry_date, 1, 10);
                    DELETE FROM certification_counts
                    WHERE certification_type = OLD.certification_type AND expiry_day = substr(OLD.expiry_date, 1, 10) AND row_count = 0;
                    INSERT INTO certification_counts (certification_type, expiry_day, row_count)
                    VALUES (NEW.certification_type, substr(NEW.expiry_date, 1, 10), 1)
                    ON CONFLICT (certification_type, expiry_day) DO UPDATE SET row_count = row_count + 1;
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TABLE renewal_counts (
                    processed_by TEXT NOT NULL PRIMARY KEY,
                    row_count INTEGER NOT NULL
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql(
                """
                INSERT INTO renewal_counts (processed_by, row_count)
                SELECT processed_by, COUNT(*) FROM certification_renewals GROUP BY processed_by;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER renewal_counts_insert AFTER INSERT ON certification_renewals
                BEGIN
                    INSERT INTO renewal_counts (processed_by, row_count) VALUES (NEW.processed_by, 1)
                    ON CONFLICT (processed_by) DO UPDATE SET row_count = row_count + 1;
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER renewal_counts_delete AFTER DELETE ON certification_renewals
                BEGIN
                    UPDATE renewal_counts SET row_count = row_count - 1 WHERE processed_by = OLD.processed_by;
                    DELETE FROM renewal_counts WHERE processed_by = OLD.processed_by AND row_count = 0;
                END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER renewal_counts_update AFTER UPDATE OF processed_by ON certification_renewals
                WHEN OLD.processed_by IS NOT NEW.processed_by
                BEGIN
                    UPDATE renewal_counts SET row_count = row_count - 1 WHERE processed_by = OLD.processed_by;
                    DELETE FROM renewal_counts WHERE processed_by = OLD.processed_by AND row_count = 0;
                    INSERT INTO renewal_counts (processed_by, row_count) VALUES (NEW.processed_by, 1)
                    ON CONFLICT (processed_by) DO UPDATE SET row_count = row_count + 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER renewal_counts_update;");
            migrationBuilder.Sql("DROP TRIGGER renewal_counts_delete;");
            migrationBuilder.Sql("DROP TRIGGER renewal_counts_insert;");
            migrationBuilder.Sql("DROP TABLE renewal_counts;");
            migrationBuilder.Sql("DROP TRIGGER certification_counts_update;");
            migrationBuilder.Sql("DROP TRIGGER certification_counts_delete;");
            migrationBuilder.Sql("DROP TRIGGER certification_counts_insert;");
            migrationBuilder.Sql("DROP TABLE certification_counts;");

            migrationBuilder.DropIndex(
                name: "ix_certifications_certification_type_expiry_date_mentor_id",
                table: "certifications");

            migrationBuilder.DropIndex(
                name: "ix_certifications_certification_type_mentor_id_expiry_date",
                table: "certifications");

            migrationBuilder.DropIndex(
                name: "ix_certifications_mentor_id_expiry_date",
                table: "certifications");

            migrationBuilder.DropIndex(
                name: "ix_certification_renewals_mentor_id_renewal_date_renewal_number",
                table: "certification_renewals");

            migrationBuilder.DropIndex(
                name: "ix_certification_renewals_processed_by_renewal_date_renewal_number",
                table: "certification_renewals");

            migrationBuilder.CreateIndex(
                name: "ix_certifications_certification_type_mentor_id",
                table: "certifications",
                columns: new[] { "certification_type", "mentor_id" });
        }
    }
}
