using EqualityMark.Shared.Time;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>The school's current (or latest) subscription, its invoices newest first, and what happened when.</summary>
public sealed record SchoolSubscriptionSummaryDto(
    SchoolSubscriptionDto? Current,
    IReadOnlyList<SchoolInvoiceDto> Invoices,
    IReadOnlyList<TimelineEntry> Timeline);

/// <summary>A subscription in people's words: package, period, status and each allowance used and left.</summary>
public sealed record SchoolSubscriptionDto(
    Guid Id,
    string PackageName,
    string PhaseBandName,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    SubscriptionStatus Status,
    string StatusLabel,
    string PaymentMethodLabel,
    IReadOnlyList<string> Entitlements);

/// <summary>One invoice of the school with its status in words.</summary>
public sealed record SchoolInvoiceDto(Guid Id, string Reference, DateOnly IssuedOn, DateOnly DueOn, string Total, InvoiceStatus Status, string StatusLabel, DateTimeOffset? PaidAt);
