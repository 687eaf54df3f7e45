using System.Security.Cryptography;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.PublicPages;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>
/// Awards written straight into the accreditation schema (the summaries and visit that earn them are other tests'
/// business): a badge or the Mark for a school, optionally expired, revoked or hidden from the register.
/// </summary>
internal static class AwardTestData
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A school as an award remembers it, with no people or subscription: enough for the register and credentials.</summary>
    public static SchoolDto SchoolOnly(SchoolPhase phase = SchoolPhase.Primary)
    {
        var urn = TestUrns.Next();
        return new SchoolDto(Guid.NewGuid(), $"Awarded School {urn}", urn, phase, "1 Test Road", "Testtown", "TT1 1TT");
    }

    public static Task<Award> AddBadgeAsync(
        this AppFixture app, TenantInfo tenant, SchoolDto school, string strandKey = "race", string title = "Race Equality Badge",
        int awardedDaysAgo = 30, bool revoked = false, bool shown = true, int validYears = 3) =>
        app.AddAwardAsync(tenant, school, AwardKind.Badge, strandKey, title, awardedDaysAgo, revoked, shown, validYears);

    public static Task<Award> AddMarkAsync(this AppFixture app, TenantInfo tenant, SchoolDto school, int awardedDaysAgo = 10) =>
        app.AddAwardAsync(tenant, school, AwardKind.Mark, null, tenant.ProgrammeName, awardedDaysAgo, revoked: false, shown: true, validYears: 3);

    public static async Task<Award> AddAwardAsync(
        this AppFixture app, TenantInfo tenant, SchoolDto school, AwardKind kind, string? strandKey, string title,
        int awardedDaysAgo, bool revoked, bool shown, int validYears)
    {
        await using var scope = app.Scope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AccreditationDbContext>();
        var awardedOn = UkTime.Today(TimeProvider.System).AddDays(-awardedDaysAgo);
        var award = new Award
        {
            SchoolId = school.Id,
            SchoolName = school.Name,
            SchoolUrn = school.Urn,
            SchoolPhase = school.Phase.ToString(),
            Kind = kind,
            StrandKey = strandKey,
            Title = title,
            AwardedOn = awardedOn,
            ExpiresOn = awardedOn.AddYears(validYears),
            CertificateNumber = $"T-{Guid.NewGuid():N}",
            VerificationCode = RandomNumberGenerator.GetString(CodeAlphabet, 12),
            AwardedBy = "Avery Advisor",
            AwardedAt = DateTimeOffset.UtcNow,
        };
        award.SetShowOnRegister(shown);
        if (revoked)
        {
            award.Revoke("Awarded in error", "Alex Admin", DateTimeOffset.UtcNow);
        }

        db.Awards.Add(award);
        await db.SaveChangesAsync();
        // As the app does after an award: the authority's cached public pages go.
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(new PublicPagesChanged(tenant.Id));
        return award;
    }
}
