using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CertStatus.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRenewals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "certification_renewals",
                columns: table => new
                {
                    renewal_number = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    mentor_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    renewal_date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    new_expiry_date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    previous_expiry_date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    processed_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<Guid>(type: "TEXT", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certification_renewals");
        }
    }
}
