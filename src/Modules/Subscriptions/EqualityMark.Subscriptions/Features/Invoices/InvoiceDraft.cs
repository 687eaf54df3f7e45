using EqualityMark.Subscriptions.Domain;

namespace EqualityMark.Subscriptions.Features.Invoices;

/// <summary>What an invoice is for: its lines, the VAT on them, the school's purchase order and, for an upgrade, the package it buys.</summary>
internal sealed record InvoiceDraft(IReadOnlyList<InvoiceLineDraft> Lines, VatCharge Vat, string? PurchaseOrderNumber, Guid? UpgradeToPackageId = null, string? UpgradeToPackageName = null);

/// <summary>One supply: a description, how many and the price of one before VAT.</summary>
internal sealed record InvoiceLineDraft(string Description, int Quantity, long UnitPricePence);
