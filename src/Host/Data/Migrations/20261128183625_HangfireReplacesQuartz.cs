using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class HangfireReplacesQuartz : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "attempts",
                schema: "platform",
                table: "job_runs",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            // Jobs run on Hangfire now (ADR 0010); its tables are installed by the migrate step in "hangfire".
            migrationBuilder.Sql("DROP SCHEMA IF EXISTS quartz CASCADE;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Quartz's tables are not recreated: the Quartz package that held their DDL is gone.
            migrationBuilder.DropColumn(
                name: "attempts",
                schema: "platform",
                table: "job_runs");
        }
    }
}
