using EqualityMark.Organisations.Contracts;

namespace EqualityMark.Subscriptions.Features;

/// <summary>
/// School types as the public sign-up form and the VAT notes say them (Organisations keeps its own labels for its
/// admin pages): one label for a school, one for a group of them.
/// </summary>
public static class SchoolTypeNames
{
    private static readonly Dictionary<SchoolType, (string One, string Many)> Names = new()
    {
        [SchoolType.LocalAuthorityMaintained] = ("Maintained school (community, foundation or voluntary)", "maintained schools"),
        [SchoolType.Academy] = ("Academy (including special and alternative provision academies)", "academies"),
        [SchoolType.FreeSchool] = ("Free school", "free schools"),
        [SchoolType.Independent] = ("Independent school", "independent schools"),
    };

    public static string Display(SchoolType type) => Names.TryGetValue(type, out var name) ? name.One : "Unknown";

    public static string Plural(SchoolType type) => Names.TryGetValue(type, out var name) ? name.Many : "other schools";
}
