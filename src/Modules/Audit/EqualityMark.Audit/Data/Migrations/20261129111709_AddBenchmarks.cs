using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddBenchmarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "share_benchmarks",
                schema: "audit",
                table: "settings",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "benchmark_contributions",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shares = table.Column<bool>(type: "boolean", nullable: false),
                    threshold = table.Column<int>(type: "integer", nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benchmark_contributions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "benchmark_counts",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    academic_year = table.Column<int>(type: "integer", nullable: false),
                    phase = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    element_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    strand_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    red = table.Column<int>(type: "integer", nullable: false),
                    amber = table.Column<int>(type: "integer", nullable: false),
                    green = table.Column<int>(type: "integer", nullable: false),
                    not_assessed = table.Column<int>(type: "integer", nullable: false),
                    schools = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benchmark_counts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "national_benchmark_counts",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    academic_year = table.Column<int>(type: "integer", nullable: false),
                    phase = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    element_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    strand_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    red = table.Column<int>(type: "integer", nullable: true),
                    amber = table.Column<int>(type: "integer", nullable: true),
                    green = table.Column<int>(type: "integer", nullable: true),
                    schools = table.Column<int>(type: "integer", nullable: false),
                    authorities = table.Column<int>(type: "integer", nullable: false),
                    threshold = table.Column<int>(type: "integer", nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_national_benchmark_counts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_benchmark_contributions_tenant_id",
                schema: "audit",
                table: "benchmark_contributions",
                column: "tenant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_benchmark_counts_tenant_id_academic_year_phase_element_key_~",
                schema: "audit",
                table: "benchmark_counts",
                columns: new[] { "tenant_id", "academic_year", "phase", "element_key", "strand_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_national_benchmark_counts_academic_year_phase_element_key_s~",
                schema: "audit",
                table: "national_benchmark_counts",
                columns: new[] { "academic_year", "phase", "element_key", "strand_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "benchmark_contributions",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "benchmark_counts",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "national_benchmark_counts",
                schema: "audit");

            migrationBuilder.DropColumn(
                name: "share_benchmarks",
                schema: "audit",
                table: "settings");
        }
    }
}
