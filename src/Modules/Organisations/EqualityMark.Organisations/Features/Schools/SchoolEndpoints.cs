using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Features.Schools.Notes;
using EqualityMark.Shared.Paging;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Organisations.Features.Schools;

internal static class SchoolEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var schools = api.MapGroup("/schools").WithTags("Schools");
        schools.MapGet("/", (SchoolPhase? phase, string? page, IMediator mediator, CancellationToken ct) =>
                ApiPage.SendAsync(page, number => mediator.Send(new ListSchoolsPageQuery(phase, number), ct)))
            .RequireAuthorization(Policies.SignedIn).WithName("ListSchools");
        schools.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetSchoolQuery(id), ct))
            .RequireAuthorization(Policies.SignedIn).WithName("GetSchool");
        schools.MapPost("/", async (AddSchoolCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var school = await mediator.Send(command, ct);
                return Results.Created($"/api/v1/schools/{school.Id}", school);
            })
            .RequireAuthorization(Policies.AuthorityAdmin).WithName("AddSchool");
        schools.MapGet("/{id:guid}/notes", (Guid id, string? page, IMediator mediator, CancellationToken ct) =>
                ApiPage.SendAsync(page, number => mediator.Send(new ListSchoolNotesQuery(id, number), ct), notes => notes.Pages))
            .RequireAuthorization(Policies.AuthorityStaff);
        schools.MapPost("/{id:guid}/notes", async (Guid id, NoteBody body, IMediator mediator, CancellationToken ct) =>
            {
                var note = await mediator.Send(new AddSchoolNoteCommand(id, body.Text), ct);
                return Results.Created($"/api/v1/schools/{id}/notes", note);
            })
            .RequireAuthorization(Policies.AuthorityStaff);
    }

    private sealed record NoteBody(string? Text);
}
