using EqualityMark.Organisations.Contracts;

namespace EqualityMark.Organisations.Features.Schools;

/// <summary>School types as people say them.</summary>
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
}
