using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class GridHistoryIndexWithId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_grid_cell_changes_tenant_id_audit_id_changed_at",
                schema: "audit",
                table: "grid_cell_changes");

            migrationBuilder.CreateIndex(
                name: "ix_grid_cell_changes_tenant_id_audit_id_changed_at_id",
                schema: "audit",
                table: "grid_cell_changes",
                columns: new[] { "tenant_id", "audit_id", "changed_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_grid_cell_changes_tenant_id_audit_id_changed_at_id",
                schema: "audit",
                table: "grid_cell_changes");

            migrationBuilder.CreateIndex(
                name: "ix_grid_cell_changes_tenant_id_audit_id_changed_at",
                schema: "audit",
                table: "grid_cell_changes",
                columns: new[] { "tenant_id", "audit_id", "changed_at" });
        }
    }
}
