using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Subscriptions.Data.Migrations
{
    /// <inheritdoc />
    public partial class VatInvoicesAndPaidUpgrades : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "vat_mode",
                schema: "subscriptions",
                table: "settings",
                newName: "vat_for_maintained");

            migrationBuilder.AddColumn<string>(
                name: "school_address_line1",
                schema: "subscriptions",
                table: "subscriptions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "school_postcode",
                schema: "subscriptions",
                table: "subscriptions",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "school_town",
                schema: "subscriptions",
                table: "subscriptions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "school_type",
                schema: "subscriptions",
                table: "subscriptions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "LocalAuthorityMaintained");

            migrationBuilder.AddColumn<int>(
                name: "vat_rate_percent",
                schema: "subscriptions",
                table: "subscriptions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "vat_treatment",
                schema: "subscriptions",
                table: "subscriptions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "OutsideScope");

            migrationBuilder.AddColumn<string>(
                name: "school_type",
                schema: "subscriptions",
                table: "sign_ups",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "LocalAuthorityMaintained");

            migrationBuilder.AddColumn<string>(
                name: "address_line1",
                schema: "subscriptions",
                table: "settings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_line2",
                schema: "subscriptions",
                table: "settings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_postcode",
                schema: "subscriptions",
                table: "settings",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_town",
                schema: "subscriptions",
                table: "settings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "vat_for_academy",
                schema: "subscriptions",
                table: "settings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "StandardRate");

            migrationBuilder.AddColumn<string>(
                name: "vat_for_free_school",
                schema: "subscriptions",
                table: "settings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "StandardRate");

            migrationBuilder.AddColumn<string>(
                name: "vat_for_independent",
                schema: "subscriptions",
                table: "settings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "StandardRate");

            migrationBuilder.AddColumn<string>(
                name: "vat_registration_number",
                schema: "subscriptions",
                table: "settings",
                type: "character varying(14)",
                maxLength: 14,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "customer_address_line1",
                schema: "subscriptions",
                table: "invoices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "customer_postcode",
                schema: "subscriptions",
                table: "invoices",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "customer_town",
                schema: "subscriptions",
                table: "invoices",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "supplier_address_line1",
                schema: "subscriptions",
                table: "invoices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "supplier_address_line2",
                schema: "subscriptions",
                table: "invoices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "supplier_name",
                schema: "subscriptions",
                table: "invoices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "supplier_postcode",
                schema: "subscriptions",
                table: "invoices",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "supplier_town",
                schema: "subscriptions",
                table: "invoices",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "supplier_vat_number",
                schema: "subscriptions",
                table: "invoices",
                type: "character varying(14)",
                maxLength: 14,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "tax_point_on",
                schema: "subscriptions",
                table: "invoices",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<Guid>(
                name: "upgrade_to_package_id",
                schema: "subscriptions",
                table: "invoices",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "upgrade_to_package_name",
                schema: "subscriptions",
                table: "invoices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "quantity",
                schema: "subscriptions",
                table: "invoice_lines",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<long>(
                name: "unit_price_pence",
                schema: "subscriptions",
                table: "invoice_lines",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "vat_rate_percent",
                schema: "subscriptions",
                table: "invoice_lines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "vat_treatment",
                schema: "subscriptions",
                table: "invoice_lines",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "OutsideScope");

            // Existing rows, written with row-level security lifted for this step (the migrate step forces it again).
            // Each authority keeps charging as it did until an administrator reviews the VAT per school type: "VAT added"
            // becomes the standard rate for every type, "price is what the school pays" outside the scope for every type.
            migrationBuilder.Sql("""
                ALTER TABLE subscriptions.settings NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE subscriptions.subscriptions NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE subscriptions.invoices NO FORCE ROW LEVEL SECURITY;
                ALTER TABLE subscriptions.invoice_lines NO FORCE ROW LEVEL SECURITY;
                UPDATE subscriptions.settings SET vat_for_maintained = CASE WHEN vat_for_maintained = 'VatAddedToPrice' THEN 'StandardRate' ELSE 'OutsideScope' END;
                UPDATE subscriptions.settings SET vat_for_academy = vat_for_maintained, vat_for_free_school = vat_for_maintained, vat_for_independent = vat_for_maintained;
                UPDATE subscriptions.subscriptions s SET vat_treatment = 'StandardRate', vat_rate_percent = st.vat_rate_percent
                  FROM subscriptions.settings st WHERE st.tenant_id = s.tenant_id AND s.vat_pence > 0;
                UPDATE subscriptions.invoices SET tax_point_on = issued_on;
                UPDATE subscriptions.invoice_lines SET unit_price_pence = amount_pence;
                UPDATE subscriptions.invoice_lines l SET vat_treatment = 'StandardRate', vat_rate_percent = st.vat_rate_percent
                  FROM subscriptions.invoices i JOIN subscriptions.settings st ON st.tenant_id = i.tenant_id
                  WHERE i.id = l.invoice_id AND i.vat_pence > 0;
                ALTER TABLE subscriptions.settings FORCE ROW LEVEL SECURITY;
                ALTER TABLE subscriptions.subscriptions FORCE ROW LEVEL SECURITY;
                ALTER TABLE subscriptions.invoices FORCE ROW LEVEL SECURITY;
                ALTER TABLE subscriptions.invoice_lines FORCE ROW LEVEL SECURITY;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "school_address_line1",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "school_postcode",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "school_town",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "school_type",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "vat_rate_percent",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "vat_treatment",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "school_type",
                schema: "subscriptions",
                table: "sign_ups");

            migrationBuilder.DropColumn(
                name: "address_line1",
                schema: "subscriptions",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "address_line2",
                schema: "subscriptions",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "address_postcode",
                schema: "subscriptions",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "address_town",
                schema: "subscriptions",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "vat_for_academy",
                schema: "subscriptions",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "vat_for_free_school",
                schema: "subscriptions",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "vat_for_independent",
                schema: "subscriptions",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "vat_registration_number",
                schema: "subscriptions",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "customer_address_line1",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "customer_postcode",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "customer_town",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "supplier_address_line1",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "supplier_address_line2",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "supplier_name",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "supplier_postcode",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "supplier_town",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "supplier_vat_number",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "tax_point_on",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "upgrade_to_package_id",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "upgrade_to_package_name",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "quantity",
                schema: "subscriptions",
                table: "invoice_lines");

            migrationBuilder.DropColumn(
                name: "unit_price_pence",
                schema: "subscriptions",
                table: "invoice_lines");

            migrationBuilder.DropColumn(
                name: "vat_rate_percent",
                schema: "subscriptions",
                table: "invoice_lines");

            migrationBuilder.DropColumn(
                name: "vat_treatment",
                schema: "subscriptions",
                table: "invoice_lines");

            migrationBuilder.RenameColumn(
                name: "vat_for_maintained",
                schema: "subscriptions",
                table: "settings",
                newName: "vat_mode");
        }
    }
}
