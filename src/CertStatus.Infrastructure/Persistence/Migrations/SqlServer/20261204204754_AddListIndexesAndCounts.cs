using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CertStatus.Infrastructure.Persistence.Migrations.SqlServer
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
                name: "ix_certification_renewals_mentor_id_renewal_date_renewal_number",
                table: "certification_renewals",
                columns: new[] { "mentor_id", "renewal_date", "renewal_number" });

            migrationBuilder.CreateIndex(
                name: "ix_certification_renewals_processed_by_renewal_date_renewal_number",
                table: "certification_renewals",
                columns: new[] { "processed_by", "renewal_date", "renewal_number" });

            // Exact totals without scanning: indexed views (rows per type and expiry day, per
            // processed_by) that SQL Server keeps in the transaction of every write
            // (docs/adr/0003-cursor-paging-and-totals.md). Readers name them WITH (NOEXPAND).
            // Indexed views need these options where they are created (and where their tables are
            // written, as every SqlClient connection has them). A script run by sqlcmd may start
            // without them; EXEC, because CREATE VIEW must begin a batch and the script wraps each
            // step in IF.
            migrationBuilder.Sql("SET ANSI_NULLS, ANSI_PADDING, ANSI_WARNINGS, ARITHABORT, CONCAT_NULL_YIELDS_NULL, QUOTED_IDENTIFIER ON;");
            migrationBuilder.Sql("SET NUMERIC_ROUNDABORT OFF;");
            migrationBuilder.Sql(
                """
                EXEC(N'CREATE VIEW dbo.certification_counts WITH SCHEMABINDING AS
                SELECT certification_type, CAST(expiry_date AS date) AS expiry_day, COUNT_BIG(*) AS row_count
                FROM dbo.certifications
                GROUP BY certification_type, CAST(expiry_date AS date);');
                """);
            migrationBuilder.Sql(
                "CREATE UNIQUE CLUSTERED INDEX ix_certification_counts ON dbo.certification_counts (certification_type, expiry_day);");
            migrationBuilder.Sql(
                """
                EXEC(N'CREATE VIEW dbo.renewal_counts WITH SCHEMABINDING AS
                SELECT processed_by, COUNT_BIG(*) AS row_count
                FROM dbo.certification_renewals
                GROUP BY processed_by;');
                """);
            migrationBuilder.Sql("CREATE UNIQUE CLUSTERED INDEX ix_renewal_counts ON dbo.renewal_counts (processed_by);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW dbo.renewal_counts;");
            migrationBuilder.Sql("DROP VIEW dbo.certification_counts;");

            migrationBuilder.DropIndex(
                name: "ix_certifications_certification_type_expiry_date_mentor_id",
                table: "certifications");

            migrationBuilder.DropIndex(
                name: "ix_certifications_certification_type_mentor_id_expiry_date",
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
