using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;

namespace EqualityMark.Organisations.Demo;

/// <summary>
/// The demo authorities for local runs: Lancashire (the real programme's name) and a fictional second
/// authority with its own mark. Schools and people are fictional; addresses use reserved example domains.
/// </summary>
internal static class DemoAuthorities
{
    public static readonly DemoAuthority[] All =
    [
        new("lancashire", "Lancashire County Council", "Lancashire Equality and Inclusion Mark", "equality@lancashire.example",
        [
            new("Pendle Brook Primary School", "900101", SchoolPhase.Primary, "1 Brook Lane", "Nelson", "BB9 0AA"),
            new("Fylde Coast High School", "900102", SchoolPhase.Secondary, "200 Shore Road", "Blackpool", "FY1 1AA"),
            new("Bowland Nursery School", "900103", SchoolPhase.Nursery, "3 Fell View", "Clitheroe", "BB7 1AA"),
            new("Wyre Bank Special School", "900104", SchoolPhase.Special, "4 River Walk", "Poulton-le-Fylde", "FY6 7AA", SchoolType.Academy),
            new("Lune Valley Short Stay School", "900105", SchoolPhase.ShortStay, "5 Quay Street", "Lancaster", "LA1 1AA"),
        ]),
        new("northdale", "Northdale Borough Council", "Northdale Schools Inclusion Award", "inclusion@northdale.example",
        [
            new("Castle Hill Primary School", "900201", SchoolPhase.Primary, "10 Castle Hill", "Northdale", "ND1 2AB"),
            new("Northdale Academy", "900202", SchoolPhase.Secondary, "20 College Road", "Northdale", "ND2 3CD", SchoolType.Academy),
            new("Ashgrove All-Through School", "900203", SchoolPhase.AllThrough, "30 Ash Grove", "Northdale", "ND3 4EF"),
        ]),
    ];

    /// <summary>Demo people of an authority: staff, and a co-ordinator and member for its first two schools.</summary>
    public static IEnumerable<DemoPerson> People(DemoAuthority authority)
    {
        var domain = authority.Code + ".example";
        yield return new DemoPerson($"admin@{domain}", "Alex Morgan", Roles.AuthorityAdmin, null);
        yield return new DemoPerson($"advisor@{domain}", "Priya Shah", Roles.Advisor, null);
        yield return new DemoPerson($"coordinator@{domain}", "Sam Taylor", Roles.SchoolCoordinator, authority.Schools[0].Urn);
        yield return new DemoPerson($"member@{domain}", "Jo Williams", Roles.SchoolMember, authority.Schools[0].Urn);
        yield return new DemoPerson($"coordinator2@{domain}", "Chris Evans", Roles.SchoolCoordinator, authority.Schools[1].Urn);
    }

    public const string OperatorEmail = "operator@equalitymark.example";
}

internal sealed record DemoAuthority(string Code, string Name, string ProgrammeName, string ContactEmail, DemoSchool[] Schools);

internal sealed record DemoSchool(
    string Name, string Urn, SchoolPhase Phase, string AddressLine1, string Town, string Postcode, SchoolType Type = SchoolType.LocalAuthorityMaintained);

internal sealed record DemoPerson(string Email, string FullName, string Role, string? SchoolUrn);
