using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Organisations.Data.Migrations
{
    /// <inheritdoc />
    public partial class TenantOnboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "first_administrator_email",
                schema: "organisations",
                table: "tenants",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "first_administrator_id",
                schema: "organisations",
                table: "tenants",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "first_administrator_name",
                schema: "organisations",
                table: "tenants",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "live_at",
                schema: "organisations",
                table: "tenants",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "setup_started_at",
                schema: "organisations",
                table: "tenants",
                type: "timestamp with time zone",
                nullable: true);

            // Authorities that existed before onboarding were already taking schools.
            migrationBuilder.Sql("UPDATE organisations.tenants SET setup_started_at = created_at, live_at = created_at WHERE live_at IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "first_administrator_email",
                schema: "organisations",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "first_administrator_id",
                schema: "organisations",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "first_administrator_name",
                schema: "organisations",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "live_at",
                schema: "organisations",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "setup_started_at",
                schema: "organisations",
                table: "tenants");
        }
    }
}
