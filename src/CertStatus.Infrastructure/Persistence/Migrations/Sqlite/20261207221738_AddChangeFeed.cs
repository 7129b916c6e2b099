using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CertStatus.Infrastructure.Persistence.Migrations.Sqlite
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
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    pruned_through = table.Column<long>(type: "INTEGER", nullable: false)
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
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    resource = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    resource_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    operation = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    changed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    data = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changes", x => x.sequence);
                });
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
