using System.Globalization;
using System.Text;
using EqualityMark.Shared.Paging;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Text;
using EqualityMark.Shared.Time;
using MediatR;

namespace EqualityMark.Host.AuditLog;

internal static class AuditLogEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/admin/audit-log", (string? person, Guid? schoolId, string? kind, DateOnly? from, DateOnly? to, string? page, IMediator mediator, CancellationToken ct) =>
                ApiPage.SendAsync(page, number => mediator.Send(new ListAuditLogQuery(person, schoolId, kind, from, to, number), ct), log => log.Pages))
            .RequireAuthorization(Policies.AuthorityAdmin).WithTags("Audit log").WithName("ListAuditLog");
        api.MapGet("/admin/audit-log.csv", async (string? person, Guid? schoolId, string? kind, DateOnly? from, DateOnly? to, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var query = new ListAuditLogQuery(person, schoolId, kind, from, to, 1, CsvPageSize);
                var first = await mediator.Send(query, ct);
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = "attachment; filename=\"audit-log.csv\"";
                await http.Response.WriteAsync("\uFEFF" + Csv.Write([Header]), Encoding.UTF8, ct);
                for (var (current, number) = (first, 1); current.Entries.Count > 0; current = await mediator.Send(query with { Page = ++number }, ct))
                {
                    await http.Response.WriteAsync(Csv.Write(current.Entries.Select(Row)), Encoding.UTF8, ct);
                    if (number >= current.Pages)
                    {
                        break;
                    }
                }
            })
            .RequireAuthorization(Policies.AuthorityAdmin).WithTags("Audit log").WithName("DownloadAuditLog");
        api.MapGet("/admin/audit-log/retention", async (IMediator mediator, CancellationToken ct) => new { Years = await mediator.Send(new GetAuditLogRetentionQuery(), ct) })
            .RequireAuthorization(Policies.AuthorityAdmin).WithTags("Audit log");
        api.MapPut("/admin/audit-log/retention", async (SetAuditLogRetentionCommand command, IMediator mediator, CancellationToken ct) => new { Years = await mediator.Send(command, ct) })
            .RequireAuthorization(Policies.AuthorityAdmin).WithTags("Audit log");
        api.MapGet("/platform/audit-log", (string? page, IMediator mediator, CancellationToken ct) =>
                ApiPage.SendAsync(page, number => mediator.Send(new ListPlatformAuditLogQuery(number), ct), log => log.Pages))
            .RequireAuthorization(Policies.PlatformOperator).WithTags("Audit log").WithName("ListPlatformAuditLog");
    }

    private const int CsvPageSize = 1000;

    private static readonly string[] Header = ["When (UK time)", "Person", "Role", "Action", "Record", "School", "IP address", "Browser", "Details"];

    private static string[] Row(AuditLogEntryDto e) =>
    [
        UkTime.ToLondon(e.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.ActorName, e.ActorRole, e.KindLabel,
        e.TargetId?.ToString() ?? string.Empty, e.SchoolId?.ToString() ?? string.Empty, e.IpAddress ?? string.Empty, e.UserAgent ?? string.Empty, e.Details,
    ];
}
