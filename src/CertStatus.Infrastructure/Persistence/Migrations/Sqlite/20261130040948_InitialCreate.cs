using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CertStatus.Infrastructure.Persistence.Migrations.Sqlite
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
                    mentor_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    certification_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    issue_date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expiry_date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_renewal_date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certifications", x => x.mentor_id);
                });

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
                name: "certifications");
        }
    }
}
