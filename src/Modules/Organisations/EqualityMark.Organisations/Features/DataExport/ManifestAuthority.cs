namespace EqualityMark.Organisations.Features.DataExport;

internal sealed record ManifestAuthority(Guid Id, string Code, string Name);
