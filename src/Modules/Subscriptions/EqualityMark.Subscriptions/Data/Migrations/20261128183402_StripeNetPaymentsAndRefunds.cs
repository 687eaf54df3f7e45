using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Subscriptions.Data.Migrations
{
    /// <inheritdoc />
    public partial class StripeNetPaymentsAndRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "stripe_customer_id",
                schema: "subscriptions",
                table: "subscriptions",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refunded_payment_intent_id",
                schema: "subscriptions",
                table: "stripe_events",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "paid_by",
                schema: "subscriptions",
                table: "invoices",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "payment_reference",
                schema: "subscriptions",
                table: "invoices",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refund_reference",
                schema: "subscriptions",
                table: "invoices",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "refunded_at",
                schema: "subscriptions",
                table: "invoices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "invoice_id",
                schema: "subscriptions",
                table: "card_checkouts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "payment_intent_id",
                schema: "subscriptions",
                table: "card_checkouts",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_stripe_events_tenant_id_refunded_payment_intent_id",
                schema: "subscriptions",
                table: "stripe_events",
                columns: new[] { "tenant_id", "refunded_payment_intent_id" });

            migrationBuilder.CreateIndex(
                name: "ix_card_checkouts_tenant_id_payment_intent_id",
                schema: "subscriptions",
                table: "card_checkouts",
                columns: new[] { "tenant_id", "payment_intent_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_stripe_events_tenant_id_refunded_payment_intent_id",
                schema: "subscriptions",
                table: "stripe_events");

            migrationBuilder.DropIndex(
                name: "ix_card_checkouts_tenant_id_payment_intent_id",
                schema: "subscriptions",
                table: "card_checkouts");

            migrationBuilder.DropColumn(
                name: "stripe_customer_id",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "refunded_payment_intent_id",
                schema: "subscriptions",
                table: "stripe_events");

            migrationBuilder.DropColumn(
                name: "paid_by",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "payment_reference",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "refund_reference",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "refunded_at",
                schema: "subscriptions",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "invoice_id",
                schema: "subscriptions",
                table: "card_checkouts");

            migrationBuilder.DropColumn(
                name: "payment_intent_id",
                schema: "subscriptions",
                table: "card_checkouts");
        }
    }
}
