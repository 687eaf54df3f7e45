using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using MediatR;

namespace EqualityMark.Events.Features.Visits;

/// <summary>Tells the school's co-ordinators when their visit is confirmed and when its record is written.</summary>
internal sealed class VisitEmails(IMediator mediator, IEmailOutbox outbox, ITenantContext tenant, ITenantLinks links)
{
    public Task ConfirmedAsync(Visit visit, CancellationToken cancellationToken) =>
        TellCoordinatorsAsync(visit, $"Your {VisitKinds.Name(visit.Kind).ToLowerInvariant()} is confirmed", $"""
            Your {VisitKinds.Name(visit.Kind).ToLowerInvariant()} is confirmed.

            Date: {Times.Describe(visit.StartsAt!.Value)} to {Times.Clock(visit.EndsAt!.Value)}
            Advisor: {visit.AdvisorName}

            See the visit and its agenda here:
            """, "VisitConfirmed", cancellationToken);

    public Task RecordWrittenAsync(Visit visit, CancellationToken cancellationToken) =>
        TellCoordinatorsAsync(visit, "Your visit record is ready", $"""
            {visit.AdvisorName} has written the record of your {VisitKinds.Name(visit.Kind).ToLowerInvariant()} on {Times.Day(visit.StartsAt!.Value)}.

            Read it, and agree with it or add your comments, here:
            """, "VisitRecorded", cancellationToken);

    private async Task TellCoordinatorsAsync(Visit visit, string subject, string message, string kind, CancellationToken cancellationToken)
    {
        var authority = tenant.Tenant!;
        var link = links.For(authority.Code, $"/visits/{visit.Id}");
        foreach (var coordinator in await mediator.Send(new GetSchoolCoordinatorsQuery(visit.SchoolId), cancellationToken))
        {
            var body = $"Dear {coordinator.FullName},\n\n{message}\n{link}\n\n{authority.Name}";
            await outbox.QueueAsync(new EmailMessage(coordinator.Email, subject, body, kind), cancellationToken);
        }
    }
}
