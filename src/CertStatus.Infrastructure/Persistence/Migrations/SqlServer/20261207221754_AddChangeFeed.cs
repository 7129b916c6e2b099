using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CertStatus.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "change_feed_state",
                columns: table => new
                {
                    id = table.Column<int>(type: "int", nullable: false),
                    pruned_through = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_feed_state", x => x.id);
                });

            // The feed's one row of state: nothing pruned yet (docs/adr/0004-change-feed.md).
            migrationBuilder.Sql("INSERT INTO change_feed_state (id, pruned_through) VALUES (1, 0);");

            migrationBuilder.CreateTable(
                name: "changes",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    resource = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    resource_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    operation = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    changed_at = table.Column<DateTime>(type: "datetime2", nullable: false),
                    data = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    row_version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changes", x => x.sequence);
                });

            migrationBuilder.CreateIndex(
                name: "ix_changes_row_version",
                table: "changes",
                column: "row_version",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "change_feed_state");

            migrationBuilder.DropTable(
                name: "changes");
        }
    }
}
