namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Who supplies and who is supplied, as they stood when the invoice was raised.</summary>
public sealed record InvoicePartiesDto(string SupplierName, PostalAddressDto SupplierAddress, string? SupplierVatNumber, PostalAddressDto CustomerAddress);
