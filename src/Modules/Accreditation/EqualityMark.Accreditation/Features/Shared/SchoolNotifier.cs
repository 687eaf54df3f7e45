using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using MediatR;

namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>Emails a school's active co-ordinators about their accreditation, with a link to the page to look at.</summary>
internal sealed class SchoolNotifier(IMediator mediator, IEmailOutbox outbox, ITenantContext tenant, ITenantLinks links)
{
    public async Task TellCoordinatorsAsync(Guid schoolId, string subject, string message, string path, string kind, CancellationToken cancellationToken)
    {
        var people = await mediator.Send(new ListPeopleQuery(schoolId), cancellationToken);
        var link = links.For(tenant.Tenant?.Code ?? string.Empty, path);
        foreach (var person in people.Where(p => p.Role == Roles.SchoolCoordinator && p.Status == "Active"))
        {
            await outbox.QueueAsync(new EmailMessage(
                person.Email, subject, $"Dear {person.FullName},\n\n{message}\n\n{link}\n\n{tenant.Tenant?.ProgrammeName}", kind), cancellationToken);
        }
    }
}
