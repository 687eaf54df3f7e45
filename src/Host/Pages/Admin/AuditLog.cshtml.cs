using EqualityMark.Host.AuditLog;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Host.Pages.Admin;

/// <summary>Who did what in this authority: filter by person, school, action and dates; paged; the same filters download as CSV.</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class AuditLogModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditLogFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    internal AuditLogPage? Log { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public int RetentionYears { get; private set; }

    public string? Banner => Done == "retention" ? $"Entries will now be kept for {RetentionYears} {(RetentionYears == 1 ? "year" : "years")}" : null;

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Schools { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> SchoolNames { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The current filters as a query string, for paging links and the CSV download.</summary>
    public string FilterQuery { get; private set; } = string.Empty;

    /// <summary>This page's own query without its page number, for the paging links.</summary>
    public string PageQuery => QueryString.Create(Request.Query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))).ToString();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        RetentionYears = await mediator.Send(new GetAuditLogRetentionQuery(), cancellationToken);
        ModelState.ExplainUnrealDates(("Filter.From", Filter.From, "Start date"), ("Filter.To", Filter.To, "End date"));
        var people = await mediator.Send(new ListPeopleQuery(), cancellationToken);
        var schools = await mediator.Send(new ListSchoolsQuery(), cancellationToken);
        SchoolNames = schools.ToDictionary(s => s.Id, s => s.Name);
        People = [new("Anyone", string.Empty), new(AuditLogWriter.SystemActor, ListAuditLogHandler.SystemPerson, Filter.Person == ListAuditLogHandler.SystemPerson),
            .. people.OrderBy(p => p.FullName).Select(p => new SelectListItem($"{p.FullName} ({Roles.DisplayName(p.Role)})", p.Id.ToString(), Filter.Person == p.Id.ToString()))];
        Schools = [new("Any school", string.Empty), .. schools.Select(s => new SelectListItem(s.Name, s.Id.ToString(), Filter.School == s.Id))];
        if (!ModelState.IsValid)
        {
            return;
        }

        try
        {
            Log = await mediator.Send(new ListAuditLogQuery(Filter.Person, Filter.School, Filter.Kind, Filter.From.Date, Filter.To.Date, PageNumber), cancellationToken);
        }
        catch (RequestValidationException exception)
        {
            ModelState.AddModelError("Filter.To", exception.Errors.Values.First()[0]);
            return;
        }

        Kinds = [new("Any action", string.Empty), .. Log.Kinds.Select(k => new SelectListItem(AuditLogKinds.Label(k), k, Filter.Kind == k))];
        FilterQuery = QueryString.Create(new Dictionary<string, string?>
        {
            ["person"] = Filter.Person, ["schoolId"] = Filter.School?.ToString(), ["kind"] = Filter.Kind,
            ["from"] = Filter.From.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = Filter.To.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();
    }

    public sealed class AuditLogFilter
    {
        public string? Person { get; set; }

        public Guid? School { get; set; }

        public string? Kind { get; set; }

        public DateInput From { get; set; } = new();

        public DateInput To { get; set; } = new();
    }
}
