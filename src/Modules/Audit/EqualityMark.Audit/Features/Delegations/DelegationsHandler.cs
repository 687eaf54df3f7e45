using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Audits;
using EqualityMark.Audit.Features.Grid;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Delegations;

/// <summary>The co-ordinator shares out the audit; each delegate sees and judges only their part.</summary>
internal sealed class DelegationsHandler(AuditDbContext db, AuditAccess access, AuditSummaries summaries, GridCalculator grids, IMediator mediator, TimeProvider clock) :
    IRequestHandler<ListDelegationsQuery, DelegationsDto>,
    IRequestHandler<DelegateCommand, DelegationDto>,
    IRequestHandler<RemoveDelegationCommand, Unit>,
    IRequestHandler<CompleteDelegationCommand, DelegationDto>
{
    public async Task<DelegationsDto> Handle(ListDelegationsQuery request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken);
        var content = await grids.ContentAsync(audit.FrameworkVersionId, cancellationToken);
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.AuditId == audit.Id).OrderBy(d => d.UserName).ToListAsync(cancellationToken);
        var people = access.IsCoordinatorOf(audit.SchoolId) ? await PeopleAsync(audit.SchoolId, cancellationToken) : [];
        return new DelegationsDto(await summaries.ForAsync(audit, cancellationToken), content,
            delegations.ConvertAll(d => DelegationParts.ToDto(d, content)), people);
    }

    public async Task<DelegationDto> Handle(DelegateCommand request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken);
        access.EnsureCoordinatorOf(audit.SchoolId);
        audit.EnsureEditable();
        var content = await grids.ContentAsync(audit.FrameworkVersionId, cancellationToken);
        var elementKey = Blank(request.ElementKey);
        var strandKey = Blank(request.StrandKey);
        var errors = new Dictionary<string, string[]>();
        if ((elementKey is null) == (strandKey is null))
        {
            errors["Part"] = ["Choose one element or one strand"];
        }
        else if ((elementKey is not null && content.Element(elementKey) is null) || (strandKey is not null && content.Strand(strandKey) is null))
        {
            errors["Part"] = ["Choose an element or strand of this audit's framework"];
        }

        var person = (await PeopleAsync(audit.SchoolId, cancellationToken)).FirstOrDefault(p => p.UserId == request.UserId);
        if (person is null)
        {
            errors["UserId"] = ["Choose a person of your school"];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        if (await db.Delegations.AnyAsync(d => d.AuditId == audit.Id && d.UserId == person!.UserId && d.ElementKey == elementKey && d.StrandKey == strandKey, cancellationToken))
        {
            throw new ConflictException($"{person!.FullName} already has this part.");
        }

        var delegation = new Delegation { AuditId = audit.Id, UserId = person!.UserId, UserName = person.FullName, ElementKey = elementKey, StrandKey = strandKey };
        db.Delegations.Add(delegation);
        await db.SaveChangesAsync(cancellationToken);
        return DelegationParts.ToDto(delegation, content);
    }

    public async Task<Unit> Handle(RemoveDelegationCommand request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken);
        access.EnsureCoordinatorOf(audit.SchoolId);
        var removed = await db.Delegations.Where(d => d.Id == request.DelegationId && d.AuditId == audit.Id).ExecuteDeleteAsync(cancellationToken);
        return removed == 1 ? Unit.Value : throw new NotFoundException("No such delegation in this audit.");
    }

    public async Task<DelegationDto> Handle(CompleteDelegationCommand request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken);
        var delegation = await db.Delegations.SingleOrDefaultAsync(d => d.Id == request.DelegationId && d.AuditId == audit.Id, cancellationToken)
            ?? throw new NotFoundException("No such delegation in this audit.");
        if (delegation.UserId != access.User.UserId && !access.IsCoordinatorOf(audit.SchoolId))
        {
            throw new NotFoundException("No such delegation in this audit.");
        }

        audit.EnsureEditable();
        delegation.CompletedAt = request.Complete ? clock.GetUtcNow() : null;
        await db.SaveChangesAsync(cancellationToken);
        return DelegationParts.ToDto(delegation, await grids.ContentAsync(audit.FrameworkVersionId, cancellationToken));
    }

    private async Task<List<DelegatePersonDto>> PeopleAsync(Guid schoolId, CancellationToken cancellationToken) =>
        (await mediator.Send(new ListPeopleQuery(schoolId), cancellationToken))
            .Where(p => p.SchoolId == schoolId && p.Status != "Invited")
            .Select(p => new DelegatePersonDto(p.Id, p.FullName)).ToList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
