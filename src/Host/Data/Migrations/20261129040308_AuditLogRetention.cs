using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditLogRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log_settings",
                schema: "platform",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    retention_years = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log_settings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_settings_tenant_id",
                schema: "platform",
                table: "audit_log_settings",
                column: "tenant_id",
                unique: true);

            // The only way audit log entries leave: for the current authority, older than its retention period (never
            // less than a year). Owned by the migration role, so it may delete where the app role may not.
            migrationBuilder.Sql("""
                CREATE FUNCTION platform.purge_audit_log_entries() RETURNS integer
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
                DECLARE
                    current_tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
                    years integer;
                    removed integer;
                BEGIN
                    IF current_tenant IS NULL THEN
                        RETURN 0;
                    END IF;
                    SELECT retention_years INTO years FROM platform.audit_log_settings WHERE tenant_id = current_tenant;
                    years := greatest(coalesce(years, 6), 1);
                    DELETE FROM platform.audit_log_entries WHERE tenant_id = current_tenant AND at < now() - make_interval(years => years);
                    GET DIAGNOSTICS removed = ROW_COUNT;
                    RETURN removed;
                END $$;
                REVOKE ALL ON FUNCTION platform.purge_audit_log_entries() FROM PUBLIC;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION platform.purge_audit_log_entries();");
            migrationBuilder.DropTable(
                name: "audit_log_settings",
                schema: "platform");
        }
    }
}
