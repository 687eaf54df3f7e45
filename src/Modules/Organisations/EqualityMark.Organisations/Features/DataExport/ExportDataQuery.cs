using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Features.DataExport;

/// <summary>One school's data (or the whole authority's when SchoolId is null) as a zip from every module.</summary>
internal sealed record ExportDataQuery(Guid? SchoolId) : IQuery<ExportedData>;
