namespace EqualityMark.Subscriptions.Contracts;

/// <summary>The authority's VAT treatment of its supplies to each type of school.</summary>
public sealed record VatBySchoolTypeDto(VatTreatment? Maintained, VatTreatment? Academy, VatTreatment? FreeSchool, VatTreatment? Independent);
