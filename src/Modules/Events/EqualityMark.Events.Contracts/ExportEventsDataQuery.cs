using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Events.Contracts;

/// <summary>The Events module's data of one school, or of the whole authority when SchoolId is null (administrators only).</summary>
public sealed record ExportEventsDataQuery(Guid? SchoolId) : IQuery<DataExportPart>;
