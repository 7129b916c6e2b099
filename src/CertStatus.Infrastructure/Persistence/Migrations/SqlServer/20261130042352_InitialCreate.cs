using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CertStatus.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "certifications",
                columns: table => new
                {
                    mentor_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Latin1_General_100_BIN2"),
                    certification_type = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    issue_date = table.Column<DateTime>(type: "datetime2", nullable: false),
                    expiry_date = table.Column<DateTime>(type: "datetime2", nullable: false),
                    last_renewal_date = table.Column<DateTime>(type: "datetime2", nullable: false),
                    updated_reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    updated_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    row_version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certifications", x => x.mentor_id);
                });

            migrationBuilder.CreateTable(
                name: "certification_renewals",
                columns: table => new
                {
                    renewal_number = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    mentor_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Latin1_General_100_BIN2"),
                    sequence = table.Column<int>(type: "int", nullable: false),
                    renewal_date = table.Column<DateTime>(type: "datetime2", nullable: false),
                    new_expiry_date = table.Column<DateTime>(type: "datetime2", nullable: false),
                    previous_expiry_date = table.Column<DateTime>(type: "datetime2", nullable: false),
                    processed_by = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Latin1_General_100_BIN2"),
                    notes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    updated_at = table.Column<DateTime>(type: "datetime2", nullable: true),
                    version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certification_renewals", x => x.renewal_number);
                    table.ForeignKey(
                        name: "FK_certification_renewals_certifications_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "certifications",
                        principalColumn: "mentor_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_certification_renewals_mentor_id_renewal_number",
                table: "certification_renewals",
                columns: new[] { "mentor_id", "renewal_number" });

            migrationBuilder.CreateIndex(
                name: "ix_certification_renewals_processed_by_renewal_number",
                table: "certification_renewals",
                columns: new[] { "processed_by", "renewal_number" });

            migrationBuilder.CreateIndex(
                name: "ix_certification_renewals_renewal_date_renewal_number",
                table: "certification_renewals",
                columns: new[] { "renewal_date", "renewal_number" });

            migrationBuilder.CreateIndex(
                name: "ix_certifications_certification_type_mentor_id",
                table: "certifications",
                columns: new[] { "certification_type", "mentor_id" });

            migrationBuilder.CreateIndex(
                name: "ix_certifications_expiry_date_mentor_id",
                table: "certifications",
                columns: new[] { "expiry_date", "mentor_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certification_renewals");

            migrationBuilder.DropTable(
                name: "certifications");
        }
    }
}
