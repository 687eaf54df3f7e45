namespace EqualityMark.Organisations.Features.DataExport;

internal sealed record ManifestSchool(Guid Id, string Name, string Urn);
