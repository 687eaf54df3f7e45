using System.Text;
using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.ActionPlanning.Features.Actions;
using EqualityMark.ActionPlanning.Features.Authority;
using EqualityMark.ActionPlanning.Features.Evidence;
using EqualityMark.ActionPlanning.Features.Objectives;
using EqualityMark.ActionPlanning.Features.Plans;
using EqualityMark.ActionPlanning.Features.Settings;
using EqualityMark.ActionPlanning.Features.Statement;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.ActionPlanning.Features;

/// <summary>The ActionPlanning module's JSON API under /api/v1: everything the pages do.</summary>
internal static class ActionPlanningEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var plan = api.MapGroup("/action-plan").WithTags("Action plans").RequireAuthorization(Policies.SignedIn);
        plan.MapGet("/", (Guid? schoolId, int? year, IMediator m, CancellationToken ct) => m.Send(new GetPlanQuery(schoolId, year), ct));
        plan.MapGet("/plan.csv", async (Guid? schoolId, int? year, IMediator m, CancellationToken ct) =>
            Results.File(Encoding.UTF8.GetBytes(PlanCsv.Write(await m.Send(new GetPlanQuery(schoolId, year), ct))), "text/csv", "equality-action-plan.csv"));
        plan.MapPut("/focus", (FocusBody b, IMediator m, CancellationToken ct) => m.Send(new SetPlanFocusCommand(b.SchoolId, b.Focus), ct));
        plan.MapPost("/carry-forward", (CarryForwardBody b, IMediator m, CancellationToken ct) => m.Send(new CarryForwardCommand(b.SchoolId, b.FromYear), ct));
        plan.MapPost("/comments", (CommentBody b, IMediator m, CancellationToken ct) => m.Send(new AddPlanCommentCommand(b.SchoolId, b.ObjectiveId, b.Text ?? string.Empty), ct));
        plan.MapGet("/schools", (int? page, IMediator m, CancellationToken ct) => m.Send(new GetSchoolPlansQuery(page ?? 1), ct)).RequireAuthorization(Policies.AuthorityStaff);
        plan.MapGet("/settings", (IMediator m, CancellationToken ct) => m.Send(new GetActionPlanSettingsQuery(), ct)).RequireAuthorization(Policies.AuthorityStaff);
        plan.MapPut("/settings", (SettingsBody b, IMediator m, CancellationToken ct) => m.Send(new UpdateActionPlanSettingsCommand(b.DueSoonDays, b.QuietWeeks), ct));

        plan.MapPost("/objectives", (ObjectiveBody b, IMediator m, CancellationToken ct) => m.Send(new CreateObjectiveCommand(
            b.SchoolId ?? Guid.Empty, b.AcademicYear, b.Title ?? string.Empty, b.Cells, b.SipReference, b.SipPriority, b.SuccessCriteria ?? string.Empty, b.ReviewOn, b.IsPublishedObjective), ct));
        plan.MapGet("/objectives/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetObjectiveQuery(id), ct));
        plan.MapPut("/objectives/{id:guid}", (Guid id, ObjectiveBody b, IMediator m, CancellationToken ct) => m.Send(new UpdateObjectiveCommand(
            id, b.Version ?? 0, b.Title ?? string.Empty, b.Cells, b.SipReference, b.SipPriority, b.SuccessCriteria ?? string.Empty, b.ReviewOn, b.IsPublishedObjective), ct));
        plan.MapDelete("/objectives/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new DeleteObjectiveCommand(id), ct));
        plan.MapPost("/objectives/{id:guid}/impact", (Guid id, ImpactBody b, IMediator m, CancellationToken ct) => m.Send(new RecordImpactCommand(
            id, b.WhatChanged ?? string.Empty, b.StrandKey ?? string.Empty, b.Group ?? string.Empty, b.Measure, b.Before, b.After), ct));
        plan.MapPost("/objectives/{id:guid}/evidence", (Guid id, IFormFile? file, IMediator m, CancellationToken ct) =>
            AttachAsync(EvidenceOwner.Objective, id, file, m, ct));

        plan.MapPost("/objectives/{id:guid}/actions", (Guid id, ActionBody b, IMediator m, CancellationToken ct) => m.Send(new AddActionCommand(
            id, b.Description ?? string.Empty, b.OwnerUserId, b.StartOn, b.DueOn, b.Resources, b.Cost), ct));
        plan.MapGet("/actions/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetActionQuery(id), ct));
        plan.MapPut("/actions/{id:guid}", (Guid id, ActionBody b, IMediator m, CancellationToken ct) => m.Send(new UpdateActionCommand(
            id, b.Version ?? 0, b.Description ?? string.Empty, b.OwnerUserId, b.StartOn, b.DueOn, b.Resources, b.Cost), ct));
        plan.MapDelete("/actions/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new DeleteActionCommand(id), ct));
        plan.MapPost("/actions/{id:guid}/progress", (Guid id, ProgressBody b, IMediator m, CancellationToken ct) => m.Send(new RecordProgressCommand(
            id, b.Version ?? 0, b.Status, b.Progress, b.DroppedReason, b.Note ?? string.Empty), ct));
        plan.MapPost("/actions/{id:guid}/evidence", (Guid id, IFormFile? file, IMediator m, CancellationToken ct) =>
            AttachAsync(EvidenceOwner.Action, id, file, m, ct));

        plan.MapGet("/evidence/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new GetPlanEvidenceFileQuery(id), ct);
            return Results.File(file.Content, file.File.ContentType, file.File.FileName);
        });
        plan.MapDelete("/evidence/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new RemoveEvidenceCommand(id), ct));

        StatementEndpoints.Map(api);
    }

    private static async Task<EvidenceDto> AttachAsync(EvidenceOwner owner, Guid id, IFormFile? file, IMediator mediator, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            throw RequestValidationException.For("File", "Select a file");
        }

        return await mediator.Send(new AttachEvidenceCommand(owner, id, file.FileName, await UploadedFile.ReadAsync(file, cancellationToken)), cancellationToken);
    }

    internal sealed record FocusBody(Guid SchoolId, PlanFocus? Focus);

    internal sealed record CarryForwardBody(Guid SchoolId, int FromYear);

    internal sealed record CommentBody(Guid SchoolId, Guid? ObjectiveId, string? Text);

    internal sealed record SettingsBody(int? DueSoonDays, int? QuietWeeks);

    internal sealed record ObjectiveBody(
        Guid? SchoolId, int? AcademicYear, uint? Version, string? Title, IReadOnlyList<GridCellRefDto>? Cells, string? SipReference, string? SipPriority,
        string? SuccessCriteria, DateOnly? ReviewOn, bool IsPublishedObjective);

    internal sealed record ImpactBody(string? WhatChanged, string? StrandKey, string? Group, string? Measure, string? Before, string? After);

    internal sealed record ActionBody(uint? Version, string? Description, Guid? OwnerUserId, DateOnly? StartOn, DateOnly? DueOn, string? Resources, decimal? Cost);

    internal sealed record ProgressBody(uint? Version, ActionStatus? Status, ProgressRating? Progress, string? DroppedReason, string? Note);
}
