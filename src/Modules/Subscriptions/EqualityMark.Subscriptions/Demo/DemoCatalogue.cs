using EqualityMark.Organisations.Contracts;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Demo;

/// <summary>A demo authority's catalogue: its phase bands and packages with a price per band (pence), and its VAT number and address for invoices.</summary>
internal sealed record DemoCatalogue(string TenantCode, DemoBand[] Bands, DemoPackage[] Packages, string VatRegistrationNumber, PostalAddressDto Address);

internal sealed record DemoBand(string Name, SchoolPhase[] Phases);

internal sealed record DemoPackage(string Name, string Description, long[] PricesPence, PackageEntitlementDto[] Entitlements);
