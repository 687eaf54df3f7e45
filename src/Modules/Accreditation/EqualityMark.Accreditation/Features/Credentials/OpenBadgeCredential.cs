using System.Globalization;
using System.Text.Json.Nodes;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Accreditation.Features.Credentials;

/// <summary>An award as an Open Badges 3.0 OpenBadgeCredential (unsigned), in the vocabulary of the 3.0.3 context.</summary>
internal static class OpenBadgeCredential
{
    public static JsonObject For(Award award, string achievementDescription, TenantInfo authority, PublicAwardLinks links)
    {
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = links.Verify(award.VerificationCode),
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["name"] = $"{award.Title}: {award.SchoolName}",
            ["issuer"] = IssuerProfile.For(authority, links),
            ["validFrom"] = Instant(award.AwardedOn),
            ["credentialSubject"] = Subject(award, achievementDescription, links),
        };
        if (award.ExpiresOn is { } expires)
        {
            credential["validUntil"] = Instant(expires);
        }

        return credential;
    }

    /// <summary>Midnight UTC at the start of the day; an award expires as its expiry date begins (as Award.StatusOn has it).</summary>
    public static DateTimeOffset Start(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Instant(DateOnly date) => Start(date).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The recipient is an organisation, not a person: OB 3.0 allows an AchievementSubject identified by "id" and/or
    /// "identifier". We give both: id is the school's entry on this award's verify page (an HTTPS URL anyone can
    /// dereference to the school's name and URN, and the VC-JWT "sub" OB 3.0 requires), and identifier carries the
    /// school's DfE URN in plain text (identityType "identifier", not hashed: a URN is public, not personal data).
    /// </summary>
    private static JsonObject Subject(Award award, string description, PublicAwardLinks links) => new()
    {
        ["id"] = SubjectId(award, links),
        ["type"] = new JsonArray("AchievementSubject"),
        ["identifier"] = new JsonArray(new JsonObject
        {
            ["type"] = "IdentityObject",
            ["identityHash"] = award.SchoolUrn,
            ["identityType"] = "identifier",
            ["hashed"] = false,
        }),
        ["achievement"] = new JsonObject
        {
            ["id"] = award.Kind == AwardKind.Mark ? $"{links.Issuer}#mark" : $"{links.Issuer}#badge-{award.StrandKey}",
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = "Award",
            ["name"] = award.Title,
            ["description"] = description,
            ["criteria"] = new JsonObject { ["narrative"] = description },
        },
    };

    public static string SubjectId(Award award, PublicAwardLinks links) => $"{links.Verify(award.VerificationCode)}#school";
}
