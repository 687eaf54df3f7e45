using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Subscriptions.Data.Migrations
{
    /// <inheritdoc />
    public partial class StripeConnectionTestAndEditablePhaseBands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_package_prices_phase_bands_phase_band_id",
                schema: "subscriptions",
                table: "package_prices");

            migrationBuilder.AddColumn<Guid>(
                name: "phase_band_id",
                schema: "subscriptions",
                table: "subscriptions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "connection_failure",
                schema: "subscriptions",
                table: "stripe_accounts",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "connection_succeeded",
                schema: "subscriptions",
                table: "stripe_accounts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "connection_tested_at",
                schema: "subscriptions",
                table: "stripe_accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "keys_version",
                schema: "subscriptions",
                table: "stripe_accounts",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "subscriptions",
                table: "phase_bands",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_tenant_id_phase_band_id",
                schema: "subscriptions",
                table: "subscriptions",
                columns: new[] { "tenant_id", "phase_band_id" });

            migrationBuilder.AddForeignKey(
                name: "fk_package_prices_phase_bands_phase_band_id",
                schema: "subscriptions",
                table: "package_prices",
                column: "phase_band_id",
                principalSchema: "subscriptions",
                principalTable: "phase_bands",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_subscriptions_phase_bands_phase_band_id",
                schema: "subscriptions",
                table: "subscriptions",
                column: "phase_band_id",
                principalSchema: "subscriptions",
                principalTable: "phase_bands",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // Existing subscriptions, with row-level security lifted for this step (the migrate step forces it again):
            // the band each was priced by, matched by the name it copied, within its own authority.
            migrationBuilder.Sql("""
                ALTER TABLE subscriptions.subscriptions NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE subscriptions.phase_bands NO FORCE ROW LEVEL SECURITY;
                UPDATE subscriptions.subscriptions s SET phase_band_id = b.id
                  FROM subscriptions.phase_bands b WHERE b.tenant_id = s.tenant_id AND b.name = s.phase_band_name;
                ALTER TABLE subscriptions.subscriptions FORCE ROW LEVEL SECURITY;
                ALTER TABLE subscriptions.phase_bands FORCE ROW LEVEL SECURITY;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_package_prices_phase_bands_phase_band_id",
                schema: "subscriptions",
                table: "package_prices");

            migrationBuilder.DropForeignKey(
                name: "fk_subscriptions_phase_bands_phase_band_id",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropIndex(
                name: "ix_subscriptions_tenant_id_phase_band_id",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "phase_band_id",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "connection_failure",
                schema: "subscriptions",
                table: "stripe_accounts");

            migrationBuilder.DropColumn(
                name: "connection_succeeded",
                schema: "subscriptions",
                table: "stripe_accounts");

            migrationBuilder.DropColumn(
                name: "connection_tested_at",
                schema: "subscriptions",
                table: "stripe_accounts");

            migrationBuilder.DropColumn(
                name: "keys_version",
                schema: "subscriptions",
                table: "stripe_accounts");

            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "subscriptions",
                table: "phase_bands");

            migrationBuilder.AddForeignKey(
                name: "fk_package_prices_phase_bands_phase_band_id",
                schema: "subscriptions",
                table: "package_prices",
                column: "phase_band_id",
                principalSchema: "subscriptions",
                principalTable: "phase_bands",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
