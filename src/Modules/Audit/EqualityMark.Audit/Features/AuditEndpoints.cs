using System.Text;
using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Audits;
using EqualityMark.Audit.Features.Authority;
using EqualityMark.Audit.Features.Benchmarks;
using EqualityMark.Audit.Features.Delegations;
using EqualityMark.Audit.Features.Framework;
using EqualityMark.Audit.Features.Grid;
using EqualityMark.Audit.Features.ReferenceGroups;
using EqualityMark.Audit.Features.Settings;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Paging;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Audit.Features;

/// <summary>The Audit module's JSON API: every page action is here too.</summary>
internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        MapFramework(api.MapGroup("/audit/framework").WithTags("Audit framework").RequireAuthorization(Policies.AuthorityStaff));
        MapSchool(api.MapGroup("/schools/{schoolId:guid}").WithTags("Audit").RequireAuthorization(Policies.SignedIn));
        MapAudit(api.MapGroup("/audits/{auditId:guid}").WithTags("Audit").RequireAuthorization(Policies.SignedIn));

        var authority = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.AuthorityStaff);
        authority.MapGet("/benchmarks", (int? year, SchoolPhase? phase, IMediator m, CancellationToken ct) => m.Send(new GetAuthorityBenchmarksQuery(year, phase), ct));
        authority.MapGet("/statuses", (int year, SchoolPhase? phase, string? page, IMediator m, CancellationToken ct) =>
            ApiPage.SendAsync(page, number => m.Send(new ListAuditStatusesQuery(year, phase, number), ct)));
        authority.MapGet("/settings", (IMediator m, CancellationToken ct) => m.Send(new GetAuditSettingsQuery(), ct)).RequireAuthorization(Policies.AuthorityAdmin);
        authority.MapPut("/settings", (SettingsBody body, IMediator m, CancellationToken ct) =>
            m.Send(new UpdateAuditSettingsCommand(body.SuppressionThreshold, body.AuditDueMonth, body.DelegationReminderDays, body.SubmissionReminderDays, body.ShareBenchmarks), ct))
            .RequireAuthorization(Policies.AuthorityAdmin);
        authority.MapGet("/heat-map", (int year, SchoolPhase? phase, IMediator m, CancellationToken ct) => m.Send(new GetHeatMapQuery(year, phase), ct));
        authority.MapGet("/heat-map.csv", async (int year, SchoolPhase? phase, IMediator m, CancellationToken ct) =>
            await m.Send(new GetHeatMapQuery(year, phase), ct) is { IsShown: true } map
                ? Results.Text(HeatMapCsv.Write(map), "text/csv", Encoding.UTF8)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "This heat-map is not shown",
                    detail: "Fewer schools than the threshold sent their audit, or showing this view would let a smaller group be picked out."));
    }

    private static void MapFramework(RouteGroupBuilder framework)
    {
        framework.MapGet("/versions", (IMediator m, CancellationToken ct) => m.Send(new ListFrameworkVersionsQuery(), ct));
        framework.MapGet("/versions/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetFrameworkVersionQuery(id), ct));
        framework.MapGet("/versions/{id:guid}/export.json", async (Guid id, IMediator m, CancellationToken ct) =>
            Results.Text(FrameworkContentJson.Serialize((await m.Send(new GetFrameworkVersionQuery(id), ct)).Content), "application/json", Encoding.UTF8));
        framework.MapGet("/versions/{id:guid}/export.csv", async (Guid id, IMediator m, CancellationToken ct) =>
            Results.Text(FrameworkCsv.WriteItems((await m.Send(new GetFrameworkVersionQuery(id), ct)).Content), "text/csv", Encoding.UTF8));
        framework.MapPost("/drafts", (IMediator m, CancellationToken ct) => m.Send(new CreateDraftCommand(), ct));
        framework.MapPost("/versions/{id:guid}/items", (Guid id, DraftItemBody body, IMediator m, CancellationToken ct) =>
            m.Send(new SaveDraftItemCommand(id, body.Key, body.ElementKey ?? string.Empty, body.StrandKey, body.Statement ?? string.Empty, body.Guidance ?? string.Empty, body.Evidence ?? string.Empty), ct));
        framework.MapDelete("/versions/{id:guid}/items/{key}", (Guid id, string key, IMediator m, CancellationToken ct) => m.Send(new RemoveDraftItemCommand(id, key), ct));
        framework.MapPost("/versions/{id:guid}/import", async (Guid id, string format, HttpRequest request, IMediator m, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            return await m.Send(new ImportDraftCommand(id, format, await reader.ReadToEndAsync(ct)), ct);
        });
        framework.MapPost("/versions/{id:guid}/publish", (Guid id, IMediator m, CancellationToken ct) => m.Send(new PublishDraftCommand(id), ct));
    }

    private static void MapSchool(RouteGroupBuilder school)
    {
        school.MapGet("/reference-group", (Guid schoolId, IMediator m, CancellationToken ct) => m.Send(new GetReferenceGroupQuery(schoolId), ct));
        school.MapPost("/reference-group/members", (Guid schoolId, MemberBody body, IMediator m, CancellationToken ct) =>
            m.Send(new AddMemberCommand(schoolId, body.FullName ?? string.Empty, body.Category, body.UserId), ct));
        school.MapDelete("/reference-group/members/{memberId:guid}", (Guid schoolId, Guid memberId, IMediator m, CancellationToken ct) => m.Send(new RemoveMemberCommand(schoolId, memberId), ct));
        school.MapPut("/reference-group/meeting-frequency", (Guid schoolId, FrequencyBody body, IMediator m, CancellationToken ct) =>
            m.Send(new SetMeetingFrequencyCommand(schoolId, body.MeetingFrequency ?? string.Empty), ct));
        school.MapPost("/reference-group/meetings", (Guid schoolId, MeetingBody body, IMediator m, CancellationToken ct) =>
            m.Send(new LogMeetingCommand(schoolId, body.HeldOn, body.Attendees ?? string.Empty, body.Notes ?? string.Empty), ct));
        school.MapGet("/audits", (Guid schoolId, IMediator m, CancellationToken ct) => m.Send(new GetAuditOverviewQuery(schoolId), ct));
        school.MapPost("/audits", (Guid schoolId, StartBody? body, IMediator m, CancellationToken ct) => m.Send(new StartAuditCommand(schoolId, body?.CopyLastYear ?? false), ct));
    }

    private static void MapAudit(RouteGroupBuilder audit)
    {
        audit.MapGet("/", (Guid auditId, string? element, IMediator m, CancellationToken ct) => m.Send(new GetAuditWorkspaceQuery(auditId, element), ct));
        audit.MapPut("/judgements/{itemKey}/{strandKey}", (Guid auditId, string itemKey, string strandKey, JudgementBody body, IMediator m, CancellationToken ct) =>
            m.Send(new SaveJudgementCommand(auditId, itemKey, strandKey, body.Rating, body.Commentary, body.EvidenceNotes, body.ExpectedVersion), ct));
        audit.MapGet("/check", (Guid auditId, IMediator m, CancellationToken ct) => m.Send(new GetAuditCheckQuery(auditId), ct));
        audit.MapPost("/submit", (Guid auditId, IMediator m, CancellationToken ct) => m.Send(new SubmitAuditCommand(auditId), ct));
        audit.MapPost("/return", (Guid auditId, ReturnBody body, IMediator m, CancellationToken ct) => m.Send(new ReturnAuditCommand(auditId, body.Reason ?? string.Empty), ct));
        audit.MapGet("/delegations", (Guid auditId, IMediator m, CancellationToken ct) => m.Send(new ListDelegationsQuery(auditId), ct));
        audit.MapPost("/delegations", (Guid auditId, DelegationBody body, IMediator m, CancellationToken ct) =>
            m.Send(new DelegateCommand(auditId, body.UserId, body.ElementKey, body.StrandKey), ct));
        audit.MapDelete("/delegations/{delegationId:guid}", (Guid auditId, Guid delegationId, IMediator m, CancellationToken ct) => m.Send(new RemoveDelegationCommand(auditId, delegationId), ct));
        audit.MapPost("/delegations/{delegationId:guid}/complete", (Guid auditId, Guid delegationId, CompleteBody body, IMediator m, CancellationToken ct) =>
            m.Send(new CompleteDelegationCommand(auditId, delegationId, body.Complete), ct));
        audit.MapGet("/grid", (Guid auditId, string? historyPage, IMediator m, CancellationToken ct) =>
            ApiPage.SendAsync(historyPage, number => m.Send(new GetGridQuery(auditId, number), ct), grid => grid.History.Pages, nameof(historyPage)));
        audit.MapGet("/benchmarks", (Guid auditId, IMediator m, CancellationToken ct) => m.Send(new GetSchoolBenchmarksQuery(auditId), ct));
        audit.MapGet("/grid.csv", async (Guid auditId, IMediator m, CancellationToken ct) =>
            Results.Text(GridCsv.Write((await m.Send(new GetGridQuery(auditId), ct)).Grid), "text/csv", Encoding.UTF8));
        audit.MapPost("/grid/share", (Guid auditId, IMediator m, CancellationToken ct) => m.Send(new SetGridSharingCommand(auditId, Share: true), ct));
        audit.MapPost("/grid/unshare", (Guid auditId, IMediator m, CancellationToken ct) => m.Send(new SetGridSharingCommand(auditId, Share: false), ct));
        audit.MapPut("/grid/{elementKey}/{strandKey}", (Guid auditId, string elementKey, string strandKey, OverrideBody body, IMediator m, CancellationToken ct) =>
            m.Send(new OverrideCellCommand(auditId, elementKey, strandKey, body.Rating, body.Rationale), ct));
    }

    internal sealed record DraftItemBody(string? Key, string? ElementKey, string? StrandKey, string? Statement, string? Guidance, string? Evidence);

    internal sealed record MemberBody(string? FullName, MemberCategory? Category, Guid? UserId);

    internal sealed record FrequencyBody(string? MeetingFrequency);

    internal sealed record MeetingBody(DateOnly? HeldOn, string? Attendees, string? Notes);

    internal sealed record StartBody(bool CopyLastYear);

    internal sealed record JudgementBody(Rating? Rating, string? Commentary, string? EvidenceNotes, uint ExpectedVersion);

    internal sealed record ReturnBody(string? Reason);

    internal sealed record DelegationBody(Guid? UserId, string? ElementKey, string? StrandKey);

    internal sealed record CompleteBody(bool Complete);

    internal sealed record OverrideBody(Rating? Rating, string? Rationale);

    internal sealed record SettingsBody(int? SuppressionThreshold, int? AuditDueMonth, int? DelegationReminderDays, int? SubmissionReminderDays, bool? ShareBenchmarks = null);
}
