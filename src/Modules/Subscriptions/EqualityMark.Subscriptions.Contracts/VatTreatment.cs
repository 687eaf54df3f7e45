namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// How VAT applies to what the authority supplies to one type of school: outside the scope (an authority's own
/// maintained schools: non-business) or the standard rate (academies, free schools, independent schools).
/// </summary>
public enum VatTreatment
{
    OutsideScope,
    StandardRate,
}
