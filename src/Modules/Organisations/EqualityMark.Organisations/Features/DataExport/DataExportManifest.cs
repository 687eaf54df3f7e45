namespace EqualityMark.Organisations.Features.DataExport;

/// <summary>manifest.json: whose data, when, by whom and what is in the zip.</summary>
internal sealed record DataExportManifest(
    ManifestAuthority Authority, ManifestSchool? School, DateTimeOffset GeneratedAt, string GeneratedBy, IReadOnlyList<ManifestEntry> Files);
