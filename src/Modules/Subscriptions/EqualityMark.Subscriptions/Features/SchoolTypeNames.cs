using EqualityMark.Organisations.Contracts;

namespace EqualityMark.Subscriptions.Features;

/// <summary>School types as a sign-up form and an invoice's VAT note read them (Organisations keeps its own for its pages).</summary>
public static class SchoolTypeNames
{
    public static string Display(SchoolType type) => type switch
    {
        SchoolType.LocalAuthorityMaintained => "Maintained by the local authority",
        SchoolType.Academy => "Academy",
        SchoolType.FreeSchool => "Free school",
        SchoolType.Independent => "Independent school",
        _ => "Unknown",
    };

    public static string Plural(SchoolType type) => type switch
    {
        SchoolType.LocalAuthorityMaintained => "maintained schools",
        SchoolType.Academy => "academies",
        SchoolType.FreeSchool => "free schools",
        SchoolType.Independent => "independent schools",
        _ => "other schools",
    };
}
