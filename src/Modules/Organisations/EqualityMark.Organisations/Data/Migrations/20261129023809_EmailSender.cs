using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Organisations.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmailSender : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "email_reply_to",
                schema: "organisations",
                table: "tenants",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "email_sender_name",
                schema: "organisations",
                table: "tenants",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "email_reply_to",
                schema: "organisations",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "email_sender_name",
                schema: "organisations",
                table: "tenants");
        }
    }
}
