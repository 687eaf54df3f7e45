using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>A school's package, invoices and dated events for its one view; staff or the school's own people, otherwise not found.</summary>
public sealed record GetSchoolSubscriptionSummaryQuery(Guid SchoolId) : IQuery<SchoolSubscriptionSummaryDto>;
