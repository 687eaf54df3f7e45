using EqualityMark.ActionPlanning.Features.Objectives;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.ActionPlanning.Features.Evidence;

/// <summary>Where a file of the plan belongs: an objective (impact evidence) or an action (evidence of what was done).</summary>
internal enum EvidenceOwner
{
    Objective,
    Action,
}

internal sealed record AttachEvidenceCommand(EvidenceOwner Owner, Guid OwnerId, string FileName, byte[] Content) : ICommand<EvidenceDto>;

internal sealed record GetPlanEvidenceFileQuery(Guid FileId) : IQuery<EvidenceFileContentDto>;

internal sealed record RemoveEvidenceCommand(Guid FileId) : ICommand<Unit>;

internal sealed record GetEvidenceNameQuery(Guid FileId) : IQuery<EvidenceDto>;
