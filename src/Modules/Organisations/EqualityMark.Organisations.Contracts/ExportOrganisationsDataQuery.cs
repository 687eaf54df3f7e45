using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>The Organisations module's data of one school, or of the whole authority when SchoolId is null (administrators only).</summary>
public sealed record ExportOrganisationsDataQuery(Guid? SchoolId) : IQuery<DataExportPart>;
