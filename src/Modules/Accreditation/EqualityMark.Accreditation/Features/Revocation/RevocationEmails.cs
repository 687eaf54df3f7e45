using System.Globalization;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using EqualityMark.Shared.Web;
using MediatR;

namespace EqualityMark.Accreditation.Features.Revocation;

/// <summary>Tells the school's active co-ordinators that an award was revoked, why, and that its verify page now says so.</summary>
internal sealed class RevocationEmails(IMediator mediator, IEmailOutbox outbox, ITenantContext tenant, ITenantLinks links)
{
    public async Task TellSchoolAsync(Award award, CancellationToken cancellationToken)
    {
        var people = await mediator.Send(new ListPeopleQuery(award.SchoolId), cancellationToken);
        var date = UkTime.ToLondon(award.RevokedAt!.Value).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        var verify = links.For(tenant.Tenant?.Code ?? string.Empty, $"/verify/{award.VerificationCode}");
        foreach (var person in people.Where(p => p.Role == Roles.SchoolCoordinator && p.Status == "Active" && p.SchoolId == award.SchoolId))
        {
            await outbox.QueueAsync(new EmailMessage(
                person.Email,
                $"{award.SchoolName}: the {award.Title} has been revoked",
                $"Dear {person.FullName},\n\nThe {award.Title} awarded to {award.SchoolName} on " +
                $"{award.AwardedOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} (certificate {award.CertificateNumber}) was revoked on {date}.\n\n" +
                $"Reason: {award.RevokedReason}\n\nIts verification page ({verify}) now shows it as revoked, and its digital credential is no longer valid. " +
                $"If you have questions, reply to the authority's equality team.\n\n{tenant.Tenant?.ProgrammeName}",
                "AwardRevoked"), cancellationToken);
        }
    }
}
