using EqualityMark.Accreditation.Contracts;
using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Audit.Contracts;
using EqualityMark.Events.Contracts;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.Leaving;

/// <summary>
/// Deletes a school that leaves, in the command's one transaction: the school's row is locked first, so a second
/// administrator deleting at the same time waits and then finds nothing (not found); each module removes its data
/// through its contract; then the school's people (they can no longer sign in) and the school itself (ADR 0025).
/// </summary>
internal sealed class DeleteSchoolHandler(OrganisationsDbContext db, IMediator mediator, ICurrentUser user) : IRequestHandler<DeleteSchoolCommand, Unit>
{
    public async Task<Unit> Handle(DeleteSchoolCommand request, CancellationToken cancellationToken)
    {
        user.EnsureAdmin();
        var id = request.SchoolId;
        var school = await db.Schools.FromSql($"SELECT * FROM organisations.schools WHERE id = {id} FOR UPDATE")
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("No school with that id was found.");
        if (!string.Equals(request.ConfirmSchoolName?.Trim(), school.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw RequestValidationException.For(nameof(DeleteSchoolCommand.ConfirmSchoolName), $"Enter the school's name, {school.Name}, to confirm");
        }

        await mediator.Send(new DeleteSubscriptionsSchoolDataCommand(id), cancellationToken);
        await mediator.Send(new DeleteAuditSchoolDataCommand(id), cancellationToken);
        await mediator.Send(new DeleteActionPlanningSchoolDataCommand(id), cancellationToken);
        await mediator.Send(new DeleteAccreditationSchoolDataCommand(id), cancellationToken);
        await mediator.Send(new DeleteEventsSchoolDataCommand(id), cancellationToken);
        await mediator.Send(new DeleteEvidenceSchoolDataCommand(id), cancellationToken);
        await db.Users.Where(u => u.SchoolId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Schools.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
