using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Subscriptions.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddCardPayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "card_checkouts",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stripe_session_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    checkout_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    amount_pence = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_card_checkouts", x => x.id);
                    table.ForeignKey(
                        name: "fk_card_checkouts_subscriptions_subscription_id",
                        column: x => x.subscription_id,
                        principalSchema: "subscriptions",
                        principalTable: "subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stripe_accounts",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    protected_secret_key = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    protected_webhook_secret = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    secret_key_hint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stripe_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stripe_events",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stripe_events", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_card_checkouts_tenant_id_stripe_session_id",
                schema: "subscriptions",
                table: "card_checkouts",
                columns: new[] { "tenant_id", "stripe_session_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_card_checkouts_tenant_id_subscription_id",
                schema: "subscriptions",
                table: "card_checkouts",
                columns: new[] { "tenant_id", "subscription_id" });

            migrationBuilder.CreateIndex(
                name: "ix_stripe_accounts_tenant_id",
                schema: "subscriptions",
                table: "stripe_accounts",
                column: "tenant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stripe_events_tenant_id_event_id",
                schema: "subscriptions",
                table: "stripe_events",
                columns: new[] { "tenant_id", "event_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "card_checkouts",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "stripe_accounts",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "stripe_events",
                schema: "subscriptions");
        }
    }
}
