using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class GridHistoryTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "grid_history_totals",
                schema: "audit",
                columns: table => new
                {
                    audit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    changes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grid_history_totals", x => x.audit_id);
                    table.ForeignKey(
                        name: "fk_grid_history_totals_audits_audit_id",
                        column: x => x.audit_id,
                        principalSchema: "audit",
                        principalTable: "audits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_grid_history_totals_tenant_id_audit_id",
                schema: "audit",
                table: "grid_history_totals",
                columns: new[] { "tenant_id", "audit_id" });

            // The count of an audit's grid changes, kept by triggers whoever writes them (the app, the scale-data
            // generator, a restore), one statement at a time. The triggers run as the writer, under its row-level
            // security. The first count reads every authority's history, so row-level security is lifted for that
            // step only (the migrate step forces it again).
            migrationBuilder.Sql("""
                CREATE FUNCTION audit.add_grid_history_totals() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  INSERT INTO audit.grid_history_totals (audit_id, tenant_id, changes)
                  SELECT audit_id, tenant_id, count(*) FROM added GROUP BY audit_id, tenant_id
                  ON CONFLICT (audit_id) DO UPDATE SET changes = audit.grid_history_totals.changes + excluded.changes;
                  RETURN NULL;
                END $$;
                CREATE FUNCTION audit.remove_grid_history_totals() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  UPDATE audit.grid_history_totals t SET changes = t.changes - r.changes
                  FROM (SELECT audit_id, count(*) AS changes FROM removed GROUP BY audit_id) r WHERE t.audit_id = r.audit_id;
                  RETURN NULL;
                END $$;
                CREATE TRIGGER grid_history_totals_add AFTER INSERT ON audit.grid_cell_changes
                  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION audit.add_grid_history_totals();
                CREATE TRIGGER grid_history_totals_remove AFTER DELETE ON audit.grid_cell_changes
                  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION audit.remove_grid_history_totals();

                ALTER TABLE audit.grid_cell_changes NO FORCE ROW LEVEL SECURITY;
                INSERT INTO audit.grid_history_totals (audit_id, tenant_id, changes)
                SELECT audit_id, tenant_id, count(*) FROM audit.grid_cell_changes GROUP BY audit_id, tenant_id;
                ALTER TABLE audit.grid_cell_changes FORCE ROW LEVEL SECURITY;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER grid_history_totals_add ON audit.grid_cell_changes;
                DROP TRIGGER grid_history_totals_remove ON audit.grid_cell_changes;
                DROP FUNCTION audit.add_grid_history_totals();
                DROP FUNCTION audit.remove_grid_history_totals();
                """);

            migrationBuilder.DropTable(
                name: "grid_history_totals",
                schema: "audit");
        }
    }
}
