using System.Globalization;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Audit.Contracts;
using EqualityMark.Events.Contracts;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;
using MediatR;

namespace EqualityMark.Organisations.Features.DataExport;

/// <summary>
/// Asks each module for its part through its contract and writes the zip to a temporary file, one module at a time,
/// so memory holds one module's tables and one evidence file at most; the response then streams the file (ADR 0025).
/// </summary>
internal sealed class ExportDataHandler(IMediator mediator, ICurrentUser user, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<ExportDataQuery, ExportedData>
{
    private static readonly Func<Guid?, IRequest<DataExportPart>>[] Modules =
    [
        school => new ExportOrganisationsDataQuery(school),
        school => new ExportSubscriptionsDataQuery(school),
        school => new ExportAuditDataQuery(school),
        school => new ExportActionPlanningDataQuery(school),
        school => new ExportAccreditationDataQuery(school),
        school => new ExportEventsDataQuery(school),
        school => new ExportEvidenceDataQuery(school),
    ];

    public async Task<ExportedData> Handle(ExportDataQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanExport(request.SchoolId);
        var authority = tenant.Tenant ?? throw new InvalidOperationException("An export needs an authority.");
        var school = request.SchoolId is { } id ? await mediator.Send(new GetSchoolQuery(id), cancellationToken) : null;
        var now = clock.GetUtcNow();
        var zip = TemporaryZip();
        try
        {
            using (var writer = new DataExportZipWriter(zip))
            {
                foreach (var query in Modules)
                {
                    await writer.AddPartAsync(await mediator.Send(query(request.SchoolId), cancellationToken), cancellationToken);
                }

                await writer.AddManifestAsync(
                    new DataExportManifest(
                        new ManifestAuthority(authority.Id, authority.Code, authority.Name),
                        school is null ? null : new ManifestSchool(school.Id, school.Name, school.Urn),
                        now,
                        $"{user.FullName} <{user.Email}>",
                        writer.Entries),
                    cancellationToken);
            }

            zip.Position = 0;
            var name = school is null ? authority.Code : school.Name;
            return new ExportedData($"{Slug(name)}-data-{now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.zip", zip);
        }
        catch
        {
            await zip.DisposeAsync();
            throw;
        }
    }

    private static FileStream TemporaryZip() => new(
        Path.Combine(Path.GetTempPath(), $"equalitymark-export-{Guid.NewGuid():N}.zip"),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        bufferSize: 64 * 1024,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    private static string Slug(string name) =>
        string.Join('-', new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
