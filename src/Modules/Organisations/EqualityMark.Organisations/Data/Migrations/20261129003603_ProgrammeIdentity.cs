using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Organisations.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "programme_identities",
                schema: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    brand_colour = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    logo_content_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    logo = table.Column<byte[]>(type: "bytea", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_identities", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_programme_identities_tenant_id",
                schema: "organisations",
                table: "programme_identities",
                column: "tenant_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programme_identities",
                schema: "organisations");
        }
    }
}
