using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Events.Data.Migrations
{
    /// <inheritdoc />
    public partial class VisitsByRequestedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_visits_tenant_id_requested_at",
                schema: "events",
                table: "visits",
                columns: new[] { "tenant_id", "requested_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_visits_tenant_id_requested_at",
                schema: "events",
                table: "visits");
        }
    }
}
