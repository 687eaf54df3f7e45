using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>The Subscriptions module's data of one school, or of the whole authority when SchoolId is null (administrators only).</summary>
public sealed record ExportSubscriptionsDataQuery(Guid? SchoolId) : IQuery<DataExportPart>;
