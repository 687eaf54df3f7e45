using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Organisations.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSchoolType : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "type",
                schema: "organisations",
                table: "schools",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "LocalAuthorityMaintained");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "type",
                schema: "organisations",
                table: "schools");
        }
    }
}
