using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Subscriptions.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "subscriptions");

            migrationBuilder.CreateTable(
                name: "packages",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    display_order = table.Column<int>(type: "integer", nullable: false),
                    is_retired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_packages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "phase_bands",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    display_order = table.Column<int>(type: "integer", nullable: false),
                    phases = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_phase_bands", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "renewal_reminders",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_renewal_reminders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    vat_mode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    vat_rate_percent = table.Column<int>(type: "integer", nullable: false),
                    year_start_month = table.Column<int>(type: "integer", nullable: false),
                    year_start_day = table.Column<int>(type: "integer", nullable: false),
                    payment_terms_days = table.Column<int>(type: "integer", nullable: false),
                    lapse_grace_days = table.Column<int>(type: "integer", nullable: false),
                    last_invoice_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sign_ups",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    urn = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    phase = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    address_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    coordinator_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    coordinator_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    package_id = table.Column<Guid>(type: "uuid", nullable: false),
                    package_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    payment_method = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    purchase_order_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    rejection_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    subscription_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_ups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "subscriptions",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    school_urn = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    package_id = table.Column<Guid>(type: "uuid", nullable: false),
                    package_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    phase_band_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    price_pence = table.Column<long>(type: "bigint", nullable: false),
                    vat_pence = table.Column<long>(type: "bigint", nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    payment_method = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    purchase_order_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    renews_subscription_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscriptions", x => x.id);
                    table.CheckConstraint("ck_subscriptions_price_not_negative", "price_pence >= 0 AND vat_pence >= 0");
                });

            migrationBuilder.CreateTable(
                name: "package_entitlements",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    package_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    choice_group = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_package_entitlements", x => x.id);
                    table.ForeignKey(
                        name: "fk_package_entitlements_packages_package_id",
                        column: x => x.package_id,
                        principalSchema: "subscriptions",
                        principalTable: "packages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "package_prices",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    package_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phase_band_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount_pence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_package_prices", x => x.id);
                    table.CheckConstraint("ck_package_prices_amount_not_negative", "amount_pence >= 0");
                    table.ForeignKey(
                        name: "fk_package_prices_packages_package_id",
                        column: x => x.package_id,
                        principalSchema: "subscriptions",
                        principalTable: "packages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_package_prices_phase_bands_phase_band_id",
                        column: x => x.phase_band_id,
                        principalSchema: "subscriptions",
                        principalTable: "phase_bands",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "entitlement_uses",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entitlement_uses", x => x.id);
                    table.ForeignKey(
                        name: "fk_entitlement_uses_subscriptions_subscription_id",
                        column: x => x.subscription_id,
                        principalSchema: "subscriptions",
                        principalTable: "subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invoices",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    subscription_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    purchase_order_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    vat_pence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoices", x => x.id);
                    table.ForeignKey(
                        name: "fk_invoices_subscriptions_subscription_id",
                        column: x => x.subscription_id,
                        principalSchema: "subscriptions",
                        principalTable: "subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "subscription_entitlements",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    choice_group = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscription_entitlements", x => x.id);
                    table.ForeignKey(
                        name: "fk_subscription_entitlements_subscriptions_subscription_id",
                        column: x => x.subscription_id,
                        principalSchema: "subscriptions",
                        principalTable: "subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subscription_history",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscription_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_subscription_history_subscriptions_subscription_id",
                        column: x => x.subscription_id,
                        principalSchema: "subscriptions",
                        principalTable: "subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invoice_lines",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    amount_pence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoice_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_invoice_lines_invoices_invoice_id",
                        column: x => x.invoice_id,
                        principalSchema: "subscriptions",
                        principalTable: "invoices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_entitlement_uses_tenant_id_subscription_id_reference",
                schema: "subscriptions",
                table: "entitlement_uses",
                columns: new[] { "tenant_id", "subscription_id", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoice_lines_tenant_id_invoice_id",
                schema: "subscriptions",
                table: "invoice_lines",
                columns: new[] { "tenant_id", "invoice_id" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_tenant_id_number",
                schema: "subscriptions",
                table: "invoices",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoices_tenant_id_school_id_issued_on",
                schema: "subscriptions",
                table: "invoices",
                columns: new[] { "tenant_id", "school_id", "issued_on" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_tenant_id_status_due_on",
                schema: "subscriptions",
                table: "invoices",
                columns: new[] { "tenant_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_tenant_id_subscription_id",
                schema: "subscriptions",
                table: "invoices",
                columns: new[] { "tenant_id", "subscription_id" });

            migrationBuilder.CreateIndex(
                name: "ix_package_entitlements_tenant_id_package_id_kind",
                schema: "subscriptions",
                table: "package_entitlements",
                columns: new[] { "tenant_id", "package_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_package_prices_tenant_id_package_id_phase_band_id",
                schema: "subscriptions",
                table: "package_prices",
                columns: new[] { "tenant_id", "package_id", "phase_band_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_package_prices_tenant_id_phase_band_id",
                schema: "subscriptions",
                table: "package_prices",
                columns: new[] { "tenant_id", "phase_band_id" });

            migrationBuilder.CreateIndex(
                name: "ix_packages_tenant_id_name",
                schema: "subscriptions",
                table: "packages",
                columns: new[] { "tenant_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_phase_bands_tenant_id_name",
                schema: "subscriptions",
                table: "phase_bands",
                columns: new[] { "tenant_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_renewal_reminders_tenant_id_subscription_id_kind_period_end",
                schema: "subscriptions",
                table: "renewal_reminders",
                columns: new[] { "tenant_id", "subscription_id", "kind", "period_end" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_settings_tenant_id",
                schema: "subscriptions",
                table: "settings",
                column: "tenant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sign_ups_tenant_id_status_submitted_at",
                schema: "subscriptions",
                table: "sign_ups",
                columns: new[] { "tenant_id", "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sign_ups_tenant_id_urn",
                schema: "subscriptions",
                table: "sign_ups",
                columns: new[] { "tenant_id", "urn" },
                unique: true,
                filter: "status = 'AwaitingReview'");

            migrationBuilder.CreateIndex(
                name: "ix_subscription_entitlements_tenant_id_subscription_id",
                schema: "subscriptions",
                table: "subscription_entitlements",
                columns: new[] { "tenant_id", "subscription_id" });

            migrationBuilder.CreateIndex(
                name: "ix_subscription_history_tenant_id_subscription_id",
                schema: "subscriptions",
                table: "subscription_history",
                columns: new[] { "tenant_id", "subscription_id" });

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_tenant_id_school_id_period_start",
                schema: "subscriptions",
                table: "subscriptions",
                columns: new[] { "tenant_id", "school_id", "period_start" });

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_tenant_id_school_urn",
                schema: "subscriptions",
                table: "subscriptions",
                columns: new[] { "tenant_id", "school_urn" });

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_tenant_id_status_period_end",
                schema: "subscriptions",
                table: "subscriptions",
                columns: new[] { "tenant_id", "status", "period_end" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "entitlement_uses",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "invoice_lines",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "package_entitlements",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "package_prices",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "renewal_reminders",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "sign_ups",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "subscription_entitlements",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "subscription_history",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "invoices",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "packages",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "phase_bands",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "subscriptions",
                schema: "subscriptions");
        }
    }
}
