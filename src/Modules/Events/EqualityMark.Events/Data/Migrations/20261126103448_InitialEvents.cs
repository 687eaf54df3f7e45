using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Events.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "events");

            migrationBuilder.CreateTable(
                name: "availability_slots",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    advisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    advisor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_availability_slots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_feeds",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    school_id = table.Column<Guid>(type: "uuid", nullable: true),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_feeds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "network_meetings",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    agenda = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    online_link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    booking_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    materials = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_network_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reminders_sent",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminders_sent", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cancellation_notice_days = table.Column<int>(type: "integer", nullable: false),
                    reminder_days = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "visits",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    focus = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    badges_to_verify = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    proposed_dates = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    advisor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    advisor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visits", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meeting_bookings",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    attendee_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    attendee_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    school_allowance = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    attendance = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    promoted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_bookings", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_bookings_network_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "events",
                        principalTable: "network_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "visit_record_entries",
                schema: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    visit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visit_record_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_visit_record_entries_visits_visit_id",
                        column: x => x.visit_id,
                        principalSchema: "events",
                        principalTable: "visits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_availability_slots_tenant_id_advisor_id_starts_at",
                schema: "events",
                table: "availability_slots",
                columns: new[] { "tenant_id", "advisor_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feeds_tenant_id_token_hash",
                schema: "events",
                table: "calendar_feeds",
                columns: new[] { "tenant_id", "token_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feeds_tenant_id_user_id",
                schema: "events",
                table: "calendar_feeds",
                columns: new[] { "tenant_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_bookings_tenant_id_meeting_id_status_created_at",
                schema: "events",
                table: "meeting_bookings",
                columns: new[] { "tenant_id", "meeting_id", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_bookings_tenant_id_school_id",
                schema: "events",
                table: "meeting_bookings",
                columns: new[] { "tenant_id", "school_id" });

            migrationBuilder.CreateIndex(
                name: "ix_network_meetings_tenant_id_starts_at",
                schema: "events",
                table: "network_meetings",
                columns: new[] { "tenant_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reminders_sent_tenant_id_kind_subject_id",
                schema: "events",
                table: "reminders_sent",
                columns: new[] { "tenant_id", "kind", "subject_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_settings_tenant_id",
                schema: "events",
                table: "settings",
                column: "tenant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_visit_record_entries_tenant_id_visit_id",
                schema: "events",
                table: "visit_record_entries",
                columns: new[] { "tenant_id", "visit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_visits_tenant_id_advisor_id_starts_at",
                schema: "events",
                table: "visits",
                columns: new[] { "tenant_id", "advisor_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_visits_tenant_id_school_id_status",
                schema: "events",
                table: "visits",
                columns: new[] { "tenant_id", "school_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "availability_slots",
                schema: "events");

            migrationBuilder.DropTable(
                name: "calendar_feeds",
                schema: "events");

            migrationBuilder.DropTable(
                name: "meeting_bookings",
                schema: "events");

            migrationBuilder.DropTable(
                name: "reminders_sent",
                schema: "events");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "events");

            migrationBuilder.DropTable(
                name: "visit_record_entries",
                schema: "events");

            migrationBuilder.DropTable(
                name: "network_meetings",
                schema: "events");

            migrationBuilder.DropTable(
                name: "visits",
                schema: "events");
        }
    }
}
