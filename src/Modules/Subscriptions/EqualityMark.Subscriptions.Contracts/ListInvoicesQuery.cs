using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Invoices the user may see: all for staff (optionally only overdue), their own school's for school users.</summary>
public sealed record ListInvoicesQuery(Guid? SchoolId = null, bool OverdueOnly = false) : IQuery<IReadOnlyList<InvoiceDto>>;
