using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Evidence.Contracts;

/// <summary>The Evidence module's data of one school, or of the whole authority when SchoolId is null (administrators only).</summary>
public sealed record ExportEvidenceDataQuery(Guid? SchoolId) : IQuery<DataExportPart>;
