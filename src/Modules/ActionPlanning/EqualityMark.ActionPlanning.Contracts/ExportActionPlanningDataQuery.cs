using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>The ActionPlanning module's data of one school, or of the whole authority when SchoolId is null (administrators only).</summary>
public sealed record ExportActionPlanningDataQuery(Guid? SchoolId) : IQuery<DataExportPart>;
