using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class ShareSummaryGrid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "grid_shared_at",
                schema: "audit",
                table: "audits",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "grid_shared_by",
                schema: "audit",
                table: "audits",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "grid_shared_at",
                schema: "audit",
                table: "audits");

            migrationBuilder.DropColumn(
                name: "grid_shared_by",
                schema: "audit",
                table: "audits");
        }
    }
}
