using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.ActionPlanning.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialActionPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "action_planning");

            migrationBuilder.CreateTable(
                name: "equality_statements",
                schema: "action_planning",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    information_narrative = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    objectives_narrative = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    approved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    objectives_review_on = table.Column<DateOnly>(type: "date", nullable: true),
                    information_review_on = table.Column<DateOnly>(type: "date", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_equality_statements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                schema: "action_planning",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    focus = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "published_statements",
                schema: "action_planning",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_urn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    school_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    approved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    approved_on = table.Column<DateOnly>(type: "date", nullable: false),
                    objectives_review_on = table.Column<DateOnly>(type: "date", nullable: false),
                    information_review_on = table.Column<DateOnly>(type: "date", nullable: false),
                    content_json = table.Column<string>(type: "jsonb", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_statements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reminders_sent",
                schema: "action_planning",
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
                schema: "action_planning",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_soon_days = table.Column<int>(type: "integer", nullable: false),
                    quiet_weeks = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "statement_figures",
                schema: "action_planning",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    statement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    strand_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    group_label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false),
                    out_of = table.Column<int>(type: "integer", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statement_figures", x => x.id);
                    table.ForeignKey(
                        name: "fk_statement_figures_equality_statements_statement_id",
                        column: x => x.statement_id,
                        principalSchema: "action_planning",
                        principalTable: "equality_statements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "objectives",
                schema: "action_planning",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    academic_year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sip_reference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    sip_priority = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    success_criteria = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    review_on = table.Column<DateOnly>(type: "date", nullable: false),
                    is_published_objective = table.Column<bool>(type: "boolean", nullable: false),
                    carried_from_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_objectives", x => x.id);
                    table.ForeignKey(
                        name: "fk_objectives_plans_plan_id",
                        column: x => x.plan_id,
                        principalSchema: "action_planning",
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_comments",
                schema: "action_planning",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    objective_id = table.Column<Guid>(type: "uuid", nullable: true),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    written_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_comments_plans_plan_id",
                        column: x => x.plan_id,
                        principalSchema: "action_planning",
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actions",
                schema: "action_planning",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    objective_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    owner_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    owner_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    start_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    resources = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    cost_pence = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    dropped_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    progress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_actions_objectives_objective_id",
                        column: x => x.objective_id,
                        principalSchema: "action_planning",
                        principalTable: "objectives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "impact_records",
                schema: "action_planning",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    objective_id = table.Column<Guid>(type: "uuid", nullable: false),
                    what_changed = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    strand_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    group = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    measure = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    before = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    after = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_impact_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_impact_records_objectives_objective_id",
                        column: x => x.objective_id,
                        principalSchema: "action_planning",
                        principalTable: "objectives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "objective_cells",
                schema: "action_planning",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    objective_id = table.Column<Guid>(type: "uuid", nullable: false),
                    element_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    strand_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_objective_cells", x => x.id);
                    table.ForeignKey(
                        name: "fk_objective_cells_objectives_objective_id",
                        column: x => x.objective_id,
                        principalSchema: "action_planning",
                        principalTable: "objectives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "progress_notes",
                schema: "action_planning",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    changes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    written_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    written_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progress_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_progress_notes_actions_action_id",
                        column: x => x.action_id,
                        principalSchema: "action_planning",
                        principalTable: "actions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_actions_tenant_id_objective_id",
                schema: "action_planning",
                table: "actions",
                columns: new[] { "tenant_id", "objective_id" });

            migrationBuilder.CreateIndex(
                name: "ix_actions_tenant_id_owner_user_id",
                schema: "action_planning",
                table: "actions",
                columns: new[] { "tenant_id", "owner_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_actions_tenant_id_school_id",
                schema: "action_planning",
                table: "actions",
                columns: new[] { "tenant_id", "school_id" });

            migrationBuilder.CreateIndex(
                name: "ix_actions_tenant_id_status_due_on",
                schema: "action_planning",
                table: "actions",
                columns: new[] { "tenant_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_equality_statements_tenant_id_school_id",
                schema: "action_planning",
                table: "equality_statements",
                columns: new[] { "tenant_id", "school_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_impact_records_tenant_id_objective_id",
                schema: "action_planning",
                table: "impact_records",
                columns: new[] { "tenant_id", "objective_id" });

            migrationBuilder.CreateIndex(
                name: "ix_objective_cells_tenant_id_objective_id_element_key_strand_k~",
                schema: "action_planning",
                table: "objective_cells",
                columns: new[] { "tenant_id", "objective_id", "element_key", "strand_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_objective_cells_tenant_id_strand_key",
                schema: "action_planning",
                table: "objective_cells",
                columns: new[] { "tenant_id", "strand_key" });

            migrationBuilder.CreateIndex(
                name: "ix_objectives_tenant_id_plan_id",
                schema: "action_planning",
                table: "objectives",
                columns: new[] { "tenant_id", "plan_id" });

            migrationBuilder.CreateIndex(
                name: "ix_objectives_tenant_id_school_id_academic_year",
                schema: "action_planning",
                table: "objectives",
                columns: new[] { "tenant_id", "school_id", "academic_year" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_comments_tenant_id_plan_id",
                schema: "action_planning",
                table: "plan_comments",
                columns: new[] { "tenant_id", "plan_id" });

            migrationBuilder.CreateIndex(
                name: "ix_plans_tenant_id_school_id",
                schema: "action_planning",
                table: "plans",
                columns: new[] { "tenant_id", "school_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_progress_notes_tenant_id_action_id_written_at",
                schema: "action_planning",
                table: "progress_notes",
                columns: new[] { "tenant_id", "action_id", "written_at" });

            migrationBuilder.CreateIndex(
                name: "ix_published_statements_tenant_id_school_id_version",
                schema: "action_planning",
                table: "published_statements",
                columns: new[] { "tenant_id", "school_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_published_statements_tenant_id_school_urn_version",
                schema: "action_planning",
                table: "published_statements",
                columns: new[] { "tenant_id", "school_urn", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reminders_sent_tenant_id_kind_subject_id_period",
                schema: "action_planning",
                table: "reminders_sent",
                columns: new[] { "tenant_id", "kind", "subject_id", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_settings_tenant_id",
                schema: "action_planning",
                table: "settings",
                column: "tenant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_statement_figures_tenant_id_statement_id",
                schema: "action_planning",
                table: "statement_figures",
                columns: new[] { "tenant_id", "statement_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "impact_records",
                schema: "action_planning");

            migrationBuilder.DropTable(
                name: "objective_cells",
                schema: "action_planning");

            migrationBuilder.DropTable(
                name: "plan_comments",
                schema: "action_planning");

            migrationBuilder.DropTable(
                name: "progress_notes",
                schema: "action_planning");

            migrationBuilder.DropTable(
                name: "published_statements",
                schema: "action_planning");

            migrationBuilder.DropTable(
                name: "reminders_sent",
                schema: "action_planning");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "action_planning");

            migrationBuilder.DropTable(
                name: "statement_figures",
                schema: "action_planning");

            migrationBuilder.DropTable(
                name: "actions",
                schema: "action_planning");

            migrationBuilder.DropTable(
                name: "equality_statements",
                schema: "action_planning");

            migrationBuilder.DropTable(
                name: "objectives",
                schema: "action_planning");

            migrationBuilder.DropTable(
                name: "plans",
                schema: "action_planning");
        }
    }
}
