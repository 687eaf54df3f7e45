using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Accreditation.Contracts;

/// <summary>The Accreditation module's data of one school, or of the whole authority when SchoolId is null (administrators only).</summary>
public sealed record ExportAccreditationDataQuery(Guid? SchoolId) : IQuery<DataExportPart>;
