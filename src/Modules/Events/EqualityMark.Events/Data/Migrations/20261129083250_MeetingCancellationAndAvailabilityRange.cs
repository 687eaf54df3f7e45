using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Events.Data.Migrations
{
    /// <inheritdoc />
    public partial class MeetingCancellationAndAvailabilityRange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancelled_at",
                schema: "events",
                table: "network_meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                schema: "events",
                table: "network_meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Availability kept before its dates were checked: a start before 1900 or an end after 2200 came from a
            // missing or made-up date and was listed as "1 January 0001". Row-level security is lifted for this step
            // only (the migrate step forces it again), so every authority's rows are cleaned.
            migrationBuilder.Sql("""
                ALTER TABLE events.availability_slots NO FORCE ROW LEVEL SECURITY;
                DELETE FROM events.availability_slots
                  WHERE starts_at < TIMESTAMPTZ '1900-01-01 00:00:00+00' OR ends_at > TIMESTAMPTZ '2200-01-01 00:00:00+00' OR ends_at <= starts_at;
                ALTER TABLE events.availability_slots FORCE ROW LEVEL SECURITY;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "cancelled_at",
                schema: "events",
                table: "network_meetings");

            migrationBuilder.DropColumn(
                name: "version",
                schema: "events",
                table: "network_meetings");
        }
    }
}
