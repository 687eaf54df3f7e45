namespace EqualityMark.Organisations.Contracts;

/// <summary>
/// Who runs the school, as Get Information about Schools groups establishments. The authority's VAT treatment of
/// what it supplies follows it: its own maintained schools are not charged VAT; academies and independent schools are.
/// </summary>
public enum SchoolType
{
    LocalAuthorityMaintained,
    Academy,
    FreeSchool,
    Independent,
}
