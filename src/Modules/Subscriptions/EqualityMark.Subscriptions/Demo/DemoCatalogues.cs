using EqualityMark.Organisations.Contracts;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Demo;

/// <summary>
/// Lancashire's catalogue exactly as its programme publishes it (Bronze, Silver, Gold; phase-based prices);
/// Northdale, fictional, has two packages and a single-visit offer of its own.
/// </summary>
internal static class DemoCatalogues
{
    public const string SilverChoice = "INSET or second advisory visit";

    private static readonly DemoBand[] LancashireBands =
    [
        new("Nursery, Primary, Special and Short Stay", [SchoolPhase.Nursery, SchoolPhase.Primary, SchoolPhase.Special, SchoolPhase.ShortStay]),
        new("Secondary", [SchoolPhase.Secondary, SchoolPhase.AllThrough]),
    ];

    private static readonly PackageEntitlementDto[] Core =
    [
        new(EntitlementKind.DocumentationAccess, 1, null),
        new(EntitlementKind.NetworkMeetingPlaces, 2, null),
        new(EntitlementKind.AnnualVisit, 1, null),
    ];

    public static readonly DemoCatalogue[] All =
    [
        new("lancashire", LancashireBands,
        [
            new("Bronze", "Documentation, the termly network meeting and an annual visit.", [44_000, 66_000], Core),
            new("Silver", "Bronze, plus one INSET session or a second advisory visit — the school chooses.", [77_000, 99_000],
                [.. Core, new(EntitlementKind.InsetSession, 1, SilverChoice), new(EntitlementKind.SecondAdvisoryVisit, 1, SilverChoice)]),
            new("Gold", "Bronze, plus an INSET session and a second advisory visit.", [94_000, 115_500],
                [.. Core, new(EntitlementKind.InsetSession, 1, null), new(EntitlementKind.SecondAdvisoryVisit, 1, null)]),
        ],
        "GB123456782", new PostalAddressDto("County Hall", "Fishergate", "Preston", "PR1 8XJ")),
        new("northdale",
        [
            new("Primary and Nursery", [SchoolPhase.Nursery, SchoolPhase.Primary]),
            new("Secondary, All-through, Special and Short Stay", [SchoolPhase.Secondary, SchoolPhase.AllThrough, SchoolPhase.Special, SchoolPhase.ShortStay]),
        ],
        [
            new("Essentials", "Documentation and three places at each network meeting.", [30_000, 45_000],
                [new(EntitlementKind.DocumentationAccess, 1, null), new(EntitlementKind.NetworkMeetingPlaces, 3, null)]),
            new("Award Plus", "Essentials, an annual visit and two INSET sessions.", [85_000, 120_000],
                [new(EntitlementKind.DocumentationAccess, 1, null), new(EntitlementKind.NetworkMeetingPlaces, 3, null),
                 new(EntitlementKind.AnnualVisit, 1, null), new(EntitlementKind.InsetSession, 2, null)]),
        ],
        "GB123456727", new PostalAddressDto("Town Hall", "1 Market Square", "Northdale", "ND1 1AA")),
    ];

    /// <summary>
    /// Each demo authority's first school (its co-ordinator's, maintained: an invoice outside the scope of VAT) subscribed and
    /// paid, and in Lancashire an academy (Wyre Bank, whose invoice charges VAT at the standard rate).
    /// </summary>
    public static readonly DemoSubscription[] Subscriptions =
    [
        new("lancashire", "900101", "Silver", "Sam Taylor", "coordinator@lancashire.example"),
        new("northdale", "900201", "Award Plus", "Sam Taylor", "coordinator@northdale.example"),
        new("lancashire", "900104", "Bronze", "Dana Wyre", "equality@wyre-bank.example"),
    ];

    public static readonly DemoSignUp[] SignUps =
    [
        new("lancashire", "Ribble Valley Primary School", "900106", "Primary", "Clitheroe", "Bronze", "Morgan Reed", "equality@ribble-valley.example"),
    ];
}
