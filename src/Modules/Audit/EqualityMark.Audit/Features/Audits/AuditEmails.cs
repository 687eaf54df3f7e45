using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Audits.Checking;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using EqualityMark.Shared.Web;
using MediatR;

namespace EqualityMark.Audit.Features.Audits;

/// <summary>Tells the equality team an audit has arrived, and the school's co-ordinators when the team returns it.</summary>
internal sealed class AuditEmails(IMediator mediator, IEmailOutbox outbox, ITenantContext tenant, ITenantLinks links)
{
    public async Task SentAsync(SchoolAudit audit, AuditCheckDto check, CancellationToken cancellationToken)
    {
        var authority = tenant.Tenant!;
        var team = await mediator.Send(new GetEmailSenderQuery(), cancellationToken);
        var school = await mediator.Send(new GetSchoolQuery(audit.SchoolId), cancellationToken);
        var body = $"""
            Hello,

            {school.Name} has sent its {AcademicYear.Label(audit.AcademicYear)} equality audit to the team. {check.Audit.Assessed} of {check.Audit.Total} judgements are made.

            Read the audit here:
            {links.For(authority.Code, $"/audit/{audit.Id}")}

            {authority.Name}
            """;
        await outbox.QueueAsync(new EmailMessage(team.ReplyTo, $"{school.Name} has sent its equality audit", body, "AuditSent"), cancellationToken);
    }

    public async Task ReturnedAsync(SchoolAudit audit, CancellationToken cancellationToken)
    {
        var authority = tenant.Tenant!;
        var link = links.For(authority.Code, $"/audit/{audit.Id}");
        foreach (var coordinator in await mediator.Send(new GetSchoolCoordinatorsQuery(audit.SchoolId), cancellationToken))
        {
            var body = $"""
                Dear {coordinator.FullName},

                The equality team has returned your {AcademicYear.Label(audit.AcademicYear)} equality audit for changes. They said:

                {audit.ReturnedReason}

                Make the changes and send the audit again here:
                {link}

                {authority.Name}
                """;
            await outbox.QueueAsync(new EmailMessage(coordinator.Email, "Your equality audit has been returned for changes", body, "AuditReturned"), cancellationToken);
        }
    }
}
