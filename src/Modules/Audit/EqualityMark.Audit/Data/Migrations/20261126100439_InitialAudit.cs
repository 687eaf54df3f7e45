using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "audit");

            migrationBuilder.CreateTable(
                name: "audits",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_phase = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    academic_year = table.Column<int>(type: "integer", nullable: false),
                    framework_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    returned_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audits", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "framework_versions",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<string>(type: "jsonb", maxLength: 1000000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_framework_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reference_group_meetings",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    attendees = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reference_group_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reference_group_members",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reference_group_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reference_groups",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_frequency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reference_groups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reminders_sent",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminders_sent", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    suppression_threshold = table.Column<int>(type: "integer", nullable: false),
                    audit_due_month = table.Column<int>(type: "integer", nullable: false),
                    delegation_reminder_days = table.Column<int>(type: "integer", nullable: false),
                    submission_reminder_days = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "delegations",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    audit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    element_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    strand_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delegations", x => x.id);
                    table.ForeignKey(
                        name: "fk_delegations_audits_audit_id",
                        column: x => x.audit_id,
                        principalSchema: "audit",
                        principalTable: "audits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grid_cell_changes",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    audit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    element_key = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    strand_key = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    from = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    to = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    changed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grid_cell_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_grid_cell_changes_audits_audit_id",
                        column: x => x.audit_id,
                        principalSchema: "audit",
                        principalTable: "audits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grid_overrides",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    audit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    element_key = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    strand_key = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    rating = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    set_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grid_overrides", x => x.id);
                    table.ForeignKey(
                        name: "fk_grid_overrides_audits_audit_id",
                        column: x => x.audit_id,
                        principalSchema: "audit",
                        principalTable: "audits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "judgements",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    audit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    element_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    strand_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    rating = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    commentary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    evidence_notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_judgements", x => x.id);
                    table.ForeignKey(
                        name: "fk_judgements_audits_audit_id",
                        column: x => x.audit_id,
                        principalSchema: "audit",
                        principalTable: "audits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audits_tenant_id_academic_year_status",
                schema: "audit",
                table: "audits",
                columns: new[] { "tenant_id", "academic_year", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_audits_tenant_id_school_id_academic_year",
                schema: "audit",
                table: "audits",
                columns: new[] { "tenant_id", "school_id", "academic_year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_delegations_tenant_id_audit_id_user_id",
                schema: "audit",
                table: "delegations",
                columns: new[] { "tenant_id", "audit_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_framework_versions_tenant_id_number",
                schema: "audit",
                table: "framework_versions",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grid_cell_changes_tenant_id_audit_id_element_key_strand_key~",
                schema: "audit",
                table: "grid_cell_changes",
                columns: new[] { "tenant_id", "audit_id", "element_key", "strand_key", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_grid_overrides_tenant_id_audit_id_element_key_strand_key",
                schema: "audit",
                table: "grid_overrides",
                columns: new[] { "tenant_id", "audit_id", "element_key", "strand_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_judgements_tenant_id_audit_id_item_key_strand_key",
                schema: "audit",
                table: "judgements",
                columns: new[] { "tenant_id", "audit_id", "item_key", "strand_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reference_group_meetings_tenant_id_school_id_held_on",
                schema: "audit",
                table: "reference_group_meetings",
                columns: new[] { "tenant_id", "school_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_reference_group_members_tenant_id_school_id",
                schema: "audit",
                table: "reference_group_members",
                columns: new[] { "tenant_id", "school_id" });

            migrationBuilder.CreateIndex(
                name: "ix_reference_groups_tenant_id_school_id",
                schema: "audit",
                table: "reference_groups",
                columns: new[] { "tenant_id", "school_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reminders_sent_tenant_id_kind_subject_id_period",
                schema: "audit",
                table: "reminders_sent",
                columns: new[] { "tenant_id", "kind", "subject_id", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_settings_tenant_id",
                schema: "audit",
                table: "settings",
                column: "tenant_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "delegations",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "framework_versions",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "grid_cell_changes",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "grid_overrides",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "judgements",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "reference_group_meetings",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "reference_group_members",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "reference_groups",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "reminders_sent",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "audits",
                schema: "audit");
        }
    }
}
