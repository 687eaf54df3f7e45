using EqualityMark.ActionPlanning.Features.Actions;
using EqualityMark.ActionPlanning.Features.Objectives;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Shared.Errors;
using MediatR;

namespace EqualityMark.ActionPlanning.Features.Evidence;

/// <summary>
/// Files of the plan go through the shared evidence store; this handler decides who may attach, read and remove
/// them: a file is seen by whoever may see what it is attached to.
/// </summary>
internal sealed class PlanEvidenceHandler(PlanAccess access, PlanStore plans, IMediator mediator) :
    IRequestHandler<AttachEvidenceCommand, EvidenceDto>,
    IRequestHandler<GetPlanEvidenceFileQuery, EvidenceFileContentDto>,
    IRequestHandler<GetEvidenceNameQuery, EvidenceDto>,
    IRequestHandler<RemoveEvidenceCommand, Unit>
{
    public async Task<EvidenceDto> Handle(AttachEvidenceCommand request, CancellationToken cancellationToken)
    {
        var (schoolId, ownerType) = await CheckCanChangeAsync(request.Owner, request.OwnerId, cancellationToken);
        var file = await mediator.Send(new StoreEvidenceFileCommand(schoolId, ownerType, request.OwnerId, request.FileName, request.Content), cancellationToken);
        await plans.TouchAsync(schoolId, cancellationToken);
        return EvidenceMapping.ToDto(file);
    }

    public async Task<EvidenceFileContentDto> Handle(GetPlanEvidenceFileQuery request, CancellationToken cancellationToken)
    {
        await CheckCanSeeAsync(await mediator.Send(new GetEvidenceFileInfoQuery(request.FileId), cancellationToken), cancellationToken);
        return await mediator.Send(new GetEvidenceFileQuery(request.FileId), cancellationToken);
    }

    public async Task<EvidenceDto> Handle(GetEvidenceNameQuery request, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new GetEvidenceFileInfoQuery(request.FileId), cancellationToken);
        await CheckCanSeeAsync(file, cancellationToken);
        return EvidenceMapping.ToDto(file);
    }

    public async Task<Unit> Handle(RemoveEvidenceCommand request, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new GetEvidenceFileInfoQuery(request.FileId), cancellationToken);
        var owner = await CheckCanSeeAsync(file, cancellationToken);
        await CheckCanChangeAsync(owner, file.OwnerId, cancellationToken);
        await mediator.Send(new DeleteEvidenceFileCommand(file.Id), cancellationToken);
        await plans.TouchAsync(file.SchoolId, cancellationToken);
        return Unit.Value;
    }

    private async Task<EvidenceOwner> CheckCanSeeAsync(EvidenceFileDto file, CancellationToken cancellationToken)
    {
        switch (file.OwnerType)
        {
            case ObjectiveReader.EvidenceOwnerType:
                await access.ObjectiveAsync(file.OwnerId, cancellationToken);
                return EvidenceOwner.Objective;
            case ActionReader.EvidenceOwnerType:
                await access.ActionAsync(file.OwnerId, cancellationToken);
                return EvidenceOwner.Action;
            default:
                throw new NotFoundException("No file with that id was found.");
        }
    }

    private async Task<(Guid SchoolId, string OwnerType)> CheckCanChangeAsync(EvidenceOwner owner, Guid ownerId, CancellationToken cancellationToken)
    {
        if (owner == EvidenceOwner.Objective)
        {
            var objective = await access.ObjectiveAsync(ownerId, cancellationToken);
            access.EnsureCoordinatorOf(objective.SchoolId);
            return (objective.SchoolId, ObjectiveReader.EvidenceOwnerType);
        }

        var action = await access.ActionAsync(ownerId, cancellationToken);
        access.EnsureCanUpdate(action);
        return (action.SchoolId, ActionReader.EvidenceOwnerType);
    }
}
