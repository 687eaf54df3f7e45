using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutboundEmailSender : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "from_name",
                schema: "platform",
                table: "outbound_emails",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reply_to",
                schema: "platform",
                table: "outbound_emails",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "from_name",
                schema: "platform",
                table: "outbound_emails");

            migrationBuilder.DropColumn(
                name: "reply_to",
                schema: "platform",
                table: "outbound_emails");
        }
    }
}
