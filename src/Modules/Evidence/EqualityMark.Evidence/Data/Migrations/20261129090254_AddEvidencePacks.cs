using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EqualityMark.Evidence.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddEvidencePacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evidence_packs",
                schema: "evidence",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    stage = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ready_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failure = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence_packs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evidence_pack_documents",
                schema: "evidence",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pack_id = table.Column<Guid>(type: "uuid", nullable: false),
                    format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence_pack_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_evidence_pack_documents_evidence_packs_pack_id",
                        column: x => x.pack_id,
                        principalSchema: "evidence",
                        principalTable: "evidence_packs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_evidence_pack_documents_tenant_id_pack_id_format",
                schema: "evidence",
                table: "evidence_pack_documents",
                columns: new[] { "tenant_id", "pack_id", "format" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evidence_packs_tenant_id_expires_at",
                schema: "evidence",
                table: "evidence_packs",
                columns: new[] { "tenant_id", "expires_at" });

            migrationBuilder.CreateIndex(
                name: "ix_evidence_packs_tenant_id_school_id",
                schema: "evidence",
                table: "evidence_packs",
                columns: new[] { "tenant_id", "school_id" },
                unique: true,
                filter: "status IN ('Queued', 'Building')");

            migrationBuilder.CreateIndex(
                name: "ix_evidence_packs_tenant_id_school_id_requested_at",
                schema: "evidence",
                table: "evidence_packs",
                columns: new[] { "tenant_id", "school_id", "requested_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evidence_pack_documents",
                schema: "evidence");

            migrationBuilder.DropTable(
                name: "evidence_packs",
                schema: "evidence");
        }
    }
}
