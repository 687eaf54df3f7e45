using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Accreditation.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialAccreditation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "accreditation");

            migrationBuilder.CreateTable(
                name: "award_rules",
                schema: "accreditation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    badges_for_mark = table.Column<int>(type: "integer", nullable: true),
                    mark_window_years = table.Column<int>(type: "integer", nullable: true),
                    badge_validity_years = table.Column<int>(type: "integer", nullable: true),
                    mark_validity_years = table.Column<int>(type: "integer", nullable: true),
                    renewal_opens_months_before = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "awards",
                schema: "accreditation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    school_urn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    school_phase = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    strand_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    awarded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    certificate_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    verification_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    summary_id = table.Column<Guid>(type: "uuid", nullable: true),
                    awarded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    awarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    show_on_register = table.Column<bool>(type: "boolean", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    revoked_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_awards", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reminders_sent",
                schema: "accreditation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminders_sent", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "signing_keys",
                schema: "accreditation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    public_jwk_json = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    protected_private_key = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_signing_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "summaries",
                schema: "accreditation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    strand_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    strand_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    actions_taken = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    outcomes_achieved = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    pupil_voice = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_summaries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "summary_entries",
                schema: "accreditation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    summary_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    next_steps = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_summary_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_summary_entries_summaries_summary_id",
                        column: x => x.summary_id,
                        principalSchema: "accreditation",
                        principalTable: "summaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "summary_versions",
                schema: "accreditation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    summary_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    actions_taken = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    outcomes_achieved = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    pupil_voice = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    prefill_json = table.Column<string>(type: "jsonb", maxLength: 4000, nullable: false),
                    documents_json = table.Column<string>(type: "jsonb", maxLength: 4000, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_summary_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_summary_versions_summaries_summary_id",
                        column: x => x.summary_id,
                        principalSchema: "accreditation",
                        principalTable: "summaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_award_rules_tenant_id",
                schema: "accreditation",
                table: "award_rules",
                column: "tenant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_awards_tenant_id_certificate_number",
                schema: "accreditation",
                table: "awards",
                columns: new[] { "tenant_id", "certificate_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_awards_tenant_id_expires_on",
                schema: "accreditation",
                table: "awards",
                columns: new[] { "tenant_id", "expires_on" });

            migrationBuilder.CreateIndex(
                name: "ix_awards_tenant_id_school_id",
                schema: "accreditation",
                table: "awards",
                columns: new[] { "tenant_id", "school_id" });

            migrationBuilder.CreateIndex(
                name: "ix_awards_tenant_id_summary_id",
                schema: "accreditation",
                table: "awards",
                columns: new[] { "tenant_id", "summary_id" },
                unique: true,
                filter: "summary_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_awards_tenant_id_verification_code",
                schema: "accreditation",
                table: "awards",
                columns: new[] { "tenant_id", "verification_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reminders_sent_tenant_id_kind_subject_id_period",
                schema: "accreditation",
                table: "reminders_sent",
                columns: new[] { "tenant_id", "kind", "subject_id", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_signing_keys_tenant_id_key_id",
                schema: "accreditation",
                table: "signing_keys",
                columns: new[] { "tenant_id", "key_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_summaries_tenant_id_school_id_strand_key",
                schema: "accreditation",
                table: "summaries",
                columns: new[] { "tenant_id", "school_id", "strand_key" },
                unique: true,
                filter: "status <> 'Awarded'");

            migrationBuilder.CreateIndex(
                name: "ix_summaries_tenant_id_status_sent_at",
                schema: "accreditation",
                table: "summaries",
                columns: new[] { "tenant_id", "status", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_summary_entries_tenant_id_summary_id",
                schema: "accreditation",
                table: "summary_entries",
                columns: new[] { "tenant_id", "summary_id" });

            migrationBuilder.CreateIndex(
                name: "ix_summary_versions_tenant_id_summary_id_number",
                schema: "accreditation",
                table: "summary_versions",
                columns: new[] { "tenant_id", "summary_id", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "award_rules",
                schema: "accreditation");

            migrationBuilder.DropTable(
                name: "awards",
                schema: "accreditation");

            migrationBuilder.DropTable(
                name: "reminders_sent",
                schema: "accreditation");

            migrationBuilder.DropTable(
                name: "signing_keys",
                schema: "accreditation");

            migrationBuilder.DropTable(
                name: "summary_entries",
                schema: "accreditation");

            migrationBuilder.DropTable(
                name: "summary_versions",
                schema: "accreditation");

            migrationBuilder.DropTable(
                name: "summaries",
                schema: "accreditation");
        }
    }
}
