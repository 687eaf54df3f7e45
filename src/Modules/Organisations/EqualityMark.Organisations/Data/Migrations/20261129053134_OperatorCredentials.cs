using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Organisations.Data.Migrations
{
    /// <inheritdoc />
    public partial class OperatorCredentials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "operator_credentials",
                schema: "organisations",
                columns: table => new
                {
                    operator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    password_hash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    security_stamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    failed_sign_in_count = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_operator_credentials", x => x.operator_id);
                });

            // Existing operators keep their passwords; the new stamp makes any earlier reset link useless.
            migrationBuilder.Sql("""
                INSERT INTO organisations.operator_credentials (operator_id, password_hash, security_stamp, failed_sign_in_count, locked_until)
                SELECT id, password_hash, replace(gen_random_uuid()::text, '-', ''), failed_sign_in_count, locked_until
                  FROM organisations.platform_operators
                """);

            migrationBuilder.DropColumn(
                name: "failed_sign_in_count",
                schema: "organisations",
                table: "platform_operators");

            migrationBuilder.DropColumn(
                name: "locked_until",
                schema: "organisations",
                table: "platform_operators");

            migrationBuilder.DropColumn(
                name: "password_hash",
                schema: "organisations",
                table: "platform_operators");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "operator_credentials",
                schema: "organisations");

            migrationBuilder.AddColumn<int>(
                name: "failed_sign_in_count",
                schema: "organisations",
                table: "platform_operators",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "locked_until",
                schema: "organisations",
                table: "platform_operators",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "password_hash",
                schema: "organisations",
                table: "platform_operators",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");
        }
    }
}
