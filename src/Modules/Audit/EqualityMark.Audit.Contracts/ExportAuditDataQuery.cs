using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Contracts;

/// <summary>The Audit module's data of one school, or of the whole authority when SchoolId is null (administrators only).</summary>
public sealed record ExportAuditDataQuery(Guid? SchoolId) : IQuery<DataExportPart>;
