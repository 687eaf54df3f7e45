using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Organisations.Data.Migrations
{
    /// <inheritdoc />
    public partial class SchoolNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "school_history",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_school_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_school_history_schools_school_id",
                        column: x => x.school_id,
                        principalSchema: "organisations",
                        principalTable: "schools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "school_notes",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_school_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_school_notes_schools_school_id",
                        column: x => x.school_id,
                        principalSchema: "organisations",
                        principalTable: "schools",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_school_history_tenant_id_school_id_at",
                schema: "organisations",
                table: "school_history",
                columns: new[] { "tenant_id", "school_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_school_notes_tenant_id_school_id_written_at",
                schema: "organisations",
                table: "school_notes",
                columns: new[] { "tenant_id", "school_id", "written_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "school_history",
                schema: "organisations");

            migrationBuilder.DropTable(
                name: "school_notes",
                schema: "organisations");
        }
    }
}
