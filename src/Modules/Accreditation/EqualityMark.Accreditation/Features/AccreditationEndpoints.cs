using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Features.Register;
using EqualityMark.Accreditation.Features.Review;
using EqualityMark.Accreditation.Features.Summaries;
using EqualityMark.Accreditation.Features.Verification;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Accreditation.Features;

/// <summary>The Accreditation module's JSON API under /api/v1: everything the pages do.</summary>
internal static class AccreditationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var accreditation = api.MapGroup("/accreditation").WithTags("Accreditation").RequireAuthorization(Policies.SignedIn);
        accreditation.MapGet("/", (Guid? schoolId, IMediator m, CancellationToken ct) => m.Send(new GetAccreditationHomeQuery(schoolId), ct));
        accreditation.MapGet("/schools/{schoolId:guid}", (Guid schoolId, IMediator m, CancellationToken ct) => m.Send(new GetSchoolAccreditationQuery(schoolId), ct));

        accreditation.MapPost("/summaries", async (StartBody b, IMediator m, CancellationToken ct) =>
        {
            var id = await m.Send(new StartSummaryCommand(b.SchoolId, b.StrandKey ?? string.Empty), ct);
            return Results.Created($"/api/v1/accreditation/summaries/{id}", new { id });
        });
        accreditation.MapGet("/summaries/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetSummaryQuery(id), ct));
        accreditation.MapPut("/summaries/{id:guid}", async (Guid id, SaveBody b, IMediator m, CancellationToken ct) =>
            new { version = await m.Send(new SaveSummaryCommand(id, b.Version ?? 0, b.ActionsTaken ?? string.Empty, b.OutcomesAchieved ?? string.Empty, b.PupilVoice ?? string.Empty), ct) });
        accreditation.MapPost("/summaries/{id:guid}/documents", async (Guid id, IFormFile? file, IMediator m, CancellationToken ct) =>
        {
            var upload = file ?? throw RequestValidationException.For("File", "Select a file");
            var fileId = await m.Send(new AddSummaryDocumentCommand(id, upload.FileName, await UploadedFile.ReadAsync(upload, ct)), ct);
            return Results.Created($"/api/v1/accreditation/documents/{fileId}", new { id = fileId });
        });
        accreditation.MapDelete("/summaries/{id:guid}/documents/{fileId:guid}", (Guid id, Guid fileId, IMediator m, CancellationToken ct) =>
            m.Send(new RemoveSummaryDocumentCommand(id, fileId), ct));
        accreditation.MapGet("/documents/{fileId:guid}", async (Guid fileId, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new GetEvidenceFileQuery(fileId), ct);
            return file.File.OwnerType == SummaryReader.DocumentOwnerType
                ? Results.File(file.Content, file.File.ContentType, file.File.FileName)
                : throw new NotFoundException("No accreditation document with that id was found.");
        });
        accreditation.MapPost("/summaries/{id:guid}/send", async (Guid id, VersionBody b, IMediator m, CancellationToken ct) =>
            new { sent = await m.Send(new SendSummaryCommand(id, b.Version ?? 0), ct) });
        accreditation.MapPost("/summaries/{id:guid}/responses", (Guid id, TextBody b, IMediator m, CancellationToken ct) =>
            m.Send(new RespondToSummaryCommand(id, b.Text ?? string.Empty), ct));

        var review = accreditation.MapGroup("/review").RequireAuthorization(Policies.AuthorityStaff);
        review.MapGet("/", (int? page, IMediator m, CancellationToken ct) => m.Send(new GetReviewQueueQuery(page ?? 1), ct));
        review.MapPost("/{id:guid}/return", (Guid id, DecisionBody b, IMediator m, CancellationToken ct) =>
            m.Send(new ReturnSummaryCommand(id, b.Version ?? 0, b.Comments ?? string.Empty), ct));
        review.MapPost("/{id:guid}/accept", (Guid id, DecisionBody b, IMediator m, CancellationToken ct) =>
            m.Send(new AcceptSummaryCommand(id, b.Version ?? 0, b.Comments), ct));
        review.MapPost("/{id:guid}/outcome", (Guid id, OutcomeBody b, IMediator m, CancellationToken ct) =>
            m.Send(new RecordOutcomeCommand(id, b.Version ?? 0, b.Outcome, b.VisitedOn, b.Comments, b.NextSteps), ct));

        accreditation.MapGet("/register-choices", (IMediator m, CancellationToken ct) => m.Send(new GetRegisterChoicesQuery(), ct));
        accreditation.MapPut("/register-choices", (RegisterChoicesBody b, IMediator m, CancellationToken ct) => m.Send(new SaveRegisterChoicesCommand(b.Choices ?? []), ct));
        AuthorityEndpoints.Map(accreditation);

        var verifiable = api.MapGroup(string.Empty).WithTags("Public register").AllowAnonymous();
        verifiable.MapGet("/register", (string? phase, string? badge, int? page, IMediator m, CancellationToken ct) => m.Send(new GetRegisterQuery(phase, badge, page ?? 1), ct));
        verifiable.MapGet("/verify/{code}", (string code, IMediator m, CancellationToken ct) => m.Send(new GetVerifiedAwardQuery(code), ct));
    }

    internal sealed record RegisterChoicesBody(IReadOnlyList<RegisterChoiceInput>? Choices);

    private sealed record StartBody(Guid? SchoolId, string? StrandKey);

    private sealed record SaveBody(uint? Version, string? ActionsTaken, string? OutcomesAchieved, string? PupilVoice);

    private sealed record VersionBody(uint? Version);

    private sealed record TextBody(string? Text);

    private sealed record DecisionBody(uint? Version, string? Comments);

    private sealed record OutcomeBody(uint? Version, VisitOutcome? Outcome, DateOnly? VisitedOn, string? Comments, string? NextSteps);
}
